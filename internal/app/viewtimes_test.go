package app_test

import (
	"go/ast"
	"go/token"
	"strconv"
	"testing"
)

// viewReaders are the packages that read the services' views: the front
// ends, and the packages that render, send, export or print what a view
// holds. The services hand out time.Time, so none of them has an RFC 3339
// text of a service to parse back.
var viewReaders = []string{"../ui", "../portal", "../notify", "../document", "../reach", "../records", "../web", "../web/wire", "../../cmd/liaison"}

// requestDecoders are the functions of web that parse RFC 3339 from the
// caller's request (a query parameter, a JSON body), which is input, not a
// service's view.
var requestDecoders = map[string]bool{
	"../web handleDeadline": true, // GET /api/v1/calendar/deadline?from=
	"../web handleDevClock": true, // POST /api/v1/dev/clock {"now": …}
}

// rfc3339Layouts are the layouts, by name and by value, that read RFC 3339.
var rfc3339Layouts = map[string]bool{
	"RFC3339": true, "RFC3339Nano": true,
	"2006-01-02T15:04:05Z07:00": true, "2006-01-02T15:04:05.999999999Z07:00": true,
}

// TestNoRFC3339ParsingOfViews: no non-test code of viewReaders calls
// time.Parse or time.ParseInLocation with an RFC 3339 layout (time.RFC3339,
// time.RFC3339Nano, the same layouts as string literals or as constants of
// the file), but web's requestDecoders. Times process stores as text (a
// datetime field's value, a message's stamps) are process's to read: its
// field types' Display and process.DateTimeValue.
func TestNoRFC3339ParsingOfViews(t *testing.T) {
	for _, dir := range viewReaders {
		eachSource(t, dir, func(fset *token.FileSet, f *ast.File) {
			consts := map[string]bool{}
			ast.Inspect(f, func(n ast.Node) bool {
				if vs, ok := n.(*ast.ValueSpec); ok {
					for i, name := range vs.Names {
						if i < len(vs.Values) && isRFC3339Layout(vs.Values[i], nil) {
							consts[name.Name] = true
						}
					}
				}
				return true
			})
			for _, fn := range f.Decls {
				fd, ok := fn.(*ast.FuncDecl)
				name := ""
				if ok {
					name = fd.Name.Name
				}
				ast.Inspect(fn, func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok || len(call.Args) < 2 {
						return true
					}
					sel, ok := call.Fun.(*ast.SelectorExpr)
					if !ok || (sel.Sel.Name != "Parse" && sel.Sel.Name != "ParseInLocation") {
						return true
					}
					if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "time" {
						return true
					}
					if isRFC3339Layout(call.Args[0], consts) && !requestDecoders[dir+" "+name] {
						t.Errorf("%s parses RFC 3339 text: the services hand out time.Time (text process stored: process.DateTimeValue or the field type's Display)", fset.Position(call.Pos()))
					}
					return true
				})
			}
		})
	}
}

// isRFC3339Layout reports whether e names an RFC 3339 layout: time.RFC3339,
// time.RFC3339Nano, such a string literal, or one of the file's consts.
func isRFC3339Layout(e ast.Expr, consts map[string]bool) bool {
	switch x := e.(type) {
	case *ast.SelectorExpr:
		pkg, ok := x.X.(*ast.Ident)
		return ok && pkg.Name == "time" && rfc3339Layouts[x.Sel.Name]
	case *ast.BasicLit:
		s, err := strconv.Unquote(x.Value)
		return err == nil && rfc3339Layouts[s]
	case *ast.Ident:
		return consts[x.Name]
	}
	return false
}

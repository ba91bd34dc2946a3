package app_test

import (
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
)

// TestNoFieldTypeSwitchesOutsideProcess: the pages, the portal and the
// documents ask a field's type (process.TypeOf) how it is entered, read
// and shown; none compares a Type with a field type's name, in Go or in a
// template, so a new field type is one file of process and its tests.
func TestNoFieldTypeSwitchesOutsideProcess(t *testing.T) {
	names := process.FieldTypes()
	isName := func(e ast.Expr) bool {
		lit, ok := e.(*ast.BasicLit)
		if !ok {
			return false
		}
		s, err := strconv.Unquote(lit.Value)
		return err == nil && slices.Contains(names, s)
	}
	isType := func(e ast.Expr) bool {
		sel, ok := e.(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "Type"
	}
	inTemplate := regexp.MustCompile(`\.Type\)? "(` + regexp.QuoteMeta(names[0]) + func() string {
		s := ""
		for _, n := range names[1:] {
			s += "|" + regexp.QuoteMeta(n)
		}
		return s
	}() + `)"`)
	for _, dir := range []string{"../ui", "../portal", "../document"} {
		eachSource(t, dir, func(fset *token.FileSet, f *ast.File) {
			ast.Inspect(f, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.BinaryExpr:
					if (x.Op == token.EQL || x.Op == token.NEQ) && (isType(x.X) && isName(x.Y) || isType(x.Y) && isName(x.X)) {
						t.Errorf("%s compares a Type with a field type's name: ask process.TypeOf", fset.Position(x.Pos()))
					}
				case *ast.SwitchStmt:
					if x.Tag == nil || !isType(x.Tag) {
						return true
					}
					for _, c := range x.Body.List {
						for _, e := range c.(*ast.CaseClause).List {
							if isName(e) {
								t.Errorf("%s switches on a field type's name: ask process.TypeOf", fset.Position(e.Pos()))
							}
						}
					}
				}
				return true
			})
		})
		tmpls, _ := filepath.Glob(filepath.Join(dir, "templates", "*.html"))
		more, _ := filepath.Glob(filepath.Join(dir, "*.tmpl"))
		for _, path := range append(tmpls, more...) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if m := inTemplate.Find(b); m != nil {
				t.Errorf("%s compares %s: templates read the input's control and type", path, m)
			}
		}
	}
}

package app_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// frontEnds are the packages that only translate HTTP, HTML or flags: the
// application-layer rule (docs/architecture.md) keeps them off the store
// and leaves who-may-do-what to the services.
var frontEnds = []string{"../web", "../ui", "../portal", "../../cmd/liaison"}

// permissionFields are the user's rights; a front end that tests them
// decides a permission itself.
var permissionFields = map[string]bool{"Admin": true, "HeadOf": true, "Heads": true, "Oversees": true, "ReadAll": true}

func TestFrontEndsCallOnlyServices(t *testing.T) {
	for _, dir := range frontEnds {
		eachSource(t, dir, func(fset *token.FileSet, f *ast.File) {
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if p == "github.com/liaison-dev/liaison/internal/store" || strings.HasPrefix(p, "github.com/liaison-dev/liaison/internal/store/") {
					t.Errorf("%s imports %s: front ends call services, not the store", fset.Position(imp.Pos()), p)
				}
			}
			for _, pos := range permissionTests(f) {
				t.Errorf("%s tests a user's rights itself: the service decides", fset.Position(pos))
			}
		})
	}
}

// eachSource parses every Go file of dir but its tests and hands each to
// check; a directory without Go files fails the test (a path gone stale).
func eachSource(t *testing.T, dir string, check func(*token.FileSet, *ast.File)) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("%s: %v (no Go files)", dir, err)
	}
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		check(fset, f)
	}
}

// permissionTests finds rights (x.Admin, x.HeadOf, …) used as conditions:
// in an if, a switch case, a boolean operator or len().
func permissionTests(f *ast.File) []token.Pos {
	var out []token.Pos
	inCondition := func(e ast.Expr) {
		ast.Inspect(e, func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false
			}
			if sel, ok := n.(*ast.SelectorExpr); ok && permissionFields[sel.Sel.Name] {
				out = append(out, sel.Pos())
			}
			return true
		})
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.IfStmt:
			inCondition(x.Cond)
		case *ast.CaseClause:
			for _, e := range x.List {
				inCondition(e)
			}
		case *ast.BinaryExpr:
			if x.Op == token.LAND || x.Op == token.LOR {
				inCondition(x)
			}
		case *ast.UnaryExpr:
			if x.Op == token.NOT {
				inCondition(x)
			}
		case *ast.CallExpr:
			if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "len" {
				inCondition(x)
			}
		}
		return true
	})
	return dedupe(out)
}

func dedupe(ps []token.Pos) []token.Pos {
	seen := map[token.Pos]bool{}
	var out []token.Pos
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

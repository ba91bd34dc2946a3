package app_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// storeErrors are the store's answers that are not failures
// (docs/architecture.md, "Rules and what checks them").
var storeErrors = map[string]bool{"ErrNotFound": true, "ErrDuplicate": true, "ErrStale": true}

// translations are the problem codes that restate a store error: "not
// found" and "conflict". A service may decide on a store error otherwise
// (make what is missing, answer 401 for a user who vanished, name the input
// field that refers to nothing), but the 404 or 409 is dberr.Problem's.
var translations = map[string]bool{"NotFound": true, "Conflict": true}

// decisions are the branches allowed to answer a store error with a 404 of
// their own, each for a reason: "package dir/file.go:function".
var decisions = map[string]string{
	// A missing link answers exactly as a forged or expired one does, so
	// the answer tells a guesser nothing.
	"internal/links/links.go:Resolve": "a missing link is an unknown link",
}

func TestStoreErrorsBecomeProblemsInDberr(t *testing.T) {
	found := 0
	walkSources(t, "../..", func(path string, fset *token.FileSet, f *ast.File) {
		if strings.HasPrefix(path, "internal/dberr/") {
			return
		}
		for _, v := range storeErrorTranslations(fset, f) {
			found++
			if _, ok := decisions[path+":"+v.fn]; ok {
				continue
			}
			t.Errorf("%s (in %s): a store error becomes a problem here; return dberr.Problem(err, …) instead, or decide on the error without restating it", v.pos, v.fn)
		}
	})
	if found < len(decisions) {
		t.Errorf("found %d translations, fewer than the %d allowed decisions: a decision is gone, drop it from the list", found, len(decisions))
	}
}

// TestStoreErrorCheckFindsATranslation keeps the check above honest: it
// must see each way a translation is written.
func TestStoreErrorCheckFindsATranslation(t *testing.T) {
	src := `package x
var errGone = problem.New(problem.NotFound, "gone")
func a(err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return problem.New(problem.NotFound, "not found")
	}
	return nil
}
func b(err error) error {
	switch {
	case errors.Is(err, dberr.ErrDuplicate):
		return problem.New(problem.Conflict, "taken")
	}
	return nil
}
func c(err error) error {
	notFound := problem.New(problem.NotFound, "not found")
	if err == store.ErrStale || errors.Is(err, store.ErrNotFound) {
		return notFound
	}
	return nil
}
func d(err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return errGone
	}
	return nil
}
func k(err error) error {
	if errors.Is(err, store.ErrNotFound) {
		return problem.Key(problem.NotFound, "problem.no_such_case")
	}
	return nil
}
func fine(err error) error {
	if !errors.Is(err, store.ErrNotFound) {
		return problem.New(problem.NotFound, "not the store's")
	}
	if errors.Is(err, store.ErrNotFound) {
		return problem.New(problem.Unauthorized, "a decision")
	}
	return dberr.Problem(err, "thing.case")
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range storeErrorTranslations(fset, f) {
		got = append(got, v.fn)
	}
	if strings.Join(got, " ") != "a b c d k" {
		t.Errorf("translations found in %v, want in a b c d k", got)
	}
}

type translation struct {
	pos token.Position
	fn  string
}

// storeErrorTranslations finds the branches taken on a store error (an if
// or a case whose condition is errors.Is(err, store.ErrX) or err ==
// store.ErrX, not negated) whose body builds, or returns a variable built
// as, a not-found or conflict problem.
func storeErrorTranslations(fset *token.FileSet, f *ast.File) []translation {
	built := map[string]bool{} // variables holding a translation-coded problem
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.ValueSpec:
			for i, v := range x.Values {
				if i < len(x.Names) && translationCall(v) {
					built[x.Names[i].Name] = true
				}
			}
		case *ast.AssignStmt:
			for i, v := range x.Rhs {
				if id, ok := x.Lhs[i].(*ast.Ident); ok && i < len(x.Lhs) && translationCall(v) {
					built[id.Name] = true
				}
			}
		}
		return true
	})
	var out []translation
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		check := func(cond []ast.Expr, body []ast.Stmt) {
			if !onStoreError(cond) {
				return
			}
			for _, s := range body {
				ast.Inspect(s, func(n ast.Node) bool {
					switch x := n.(type) {
					case *ast.CallExpr:
						if translationCall(x) {
							out = append(out, translation{fset.Position(x.Pos()), fd.Name.Name})
						}
					case *ast.ReturnStmt:
						for _, r := range x.Results {
							if id, ok := r.(*ast.Ident); ok && built[id.Name] {
								out = append(out, translation{fset.Position(id.Pos()), fd.Name.Name})
							}
						}
					}
					return true
				})
			}
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.IfStmt:
				check([]ast.Expr{x.Cond}, x.Body.List)
			case *ast.CaseClause:
				check(x.List, x.Body)
			}
			return true
		})
	}
	return out
}

// onStoreError reports whether a condition holds on a store error: it
// mentions one outside a negation.
func onStoreError(cond []ast.Expr) bool {
	found := false
	for _, c := range cond {
		ast.Inspect(c, func(n ast.Node) bool {
			if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.NOT {
				return false
			}
			if sel, ok := n.(*ast.SelectorExpr); ok && storeErrors[sel.Sel.Name] {
				if pkg, ok := sel.X.(*ast.Ident); ok && (pkg.Name == "store" || pkg.Name == "dberr") {
					found = true
				}
			}
			return true
		})
	}
	return found
}

// translationCall reports whether e is problem.New or problem.Key (a
// catalogue message) with problem.NotFound or problem.Conflict.
func translationCall(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	fn, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || (fn.Sel.Name != "New" && fn.Sel.Name != "Key") {
		return false
	}
	if pkg, ok := fn.X.(*ast.Ident); !ok || pkg.Name != "problem" {
		return false
	}
	code, ok := call.Args[0].(*ast.SelectorExpr)
	return ok && translations[code.Sel.Name]
}

// walkSources parses every non-test Go file under root's internal and cmd
// directories and hands each to check with its path relative to root.
func walkSources(t *testing.T, root string, check func(path string, fset *token.FileSet, f *ast.File)) {
	t.Helper()
	n := 0
	for _, top := range []string{"internal", "cmd"} {
		err := filepath.WalkDir(filepath.Join(root, top), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			n++
			check(filepath.ToSlash(rel), fset, f)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 100 {
		t.Fatalf("parsed only %d files under %s: wrong root?", n, root)
	}
}

// dialectStatements are the DB methods that take a caller's transaction:
// their statement's text depends on the dialect, which a Q does not know.
var dialectStatements = map[string]bool{"LockCase": true, "LockVisibleCase": true, "NextCaseKey": true}

// TestStoreHasOneCallingConvention: every statement of the store is a
// method of store.Q (store.In(tx).X in a transaction, db.X outside one);
// no package function takes a Querier or a transaction, no name is both a
// DB method and a Q method, and only dialectStatements are DB methods
// taking a transaction.
func TestStoreHasOneCallingConvention(t *testing.T) {
	onDB, onQ := map[string]bool{}, map[string]bool{}
	eachSource(t, "../store", func(fset *token.FileSet, f *ast.File) {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() {
				continue
			}
			takesTx := false
			for _, p := range fd.Type.Params.List {
				switch typ := typeText(p.Type); typ {
				case "Querier", "Tx", "*sql.Tx", "*sql.DB", "Q":
					takesTx = true
				}
			}
			pos := fset.Position(fd.Pos())
			switch recv := receiverType(fd); {
			case recv == "" && fd.Name.Name == "In":
			case recv == "" && takesTx:
				t.Errorf("%s: package function %s takes a Querier: make it a method of Q", pos, fd.Name.Name)
			case recv == "*DB":
				onDB[fd.Name.Name] = true
				if takesTx && !dialectStatements[fd.Name.Name] {
					t.Errorf("%s: DB.%s takes a transaction: make it a method of Q (store.In(tx).%[2]s)", pos, fd.Name.Name)
				}
			case recv == "Q":
				onQ[fd.Name.Name] = true
				if takesTx {
					t.Errorf("%s: Q.%s takes a Querier besides its receiver", pos, fd.Name.Name)
				}
			}
		}
	})
	for name := range onDB {
		if onQ[name] {
			t.Errorf("%s is both a DB and a Q method: DB's hides the other; keep one", name)
		}
	}
	for name := range dialectStatements {
		if !onDB[name] {
			t.Errorf("DB.%s is gone: drop it from dialectStatements", name)
		}
	}
	if len(onQ) < 100 {
		t.Errorf("only %d methods of Q: has the convention moved?", len(onQ))
	}
}

func receiverType(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return ""
	}
	return typeText(fd.Recv.List[0].Type)
}

// typeText spells a parameter's type as written: Querier, store.Tx, Q.
func typeText(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.StarExpr:
		return "*" + typeText(x.X)
	case *ast.SelectorExpr:
		return typeText(x.X) + "." + x.Sel.Name
	}
	return ""
}

// TestSQLOnlyInStore: no package but store runs a statement itself (the
// organisation reads of cases/org.go are store methods too; issue 19).
func TestSQLOnlyInStore(t *testing.T) {
	walkSources(t, "../..", func(path string, fset *token.FileSet, f *ast.File) {
		if strings.HasPrefix(path, "internal/store/") {
			return
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				switch sel.Sel.Name {
				case "ExecContext", "QueryContext", "QueryRowContext": // database/sql's names
					t.Errorf("%s: %s runs SQL outside store: add a method of store.Q", fset.Position(sel.Pos()), sel.Sel.Name)
				}
			}
			return true
		})
	})
}

// inTransaction are the Q methods of several statements that must commit
// whole: called on the DB they would run each statement on its own.
var inTransaction = map[string]bool{"PutParty": true, "PutCalendarOverrides": true}

// TestWholeWritesRunInATransaction: the methods of inTransaction are
// called through store.In(tx), never on a DB (whose PutParty, say, once
// opened a transaction of its own and no longer does).
func TestWholeWritesRunInATransaction(t *testing.T) {
	walkSources(t, "../..", func(path string, fset *token.FileSet, f *ast.File) {
		if strings.HasPrefix(path, "internal/store/") {
			return
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || !inTransaction[sel.Sel.Name] {
				return true
			}
			if in, ok := sel.X.(*ast.CallExpr); ok {
				if fn, ok := in.Fun.(*ast.SelectorExpr); ok && fn.Sel.Name == "In" {
					return true
				}
			}
			t.Errorf("%s: %s outside store.In(tx): its statements must commit together", fset.Position(call.Pos()), sel.Sel.Name)
			return true
		})
	})
}

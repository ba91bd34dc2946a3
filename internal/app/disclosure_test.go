package app_test

import (
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// disclosureNames are the parts of the disclosure rule (process.Disclose and
// what it reads of a definition). The case service applies the rule; a page
// or the portal that used them would decide per field or per event itself.
var disclosureNames = map[string]bool{
	"Disclose": true, "PartyHidden": true, "PartyReads": true, "ReadableAfter": true,
	"PartyReadsFormField": true, "PartyReadsActionField": true, "PartyFacing": true,
	"PartyRoles": true, "PartyReadField": true, "PartyHiddenField": true,
}

// TestNoDisclosureInFrontEnds: the portal and the pages contain no per-field
// or per-event disclosure code — no use of the rule's parts, no field named
// by its secret ("evidence", "background"), no field deleted from a view's
// map — so a new surface cannot decide differently from the rule.
func TestNoDisclosureInFrontEnds(t *testing.T) {
	for _, dir := range []string{"../portal", "../ui"} {
		eachSource(t, dir, func(fset *token.FileSet, f *ast.File) {
			ast.Inspect(f, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.SelectorExpr:
					if disclosureNames[x.Sel.Name] {
						t.Errorf("%s uses %s: what a party reads is process.Disclose's to say, applied by the case service", fset.Position(x.Pos()), x.Sel.Name)
					}
				case *ast.BasicLit:
					if s, err := strconv.Unquote(x.Value); err == nil && (s == "evidence" || s == "background") {
						t.Errorf("%s names the field %q: a front end decides nothing per field", fset.Position(x.Pos()), s)
					}
				case *ast.CallExpr:
					if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "delete" && len(x.Args) > 0 {
						if sel, ok := x.Args[0].(*ast.SelectorExpr); ok && sel.Sel.Name == "Fields" {
							t.Errorf("%s deletes from a view's fields: trim with the rule, not in a front end", fset.Position(x.Pos()))
						}
					}
				}
				return true
			})
		})
		tmpls, _ := filepath.Glob(filepath.Join(dir, "templates", "*.html"))
		for _, path := range tmpls {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range []string{"PartyHidden", "PartyReads", "ReadableAfter", ".evidence", ".background"} {
				if strings.Contains(string(b), name) {
					t.Errorf("%s mentions %s: templates show what the view holds", path, name)
				}
			}
		}
	}
}

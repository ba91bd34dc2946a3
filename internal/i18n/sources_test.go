package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// source is one non-test Go file of the module, read and parsed once for
// every test of this package that looks through the code.
type source struct {
	rel  string // from the module's root, with slashes
	text []byte
	file *ast.File
}

var (
	srcOnce sync.Once
	srcFset = token.NewFileSet()
	srcList []source
	srcErr  error
)

// sources returns the module's non-test Go files (testdata and .git left
// out), and the file set their positions are in.
func sources(t *testing.T) ([]source, *token.FileSet) {
	t.Helper()
	srcOnce.Do(func() {
		srcErr = filepath.WalkDir("../..", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata" || d.Name() == "node_modules") {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			f, err := parser.ParseFile(srcFset, p, b, 0)
			if err != nil {
				return err
			}
			srcList = append(srcList, source{rel: strings.TrimPrefix(filepath.ToSlash(p), "../../"), text: b, file: f})
			return nil
		})
	})
	if srcErr != nil {
		t.Fatal(srcErr)
	}
	if len(srcList) < 100 {
		t.Fatalf("found %d source files; is the walk broken?", len(srcList))
	}
	return srcList, srcFset
}

package document_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/document"
)

// TestPDF renders the solution with its quote and the signed form, checks
// they are PDFs, the same bytes twice, and — where poppler's pdftotext is
// installed — that the Chinese text, the quote's total and the signatures
// are in them as text.
func TestPDF(t *testing.T) {
	v := customerCase()
	doc, ok := document.Find(document.Build(definition(t, "customer-requirement"), v), "solution")
	if !ok {
		t.Fatal("no solution")
	}
	b, err := document.PDF(doc, v, "zh", nil, document.Fonts{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", b[:min(20, len(b))])
	}
	again, _ := document.PDF(doc, v, "zh", nil, document.Fonts{})
	if !bytes.Equal(b, again) {
		t.Fatal("the same document rendered twice differs")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Log("pdftotext not installed: the text of the PDF is not checked")
		return
	}
	path := filepath.Join(t.TempDir(), "solution.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, want := range []string{"《客户解决方案书》", v.Key, "报价单", "合计", "签字确认"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q:\n%s", want, text)
		}
	}
}

// TestFontsOverride: a font path that cannot be read is an error at load
// time, a file that is no font makes the PDF fail (not a blank page), and
// no paths at all is the embedded fonts.
func TestFontsOverride(t *testing.T) {
	v := customerCase()
	doc, _ := document.Find(document.Build(definition(t, "customer-requirement"), v), "form")
	if _, err := document.LoadFonts(filepath.Join(t.TempDir(), "missing.ttf"), ""); err == nil {
		t.Error("a missing CJK font loaded")
	}
	junk := filepath.Join(t.TempDir(), "junk.ttf")
	if err := os.WriteFile(junk, []byte("this is not a TrueType font"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ cjk, latin string }{{junk, ""}, {"", junk}} {
		f, err := document.LoadFonts(tc.cjk, tc.latin)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := document.PDF(doc, v, "zh", nil, f); err == nil {
			t.Errorf("cjk=%q latin=%q: a PDF was made with a junk font", tc.cjk, tc.latin)
		}
	}
	f, err := document.LoadFonts("", "")
	if err != nil {
		t.Fatal(err)
	}
	if b, err := document.PDF(doc, v, "zh", nil, f); err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) {
		t.Fatalf("embedded fonts: %v", err)
	}
}

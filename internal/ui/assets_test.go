package ui

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"regexp"
	"testing"
)

// TestStaticFilesNamedByContent: every page names its script and styles
// with a hash of their content, so a browser's hour-long cached copy is
// not used against the pages of a newer version (a fix to app.js reached
// returning visitors only an hour after an upgrade); the address with the
// hash serves the file.
func TestStaticFilesNamedByContent(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	b := e.browser()
	b.get("/login")
	refs := regexp.MustCompile(`(?:href|src)="/static/([a-z]+\.(?:css|js))\?v=([0-9a-f]{12})"`).FindAllStringSubmatch(b.body, -1)
	if len(refs) != 3 {
		t.Fatalf("static references with a version: %v", refs)
	}
	for _, m := range refs {
		content, err := staticFS.ReadFile("static/" + m[1])
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(content)
		if want := hex.EncodeToString(sum[:6]); m[2] != want {
			t.Errorf("%s?v=%s, its content hashes to %s", m[1], m[2], want)
		}
		b.get("/static/" + m[1] + "?v=" + m[2])
		if b.status != http.StatusOK || b.body != string(content) {
			t.Errorf("/static/%s?v=%s: %d", m[1], m[2], b.status)
		}
	}
}

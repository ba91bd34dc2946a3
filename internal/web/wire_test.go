package web_test

import (
	"flag"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/demo"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestCaseWireFormat")

// random are the values a fresh signing key makes differ on every run: a
// seal's key fingerprint and signature.
var random = regexp.MustCompile(`"(key|signature)":"[^"]{16,}"`)

// TestCaseWireFormat pins the API's JSON of a case byte for byte — the
// case, its list and inbox rows, its documents — through a whole walk
// (opened, accepted, delivered, accepted, signed by both, sealed) and the
// search, figures and follow-ups that read it, so that
// the wire stays what CONTRACT §2 says while the case service hands out
// typed views: times are RFC 3339 in +08:00, seconds only.
func TestCaseWireFormat(t *testing.T) {
	s := startDev(t)
	admin, wang, chen := s.login(t, "admin", demo.Password), s.login(t, "wangfang", demo.Password), s.login(t, "chenjie", demo.Password)
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-02-13T16:00:00+08:00"}`, bearer(admin)); r.status != http.StatusOK {
		t.Fatalf("clock: %d %s", r.status, r.body)
	}
	r := s.post(t, "/api/v1/cases", collabBody, bearer(wang))
	if r.status != http.StatusCreated {
		t.Fatalf("open: %d %s", r.status, r.body)
	}
	id := decodeCase(t, r).ID
	path := "/api/v1/cases/" + strconv.FormatInt(id, 10)
	got := map[string]string{"opened": r.body}
	got["inbox"] = s.do(t, "GET", "/api/v1/inbox", nil, bearer(chen)).body
	steps := []struct{ who, at, action, body string }{
		{chen, "2026-02-14T09:30:00+08:00", "accept", `{"fields":{"committed_by":"2026-03-06"},"comment":"可以支持"}`},
		{chen, "2026-03-02T10:15:00+08:00", "deliver", `{"fields":{"summary":"已完成","deliverables":"《需求规格说明书》"}}`},
		{wang, "2026-03-03T11:00:00+08:00", "accept_delivery", `{"fields":{"comment":"通过"}}`},
		{wang, "2026-03-03T11:05:00+08:00", "sign", `{}`},
	}
	for _, st := range steps {
		if r := s.post(t, "/api/v1/dev/clock", `{"now":"`+st.at+`"}`, bearer(admin)); r.status != http.StatusOK {
			t.Fatalf("clock %s: %d %s", st.at, r.status, r.body)
		}
		if r := s.post(t, path+"/actions/"+st.action, st.body, bearer(st.who)); r.status != http.StatusOK {
			t.Fatalf("%s: %d %s", st.action, r.status, r.body)
		}
		if st.action == "accept" {
			got["accepted"] = s.do(t, "GET", path, nil, bearer(wang)).body
			got["list"] = s.do(t, "GET", "/api/v1/cases?limit=5", nil, bearer(wang)).body
		}
	}
	got["signed"] = s.post(t, path+"/actions/sign", `{}`, bearer(chen)).body
	got["documents"] = s.do(t, "GET", path+"/documents", nil, bearer(wang)).body
	got["document"] = s.do(t, "GET", path+"/documents/form", nil, bearer(wang)).body
	got["follow-ups"] = s.do(t, "GET", path+"/follow-ups", nil, bearer(wang)).body
	got["search"] = s.do(t, "GET", "/api/v1/search?q=需求", nil, bearer(wang)).body
	got["stats"] = s.do(t, "GET", "/api/v1/stats?from=2026-02-01&to=2026-03-31", nil, bearer(admin)).body
	if !strings.Contains(got["signed"], `"created_at":"2026-02-13T16:00:00+08:00"`) || !strings.Contains(got["signed"], `"at":"2026-03-03T11:05:00+08:00"`) {
		t.Fatalf("times are not RFC 3339 in +08:00: %s", got["signed"])
	}
	for name, body := range got {
		body = random.ReplaceAllString(body, `"$1":"…"`)
		file := filepath.Join("testdata", "wire", name+".json")
		if *update {
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if body != string(want) {
			t.Errorf("%s: the JSON differs from %s\n got: %s\nwant: %s", name, file, body, want)
		}
	}
}

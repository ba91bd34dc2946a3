package web_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/demo"
)

// TestSearchAPI: CONTRACT §11's hits ([{"case_id","key","title","state",
// "snippet"}]) as a §2 list: the bare array without limit and cursor, the
// {"items","next"} page with either, and a cursor that walks every hit once.
func TestSearchAPI(t *testing.T) {
	s := startDev(t)
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-02-13T16:00:00+08:00"}`, bearer(s.login(t, "admin", demo.Password))); r.status != http.StatusOK {
		t.Fatalf("clock: %d %s", r.status, r.body)
	}
	wang := bearer(s.login(t, "wangfang", demo.Password))
	for range 3 {
		if r := s.post(t, "/api/v1/cases", collabBody, wang); r.status != http.StatusCreated {
			t.Fatalf("open: %d %s", r.status, r.body)
		}
	}
	q := "/api/v1/search?q=" + url.QueryEscape("需求")
	r := s.do(t, "GET", q, nil, wang)
	var bare []map[string]any
	if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &bare) != nil || len(bare) != 3 || r.header.Get("Next-Cursor") != "" {
		t.Fatalf("bare: %d %s", r.status, r.body)
	}
	for _, k := range []string{"case_id", "key", "title", "state", "snippet"} {
		if _, ok := bare[0][k]; !ok {
			t.Fatalf("hit without %q: %v", k, bare[0])
		}
	}
	if sn, _ := bare[0]["snippet"].(string); !strings.Contains(sn, "<mark>需求</mark>") {
		t.Fatalf("snippet: %q", sn)
	}
	seen := map[float64]bool{}
	path := q + "&limit=2"
	for pages := 0; ; pages++ {
		r := s.do(t, "GET", path, nil, wang)
		var p struct {
			Items []map[string]any
			Next  *string
		}
		if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &p) != nil || p.Items == nil {
			t.Fatalf("%s: %d %s", path, r.status, r.body)
		}
		for _, h := range p.Items {
			id, _ := h["case_id"].(float64)
			if seen[id] {
				t.Fatalf("case %v twice", id)
			}
			seen[id] = true
		}
		if p.Next == nil {
			break
		}
		if pages > 3 {
			t.Fatal("no end of pages")
		}
		path = q + "&limit=2&cursor=" + url.QueryEscape(*p.Next)
	}
	if len(seen) != 3 {
		t.Fatalf("paged through %d hits, want 3", len(seen))
	}
	sun := bearer(s.login(t, "sunli", demo.Password))
	if r := s.do(t, "GET", q+"&limit=5", nil, sun); r.status != http.StatusOK || r.body != "{\"items\":[],\"next\":null}\n" {
		t.Fatalf("an outsider: %d %s", r.status, r.body)
	}
	if r := s.do(t, "GET", "/api/v1/search?q=%E5%8D%95", nil, wang); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("one Chinese character: %d %s", r.status, r.body)
	}
}

package web_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"testing"
)

// TestListPaging: CONTRACT §2 — with limit or cursor a list answers
// {"items","next"}; without, the bare array and a Next-Cursor header.
func TestListPaging(t *testing.T) {
	s := start(t)
	tok := bearer(s.login(t, "lina", "demo1234"))
	var ids []string
	cursor := ""
	for pages := 0; pages < 5; pages++ {
		path := "/api/v1/parties?limit=1"
		if cursor != "" {
			path += "&cursor=" + url.QueryEscape(cursor)
		}
		r := s.do(t, "GET", path, nil, tok)
		var p struct {
			Items []struct{ ID string }
			Next  *string
		}
		if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &p) != nil || len(p.Items) != 1 {
			t.Fatalf("%s: %d %s", path, r.status, r.body)
		}
		ids = append(ids, p.Items[0].ID)
		if p.Next == nil {
			break
		}
		cursor = *p.Next
	}
	if len(ids) < 2 || !slices.IsSorted(ids) {
		t.Fatalf("parties page by page: %v", ids)
	}
	r := s.do(t, "GET", "/api/v1/parties", nil, tok)
	var bare []struct{ ID string }
	if json.Unmarshal([]byte(r.body), &bare) != nil || len(bare) != len(ids) || r.header.Get("Next-Cursor") != "" {
		t.Fatalf("bare list: %s %v", r.body, r.header)
	}
	for _, path := range []string{"/api/v1/cases?limit=0", "/api/v1/cases?cursor=xyz", "/api/v1/inbox?limit=900", "/api/v1/cases?due=later", "/api/v1/parties?cursor=eyJzIjoibXNnIn0"} {
		if r := s.do(t, "GET", path, nil, tok); r.status != http.StatusUnprocessableEntity {
			t.Errorf("%s: %d %s", path, r.status, r.body)
		}
	}
	r = s.do(t, "GET", "/api/v1/cases?limit=5", nil, tok)
	if r.status != http.StatusOK || r.body != "{\"items\":[],\"next\":null}\n" {
		t.Errorf("empty page: %q", r.body)
	}
}

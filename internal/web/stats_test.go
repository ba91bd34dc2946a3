package web_test

import (
	"encoding/json"
	"net/http"
	"testing"
)

func TestStatsAPI(t *testing.T) {
	s := start(t)
	zhao := bearer(s.login(t, "zhaolei", "demo1234"))
	if r := s.do(t, "GET", "/api/v1/stats?dept=market", nil, zhao); r.status != http.StatusForbidden {
		t.Fatalf("another department's figures: %d %s", r.status, r.body)
	}
	if r := s.do(t, "GET", "/api/v1/stats?from=2026-03-05&to=2026-03-01", nil, zhao); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("to before from: %d %s", r.status, r.body)
	}
	r := s.do(t, "GET", "/api/v1/stats?from=2026-02-01&to=2026-02-28&dept=tech", nil, zhao)
	var st struct {
		From, To string
		Rows     []map[string]any
	}
	if r.status != http.StatusOK || json.Unmarshal([]byte(r.body), &st) != nil || st.From != "2026-02-01" || st.To != "2026-02-28" || st.Rows == nil {
		t.Fatalf("stats: %d %s", r.status, r.body)
	}
	chen := bearer(s.login(t, "chenjie", "demo1234"))
	if r := s.do(t, "GET", "/api/v1/stats", nil, chen); r.status != http.StatusForbidden {
		t.Fatalf("a member: %d %s", r.status, r.body)
	}
}

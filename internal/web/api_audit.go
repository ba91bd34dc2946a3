package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
)

type auditView struct {
	ID     int64          `json:"id"`
	At     string         `json:"at"`
	Actor  string         `json:"actor"`
	Action string         `json:"action"`
	Target string         `json:"target"`
	IP     string         `json:"ip"`
	Detail map[string]any `json:"detail"`
}

// handleAudit serves GET /api/v1/admin/audit?limit=N (administrators):
// the newest entries of the audit trail, at most 1000.
func (s *Server) handleAudit(w http.ResponseWriter, r *http.Request) {
	limit := 100
	if raw := r.URL.Query().Get("limit"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil {
			s.fail(w, r, problem.Fields("invalid limit", map[string]string{"limit": "a number from 1 to 1000"}))
			return
		}
		limit = n
	}
	list, err := s.Admin.Audit(r.Context(), caller(r), limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	loc := s.Cases.Calendar().Location()
	out := []auditView{}
	for _, e := range list {
		out = append(out, auditView{ID: e.ID, At: e.At.In(loc).Format(time.RFC3339), Actor: e.Actor, Action: e.Action, Target: e.Target, IP: e.IP, Detail: e.Detail})
	}
	WriteJSON(w, http.StatusOK, out)
}

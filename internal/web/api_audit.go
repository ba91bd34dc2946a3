package web

import (
	"net/http"
	"time"
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

// handleAudit serves GET /api/v1/admin/audit (administrators): the audit
// trail, newest first, in pages (?limit=N, ?cursor=…; CONTRACT §2).
func (s *Server) handleAudit(w http.ResponseWriter, r *http.Request) {
	p, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, next, err := s.Admin.AuditPage(r.Context(), caller(r), p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	loc := s.Cases.Calendar().Location()
	out := []auditView{}
	for _, e := range list {
		out = append(out, auditView{ID: e.ID, At: e.At.In(loc).Format(time.RFC3339), Actor: e.Actor, Action: e.Action, Target: e.Target, IP: e.IP, Detail: e.Detail})
	}
	writeList(w, r, out, next)
}

package web

import (
	"net/http"
	"strconv"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// linkRoutes registers the staff's handling of a case's portal links:
//
//	GET  /api/v1/cases/{id}/links         each external contact's newest link
//	POST /api/v1/cases/{id}/links/revoke  {"email"?} → 200 the links afterwards
//	POST /api/v1/cases/{id}/links/renew   {"email"?} → 200 the fresh link
func (s *Server) linkRoutes() {
	s.mux.HandleFunc("GET /api/v1/cases/{id}/links", s.requireUser(s.handleCaseLinks))
	s.mux.HandleFunc("POST /api/v1/cases/{id}/links/revoke", s.requireUser(s.handleRevokeLinks))
	s.mux.HandleFunc("POST /api/v1/cases/{id}/links/renew", s.requireUser(s.handleRenewLink))
}

// linkTarget reads the case id and the optional {"email"} body.
func (s *Server) linkTarget(w http.ResponseWriter, r *http.Request, body bool) (int64, string, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 || s.Links == nil {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.nothing_found"))
		return 0, "", false
	}
	var req struct {
		Email string `json:"email"`
	}
	if body && r.ContentLength != 0 {
		if err := DecodeJSON(w, r, &req); err != nil {
			s.fail(w, r, err)
			return 0, "", false
		}
	}
	return id, req.Email, true
}

func (s *Server) handleCaseLinks(w http.ResponseWriter, r *http.Request) {
	id, _, ok := s.linkTarget(w, r, false)
	if !ok {
		return
	}
	u, _ := UserFrom(r.Context())
	list, err := s.Links.CaseLinks(r.Context(), actorOf(u), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeSlice(s, w, r, wire.PartyLinks(list), "links "+strconv.FormatInt(id, 10), func(l wire.PartyLink) string { return strconv.FormatInt(l.ID, 10) })
}

func (s *Server) handleRevokeLinks(w http.ResponseWriter, r *http.Request) {
	id, email, ok := s.linkTarget(w, r, true)
	if !ok {
		return
	}
	u, _ := UserFrom(r.Context())
	list, err := s.Links.RevokeLinks(r.Context(), actorOf(u), id, email)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, wire.PartyLinks(list))
}

func (s *Server) handleRenewLink(w http.ResponseWriter, r *http.Request) {
	id, email, ok := s.linkTarget(w, r, true)
	if !ok {
		return
	}
	u, _ := UserFrom(r.Context())
	l, err := s.Links.RenewLink(r.Context(), actorOf(u), id, email)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, wire.PartyLinkOf(l))
}

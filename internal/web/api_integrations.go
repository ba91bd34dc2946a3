package web

import (
	"net/http"
)

// integrationRoutes registers the identity provider's and chat apps'
// settings (administrators; docs/api.md).
func (s *Server) integrationRoutes() {
	s.mux.HandleFunc("GET /api/v1/admin/integrations", s.requireUser(s.handleIntegrations))
	s.mux.HandleFunc("PUT /api/v1/admin/integrations/{name}", s.requireUser(s.handleSetIntegration))
	s.mux.HandleFunc("DELETE /api/v1/admin/integrations/{name}", s.requireUser(s.handleDeleteIntegration))
}

// handleIntegrations serves GET /api/v1/admin/integrations: every setting,
// its source, its fields but never its secret.
func (s *Server) handleIntegrations(w http.ResponseWriter, r *http.Request) {
	list, err := s.Admin.Integrations(r.Context(), caller(r))
	s.answer(w, r, http.StatusOK, list, err)
}

// handleSetIntegration serves PUT /api/v1/admin/integrations/{name}: the
// fields as a JSON object of strings; an empty or absent secret keeps the
// stored one.
func (s *Server) handleSetIntegration(w http.ResponseWriter, r *http.Request) {
	var req map[string]string
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	out, err := s.Admin.SetIntegration(r.Context(), caller(r), r.PathValue("name"), req)
	s.answer(w, r, http.StatusOK, out, err)
}

// handleDeleteIntegration serves DELETE /api/v1/admin/integrations/{name}.
func (s *Server) handleDeleteIntegration(w http.ResponseWriter, r *http.Request) {
	s.answer(w, r, http.StatusNoContent, nil, s.Admin.DeleteIntegration(r.Context(), caller(r), r.PathValue("name")))
}

package web

// routes registers every endpoint; one place to read what the server answers.
// Authenticated handlers are wrapped in requireUser and read the caller with
// UserFrom(r.Context()).
func (s *Server) routes() {
	s.mux.HandleFunc("GET /healthz", s.handleHealthz)
	s.mux.HandleFunc("GET /metrics", s.handleMetrics)

	s.mux.HandleFunc("POST /api/v1/login", s.handleLogin)
	s.mux.HandleFunc("POST /api/v1/logout", s.requireUser(s.handleLogout))
	s.mux.HandleFunc("GET /api/v1/me", s.requireUser(s.handleMe))
	s.caseRoutes()
	s.documentRoutes()
	s.adminRoutes()
	s.figureRoutes()
	s.mux.HandleFunc("GET /api/v1/parties", s.requireUser(s.handleParties))
	s.mux.HandleFunc("GET /api/v1/parties/{id}", s.requireUser(s.handleParty))
	s.mux.HandleFunc("GET /api/v1/calendar/deadline", s.requireUser(s.handleDeadline))
	s.mux.HandleFunc("POST /api/v1/check", s.requireUser(s.handleCheck))

	// Anything else under /api/v1 answers in the API's error shape.
	s.mux.HandleFunc("/api/v1/", s.handleAPINotFound)

	// Everything outside the API is the web UI (internal/ui) and the portal.
	if s.Portal != nil {
		s.mux.Handle("/p/", s.Portal)
		s.mux.Handle("/api/v1/portal/", s.Portal)
	}
	if s.UI != nil {
		s.mux.Handle("/", s.UI)
	}
}

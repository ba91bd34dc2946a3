package web

// routes registers every endpoint of the API: one list to read what the
// server answers. Authenticated handlers are wrapped in requireUser and
// read the caller with UserFrom(r.Context()); who may do what is decided
// by the services, not here.
func (s *Server) routes() {
	s.mux.HandleFunc("GET /healthz", s.handleHealthz)
	s.mux.HandleFunc("GET /metrics", s.handleMetrics)

	s.mux.HandleFunc("POST /api/v1/login", s.handleLogin)
	s.mux.HandleFunc("POST /api/v1/logout", s.requireUser(s.handleLogout))
	s.mux.HandleFunc("GET /api/v1/me", s.requireUser(s.handleMe))
	s.mux.HandleFunc("PATCH /api/v1/me", s.requireUser(s.handleMyPreferences))
	s.mux.HandleFunc("POST /api/v1/me/password", s.requireUser(s.handleMyPassword))

	s.mux.HandleFunc("GET /api/v1/processes", s.requireUser(s.handleProcesses))
	s.mux.HandleFunc("POST /api/v1/cases", s.requireUser(s.handleOpenCase))
	s.mux.HandleFunc("GET /api/v1/cases", s.requireUser(s.handleListCases))
	s.mux.HandleFunc("GET /api/v1/cases/{id}", s.requireUser(s.handleGetCase))
	s.mux.HandleFunc("POST /api/v1/cases/{id}/actions/{action}", s.requireUser(s.handleAct))
	s.mux.HandleFunc("POST /api/v1/cases/{id}/reassign", s.requireUser(s.handleReassign))
	s.mux.HandleFunc("GET /api/v1/cases/{id}/follow-ups", s.requireUser(s.handleFollowUps))
	s.mux.HandleFunc("POST /api/v1/cases/{id}/portal-link", s.requireUser(s.handleSendLink))
	s.mux.HandleFunc("GET /api/v1/cases/{id}/documents", s.requireUser(s.handleDocuments))
	s.mux.HandleFunc("GET /api/v1/cases/{id}/documents/{doc}", s.requireUser(s.handleDocument))
	s.recordRoutes()
	s.mux.HandleFunc("GET /api/v1/inbox", s.requireUser(s.handleInbox))
	s.mux.HandleFunc("GET /api/v1/notifications", s.requireUser(s.handleNotifications))
	s.mux.HandleFunc("GET /api/v1/messages", s.requireUser(s.handleMessages))
	s.mux.HandleFunc("POST /api/v1/messages/read", s.requireUser(s.handleMarkRead))
	s.mux.HandleFunc("POST /api/v1/dev/clock", s.requireUser(s.handleDevClock))
	s.mux.HandleFunc("GET /api/v1/search", s.requireUser(s.handleSearch))
	s.mux.HandleFunc("GET /api/v1/stats", s.requireUser(s.handleStats))
	s.linkRoutes()
	s.reachRoutes()
	s.integrationRoutes()
	s.mux.HandleFunc("GET /api/v1/parties", s.requireUser(s.handleParties))
	s.mux.HandleFunc("GET /api/v1/parties/{id}", s.requireUser(s.handleParty))
	s.mux.HandleFunc("GET /api/v1/calendar/deadline", s.requireUser(s.handleDeadline))
	s.mux.HandleFunc("POST /api/v1/check", s.requireUser(s.handleCheck))
	s.pprofRoutes()

	// Administration (CONTRACT §10): the admin service answers 403 to
	// anyone but an administrator.
	s.mux.HandleFunc("GET /api/v1/admin/checks", s.requireUser(s.handleAdminChecks))
	s.mux.HandleFunc("GET /api/v1/admin/departments", s.requireUser(s.handleDepartments))
	s.mux.HandleFunc("POST /api/v1/admin/departments", s.requireUser(s.handleCreateDepartment))
	s.mux.HandleFunc("PATCH /api/v1/admin/departments/{id}", s.requireUser(s.handleUpdateDepartment))
	s.mux.HandleFunc("DELETE /api/v1/admin/departments/{id}", s.requireUser(s.handleDeleteDepartment))
	s.mux.HandleFunc("GET /api/v1/admin/users", s.requireUser(s.handleUsers))
	s.mux.HandleFunc("POST /api/v1/admin/users", s.requireUser(s.handleCreateUser))
	s.mux.HandleFunc("PATCH /api/v1/admin/users/{login}", s.requireUser(s.handleUpdateUser))
	s.mux.HandleFunc("GET /api/v1/admin/users/{login}/duties", s.requireUser(s.handleDuties))
	s.mux.HandleFunc("GET /api/v1/admin/users/{login}/identities", s.requireUser(s.handleIdentities))
	s.mux.HandleFunc("POST /api/v1/admin/users/{login}/identities", s.requireUser(s.handleLinkIdentity))
	s.mux.HandleFunc("DELETE /api/v1/admin/users/{login}/identities", s.requireUser(s.handleUnlinkIdentity))
	s.mux.HandleFunc("GET /api/v1/admin/parties", s.requireUser(s.handleAdminParties))
	s.mux.HandleFunc("POST /api/v1/admin/parties", s.requireUser(s.handleCreateParty))
	s.mux.HandleFunc("PATCH /api/v1/admin/parties/{id}", s.requireUser(s.handleUpdateParty))
	s.mux.HandleFunc("POST /api/v1/admin/import/users", s.requireUser(s.handleImportUsers))
	s.mux.HandleFunc("POST /api/v1/admin/import/parties", s.requireUser(s.handleImportParties))
	s.mux.HandleFunc("GET /api/v1/admin/channels", s.requireUser(s.handleListChannels))
	s.mux.HandleFunc("POST /api/v1/admin/channels", s.requireUser(s.handleAddChannel))
	s.mux.HandleFunc("DELETE /api/v1/admin/channels/{id}", s.requireUser(s.handleDeleteChannel))
	s.mux.HandleFunc("GET /api/v1/admin/calendar", s.requireUser(s.handleCalendarOverrides))
	s.mux.HandleFunc("POST /api/v1/admin/calendar", s.requireUser(s.handleCalendarImport))
	s.mux.HandleFunc("GET /api/v1/admin/audit", s.requireUser(s.handleAudit))

	// Anything else under /api/v1 answers in the API's error shape.
	s.mux.HandleFunc("/api/v1/", s.handleAPINotFound)

	// Everything outside the API is the web UI (internal/ui) and the
	// portal; each lists its own routes in one place too.
	if s.Portal != nil {
		s.mux.Handle("/p/", s.Portal)
		s.mux.Handle("/api/v1/portal/", s.Portal)
	}
	if s.UI != nil {
		s.mux.Handle("/", s.UI)
	}
}

package web

import (
	"net/http/pprof"
)

// pprofRoutes serves Go's profiles under /debug/pprof/ to administrators,
// only when the server was started with --pprof (Deps.Pprof): a profile
// shows code paths and can cost CPU, so it is off by default and never
// open to anyone else.
func (s *Server) pprofRoutes() {
	if !s.Pprof {
		return
	}
	s.mux.HandleFunc("GET /debug/pprof/", s.requireAdmin(pprof.Index))
	s.mux.HandleFunc("GET /debug/pprof/cmdline", s.requireAdmin(pprof.Cmdline))
	s.mux.HandleFunc("GET /debug/pprof/profile", s.requireAdmin(pprof.Profile))
	s.mux.HandleFunc("GET /debug/pprof/symbol", s.requireAdmin(pprof.Symbol))
	s.mux.HandleFunc("GET /debug/pprof/trace", s.requireAdmin(pprof.Trace))
}

package web

import (
	"net/http"
	"net/http/pprof"

	"github.com/liaison-dev/liaison/internal/problem"
)

// pprofRoutes serves Go's profiles under /debug/pprof/ to administrators,
// only when the server was started with --pprof (Deps.Pprof): a profile
// shows code paths and can cost CPU, so it is off by default and never
// open to anyone else. There is no business operation behind it, so the
// one check (an administrator) is made here.
func (s *Server) pprofRoutes() {
	if !s.Pprof {
		return
	}
	s.mux.HandleFunc("GET /debug/pprof/", s.requireUser(adminOnly(s, pprof.Index)))
	s.mux.HandleFunc("GET /debug/pprof/cmdline", s.requireUser(adminOnly(s, pprof.Cmdline)))
	s.mux.HandleFunc("GET /debug/pprof/profile", s.requireUser(adminOnly(s, pprof.Profile)))
	s.mux.HandleFunc("GET /debug/pprof/symbol", s.requireUser(adminOnly(s, pprof.Symbol)))
	s.mux.HandleFunc("GET /debug/pprof/trace", s.requireUser(adminOnly(s, pprof.Trace)))
}

// adminOnly answers 403 to anyone signed in who is not an administrator.
func adminOnly(s *Server, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if u, _ := UserFrom(r.Context()); !u.Admin {
			s.fail(w, r, problem.New(problem.Forbidden, "administrators only"))
			return
		}
		h(w, r)
	}
}

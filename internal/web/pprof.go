package web

import (
	"net/http"
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
	s.mux.HandleFunc("GET /debug/pprof/", s.diagnose(pprof.Index))
	s.mux.HandleFunc("GET /debug/pprof/cmdline", s.diagnose(pprof.Cmdline))
	s.mux.HandleFunc("GET /debug/pprof/profile", s.diagnose(pprof.Profile))
	s.mux.HandleFunc("GET /debug/pprof/symbol", s.diagnose(pprof.Symbol))
	s.mux.HandleFunc("GET /debug/pprof/trace", s.diagnose(pprof.Trace))
}

// diagnose serves h to the callers the administration service lets read
// profiles (administrators).
func (s *Server) diagnose(h http.HandlerFunc) http.HandlerFunc {
	return s.requireUser(func(w http.ResponseWriter, r *http.Request) {
		if err := s.Admin.Diagnose(r.Context(), caller(r)); err != nil {
			s.fail(w, r, err)
			return
		}
		h(w, r)
	})
}

package web

import (
	"errors"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
)

// recorder remembers the status a handler wrote.
type recorder struct {
	http.ResponseWriter
	status int
}

func (rw *recorder) WriteHeader(code int) {
	if rw.status == 0 {
		rw.status = code
	}
	rw.ResponseWriter.WriteHeader(code)
}

func (rw *recorder) Write(b []byte) (int, error) {
	if rw.status == 0 {
		rw.status = http.StatusOK
	}
	return rw.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the real writer (flush, deadlines).
func (rw *recorder) Unwrap() http.ResponseWriter { return rw.ResponseWriter }

// tokenPrefixes are the paths whose next segment is a secret: a portal
// link's token opens the customer's case to whoever reads it.
var tokenPrefixes = []string{"/p/", "/api/v1/portal/"}

// RedactPath returns path for the logs, with a portal token replaced by
// REDACTED ("/p/static/…" is not a token and stays).
func RedactPath(path string) string {
	for _, pre := range tokenPrefixes {
		rest, ok := strings.CutPrefix(path, pre)
		if !ok || rest == "" || strings.HasPrefix(rest, "static/") {
			continue
		}
		tail := ""
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			tail = rest[i:]
		}
		return pre + "REDACTED" + tail
	}
	return path
}

// observe logs every request and counts it in the metrics by route pattern.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now() // real time even under the simulated clock: this measures duration
		rw := &recorder{ResponseWriter: w}
		next.ServeHTTP(rw, r)
		if rw.status == 0 {
			rw.status = http.StatusOK
		}
		d := time.Since(start)
		route := r.Pattern // filled in by the mux
		if route == "" {
			route = "unmatched"
		}
		s.metrics.observe(route, rw.status, d)
		s.Logger.InfoContext(r.Context(), "http", "method", r.Method, "path", RedactPath(r.URL.Path), "route", route,
			"status", rw.status, "duration_ms", float64(d.Microseconds())/1000, "ip", ClientIP(r))
	})
}

// recover turns a panicking handler into a logged 500 instead of a dropped
// connection.
func (s *Server) recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if err, ok := v.(error); ok && errors.Is(err, http.ErrAbortHandler) {
				panic(v) // the handler asked for the connection to be dropped
			}
			s.Logger.ErrorContext(r.Context(), "handler panicked", "method", r.Method, "path", RedactPath(r.URL.Path),
				"panic", v, "stack", string(debug.Stack()))
			WriteProblem(w, problem.As(nil), Lang(r))
		}()
		next.ServeHTTP(w, r)
	})
}

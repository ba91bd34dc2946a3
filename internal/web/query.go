package web

import (
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/liaison-dev/liaison/internal/problem"
)

// oneValueQuery refuses, for the API, a query string that cannot be read
// or names a parameter twice: every handler reads the first value only, so
// ?limit=1&limit=500 or ?state=a&state=b would be half ignored without a
// word (400 naming the parameters instead). The web UI's pages keep their
// own, more forgiving, reading.
func (s *Server) oneValueQuery(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.RawQuery == "" || !strings.HasPrefix(r.URL.Path, "/api/") {
			next.ServeHTTP(w, r)
			return
		}
		if err := queryProblem(r.URL.RawQuery); err != nil {
			// The check runs before the route signs the caller in; a
			// signed-in caller still gets the problem in their language.
			s.fail(w, s.withCaller(r), err)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// queryProblem is the 400 for a raw query that does not parse or repeats a
// parameter, or nil.
func queryProblem(raw string) *problem.Error {
	q, err := url.ParseQuery(raw)
	if err != nil {
		return problem.Key(problem.Malformed, "problem.query_unreadable")
	}
	var twice []string
	for name, vs := range q {
		if len(vs) > 1 {
			twice = append(twice, name)
		}
	}
	if len(twice) == 0 {
		return nil
	}
	sort.Strings(twice)
	fields := map[string]string{}
	for _, name := range twice {
		fields[name] = "reason.given_more_than_once"
	}
	return &problem.Error{Code: problem.Malformed, Key: "problem.query_parameter_repeated", Args: []any{strings.Join(twice, ", ")}, Fields: fields}
}

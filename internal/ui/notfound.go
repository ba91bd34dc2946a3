package ui

import (
	"context"
	"io/fs"
	"net/http"
	"strings"

	"github.com/liaison-dev/liaison/internal/problem"
)

// handleNotFound answers every address no page claims: a page in the
// visitor's language (with its lang, title and landmarks, and the top bar
// when signed in) rather than the mux's plain "404 page not found".
func (u *UI) handleNotFound(w http.ResponseWriter, r *http.Request) {
	// No route matched: the server's metrics count it as "unmatched", not
	// under this catch-all's pattern.
	r.Pattern = ""
	r = u.maybeSignedIn(r)
	u.failPage(w, r, problem.NotFound, "error.not_found")
}

// maybeSignedIn puts the visitor in the context when the session cookie
// is good, and leaves the request as it is otherwise: for pages anyone may
// see that still show the signed-in top bar.
func (u *UI) maybeSignedIn(r *http.Request) *http.Request {
	c, err := r.Cookie(SessionCookie)
	if err != nil || u.Auth == nil {
		return r
	}
	user, err := u.Auth.Authenticate(r.Context(), c.Value)
	if err != nil {
		return r
	}
	v := visitor{User: user, Token: c.Value, Lang: u.langOf(r, user.Lang)}
	return r.WithContext(context.WithValue(r.Context(), visitorKey{}, v))
}

// staticFiles serves the embedded files, and the 404 page for a name that
// is not one of them.
func (u *UI) staticFiles(fsys fs.FS) http.Handler {
	files := http.StripPrefix("/static/", cacheStatic(http.FileServerFS(fsys)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/static/")
		if st, err := fs.Stat(fsys, name); name == "" || err != nil || st.IsDir() {
			u.handleNotFound(w, r)
			return
		}
		files.ServeHTTP(w, r)
	})
}

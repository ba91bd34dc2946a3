package ui

import (
	"github.com/liaison-dev/liaison/internal/i18n"
	"net/http"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/web"
)

// fail shows err as an error page: a problem's own message, or a generic
// one for anything else (logged, never shown).
func (u *UI) fail(w http.ResponseWriter, r *http.Request, err error) {
	err = web.AsUnavailable(err) // a database that is coming back is 503, not 500
	code := problem.CodeOf(err)
	status := web.Status(code) // the API's one table
	switch code {
	case problem.Internal:
		u.Logger.Error("ui: page", "path", r.URL.Path, "err", err)
		u.failPage(w, r, code, "error.internal")
	case problem.NotFound:
		u.failPage(w, r, code, "error.not_found")
	case problem.Forbidden:
		u.failPage(w, r, code, "error.forbidden")
	default:
		lang := visitorFrom(r.Context()).Lang
		u.render(w, r, status, "error", "error.title", view{Error: message(problem.As(err), lang)})
	}
}

// location is the zone pages show times in: the calendar's.
func (u *UI) location() *time.Location {
	if u.Cases != nil {
		if l := u.Cases.Calendar().Location(); l != nil {
			return l
		}
	}
	return i18n.Zone()
}

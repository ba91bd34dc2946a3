package ui

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/notify"
)

// reachRoutes registers the pages of "where people work" (internal/reach).
func (u *UI) reachRoutes() {
	u.mux.HandleFunc("POST /admin/channels/{id}/test", u.signedIn(u.handleTestChannel))
	u.mux.HandleFunc("GET /me/calendar", u.signedIn(u.handleCalendarFeedPage))
	u.mux.HandleFunc("POST /me/calendar-key", u.signedIn(u.handleResetCalendarKey))
}

// calFeedView is the calendar subscription page.
type calFeedView struct {
	URL  string
	Done bool
}

// handleCalendarFeedPage serves GET /me/calendar: the visitor's feed
// address to subscribe to, and the reset button.
func (u *UI) handleCalendarFeedPage(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	if u.Reach == nil {
		u.failPage(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	key, err := u.Reach.CalendarKey(r.Context(), vis.actor())
	if err != nil {
		u.fail(w, r, err)
		return
	}
	feed := strings.TrimRight(u.Cases.PublicURL(), "/") + "/api/v1/me/calendar.ics?key=" + url.QueryEscape(key)
	u.render(w, r, http.StatusOK, "calfeed", "calfeed.title", view{Nav: "inbox", V: calFeedView{URL: feed, Done: r.URL.Query().Get("done") == "reset"}})
}

// handleResetCalendarKey serves POST /me/calendar-key.
func (u *UI) handleResetCalendarKey(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	if u.Reach == nil {
		u.failPage(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	if _, err := u.Reach.ResetCalendarKey(r.Context(), vis.actor()); err != nil {
		u.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/me/calendar?done=reset", http.StatusSeeOther)
}

// channelTestView is the answer page of a channel test.
type channelTestView struct {
	ID     int64
	Result notify.ProbeResult
}

// handleTestChannel serves POST /admin/channels/{id}/test: a test message
// through the channel, and the platform's answer shown as it came.
func (u *UI) handleTestChannel(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || u.Reach == nil {
		u.failPage(w, r, http.StatusNotFound, "error.not_found")
		return
	}
	res, err := u.Reach.TestChannel(r.Context(), vis.actor(), id, vis.Lang)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	u.render(w, r, http.StatusOK, "channeltest", "reach.test_title", view{Nav: "admin", V: channelTestView{ID: id, Result: res}})
}

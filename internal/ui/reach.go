package ui

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
)

// reachRoutes registers the pages of "where people work" (internal/reach).
func (u *UI) reachRoutes() {
	u.mux.HandleFunc("POST /admin/channels/{id}/test", u.signedIn(u.handleTestChannel))
	u.mux.HandleFunc("POST /admin/apps/{platform}/test", u.signedIn(u.handleTestApp))
	u.mux.HandleFunc("GET /me/calendar", u.signedIn(u.handleCalendarFeedPage))
	u.mux.HandleFunc("POST /me/calendar-key", u.signedIn(u.handleResetCalendarKey))
	u.mux.HandleFunc("GET /admin/inbound", u.signedIn(u.handleInboundPage))
	u.mux.HandleFunc("POST /admin/inbound/{id}/dismiss", u.signedIn(u.handleDismissInbound))
}

// inboundRow is a mail read from the mailbox as the queue page shows it.
type inboundRow struct {
	ID                                      int64
	At, From, Subject, Body, Status, Reason string
	CaseID                                  int64
	Actor                                   string
	Queued                                  bool
}

// inboundView is the inbound mail page.
type inboundView struct {
	Status string
	Rows   []inboundRow
	Pager  pager
}

// handleInboundPage serves GET /admin/inbound?status=: the mail read from
// the company mailbox; by default the queue that waits for an administrator.
func (u *UI) handleInboundPage(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	if u.Reach == nil {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	status := r.URL.Query().Get("status")
	if !r.URL.Query().Has("status") {
		status = "queued"
	}
	p, err := pageOf(r)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	list, next, err := u.Reach.InboundMailPage(r.Context(), vis.actor(), status, p)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	v := inboundView{Status: status, Pager: pagerFor(r, next)}
	for _, m := range list {
		v.Rows = append(v.Rows, inboundRow{ID: m.ID, At: formatTime(m.ReceivedAt.In(u.location()), vis.Lang), From: m.From, Subject: m.Subject, Body: m.Body,
			Status: u.cat.T(vis.Lang, "inbound.status_"+m.Status), Reason: m.Reason, CaseID: m.CaseID, Actor: m.Actor, Queued: m.Status == "queued"})
	}
	u.render(w, r, http.StatusOK, "inbound_admin", "inbound.title", view{Nav: "admin", V: v})
}

// handleDismissInbound serves POST /admin/inbound/{id}/dismiss.
func (u *UI) handleDismissInbound(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || u.Reach == nil {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	if err := u.Reach.DismissInbound(r.Context(), vis.actor(), id); err != nil {
		u.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/admin/inbound", http.StatusSeeOther)
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
		u.failPage(w, r, problem.NotFound, "error.not_found")
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
		u.failPage(w, r, problem.NotFound, "error.not_found")
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
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	res, err := u.Reach.TestChannel(r.Context(), vis.actor(), id, vis.Lang)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	u.render(w, r, http.StatusOK, "channeltest", "reach.test_title", view{Nav: "admin", V: channelTestView{ID: id, Result: res}})
}

// handleTestApp serves POST /admin/apps/{platform}/test: a test card
// through the company's app to a user (login, or the administrator), and
// the platform's answer.
func (u *UI) handleTestApp(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	if u.Reach == nil {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	res, err := u.Reach.TestApp(r.Context(), vis.actor(), r.PathValue("platform"), strings.TrimSpace(r.PostFormValue("login")), vis.Lang)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	u.render(w, r, http.StatusOK, "channeltest", "reach.test_title", view{Nav: "admin", V: channelTestView{Result: res}})
}

package ui

import (
	"net/http"
	"strconv"

	"github.com/liaison-dev/liaison/internal/notify"
)

// reachRoutes registers the pages of "where people work" (internal/reach).
func (u *UI) reachRoutes() {
	u.mux.HandleFunc("POST /admin/channels/{id}/test", u.signedIn(u.handleTestChannel))
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

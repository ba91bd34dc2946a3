package ui

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/reach"
	"github.com/liaison-dev/liaison/internal/store"
)

// TestInboundPagePaged: the page 收到的邮件 showed the newest 200 mails and
// no more — older mail kept for an administrator was out of reach; it
// pages now like the other lists (50 a page, a link to the next).
func TestInboundPagePaged(t *testing.T) {
	e := newEnv(t, "2026-03-02 09:00")
	ctx := context.Background()
	for i := range 60 {
		m := store.InboundMail{MessageID: fmt.Sprintf("<m%d@example>", i), ReceivedAt: time.Date(2026, 3, 1, 9, i, 0, 0, time.UTC),
			From: "x@example.com", Subject: fmt.Sprintf("邮件-%02d", i), Status: "queued"}
		if _, err := e.db.InsertInboundMail(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	// The env's handler has no reach service: serve one that has.
	srv := httptest.NewServer(New(Deps{Auth: auth.New(e.db, auth.Options{Params: cheap}), Cases: e.cases, Reach: reach.New(reach.Config{DB: e.db, Cases: e.cases})}))
	t.Cleanup(srv.Close)
	e.srv = srv
	b := e.browser().signIn("admin")
	b.get("/admin/inbound")
	b.want(http.StatusOK, "邮件-59", "邮件-10", `rel="next"`)
	b.lacks("邮件-09")
	next := regexp.MustCompile(`rel="next" href="([^"]*)"`).FindStringSubmatch(b.body)
	b.get(html.UnescapeString(next[1]))
	b.want(http.StatusOK, "邮件-09", "邮件-00", `rel="prev"`)
	b.lacks("邮件-10", `rel="next"`)
}

package ui

import (
	"context"
	"net/http"
	"regexp"
	"strconv"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/store"
)

var badgeRE = regexp.MustCompile(`id="unread-badge" data-unread="(\d+)"`)

func (b *browser) unread() int {
	b.e.t.Helper()
	m := badgeRE.FindStringSubmatch(b.body)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// TestUnreadBadge: the top bar counts unread messages on every page;
// opening one marks it read and goes to its case; a message about a case
// that has since ended says so.
func TestUnreadBadge(t *testing.T) {
	e := tourEnv(t)
	b := e.browser().signIn("chenjie")
	before := b.unread()
	if before < 2 {
		t.Fatalf("chenjie has %d unread messages, want some:\n%s", before, b.body)
	}
	b.get("/cases")
	if n := b.unread(); n != before {
		t.Fatalf("badge on /cases: %d, want %d", n, before)
	}
	b.get("/inbox")
	// 宣传册设计支持 (case 7) was withdrawn: its messages say so.
	b.want(http.StatusOK, `href="/messages/`, "事项已撤回")
	link := regexp.MustCompile(`href="(/messages/\d+\?case=(\d+))"`).FindStringSubmatch(b.body)
	b.get(link[1])
	if b.status != http.StatusSeeOther || b.loc != "/cases/"+link[2] {
		t.Fatalf("open: %d %s", b.status, b.loc)
	}
	b.get(b.loc)
	if n := b.unread(); n != before-1 {
		t.Fatalf("badge after opening one message: %d, want %d", n, before-1)
	}
	// Someone else's message id changes nothing for them.
	other := e.browser().signIn("wangfang")
	was := other.unread()
	b.get("/messages/1?case=1")
	other.get("/inbox")
	if other.unread() != was && was > 0 {
		// message 1 may be wangfang's; chenjie opening it must not read it for her
		t.Fatalf("wangfang's badge moved from %d to %d when chenjie opened message 1", was, other.unread())
	}
	b.get("/messages/abc")
	b.want(http.StatusNotFound)
}

// TestUnreadBadgeAtMost99: someone who never reads their messages (150
// unread) sees 99+; the count stops at store.UnreadCap rather than reading
// every message they ever had on each page.
func TestUnreadBadgeAtMost99(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	for i := range 150 {
		if _, err := e.db.SQL().ExecContext(context.Background(), `INSERT INTO notifications (case_id, event_seq, kind, recipient, login, channel, status, next_at, payload, created_at)
			VALUES (NULL, $1, 'digest', 'chenjie', 'chenjie', 'inbox', 'sent', 0, '{}', $2)`, i+1, int64(i)); err != nil {
			t.Fatal(err)
		}
	}
	b := e.browser().signIn("chenjie")
	b.get("/cases")
	b.want(http.StatusOK, `data-unread="100"`, `<span aria-hidden="true">99+</span>`, "99条以上未读消息")
	if n, err := e.cases.UnreadCount(context.Background(), casestest.Actor(t, e.db, "chenjie")); err != nil || n != store.UnreadCap {
		t.Errorf("unread count: %d, %v; want %d", n, err, store.UnreadCap)
	}
}

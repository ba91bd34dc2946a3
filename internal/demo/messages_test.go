package demo_test

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// rawID is an action or state id shown as it is ("待办: comment").
var rawID = regexp.MustCompile(`(待办|To do): [a-z_]+\n`)

// TestDemoMessagesReadWhole renders every message the demo's cases send,
// as each recipient gets it, and fails on a slot left blank or a step
// shown by its id: what the manual's readers would see.
func TestDemoMessagesReadWhole(t *testing.T) {
	ctx := context.Background()
	db := storetest.SQLite(t)
	if err := demo.Seed(ctx, db, time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	reg, _ := process.Builtin()
	cal, _ := calendar.New(calendar.DefaultConfig(), nil)
	svc := cases.New(cases.Config{DB: db, Processes: reg, Calendar: cal, Clock: cases.RealClock()})
	if err := demo.SeedCases(ctx, db, svc); err != nil {
		t.Fatal(err)
	}
	rows, _, err := db.NotificationsPage(ctx, 0, store.Page{Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 20 {
		t.Fatalf("only %d messages", len(rows))
	}
	for _, n := range rows {
		m := n.Payload.Message
		if _, set := m.Fields["recipient"]; !set && n.Payload.Target.Endpoint == nil && n.Payload.Target.Name != "" {
			m.Fields["recipient"] = n.Payload.Target.Name
		}
		r, err := notify.Render(m, nil)
		if err != nil {
			t.Errorf("%s to %s: %v", n.Kind, n.Recipient, err)
			continue
		}
		body := r.Subject + "\n" + r.Text
		for _, bad := range []string{"未指定", "not specified", "<no value>", "「」", "%!"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s to %s (%s) has %q:\n%s", n.Kind, n.Recipient, n.Channel, bad, body)
			}
		}
		if rawID.MatchString(body) {
			t.Errorf("%s to %s (%s) shows a raw id:\n%s", n.Kind, n.Recipient, n.Channel, body)
		}
	}
}

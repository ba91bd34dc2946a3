package demo_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestSeedCases: the demo's sample cases open and advance through the real
// service, cover every state of the internal request, and are made once.
func TestSeedCases(t *testing.T) {
	ctx := context.Background()
	db := storetest.SQLite(t)
	if err := demo.Seed(ctx, db, time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	reg, _ := process.Builtin()
	cal, _ := calendar.New(calendar.DefaultConfig(), nil)
	svc := cases.New(cases.Config{DB: db, Processes: reg, Calendar: cal, Clock: cases.RealClock()})
	for range 2 {
		if err := demo.SeedCases(ctx, db, svc); err != nil {
			t.Fatal(err)
		}
	}
	list, err := svc.List(ctx, store.Viewer{Admin: true}, cases.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	states := map[string]bool{}
	for _, c := range list.Items {
		states[c.Process+"/"+c.State] = true
	}
	for _, want := range []string{"requested", "in_progress", "delivered", "signing", "archived", "declined", "withdrawn"} {
		if !states["internal-collab/"+want] {
			t.Errorf("no demo request in %s: %v", want, states)
		}
	}
	if !states["customer-requirement/executing"] || !states["issue-report/reported"] {
		t.Errorf("demo lacks the customer and repair cases: %v", states)
	}
	// A background names the department as people do (技术部), never by
	// its id ("需要tech部门配合").
	for _, c := range list.Items {
		if bg, _ := c.Fields["background"].(string); strings.ContainsAny(bg, "abcdefghijklmnopqrstuvwxyz") {
			t.Errorf("%s: background %q names a department by its id", c.Key, bg)
		}
	}
	if len(list.Items) != 10 {
		t.Errorf("%d cases after seeding twice", len(list.Items))
	}
}

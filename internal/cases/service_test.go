package cases_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

var (
	cheap = casestest.Cheap
	at    = casestest.At
	stamp = casestest.Stamp
)

func newService(t *testing.T, db *store.DB, start time.Time) *cases.Service {
	t.Helper()
	return casestest.New(t, db, start, nil)
}

func newServiceTB(tb testing.TB, db *store.DB) *cases.Service {
	tb.Helper()
	return casestest.New(tb, db, at("2026-12-01 10:00"), nil)
}

func loadOrg(db *store.DB) (*cases.Org, error) { return cases.LoadOrg(context.Background(), db.SQL()) }

func service(t testing.TB, db *store.DB, clock *cases.Clock) *cases.Service {
	t.Helper()
	return casestest.Service(t, db, clock, nil)
}

func who(db *store.DB, login string) process.Actor {
	org, err := cases.LoadOrg(context.Background(), db.SQL())
	if err != nil {
		panic(err)
	}
	a := org.Actor(login)
	a.Admin = login == "admin"
	return a
}

func collabFields() map[string]any {
	return map[string]any{
		"title": "产品V2.0版本开发需求支持", "to_dept": "tech", "background": "为满足Q3客户引流需求,需开发功能模块。",
		"tasks":       []any{map[string]any{"item": "需求分析:输出《需求规格说明书》", "standard": "含用户故事、功能流程图"}},
		"expected_by": "2026-03-20",
	}
}

func setClock(t *testing.T, s *cases.Service, when string) {
	t.Helper()
	if err := s.SetClock(context.Background(), at(when)); err != nil {
		t.Fatal(err)
	}
}

func kinds(t *testing.T, db *store.DB, id int64) map[string]int {
	t.Helper()
	list, err := db.CaseNotifications(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, n := range list {
		out[n.Kind+"/"+n.Recipient+"/"+n.Channel]++
	}
	return out
}

func TestCollabThroughTheService(t *testing.T) {
	for _, dialect := range []struct {
		name string
		open func(testing.TB) *store.DB
	}{{"sqlite", storetest.SQLite}, {"postgres", storetest.Postgres}} {
		t.Run(dialect.name, func(t *testing.T) {
			db := dialect.open(t)
			ctx := context.Background()
			s := newService(t, db, at("2026-02-13 16:00"))
			setClock(t, s, "2026-02-13 16:00")
			v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: collabFields()})
			if err != nil {
				t.Fatal(err)
			}
			if v.Key != "XZ-2026-0001" || v.State != "requested" || v.DueAt == nil || stamp(v.DueAt) != "2026-02-24T16:00:00+08:00" {
				t.Fatalf("opened %s %s due %v", v.Key, v.State, v.DueAt)
			}
			// The contact sees it in the inbox; an outsider cannot see it at all.
			inbox, err := s.Inbox(ctx, cases.ViewerOf(who(db, "zhaolei")), store.Page{})
			if err != nil || len(inbox.Items) != 1 || inbox.Items[0].Action != "accept" {
				t.Fatalf("head-contact inbox %+v %v", inbox, err)
			}
			if _, err := s.Get(ctx, cases.ViewerOf(who(db, "sunli")), v.ID); problem.CodeOf(err) != problem.NotFound {
				t.Fatalf("outsider: %v", err)
			}
			if list, _ := s.List(ctx, cases.ViewerOf(who(db, "sunli")), cases.Filter{}); len(list.Items) != 0 {
				t.Fatalf("outsider lists %d cases", len(list.Items))
			}
			if _, err := s.Get(ctx, cases.ViewerOf(who(db, "lina")), v.ID); err != nil {
				t.Fatalf("requester's head: %v", err)
			}
			// Half time: the reminder on the make-up Saturday; at the deadline, the escalation.
			setClock(t, s, "2026-02-14 16:00")
			if k := kinds(t, db, v.ID); k["reminder/zhaolei/inbox"] != 1 {
				t.Fatalf("no reminder at half time: %v", k)
			}
			setClock(t, s, "2026-02-24 16:00")
			got, _ := s.Get(ctx, cases.ViewerOf(who(db, "wangfang")), v.ID)
			if !got.Overdue {
				t.Fatal("not overdue at the deadline")
			}
			k := kinds(t, db, v.ID)
			for _, login := range []string{"zhaolei", "lina"} {
				if k["escalation/"+login+"/inbox"] != 1 {
					t.Fatalf("escalation to %s: %v", login, k)
				}
			}
			// Setting the same time again fires nothing twice.
			setClock(t, s, "2026-02-24 16:00")
			if k2 := kinds(t, db, v.ID); k2["escalation/lina/inbox"] != 1 {
				t.Fatalf("escalation repeated: %v", k2)
			}
			// A refused action changes nothing.
			before, _ := s.Get(ctx, cases.ViewerOf(who(db, "wangfang")), v.ID)
			_, err = s.Act(ctx, who(db, "zhaolei"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "尽快"}})
			if problem.CodeOf(err) != problem.Invalid {
				t.Fatalf("vague date: %v", err)
			}
			after, _ := s.Get(ctx, cases.ViewerOf(who(db, "wangfang")), v.ID)
			if after.Version != before.Version || len(after.Events) != len(before.Events) {
				t.Fatal("a refused action changed the case")
			}
			if _, err := s.Act(ctx, who(db, "zhaolei"), v.ID, "accept", process.Input{Version: before.Version + 1, Fields: map[string]any{"committed_by": "2026-03-06"}}); problem.CodeOf(err) != problem.Conflict {
				t.Fatalf("stale version: %v", err)
			}
			setClock(t, s, "2026-02-25 10:00")
			v, err = s.Act(ctx, who(db, "zhaolei"), v.ID, "accept", process.Input{Version: before.Version, Fields: map[string]any{"committed_by": "2026-03-06"}})
			if err != nil || v.State != "in_progress" || stamp(v.DueAt) != "2026-03-06T18:00:00+08:00" || v.Overdue {
				t.Fatalf("accept: %v %+v", err, v)
			}
			timers, _ := db.CaseTimers(ctx, v.ID)
			names := map[string]bool{}
			for _, tm := range timers {
				names[tm.Name] = true
			}
			if names["requested.escalate"] || names["requested.remind"] || !names["in_progress.recur"] || !names["in_progress.escalate"] {
				t.Fatalf("timers after accept: %v", names)
			}
			// Half of the time to committed_by (2026-03-01 18:00), then no
			// progress for 7 days (2026-03-04 10:00): the requester hears twice.
			setClock(t, s, "2026-03-05 10:00")
			if k := kinds(t, db, v.ID); k["reminder/wangfang/inbox"] != 2 || k["reminder/zhaolei/inbox"] != 2 {
				t.Fatalf("weekly progress reminder: %v", k)
			}
			events := func() int { g, _ := s.Get(ctx, cases.ViewerOf(who(db, "wangfang")), v.ID); return len(g.Events) }
			n := events()
			v, err = s.Act(ctx, who(db, "zhaolei"), v.ID, "deliver", process.Input{Fields: map[string]any{"summary": "完成", "deliverables": "《需求规格说明书》v1.0"}})
			if err != nil || v.State != "delivered" || stamp(v.DueAt) != "2026-03-10T10:00:00+08:00" {
				t.Fatalf("deliver: %v %+v", err, v.DueAt)
			}
			v, _ = s.Act(ctx, who(db, "wangfang"), v.ID, "accept_delivery", process.Input{})
			v, _ = s.Act(ctx, who(db, "wangfang"), v.ID, "sign", process.Input{})
			v, err = s.Act(ctx, who(db, "zhaolei"), v.ID, "sign", process.Input{})
			if err != nil || v.State != "archived" || v.DueAt != nil || len(v.Signatures) != 2 {
				t.Fatalf("archive: %v %+v", err, v)
			}
			if events() != n+4 {
				t.Fatalf("events %d, want %d", events(), n+4)
			}
			if timers, _ := db.CaseTimers(ctx, v.ID); len(timers) != 0 {
				t.Fatalf("timers left after archiving: %+v", timers)
			}
			// The event chain holds.
			evs, _ := db.CaseEvents(ctx, v.ID)
			prev := ""
			for _, e := range evs {
				if store.EventHash(prev, e.Body) != e.Hash {
					t.Fatalf("chain broken at %d", e.Seq)
				}
				prev = e.Hash
			}
			if inbox, _ := s.Inbox(ctx, cases.ViewerOf(who(db, "zhaolei")), store.Page{}); len(inbox.Items) != 0 {
				t.Fatalf("archived case still waits: %+v", inbox)
			}
		})
	}
}

func TestTimerSurvivesRestartAndFiresOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "restart.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	s := newService(t, db, at("2026-12-01 10:00"))
	setClock(t, s, "2026-12-01 10:00")
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
	if err != nil {
		t.Fatal(err)
	}
	db.Close() // the server stops with the timers set

	db2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	clock, err := cases.DevClock(ctx, db2)
	if err != nil {
		t.Fatal(err)
	}
	s2 := service(t, db2, clock)
	// Two runners (two replicas) race for the same due timers.
	done := make(chan error, 2)
	if err := db2.SetDevClock(ctx, at("2026-12-03 10:00")); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		go func() { _, err := s2.FireDue(ctx, at("2026-12-03 10:00")); done <- err }()
	}
	for range 2 {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	k := kinds(t, db2, v.ID)
	if k["escalation/lina/inbox"] != 1 || k["reminder/zhaolei/inbox"] != 1 {
		t.Fatalf("after restart: %v", k)
	}
	got, _ := s2.Get(ctx, cases.ViewerOf(who(db2, "admin")), v.ID)
	esc := 0
	for _, e := range got.Events {
		if e.Type == "escalation" {
			esc++
		}
	}
	if esc != 1 {
		t.Fatalf("%d escalation events", esc)
	}
}

func TestClockGoesBackOnlyWithoutCases(t *testing.T) {
	db := storetest.SQLite(t)
	ctx := context.Background()
	s := newService(t, db, at("2026-12-01 10:00"))
	setClock(t, s, "2026-12-01 10:00")
	setClock(t, s, "2026-11-01 10:00") // no case yet: fine
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	if _, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f}); err != nil {
		t.Fatal(err)
	}
	err := s.SetClock(ctx, at("2026-10-01 10:00"))
	var pe *problem.Error
	if !errors.As(err, &pe) || pe.Code != problem.Conflict {
		t.Fatalf("clock back with a case: %v", err)
	}
}

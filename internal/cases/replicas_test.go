package cases_test

import (
	"context"
	"sync"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestReplicasFireEachTimerOnce: three servers on one PostgreSQL database
// share the simulated clock; when it passes a deadline all three fire timers
// at once, and each reminder and escalation happens exactly once.
func TestReplicasFireEachTimerOnce(t *testing.T) {
	dbs := storetest.PostgresReplicas(t, 3)
	ctx := context.Background()
	casestest.New(t, dbs[0], at("2026-12-01 10:00"), nil) // the organisation, and the shared clock set
	var replicas []*cases.Service
	for _, db := range dbs {
		clock, err := cases.DevClock(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		replicas = append(replicas, casestest.Service(t, db, clock, nil))
	}
	f := collabFields()
	f["expected_by"] = "2026-12-20"
	var ids []int64
	for i := range 5 {
		v, err := replicas[i%3].Open(ctx, who(dbs[0], "wangfang"), "internal-collab", process.Input{Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, v.ID)
	}
	// Up to the first escalation (the next level would follow a working day later).
	if err := dbs[0].SetDevClock(ctx, at("2026-12-03 10:00")); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for _, r := range replicas {
		wg.Add(1)
		go func() {
			defer wg.Done()
			now, err := r.Now(ctx) // every replica reads the shared clock
			if err == nil {
				_, err = r.FireDue(ctx, now)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range ids {
		k := kinds(t, dbs[1], id)
		if k["escalation/lina/inbox"] != 1 || k["reminder/zhaolei/inbox"] != 1 {
			t.Fatalf("case %d: %v", id, k)
		}
		evs, _ := dbs[2].CaseEvents(ctx, id)
		esc := 0
		for _, e := range evs {
			if e.Event.Type == "escalation" {
				esc++
			}
		}
		if esc != 1 {
			t.Fatalf("case %d escalated %d times", id, esc)
		}
	}
}

package cases_test

import (
	"context"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestWatchCalendarSeesAnImportBeside: an import written to the database by
// the command line (or another replica) is in force without a restart.
func TestWatchCalendarSeesAnImportBeside(t *testing.T) {
	db := storetest.SQLite(t)
	s := newService(t, db, at("2026-12-01 10:00"))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.WatchCalendar(ctx, 10*time.Millisecond)
	day := at("2027-03-05 10:00")
	if !s.Calendar().IsWorkday(day) {
		t.Fatal("2027-03-05 is a Friday")
	}
	put := []calendar.Override{{Date: "2027-03-05", Workday: false, Name: "公司年会"}}
	err := db.Tx(ctx, func(tx store.Tx) error { return store.In(tx).PutCalendarOverrides(ctx, put, time.Now()) })
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); s.Calendar().IsWorkday(day); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the imported day off never came into force")
		}
	}
}

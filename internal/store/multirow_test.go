package store_test

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// insertBareCase adds a case with nothing else (no access rows, timers or
// events) and returns its id.
func insertBareCase(t *testing.T, db *store.DB, at time.Time) int64 {
	t.Helper()
	var id int64
	err := db.Tx(context.Background(), func(tx store.Tx) (err error) {
		c := process.Case{Key: "XZ-2026-0001", Process: "internal-collab", State: "requested", Title: "t", Opener: "wangfang",
			Fields: map[string]any{}, Version: 1, StateSince: at, CreatedAt: at, UpdatedAt: at}
		id, err = store.In(tx).InsertCase(context.Background(), &c, false)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestMultiRowWrites: an action's access rows, timers and notifications
// are written a statement per table, with the meaning of one statement per
// row: of two timers with one name the later wins (PostgreSQL refuses one
// statement that updates a row twice), a notification already queued or
// repeated in the same call is inserted once, and the count says how many
// were new.
func TestMultiRowWrites(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		id := insertBareCase(t, db, t0)
		q := store.In(db.SQL())
		err := db.Tx(ctx, func(tx store.Tx) error {
			if err := store.In(tx).ReplaceAccess(ctx, id, []store.Access{
				{Role: "requester", Login: "wangfang", Dept: "market"},
				{Role: "contact", Login: "zhaolei", Dept: "tech", Acts: true},
				{Role: "to_dept", Dept: "tech", Anyone: true},
			}); err != nil {
				return err
			}
			return store.In(tx).SetTimers(ctx, id, []process.Timer{
				{Name: "remind", Scope: "requested", Kind: "remind", At: t0.Add(time.Hour)},
				{Name: "escalate", Scope: "requested", Kind: "escalate", At: t0.Add(2 * time.Hour)},
				{Name: "remind", Scope: "requested", Kind: "remind", At: t0.Add(3 * time.Hour)},
			})
		})
		if err != nil {
			t.Fatal(err)
		}
		var access int
		if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM case_access WHERE case_id = $1`, id).Scan(&access); err != nil || access != 3 {
			t.Errorf("access rows: %d, %v", access, err)
		}
		timers, err := q.CaseTimers(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		due := map[string]time.Time{}
		for _, tm := range timers {
			due[tm.Name] = tm.At
		}
		if len(timers) != 2 || !due["remind"].Equal(t0.Add(3*time.Hour)) || !due["escalate"].Equal(t0.Add(2*time.Hour)) {
			t.Errorf("timers: %+v", timers)
		}
		note := func(recipient, channel string) store.Notification {
			return store.Notification{CaseID: id, EventSeq: 1, Kind: notify.KindAssigned, Recipient: recipient, Login: recipient, Channel: channel,
				Payload: notify.Delivery{Channel: channel}}
		}
		insert := func(ns ...store.Notification) int {
			var k int
			if err := db.Tx(ctx, func(tx store.Tx) (err error) {
				k, err = store.In(tx).InsertNotifications(ctx, ns, t0)
				return err
			}); err != nil {
				t.Fatal(err)
			}
			return k
		}
		if k := insert(note("zhaolei", notify.ChannelInbox), note("zhaolei", notify.ChannelEmail), note("zhaolei", notify.ChannelInbox)); k != 2 {
			t.Errorf("first call inserted %d, want 2 (a repeat in the call counts once)", k)
		}
		if k := insert(note("zhaolei", notify.ChannelInbox), note("lina", notify.ChannelInbox)); k != 1 {
			t.Errorf("second call inserted %d, want 1 (one was queued already)", k)
		}
		if k := insert(); k != 0 {
			t.Errorf("an empty call inserted %d", k)
		}
		var n int
		if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM notifications WHERE case_id = $1`, id).Scan(&n); err != nil || n != 3 {
			t.Errorf("notifications: %d, %v", n, err)
		}
	})
}

// TestInboxDeliveredByInsertion: an in-app message due now is written as
// sent by the commit that creates it (the row is the message), so the
// dispatcher claims only what must still go out: mail, and an in-app
// message deferred to later, which it claims once that time comes.
func TestInboxDeliveredByInsertion(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		t0 := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		id := insertBareCase(t, db, t0)
		err := db.Tx(ctx, func(tx store.Tx) (err error) {
			note := func(kind, channel string, at time.Time) store.Notification {
				return store.Notification{CaseID: id, EventSeq: 1, Kind: kind, Recipient: "zhaolei", Login: "zhaolei", Channel: channel,
					NextAt: at, Payload: notify.Delivery{Channel: channel}}
			}
			_, err = store.In(tx).InsertNotifications(ctx, []store.Notification{
				note(notify.KindAssigned, notify.ChannelInbox, time.Time{}),
				note(notify.KindAssigned, notify.ChannelEmail, time.Time{}),
				note(notify.KindReminder, notify.ChannelInbox, t0.Add(time.Hour)),
			}, t0)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		rows, err := db.SQL().QueryContext(ctx, `SELECT kind, channel, status, sent_at FROM notifications WHERE case_id = $1`, id)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for rows.Next() {
			var kind, channel, status string
			var sent sql.NullInt64
			if err := rows.Scan(&kind, &channel, &status, &sent); err != nil {
				t.Fatal(err)
			}
			if status == "sent" && (!sent.Valid || !time.UnixMicro(sent.Int64).Equal(t0)) {
				t.Errorf("%s/%s sent at %v, want the insertion's time", kind, channel, sent)
			}
			got[kind+"/"+channel] = status
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		want := map[string]string{
			notify.KindAssigned + "/" + notify.ChannelInbox: "sent",
			notify.KindAssigned + "/" + notify.ChannelEmail: "pending",
			notify.KindReminder + "/" + notify.ChannelInbox: "pending",
		}
		for k, w := range want {
			if got[k] != w {
				t.Errorf("%s: status %q, want %q", k, got[k], w)
			}
		}
		ob := &store.Outbox{DB: db, Lease: 3 * time.Hour} // the mail stays leased
		claim := func(at time.Time) []string {
			ds, err := ob.Claim(ctx, at, 10)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, d := range ds {
				out = append(out, d.Channel)
			}
			return out
		}
		if got := claim(t0); len(got) != 1 || got[0] != notify.ChannelEmail {
			t.Errorf("claimed now: %v, want the mail alone", got)
		}
		if got := claim(t0.Add(2 * time.Hour)); len(got) != 1 || got[0] != notify.ChannelInbox {
			t.Errorf("claimed later: %v, want the deferred in-app message (the mail is leased)", got)
		}
	})
}

// TestLeaseRunsOutOnTheWallClock: under --dev-clock the simulated time
// stands still, so a lease measured in it would never run out and a row
// held by a process killed mid-send would never be sent. With Outbox.Wall
// the lease runs out in real time while next_at stays simulated.
func TestLeaseRunsOutOnTheWallClock(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		sim := time.Date(2027, 2, 4, 2, 0, 0, 0, time.UTC) // the frozen simulated time
		id := insertBareCase(t, db, sim)
		err := db.Tx(ctx, func(tx store.Tx) error {
			_, err := store.In(tx).InsertNotifications(ctx, []store.Notification{{CaseID: id, EventSeq: 1, Kind: notify.KindAssigned,
				Recipient: "zhaolei", Login: "zhaolei", Channel: notify.ChannelEmail, Payload: notify.Delivery{Channel: notify.ChannelEmail}}}, sim)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		wall := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
		ob := &store.Outbox{DB: db, Lease: 2 * time.Minute, Wall: func() time.Time { return wall }}
		claim := func() int {
			ds, err := ob.Claim(ctx, sim, 10)
			if err != nil {
				t.Fatal(err)
			}
			return len(ds)
		}
		if n := claim(); n != 1 {
			t.Fatalf("first claim: %d rows, want 1", n)
		}
		if n := claim(); n != 0 {
			t.Fatalf("claim under a live lease: %d rows, want 0", n)
		}
		if _, ok, err := ob.NextDue(ctx); err != nil || ok {
			t.Errorf("next due under a live lease: %v, %v; want none (the idle round finds it)", ok, err)
		}
		wall = wall.Add(3 * time.Minute) // the process that held it died; real time passes, the simulated clock does not
		if due, ok, err := ob.NextDue(ctx); err != nil || !ok || due.After(sim) {
			t.Errorf("next due after the lease: %v, %v, %v; want due by %v", due, ok, err, sim)
		}
		if n := claim(); n != 1 {
			t.Fatalf("claim after the lease ran out in real time: %d rows, want 1", n)
		}
	})
}

// Package recordstest builds, for tests, a case service whose signing
// actions are sealed by a records service, and cases run to their end.
package recordstest

import (
	"bytes"
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store"
)

// Fixture is a case service whose signing actions are sealed by a
// records service, on a simulated clock standing at 2026-02-13 16:00.
type Fixture struct {
	DB      *store.DB
	Cases   *cases.Service
	Records *records.Service
}

// New seeds db with the demo organisation and builds the fixture; max is
// the attachment limit (0 for the default).
func New(t testing.TB, db *store.DB, max int64) *Fixture {
	t.Helper()
	f := &Fixture{DB: db}
	f.Cases = casestest.New(t, db, casestest.At("2026-02-13 16:00"), func(c *cases.Config) {
		c.Sealer = func(ctx context.Context, tx store.Tx, d *process.Definition, v cases.View, sg cases.Signing) error {
			return f.Records.Seal(ctx, tx, d, v, sg)
		}
	})
	f.Records = records.New(records.Config{DB: db, Cases: f.Cases, MaxAttachment: max})
	if _, err := f.Records.EnsureKey(context.Background()); err != nil {
		t.Fatal(err)
	}
	return f
}

// Actor is the demo user login as they act.
func (f *Fixture) Actor(t testing.TB, login string) process.Actor {
	return casestest.Actor(t, f.DB, login)
}

// ArchivedCollab runs an internal-collab case to its end: both sides sign.
func (f *Fixture) ArchivedCollab(t testing.TB, title string) cases.View {
	t.Helper()
	ctx := context.Background()
	must := func(v cases.View, err error) cases.View {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v := must(f.Cases.Open(ctx, f.Actor(t, "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": title, "to_dept": "tech", "background": "为满足Q3客户引流需求,需开发功能模块。",
		"tasks":       []any{map[string]any{"item": "需求分析:输出《需求规格说明书》", "standard": "含用户故事、功能流程图"}},
		"expected_by": "2026-03-20",
	}}))
	must(f.Cases.Act(ctx, f.Actor(t, "zhaolei"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-03-06"}}))
	must(f.Cases.Act(ctx, f.Actor(t, "zhaolei"), v.ID, "deliver", process.Input{Fields: map[string]any{"summary": "完成", "deliverables": "《需求规格说明书》v1.0"}}))
	must(f.Cases.Act(ctx, f.Actor(t, "wangfang"), v.ID, "accept_delivery", process.Input{}))
	must(f.Cases.Act(ctx, f.Actor(t, "wangfang"), v.ID, "sign", process.Input{}))
	return must(f.Cases.Act(ctx, f.Actor(t, "zhaolei"), v.ID, "sign", process.Input{}))
}

// Bundle writes the archive bundle of case id as admin.
func (f *Fixture) Bundle(t testing.TB, id int64) []byte {
	t.Helper()
	ctx := context.Background()
	b, err := f.Records.Bundle(ctx, f.Actor(t, "admin"), id)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := b.WriteTo(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

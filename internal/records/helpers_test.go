package records_test

import (
	"bytes"
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// dialects runs fn on SQLite, and on PostgreSQL when LIAISON_TEST_POSTGRES is set.
func dialects(t *testing.T, fn func(t *testing.T, db *store.DB)) { storetest.Each(t, fn) }

// fixture is a case service whose signing actions are sealed by a
// records service, on a simulated clock.
type fixture struct {
	db  *store.DB
	cs  *cases.Service
	rec *records.Service
}

func newFixture(t testing.TB, db *store.DB, max int64) *fixture {
	t.Helper()
	f := &fixture{db: db}
	f.cs = casestest.New(t, db, casestest.At("2026-02-13 16:00"), func(c *cases.Config) {
		c.Sealer = func(ctx context.Context, tx *sql.Tx, d *process.Definition, v cases.View, sg cases.Signing) error {
			return f.rec.Seal(ctx, tx, d, v, sg)
		}
	})
	f.rec = records.New(records.Config{DB: db, Cases: f.cs, MaxAttachment: max})
	if _, err := f.rec.EnsureKey(context.Background()); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) actor(t testing.TB, login string) process.Actor {
	return casestest.Actor(t, f.db, login)
}

// archivedCollab runs an internal-collab case to its end: both sides sign.
func (f *fixture) archivedCollab(t testing.TB, title string) cases.View {
	t.Helper()
	ctx := context.Background()
	must := func(v cases.View, err error) cases.View {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v := must(f.cs.Open(ctx, f.actor(t, "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": title, "to_dept": "tech", "background": "为满足Q3客户引流需求,需开发功能模块。",
		"tasks":       []any{map[string]any{"item": "需求分析:输出《需求规格说明书》", "standard": "含用户故事、功能流程图"}},
		"expected_by": "2026-03-20",
	}}))
	must(f.cs.Act(ctx, f.actor(t, "zhaolei"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-03-06"}}))
	must(f.cs.Act(ctx, f.actor(t, "zhaolei"), v.ID, "deliver", process.Input{Fields: map[string]any{"summary": "完成", "deliverables": "《需求规格说明书》v1.0"}}))
	must(f.cs.Act(ctx, f.actor(t, "wangfang"), v.ID, "accept_delivery", process.Input{}))
	must(f.cs.Act(ctx, f.actor(t, "wangfang"), v.ID, "sign", process.Input{}))
	return must(f.cs.Act(ctx, f.actor(t, "zhaolei"), v.ID, "sign", process.Input{}))
}

// bundle writes the archive bundle of case id as admin.
func (f *fixture) bundle(t testing.TB, id int64) []byte {
	t.Helper()
	ctx := context.Background()
	b, err := f.rec.Bundle(ctx, f.actor(t, "admin"), id)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := b.WriteTo(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var _ = time.Second

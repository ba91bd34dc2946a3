package cases_test

import (
	"context"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestStatsOnTimeAndLate: four requests to chenjie (技术部), due in two
// working days; two accepted in time, one late, one still open.
func TestStatsOnTimeAndLate(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		var ids []int64
		for _, title := range []string{"甲", "乙", "丙", "丁"} {
			f := collabFields()
			f["title"], f["contact"], f["expected_by"] = title+"需求", "chenjie", "2026-12-31"
			v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, v.ID)
		}
		accept := func(id int64, when string) time.Duration {
			setClock(t, s, when)
			if _, err := s.Act(ctx, who(db, "chenjie"), id, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-20"}}); err != nil {
				t.Fatal(err)
			}
			return s.Calendar().WorkingTimeBetween(at("2026-12-01 10:00"), at(when))
		}
		took := []time.Duration{accept(ids[0], "2026-12-02 10:00"), accept(ids[1], "2026-12-03 09:00"), accept(ids[2], "2026-12-04 10:00")}
		head := cases.ViewerOf(who(db, "zhaolei"))
		st, err := s.Stats(ctx, head, cases.StatsQuery{From: "2026-12-01", To: "2026-12-04"})
		if err != nil {
			t.Fatal(err)
		}
		if st.From != "2026-12-01" || st.To != "2026-12-04" || len(st.Rows) != 1 {
			t.Fatalf("stats %+v", st)
		}
		r := st.Rows[0]
		if r.Dept != "tech" || r.Process != "internal-collab" || r.StepsDue != 4 || r.StepsOnTime != 2 || r.OverdueNow != 1 || r.Opened != 0 {
			t.Fatalf("row %+v", r)
		}
		if r.OnTimeRate == nil || *r.OnTimeRate != 0.5 {
			t.Fatalf("on-time rate %v", r.OnTimeRate)
		}
		if want := took[1].Hours(); r.MedianResponseWorkhours == nil || *r.MedianResponseWorkhours != want { // the middle of three
			t.Fatalf("median %v, want %v (of %v)", r.MedianResponseWorkhours, want, took)
		}
		// Step by step: the answer within two working days, kept twice of four.
		fig, err := s.Figures(ctx, head, cases.StatsQuery{From: "2026-12-01", To: "2026-12-04"})
		if err != nil || len(fig.Steps) != 1 || fig.Steps[0] != (cases.StepFigure{Process: "internal-collab", State: "requested", Deadline: "2 workdays", Due: 4, OnTime: 2}) {
			t.Fatalf("steps %+v %v", fig.Steps, err)
		}
		if len(fig.Weeks) != 12 || len(fig.Workload) == 0 || fig.Workload[0].Login != "chenjie" {
			t.Fatalf("trend %+v, workload %+v", fig.Weeks, fig.Workload)
		}
		// 市场部 opened the four; the administrator sees both departments.
		all, err := s.Stats(ctx, cases.ViewerOf(who(db, "admin")), cases.StatsQuery{From: "2026-12-01", To: "2026-12-04"})
		if err != nil {
			t.Fatal(err)
		}
		var market *cases.StatsRow
		for i := range all.Rows {
			if all.Rows[i].Dept == "market" {
				market = &all.Rows[i]
			}
		}
		if market == nil || market.Opened != 4 || market.StepsDue != 0 || market.OnTimeRate != nil {
			t.Fatalf("market %+v in %+v", market, all.Rows)
		}
		// 管理层 sees all too; a period without steps has a null rate
		// (what is overdue is overdue now, whatever the period).
		mgmt, err := s.Stats(ctx, cases.ViewerOf(who(db, "gaojun")), cases.StatsQuery{From: "2026-11-01", To: "2026-11-30", Dept: "tech"})
		if err != nil || len(mgmt.Rows) != 1 || mgmt.Rows[0].StepsDue != 0 || mgmt.Rows[0].OnTimeRate != nil || mgmt.Rows[0].OverdueNow != 1 {
			t.Fatalf("management, November: %+v %v", mgmt, err)
		}
		// Another department's figures are a 403; so are anyone's for a member.
		for _, c := range []struct {
			login, dept string
		}{{"zhaolei", "market"}, {"chenjie", ""}, {"chenjie", "tech"}} {
			if _, err := s.Stats(ctx, cases.ViewerOf(who(db, c.login)), cases.StatsQuery{Dept: c.dept}); problem.CodeOf(err) != problem.Forbidden {
				t.Errorf("%s asking for %q: %v", c.login, c.dept, err)
			}
		}
		for _, q := range []cases.StatsQuery{{From: "2026-13-01"}, {From: "2026-12-05", To: "2026-12-01"}, {To: "tomorrow"}} {
			if _, err := s.Stats(ctx, head, q); problem.CodeOf(err) != problem.Invalid {
				t.Errorf("%+v: %v", q, err)
			}
		}
	})
}

// TestStatsCountEachWeeklyReport: the project lead owes a weekly report
// every Friday 18:00 (CONTRACT §8), and each is a step of §11. chenjie
// misses Friday 10-16 (the escalation fires), reports on Tuesday 10-20 for
// the week to 10-23, and delivers on 10-21 while the report due 10-30
// waits: three steps due, two on time — not one step whose deadline slid
// from Friday to Friday and counted as kept.
func TestStatsCountEachWeeklyReport(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-09-14 10:00"))
		customerInAfterSales(t, s, db)
		st, err := s.Stats(ctx, cases.ViewerOf(who(db, "admin")), cases.StatsQuery{From: "2026-10-12", To: "2026-10-31", Dept: "tech"})
		if err != nil {
			t.Fatal(err)
		}
		if len(st.Rows) != 1 {
			t.Fatalf("rows %+v", st.Rows)
		}
		if r := st.Rows[0]; r.Process != "customer-requirement" || r.StepsDue != 3 || r.StepsOnTime != 2 {
			t.Fatalf("tech's weekly reports: %+v, want 3 due, 2 on time", r)
		}
	})
}

// TestStatsDeliveryOwedByContactOnly: while a request is in progress the
// contact owes the delivery by committed_by (the deadline's action,
// deliver, is the contact's alone); the requester waits and owes nothing.
// chenjie (技术部) delivers late: 技术部 has one late step, and 市场部,
// whose wangfang waited, none — not a late delivery of its own.
func TestStatsDeliveryOwedByContactOnly(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		f := collabFields()
		f["contact"], f["expected_by"] = "chenjie", "2026-12-31"
		v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Act(ctx, who(db, "chenjie"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-04"}}); err != nil {
			t.Fatal(err)
		}
		setClock(t, s, "2026-12-08 10:00")
		all, err := s.Stats(ctx, cases.ViewerOf(who(db, "admin")), cases.StatsQuery{From: "2026-12-04", To: "2026-12-08"})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range all.Rows {
			if r.Dept == "market" && (r.StepsDue != 0 || r.OverdueNow != 0) {
				t.Errorf("市场部 owes the delivery it waits for: %+v", r)
			}
		}
		if _, err := s.Act(ctx, who(db, "chenjie"), v.ID, "deliver", process.Input{Fields: map[string]any{"summary": "接口已上线", "deliverables": "接口文档与测试报告"}}); err != nil {
			t.Fatal(err)
		}
		all, err = s.Stats(ctx, cases.ViewerOf(who(db, "admin")), cases.StatsQuery{From: "2026-12-04", To: "2026-12-08"})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range all.Rows {
			switch r.Dept {
			case "market":
				if r.StepsDue != 0 || r.OverdueNow != 0 {
					t.Errorf("市场部 counted for chenjie's late delivery: %+v", r)
				}
			case "tech":
				if r.StepsDue != 1 || r.StepsOnTime != 0 {
					t.Errorf("技术部: %+v, want 1 due, 0 on time", r)
				}
			}
		}
	})
}

// TestOverdueListMatchesTheFigures: the figures' overdue count links to
// /cases?acts=true&dept=…&due=overdue (and a person's to person=…): the
// list holds the cases where the department or person owes an overdue
// step, as the count does — chenjie's late delivery for 技术部 and him,
// not for 市场部 or wangfang, who wait for it (and may still act on it).
func TestOverdueListMatchesTheFigures(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		f := collabFields()
		f["contact"], f["expected_by"] = "chenjie", "2026-12-31"
		v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Act(ctx, who(db, "chenjie"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-04"}}); err != nil {
			t.Fatal(err)
		}
		setClock(t, s, "2026-12-08 10:00")
		admin := cases.ViewerOf(who(db, "admin"))
		st, err := s.Stats(ctx, admin, cases.StatsQuery{})
		if err != nil {
			t.Fatal(err)
		}
		overdue := map[string]int{}
		for _, r := range st.Rows {
			overdue[r.Dept] += r.OverdueNow
		}
		for _, c := range []struct {
			f    cases.Filter
			want int
		}{
			{cases.Filter{Dept: "tech", Acts: true, Due: "overdue"}, overdue["tech"]},
			{cases.Filter{Dept: "market", Acts: true, Due: "overdue"}, overdue["market"]},
			{cases.Filter{Person: "chenjie", Acts: true, Due: "overdue"}, 1},
			{cases.Filter{Person: "wangfang", Acts: true, Due: "overdue"}, 0},
			{cases.Filter{Person: "wangfang", Acts: true}, 1}, // she may still report progress
		} {
			if got := all(t, s, admin, c.f, 10); len(got) != c.want {
				t.Errorf("%+v lists %v, want %d (overdue now %v)", c.f, keys(got), c.want, overdue)
			}
		}
		if overdue["tech"] != 1 || overdue["market"] != 0 {
			t.Errorf("overdue now %v", overdue)
		}
	})
}

package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestOwedSteps: in after-sales with a feedback open, the after-sales owner
// owes two steps on one case — the feedback's answer in 48 hours and the
// callback by the state's 7 days — each at its own deadline; the account
// manager owes the same two once, not once per role; someone with no part
// owes nothing.
func TestOwedSteps(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		id, s := afterSalesWithFeedback(t, db)
		type got struct {
			Action, What string
			Item         int
			Due          string
		}
		owed := func(login string) []got {
			t.Helper()
			steps, err := s.OwedSteps(ctx, cases.ViewerOf(who(db, login)), 1000)
			if err != nil {
				t.Fatal(err)
			}
			var out []got
			for _, st := range steps {
				if st.CaseID != id || st.DueAt.Location().String() != "Asia/Shanghai" {
					t.Errorf("%s: step %+v of another case or zone", login, st)
				}
				out = append(out, got{st.Action, st.What, st.Item, st.DueAt.Format("2006-01-02 15:04")})
			}
			return out
		}
		want := []got{ // item 1 is the milestone
			{"respond", "响应并制定方案（反馈 #2）", 2, "2026-10-24 10:00"},
			{"record_callback", "登记回访", 0, "2026-10-28 10:00"},
		}
		for _, login := range []string{"xuting", "zhoumin"} {
			if g := owed(login); len(g) != len(want) || g[0] != want[0] || g[1] != want[1] {
				t.Errorf("%s owes %+v, want %+v", login, g, want)
			}
		}
		if g := owed("wangfang"); len(g) != 0 {
			t.Errorf("wangfang owes %+v, want nothing", g)
		}
	})
}

// afterSalesWithFeedback walks a customer requirement to after-sales
// (delivered 2026-10-21 10:00, xuting the after-sales owner) and opens a
// feedback through the customer's link at 2026-10-22 10:00.
func afterSalesWithFeedback(t *testing.T, db *store.DB) (int64, *cases.Service) {
	t.Helper()
	s := newService(t, db, at("2026-09-14 10:00"))
	id := customerInAfterSales(t, s, db)
	setClock(t, s, "2026-10-22 10:00")
	customer := cases.PartyActor("huaxin", "张伟", "zhangwei@huaxin.example")
	if _, err := s.PortalAct(context.Background(), id, customer, "feedback", process.Input{Fields: map[string]any{"description": "导出报表乱码", "severity": "major"}}); err != nil {
		t.Fatalf("feedback: %v", err)
	}
	return id, s
}

// TestOwedStepsStopAtTheSoonestCases: reading only the soonest cases that
// wait (a calendar feed's bound), the steps listed are exactly the soonest
// of all the steps owed, up to the last case read's deadline — none later,
// none skipped.
func TestOwedStepsStopAtTheSoonestCases(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		for _, when := range []string{"2026-12-01 10:00", "2026-12-01 14:00", "2026-12-02 09:30", "2026-12-03 16:00", "2026-12-07 11:00"} {
			setClock(t, s, when)
			openCollab(t, s, db) // each waits on chenjie, due a working day later
		}
		v := cases.ViewerOf(who(db, "chenjie"))
		all, err := s.OwedSteps(ctx, v, 1000)
		if err != nil || len(all) != 5 {
			t.Fatalf("all: %d steps, %v; want 5", len(all), err)
		}
		for _, n := range []int{1, 2, 3, 4, 5} {
			got, err := s.OwedSteps(ctx, v, n)
			if err != nil {
				t.Fatal(err)
			}
			want := all[:n] // one step per case here, cases in deadline order
			if len(got) != len(want) {
				t.Fatalf("the %d soonest cases: %d steps, want %d", n, len(got), len(want))
			}
			for i := range got {
				if got[i].CaseID != want[i].CaseID || !got[i].DueAt.Equal(want[i].DueAt) {
					t.Errorf("the %d soonest cases, step %d: %+v, want %+v", n, i, got[i], want[i])
				}
			}
		}
	})
}

// TestOwedStepsCutAtTheLastCaseRead: the after-sales owner owes a
// feedback's answer (24 Oct) and the callback (28 Oct) on one case, and a
// request's answer on another due between them. Reading the soonest case
// only lists the answer, not the callback — the other case, not read, is
// due before it; reading two (all there are) lists all three.
func TestOwedStepsCutAtTheLastCaseRead(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		id, s := afterSalesWithFeedback(t, db)
		setClock(t, s, "2026-10-23 10:00")
		f := collabFields()
		f["to_dept"], f["contact"], f["expected_by"] = "after-sales", "xuting", "2026-12-31"
		if _, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f}); err != nil {
			t.Fatal(err)
		}
		v := cases.ViewerOf(who(db, "xuting"))
		all, err := s.OwedSteps(ctx, v, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 3 || all[0].CaseID != id || all[0].Action != "respond" || all[1].CaseID == id || all[2].Action != "record_callback" {
			t.Fatalf("xuting owes %+v; want the answer, the request, the callback", all)
		}
		for n, want := range map[int]int{1: 1, 2: 3, 3: 3} {
			got, err := s.OwedSteps(ctx, v, n)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != want {
				t.Errorf("reading %d case(s): %+v, want the first %d of %+v", n, got, want, all)
				continue
			}
			for i := range got {
				if got[i] != all[i] {
					t.Errorf("reading %d case(s), step %d: %+v, want %+v", n, i, got[i], all[i])
				}
			}
		}
	})
}

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
			steps, err := s.OwedSteps(ctx, cases.ViewerOf(who(db, login)))
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

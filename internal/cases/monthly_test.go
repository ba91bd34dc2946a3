package cases_test

import (
	"context"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestMonthlyScheduleOnTheDatabase: the monthly report is due by 18:00 on
// the last working day of the month, reminded at 09:00 that day; missing,
// the lead's head is told; the late report sets October's due.
func TestMonthlyScheduleOnTheDatabase(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-09-14 10:00"))
		v, err := s.Open(ctx, who(db, "chenjie"), "monthly-report", process.Input{Fields: map[string]any{"project": "客户门户", "goal": "上线客户门户。", "ends_by": "2027-03-31"}})
		if err != nil {
			t.Fatal(err)
		}
		if v.DueAt == nil || *v.DueAt != at("2026-09-30 18:00").Format(time.RFC3339) {
			t.Fatalf("first due %v", v.DueAt)
		}
		setClock(t, s, "2026-09-30 09:00")
		if kinds(t, db, v.ID)["reminder/chenjie/inbox"] != 1 {
			t.Fatalf("no reminder: %v", kinds(t, db, v.ID))
		}
		setClock(t, s, "2026-09-30 18:00")
		if kinds(t, db, v.ID)["escalation/zhaolei/inbox"] != 1 {
			t.Fatalf("no escalation: %v", kinds(t, db, v.ID))
		}
		v, err = s.Act(ctx, who(db, "chenjie"), v.ID, "monthly_report", process.Input{Fields: map[string]any{"period": "2026年9月", "progress": "完成原型。", "next_month": "陈杰于11月20日前完成测试。", "risks": "无"}})
		if err != nil {
			t.Fatal(err)
		}
		// September's report, late: October's is due on Friday 10-30 (10-31 is a Saturday).
		if *v.DueAt != at("2026-10-30 18:00").Format(time.RFC3339) {
			t.Fatalf("after September's report: due %v", *v.DueAt)
		}
	})
}

package cases_test

import (
	"context"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestMonthlyScheduleOnTheDatabase: the monthly report is due by 18:00 on
// the last working day of the month, reminded at 09:00 the working day
// before; missing, the lead's head is told; the late report sets October's
// due.
func TestMonthlyScheduleOnTheDatabase(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-09-14 10:00"))
		v, err := s.Open(ctx, who(db, "chenjie"), "monthly-report", process.Input{Fields: map[string]any{"project": "客户门户", "goal": "上线客户门户。", "ends_by": "2027-03-31"}})
		if err != nil {
			t.Fatal(err)
		}
		if v.DueAt == nil || stamp(v.DueAt) != at("2026-09-30 18:00").Format(time.RFC3339) {
			t.Fatalf("first due %v", v.DueAt)
		}
		setClock(t, s, "2026-09-29 08:59")
		if kinds(t, db, v.ID)["reminder/chenjie/inbox"] != 0 {
			t.Fatalf("reminded early: %v", kinds(t, db, v.ID))
		}
		setClock(t, s, "2026-09-29 09:00")
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
		if stamp(v.DueAt) != at("2026-10-30 18:00").Format(time.RFC3339) {
			t.Fatalf("after September's report: due %v", *v.DueAt)
		}
	})
}

// TestMonthlyReminderAroundHolidays: the reminder comes at 09:00 on the
// working day before the due day, make-up days counting and holidays not,
// and the escalation comes at 18:00 on the due day, then management a
// working day later while the report is still missing.
func TestMonthlyReminderAroundHolidays(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		// February 2026: Spring Festival 02-15…02-23; the last working day
		// is the make-up Saturday 02-28, so the reminder is Friday 02-27.
		s := newService(t, db, at("2026-02-02 10:00"))
		v, err := s.Open(ctx, who(db, "chenjie"), "monthly-report", process.Input{Fields: map[string]any{"project": "客户门户", "goal": "上线客户门户。", "ends_by": "2026-12-31"}})
		if err != nil {
			t.Fatal(err)
		}
		if v.DueAt == nil || stamp(v.DueAt) != at("2026-02-28 18:00").Format(time.RFC3339) {
			t.Fatalf("February's due %v, want the make-up Saturday 02-28 18:00", v.DueAt)
		}
		step := func(when string, reminders, head, top int) {
			t.Helper()
			setClock(t, s, when)
			k := kinds(t, db, v.ID)
			if k["reminder/chenjie/inbox"] != reminders || k["escalation/zhaolei/inbox"] != head || k["escalation/gaojun/inbox"] != top {
				t.Fatalf("%s: want %d reminders, %d to the head, %d to management: %v", when, reminders, head, top, k)
			}
		}
		step("2026-02-27 08:59", 0, 0, 0)
		step("2026-02-27 09:00", 1, 0, 0)
		step("2026-02-28 17:59", 1, 0, 0)
		step("2026-02-28 18:00", 1, 1, 0) // a make-up Saturday is working time, 18:00 included
		// Monday 03-02 opens; one working day after it, management.
		step("2026-03-03 08:59", 1, 1, 0)
		step("2026-03-03 09:00", 1, 1, 1)
		step("2026-03-10 09:00", 1, 1, 1) // the last level: once
		v, err = s.Get(ctx, cases.ViewerOf(who(db, "chenjie")), v.ID)
		if err != nil {
			t.Fatal(err)
		}
		if stamp(v.DueAt) != at("2026-03-31 18:00").Format(time.RFC3339) {
			t.Fatalf("March's due %v", *v.DueAt)
		}
		// March's reminder: Monday 03-30 09:00.
		step("2026-03-30 09:00", 2, 1, 1)
	})
}

// TestMonthlyReminderBeforeSpringFestival: January 2025's last working day
// is Monday 01-27, the eve of the Spring Festival (01-28…02-04); the working
// day before it is the make-up Sunday 01-26, when the lead is reminded. The
// report filed late, on the first working day after the holiday, stops the
// escalation before it reaches management.
func TestMonthlyReminderBeforeSpringFestival(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2025-01-06 10:00"))
		v, err := s.Open(ctx, who(db, "chenjie"), "monthly-report", process.Input{Fields: map[string]any{"project": "客户门户", "goal": "上线客户门户。", "ends_by": "2025-12-31"}})
		if err != nil {
			t.Fatal(err)
		}
		if v.DueAt == nil || stamp(v.DueAt) != at("2025-01-27 18:00").Format(time.RFC3339) {
			t.Fatalf("January's due %v", v.DueAt)
		}
		step := func(when string, reminders, head, top int) {
			t.Helper()
			setClock(t, s, when)
			k := kinds(t, db, v.ID)
			if k["reminder/chenjie/inbox"] != reminders || k["escalation/zhaolei/inbox"] != head || k["escalation/gaojun/inbox"] != top {
				t.Fatalf("%s: want %d reminders, %d to the head, %d to management: %v", when, reminders, head, top, k)
			}
		}
		step("2025-01-24 09:00", 0, 0, 0) // Friday: not yet
		step("2025-01-26 08:59", 0, 0, 0)
		step("2025-01-26 09:00", 1, 0, 0) // the make-up Sunday
		step("2025-01-27 18:00", 1, 1, 0)
		// Management would hear on 02-06 09:00 (02-05 is the first working day).
		step("2025-02-05 10:00", 1, 1, 0)
		v, err = s.Act(ctx, who(db, "chenjie"), v.ID, "monthly_report", process.Input{Fields: map[string]any{"period": "2025年1月", "progress": "完成原型。", "next_month": "陈杰于2月20日前完成测试。", "risks": "无"}})
		if err != nil {
			t.Fatal(err)
		}
		step("2025-02-06 09:00", 1, 1, 0)
		// Filed in February, it counts for February (docs/processes.md): March's due.
		if stamp(v.DueAt) != at("2025-03-31 18:00").Format(time.RFC3339) {
			t.Fatalf("due after the late report %v", *v.DueAt)
		}
	})
}

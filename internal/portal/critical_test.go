package portal_test

import (
	"context"
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// TestCriticalFeedbackWithinFourWorkingHours: on a real database with the
// simulated clock, critical customer feedback is owed an answer within 4
// working hours on the calendar of CONTRACT §3 (09:00–18:00, make-up days
// working): filed Friday 2026-11-27 16:30 it is due Monday 11-30 11:30
// (1.5 hours on Friday, 2.5 on Monday), reminded at half the working time
// (Monday 09:30) and escalated at 11:30; filed Friday 2026-10-09 16:30
// through the customer's link it is due Saturday 10-10 11:30, a make-up
// working day. Minor feedback keeps the 48 clock hours.
func TestCriticalFeedbackWithinFourWorkingHours(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		ctx := context.Background()
		id, tok := f.confirming("客户希望统一受理邮件与微信渠道的工单。")
		f.walk(id, tok)
		feedback := func(fid int) cases.FeedbackView {
			t.Helper()
			v, err := f.svc.Get(ctx, cases.ViewerOf(f.who("zhoumin")), id)
			if err != nil {
				t.Fatal(err)
			}
			for _, fb := range v.Feedback {
				if fb.ID == fid {
					return fb
				}
			}
			t.Fatalf("no feedback %d", fid)
			return cases.FeedbackView{}
		}
		// count is the inbox messages of kind about feedback item fid to login.
		count := func(kind, login string, fid int) int {
			t.Helper()
			list, err := db.CaseNotifications(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, x := range list {
				if x.Kind == kind && x.Recipient == login && x.Channel == "inbox" && x.Payload.Message.Fields["item"] == strconv.Itoa(fid) {
					n++
				}
			}
			return n
		}

		// Through the link, the Friday before the make-up Saturday 10-10.
		f.clock("2026-10-09 16:30")
		got := f.api("POST", "/api/v1/portal/"+tok+"/actions/feedback", map[string]any{"fields": map[string]any{"description": "报表导出失败,影响月末结账。", "severity": "critical"}})
		if got.code != 200 {
			t.Fatalf("feedback: %d %s", got.code, got.body)
		}
		var pv wire.Case
		_ = json.Unmarshal([]byte(got.body), &pv)
		first := pv.Feedback[len(pv.Feedback)-1].ID
		if due := casestest.Stamp(feedback(first).DueAt); due != at("2026-10-10 11:30").Format(time.RFC3339) {
			t.Fatalf("critical feedback of Friday 10-09 16:30 due %s, want the make-up Saturday 11:30", due)
		}

		// Recorded by the account manager, the Friday before an ordinary weekend.
		f.clock("2026-11-27 16:30")
		v, err := f.svc.Act(ctx, f.who("zhoumin"), id, "feedback", process.Input{Fields: map[string]any{"description": "工单无法关闭,客户热线受阻。", "severity": "critical"}})
		if err != nil {
			t.Fatal(err)
		}
		fid := v.Feedback[len(v.Feedback)-1].ID
		if due := casestest.Stamp(feedback(fid).DueAt); due != at("2026-11-30 11:30").Format(time.RFC3339) {
			t.Fatalf("critical feedback of Friday 11-27 16:30 due %s, want Monday 11:30", due)
		}
		v, err = f.svc.Act(ctx, f.who("zhoumin"), id, "feedback", process.Input{Fields: map[string]any{"description": "导出文件名含乱码。", "severity": "minor"}})
		if err != nil {
			t.Fatal(err)
		}
		if due := casestest.Stamp(feedback(v.Feedback[len(v.Feedback)-1].ID).DueAt); due != at("2026-11-29 16:30").Format(time.RFC3339) {
			t.Fatalf("minor feedback due %s, want 48 clock hours", due)
		}
		f.clock("2026-11-30 09:29")
		if n := count("feedback_due", "xuting", fid); n != 1 { // told when it was filed, not yet reminded
			t.Fatalf("before half time: %d", n)
		}
		f.clock("2026-11-30 09:30")
		if n := count("feedback_due", "xuting", fid); n != 2 {
			t.Fatalf("no reminder at half the working time (Monday 09:30): %d", n)
		}
		f.clock("2026-11-30 11:29")
		if n := count("escalation", "liuyang", fid); n != 0 {
			t.Fatalf("escalated early: %d", n)
		}
		f.clock("2026-11-30 11:30")
		if count("escalation", "liuyang", fid) != 1 || count("escalation", "xuting", fid) != 1 {
			t.Fatalf("not escalated at Monday 11:30: head %d, after-sales head %d", count("escalation", "liuyang", fid), count("escalation", "xuting", fid))
		}
		if !feedback(fid).Overdue {
			t.Fatal("not shown overdue at its deadline")
		}
	})
}

package process

import (
	"testing"
	"time"
)

// notBefore returns when the last decision's notice of kind to who may be
// sent: "now" when it is not held.
func (s *shell) notBefore(kind, who string) string {
	s.t.Helper()
	for _, n := range s.last.Notices {
		if n.Kind == kind && (n.Recipient.Login == who || n.Recipient.Email == who) {
			if n.NotBefore == nil {
				return "now"
			}
			return n.NotBefore.In(shanghai).Format("2006-01-02 15:04")
		}
	}
	s.t.Fatalf("no %s to %s: %s", kind, who, noticeList(s.last))
	return ""
}

// TestQuietHours: the timers fire at the instants CONTRACT §3 gives and the
// history records them there; what they send waits for the next opening
// when it falls outside working time, unless the deadline comes first.
func TestQuietHours(t *testing.T) {
	tests := []struct {
		name, process, opened, urgency string
		timer, firesAt, kind, who      string
		want                           string
	}{
		// 24 hours from Monday 10:00: half time is 22:00; the reminder waits
		// for Tuesday 09:00, still before the 10:00 deadline.
		{"reminder at night waits", "customer-requirement", "2026-09-14 10:00", "", "collecting.remind", "2026-09-14 22:00", "reminder", "zhoumin", "2026-09-15 09:00"},
		// Urgent: 2 hours from 22:30 on a holiday; the opening is after the
		// 00:30 deadline, so the reminder goes at once.
		{"deadline first", "issue-report", "2026-10-01 22:30", "urgent", "reported.remind", "2026-10-01 23:30", "reminder", "wuqiang", "now"},
		// 24 hours from Friday 20:00 ends Saturday 20:00: the escalation
		// waits for Sunday 09-20, a make-up working day.
		{"escalation at night waits", "customer-requirement", "2026-09-18 20:00", "", "collecting.escalate", "2026-09-19 20:00", "escalation", "liuyang", "2026-09-20 09:00"},
		// 24 hours from 17:00 before National Day: the half at 05:00 on a
		// holiday goes at once, as the deadline (17:00 the same day) comes
		// before the next opening (10-08).
		{"holiday reminder before its deadline", "issue-report", "2026-09-30 17:00", "normal", "reported.remind", "2026-10-01 05:00", "reminder", "wuqiang", "now"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s *shell
			if tc.process == "issue-report" {
				s = open(t, tc.process, "wangfang", tc.opened, issueFields(tc.urgency), nil)
			} else {
				s = open(t, tc.process, "zhoumin", tc.opened, customerFields(), nil)
			}
			s.at(tc.timer, tc.firesAt)
			s.fire(tc.timer)
			if ev := s.last.Events[0]; !ev.At.Equal(at(tc.firesAt)) {
				t.Fatalf("history records %v, want %s", ev.At, tc.firesAt)
			}
			if got := s.notBefore(tc.kind, tc.who); got != tc.want {
				t.Fatalf("sent %s, want %s", got, tc.want)
			}
		})
	}
}

// TestEscalationAtTheClosingInstant: a committed date's deadline is 18:00
// on a working day; 18:00 is working time, so the escalation goes at once.
func TestEscalationAtTheClosingInstant(t *testing.T) {
	s := open(t, "internal-collab", "wangfang", "2026-12-01 10:00", collabFields("2026-12-31"), nil)
	s.do("2026-12-01 11:00", "chenjie", "accept", map[string]any{"committed_by": "2026-12-04"}, "in_progress")
	s.at("in_progress.escalate", "2026-12-04 18:00")
	s.fire("in_progress.escalate")
	if got := s.notBefore("escalation", "lina"); got != "now" {
		t.Fatalf("the 18:00 escalation is held until %s", got)
	}
	if s.last.Notices[0].Fields["overdue_since"] != at("2026-12-04 18:00").Format(time.RFC3339) {
		t.Fatalf("overdue_since %q", s.last.Notices[0].Fields["overdue_since"])
	}
}

// TestWeekendReminderWaitsForMonday: a progress reminder 7 days after a
// make-up Saturday falls on an ordinary Saturday; it has no deadline to
// beat, so it goes at Monday's opening.
func TestWeekendReminderWaitsForMonday(t *testing.T) {
	s := open(t, "internal-collab", "wangfang", "2026-10-09 10:00", collabFields("2026-12-31"), nil)
	s.do("2026-10-10 10:00", "chenjie", "accept", map[string]any{"committed_by": "2026-12-18"}, "in_progress")
	s.at("in_progress.recur", "2026-10-17 10:00")
	s.fire("in_progress.recur")
	if got := s.notBefore("reminder", "wangfang"); got != "2026-10-19 09:00" {
		t.Fatalf("sent %s", got)
	}
}

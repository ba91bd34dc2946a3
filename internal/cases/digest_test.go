package cases_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

func TestDigestTime(t *testing.T) {
	s := newService(t, storetest.SQLite(t), at("2026-12-01 10:00"))
	tests := []struct{ now, want string }{
		{"2026-12-09 15:00", "2026-12-07 09:00"}, // an ordinary Monday
		{"2026-12-07 08:00", "2026-12-07 09:00"},
		{"2026-10-06 12:00", "2026-10-08 09:00"}, // National Day: Thursday is the week's first working day
	}
	for _, tc := range tests {
		got, _, ok := s.DigestAt(at(tc.now))
		if !ok || !got.Equal(at(tc.want)) {
			t.Errorf("digest of the week of %s at %v, want %s", tc.now, got, tc.want)
		}
	}
}

func TestWeeklyDigest(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s, _ := listScenario(t, db) // Monday 7 December 10:00: five overdue, two due Wednesday
		if _, err := db.InsertChannel(ctx, store.Channel{Dept: "tech", Kind: "dingtalk", Name: "技术部群", URL: "https://oapi.dingtalk.com/robot/send?access_token=x", Enabled: true}); err != nil {
			t.Fatal(err)
		}
		n, err := s.SendDigests(ctx)
		if err != nil || n == 0 {
			t.Fatalf("digests: %d %v", n, err)
		}
		if again, err := s.SendDigests(ctx); err != nil || again != 0 {
			t.Fatalf("sent again: %d %v", again, err)
		}
		msgs, _, err := db.MessagesPage(ctx, "zhaolei", store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		var digest *notify.Message
		for _, m := range msgs {
			if m.Kind == notify.KindDigest {
				if digest != nil {
					t.Fatal("two digests")
				}
				digest = &m.Payload.Message
			}
		}
		if digest == nil {
			t.Fatalf("no digest for the head of 技术部 in %d messages", len(msgs))
		}
		f := digest.Fields
		if f["week"] != "2026-12-07" || f["overdue"] != "5" || f["due"] != "2" || !strings.Contains(f["overdue_items"], "XZ-2026-0001") || !strings.Contains(f["due_items"], "XZ-2026-0007") {
			t.Fatalf("digest fields %v", f)
		}
		all, _, err := db.NotificationsPage(ctx, 0, store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		robot := 0
		for _, n := range all {
			if n.Kind == notify.KindDigest && n.Recipient == "技术部群" && n.Channel == "dingtalk" && n.CaseID == 0 {
				robot++
			}
		}
		if robot != 1 {
			t.Fatalf("the department's robot got %d digests", robot)
		}
		r, err := notify.Render(*digest, nil)
		if err != nil || !strings.Contains(r.Subject, "逾期 5 项") || !strings.Contains(r.Text, "【本周到期】") {
			t.Fatalf("rendered %q %v\n%s", r.Subject, err, r.Text)
		}
	})
}

// TestDigestCoversDepartmentsBelow: a head's digest covers the departments
// below theirs in the tree (CONTRACT §10). With 技术部 placed under 市场部,
// lina's digest lists chenjie's five overdue requests and counts the five
// steps 技术部 let pass last week.
func TestDigestCoversDepartmentsBelow(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s, _ := listScenario(t, db) // Monday 7 December 10:00: five overdue, two due Wednesday
		tech, err := db.Department(ctx, "tech")
		if err != nil {
			t.Fatal(err)
		}
		tech.Parent = "market"
		if err := db.UpdateDepartment(ctx, tech); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SendDigests(ctx); err != nil {
			t.Fatal(err)
		}
		msgs, _, err := db.MessagesPage(ctx, "lina", store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		var f map[string]string
		for _, m := range msgs {
			if m.Kind == notify.KindDigest {
				f = m.Payload.Message.Fields
			}
		}
		if f == nil {
			t.Fatal("no digest for the head of 市场部")
		}
		if f["overdue"] != "5" || f["due"] != "2" || !strings.Contains(f["overdue_items"], "XZ-2026-0001") || !strings.Contains(f["figures"], "到期环节 5 个") {
			t.Fatalf("市场部's digest leaves out 技术部 below it: %v", f)
		}
	})
}

// TestDigestCountsBeyondItsList: the digest lists the first 20 overdue
// cases and says "…", but its count (the subject's 逾期 N 项) is of all 22.
func TestDigestCountsBeyondItsList(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		for i := range 22 {
			f := collabFields()
			f["title"], f["contact"], f["expected_by"] = fmt.Sprintf("第%d号需求", i+1), "chenjie", "2026-12-31"
			if _, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f}); err != nil {
				t.Fatal(err)
			}
		}
		setClock(t, s, "2026-12-07 10:00")
		if _, err := s.SendDigests(ctx); err != nil {
			t.Fatal(err)
		}
		msgs, _, err := db.MessagesPage(ctx, "zhaolei", store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range msgs {
			if f := m.Payload.Message.Fields; m.Kind == notify.KindDigest {
				if f["overdue"] != "22" || strings.Count(f["overdue_items"], "\n") != 20 || !strings.HasSuffix(f["overdue_items"], "…") {
					t.Fatalf("digest counts %s overdue of 22:\n%s", f["overdue"], f["overdue_items"])
				}
				return
			}
		}
		t.Fatal("no digest for the head of 技术部")
	})
}

// TestDigestOfManagement: 管理层 oversees every department (CONTRACT §10,
// §11), so gaojun's digest is the company's: chenjie's five overdue
// requests and the five steps 技术部 let pass last week, linked to the
// figures of all departments.
func TestDigestOfManagement(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s, _ := listScenario(t, db) // Monday 7 December 10:00: five overdue, two due Wednesday
		if _, err := s.SendDigests(ctx); err != nil {
			t.Fatal(err)
		}
		msgs, _, err := db.MessagesPage(ctx, "gaojun", store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range msgs {
			if f := m.Payload.Message.Fields; m.Kind == notify.KindDigest {
				if f["overdue"] != "5" || f["due"] != "2" || !strings.Contains(f["figures"], "到期环节 5 个") || !strings.HasSuffix(f["link"], "/figures") {
					t.Fatalf("管理层's digest is not the company's: %v", f)
				}
				return
			}
		}
		t.Fatal("no digest for the head of 管理层")
	})
}

// TestDigestListsWhatTheDepartmentOwes: chenjie (技术部) accepted
// wangfang's request for Friday 4 December and has not delivered by
// Monday: the delivery is overdue in 技术部's digest, and not in
// 市场部's, whose wangfang only waits for it (as the figures count it:
// overdue_now is 技术部's).
func TestDigestListsWhatTheDepartmentOwes(t *testing.T) {
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
		setClock(t, s, "2026-12-07 10:00")
		if _, err := s.SendDigests(ctx); err != nil {
			t.Fatal(err)
		}
		digest := func(login string) map[string]string {
			t.Helper()
			msgs, _, err := db.MessagesPage(ctx, login, store.Page{})
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range msgs {
				if m.Kind == notify.KindDigest {
					return m.Payload.Message.Fields
				}
			}
			t.Fatalf("no digest for %s", login)
			return nil
		}
		if f := digest("zhaolei"); f["overdue"] != "1" || !strings.Contains(f["overdue_items"], v.Key) {
			t.Errorf("技术部's digest leaves out chenjie's late delivery: %v", f)
		}
		if f := digest("lina"); f["overdue"] != "0" || f["due"] != "0" {
			t.Errorf("市场部's digest counts the delivery 技术部 owes: %v", f)
		}
	})
}

// TestQueuedDigestIsNotBuiltAgain: the look every minute builds a digest
// only while it is not queued. Once the week's digests are out, the next
// look reads no steps at all: with the steps table gone it still answers
// nothing to send (building them first, as it did, read every case the
// departments owe — at a million cases, seconds of work every minute).
func TestQueuedDigestIsNotBuiltAgain(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s, _ := listScenario(t, db)
		if n, err := s.SendDigests(ctx); err != nil || n == 0 {
			t.Fatalf("digests: %d %v", n, err)
		}
		if _, err := db.SQL().ExecContext(ctx, `ALTER TABLE steps RENAME TO steps_away`); err != nil {
			t.Fatal(err)
		}
		defer db.SQL().ExecContext(ctx, `ALTER TABLE steps_away RENAME TO steps`)
		if again, err := s.SendDigests(ctx); err != nil || again != 0 {
			t.Fatalf("the look after the digests went out: %d %v", again, err)
		}
	})
}

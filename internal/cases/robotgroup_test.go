package cases_test

import (
	"context"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestRobotSpeaksToTheGroup: the department's robot posts the step a
// member owes in the company's language, naming that member — not the
// member's own "you" in whatever language they chose for themselves.
func TestRobotSpeaksToTheGroup(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		u, err := db.UserByLogin(ctx, "chenjie")
		if err != nil {
			t.Fatal(err)
		}
		u.Lang = "en"
		if err := db.UpdateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		if _, err := db.InsertChannel(ctx, store.Channel{Dept: "tech", Kind: "dingtalk", Name: "技术部群", URL: "https://oapi.dingtalk.com/robot/send?access_token=x", Enabled: true}); err != nil {
			t.Fatal(err)
		}
		v := openCollab(t, s, db)
		list, err := db.CaseNotifications(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, n := range list {
			if n.Kind != "assigned" {
				continue
			}
			m := n.Payload.Message
			seen[n.Channel] = true
			switch n.Channel {
			case notify.ChannelInbox:
				if m.Lang != "en" || m.Fields["action_name"] != "Accept" {
					t.Errorf("chenjie's own message: %s %q", m.Lang, m.Fields["action_name"])
				}
			case "dingtalk":
				r, err := notify.Render(m, nil)
				if err != nil {
					t.Fatal(err)
				}
				if m.Lang != "zh" || m.Fields["assignee"] != "陈杰" || !containsAll(r.Markdown, "需要陈杰处理", "请陈杰于", "「承接」") {
					t.Errorf("the group reads (%s, assignee %q):\n%s", m.Lang, m.Fields["assignee"], r.Markdown)
				}
			}
		}
		if !seen[notify.ChannelInbox] || !seen["dingtalk"] {
			t.Fatalf("assigned went to %v", seen)
		}
	})
}

func containsAll(s string, parts ...string) bool {
	for _, p := range parts {
		if !strings.Contains(s, p) {
			return false
		}
	}
	return true
}

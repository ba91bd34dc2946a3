package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestFormerContactReadsTheReassignment: the contact a head replaced is
// told in words of their own language — 「协作对接人」已改派给 赵磊 — not a
// catalogue reference nor a Chinese sentence with an English tail.
func TestFormerContactReadsTheReassignment(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		v := openCollab(t, s, db)
		if _, err := s.Reassign(ctx, who(db, "zhaolei"), v.ID, "contact", "zhaolei"); err != nil {
			t.Fatal(err)
		}
		list, err := db.CaseNotifications(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, n := range list {
			if n.Kind == "decided" && n.Recipient == "chenjie" {
				found = true
				if got := n.Payload.Message.Fields["decision"]; got != "「协作对接人」已改派给 赵磊" {
					t.Errorf("chenjie reads %q", got)
				}
			}
		}
		if !found {
			t.Fatal("the former contact is not told")
		}
	})
}

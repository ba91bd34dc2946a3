package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestQuestionStepIsNamed: the one a question waits for reads their step
// as 留言答复, not the action id "comment" (待办: comment).
func TestQuestionStepIsNamed(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		v := openCollab(t, s, db)
		if _, err := s.Act(ctx, who(db, "wangfang"), v.ID, "comment", process.Input{Comment: "陈杰，原型评审能否提前到12月3日？"}); err != nil {
			t.Fatal(err)
		}
		list, err := db.CaseNotifications(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, x := range list {
			if x.Kind == "comment" && x.Recipient == "chenjie" && x.Channel == "inbox" {
				n++
				if got := x.Payload.Message.Fields["action_name"]; got != "留言答复" {
					t.Errorf("chenjie's step reads %q", got)
				}
			}
		}
		if n != 1 {
			t.Fatalf("%d comment notices to chenjie", n)
		}
	})
}

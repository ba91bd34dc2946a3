package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestFirstSignatureDoesNotArchive: the heads told of the requester's
// signature read that the others have still to sign — they read 各方均已签字，
// 事项已归档 while the contact had not signed; after the last signature they
// read that it is archived.
func TestFirstSignatureDoesNotArchive(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		v := openCollab(t, s, db)
		act := func(login, action string, fields map[string]any) {
			t.Helper()
			if _, err := s.Act(ctx, who(db, login), v.ID, action, process.Input{Fields: fields}); err != nil {
				t.Fatalf("%s %s: %v", login, action, err)
			}
		}
		act("chenjie", "accept", map[string]any{"committed_by": "2026-12-18"})
		act("chenjie", "deliver", map[string]any{"summary": "完成", "deliverables": "《需求规格说明书》v1.0"})
		act("wangfang", "accept_delivery", nil)
		headSigned := func() map[string]string {
			list, err := db.CaseNotifications(ctx, v.ID)
			if err != nil {
				t.Fatal(err)
			}
			var last map[string]string
			for _, n := range list {
				if n.Kind == "signed" && n.Recipient == "zhaolei" && n.Channel == "inbox" {
					last = n.Payload.Message.Fields
				}
			}
			return last
		}
		act("wangfang", "sign", nil)
		if f := headSigned(); f["pending"] != "1" || f["closed"] != "" {
			t.Fatalf("after the first signature the head reads %v", f)
		}
		act("chenjie", "sign", nil)
		if f := headSigned(); f["closed"] != "1" || f["pending"] != "" {
			t.Fatalf("after the last signature the head reads %v", f)
		}
	})
}

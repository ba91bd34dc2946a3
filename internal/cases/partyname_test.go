package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestPartyActsUnderItsName: what a customer does through its link is told
// to the staff under the customer's name (华信科技 张伟), not as "liaison",
// the name of what the system does by itself.
func TestPartyActsUnderItsName(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-09-14 10:00"))
		id := customerInAfterSales(t, s, db)
		setClock(t, s, "2026-10-22 10:00")
		if _, err := s.PortalAct(ctx, id, cases.PartyActor("huaxin", "张伟", "zhangwei@huaxin.example"), "feedback", process.Input{Fields: map[string]any{"description": "导出报表乱码", "severity": "major"}}); err != nil {
			t.Fatal(err)
		}
		list, err := db.CaseNotifications(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		told := 0
		for _, n := range list {
			m := n.Payload.Message
			// The customer confirmed the requirements and filed the feedback through its link.
			if n.Kind == "feedback_due" || m.Fields["done_action"] == "confirm" {
				told++
				if m.Actor != "华信科技 张伟" {
					t.Errorf("%s to %s names the actor %q, want 华信科技 张伟", n.Kind, n.Recipient, m.Actor)
				}
			}
		}
		if told < 2 {
			t.Fatalf("%d notifications of the customer's acts, want the confirmation's and the feedback's", told)
		}
	})
}

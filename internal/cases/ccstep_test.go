package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestCCNamesTheStep: the heads copied on a request read which step the
// contact owes, by its name in their language.
func TestCCNamesTheStep(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		v := openCollab(t, s, db)
		list, err := db.CaseNotifications(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, x := range list {
			if x.Kind == "cc" && x.Channel == "inbox" {
				n++
				if f := x.Payload.Message.Fields; f["action_name"] != "承接" || f["assignee"] != "陈杰" || f["escalates"] != "1" {
					t.Errorf("cc to %s: %v", x.Recipient, f)
				}
			}
		}
		if n != 2 {
			t.Fatalf("%d cc", n)
		}
	})
}

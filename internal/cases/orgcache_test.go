package cases_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestOrgCacheSeesChangesAtOnce: the service keeps the organisation in
// memory, yet a change made elsewhere (another replica, the admin
// command) is seen by the very next action: a new head of the department
// asked becomes the counterpart's head of the next case.
func TestOrgCacheSeesChangesAtOnce(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := newService(t, db, at("2026-12-01 10:00"))
		f := collabFields()
		f["expected_by"] = "2026-12-20"
		head := func(v cases.View) string {
			for _, p := range v.Participants {
				if p.Role == "counterpart_head" {
					return p.Login
				}
			}
			return ""
		}
		open := func(svc *cases.Service) cases.View {
			v, err := svc.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		if h := head(open(s)); h != "zhaolei" {
			t.Fatalf("counterpart head %q, want zhaolei", h)
		}
		// The change comes from outside this service, as from another
		// replica or the admin command: straight to the database.
		if err := db.SetDepartmentHead(ctx, "tech", "chenjie"); err != nil {
			t.Fatal(err)
		}
		if h := head(open(s)); h != "chenjie" {
			t.Fatalf("after the change of head: counterpart head %q, want chenjie", h)
		}
	})
}

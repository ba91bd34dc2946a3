package store_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestOrgVersionRisesWithEveryChange: a change of any table the case
// service's copy of the organisation is made of raises the version in the
// changing transaction, and a transaction that changes nothing of it does not.
func TestOrgVersionRisesWithEveryChange(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		version := func() int64 {
			v, err := db.OrgVersion(ctx)
			if err != nil {
				t.Fatal(err)
			}
			return v
		}
		changes := []struct {
			name string
			fn   func(tx store.Tx) error
		}{
			{"department", func(tx store.Tx) error {
				return store.In(tx).UpsertDepartment(ctx, store.Department{ID: "tech", NameZh: "技术部", NameEn: "Technology"})
			}},
			{"user", func(tx store.Tx) error {
				_, err := store.In(tx).CreateUser(ctx, store.User{Login: "chenjie", Name: "陈杰", DeptID: "tech", Lang: "zh", PasswordHash: "x", CreatedAt: t0})
				return err
			}},
			{"head", func(tx store.Tx) error { return store.In(tx).SetDepartmentHead(ctx, "tech", "chenjie") }},
			{"party and contacts", func(tx store.Tx) error {
				return store.In(tx).PutParty(ctx, store.Party{ID: "huaxin", Kind: store.PartyCustomer, Name: "华信科技",
					Contacts: []store.Contact{{Name: "张伟", Email: "zhangwei@huaxin.example", Primary: true}}})
			}},
			{"a case (not the organisation)", func(tx store.Tx) error {
				_, err := db.NextCaseKey(ctx, tx, "XZ", 2026)
				return err
			}},
		}
		for _, c := range changes {
			before := version()
			if err := db.Tx(ctx, c.fn); err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			rose := version() > before
			if want := c.name != "a case (not the organisation)"; rose != want {
				t.Errorf("%s: version rose = %v, want %v", c.name, rose, want)
			}
		}
		before := version()
		if _, err := db.InsertChannel(ctx, store.Channel{Dept: "tech", Kind: "webhook", Name: "tech-hook", URL: "https://hooks.example/x"}); err != nil {
			t.Fatal(err)
		}
		if version() <= before {
			t.Error("a department channel did not raise the version")
		}
	})
}

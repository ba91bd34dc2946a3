package admin_test

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestFirstContactIsPrimary: a party created with contacts none of which
// is marked primary has its first as the primary one, in the answer and
// when read back — as docs/api.md says and the import does.
func TestFirstContactIsPrimary(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := setup(t, db)
		in := admin.PartyInput{ID: "globex", Kind: admin.Of("customer"), Name: admin.Of("Globex International"),
			Contacts: admin.Of([]admin.Contact{{Name: "Max", Email: "max@globex.example"}, {Name: "Ann", Email: "ann@globex.example"}})}
		created, err := f.svc.CreateParty(ctx, cli, in)
		if err != nil {
			t.Fatal(err)
		}
		read, err := f.svc.Party(ctx, cli, "globex")
		if err != nil {
			t.Fatal(err)
		}
		for name, p := range map[string]admin.Party{"created": created, "read": read} {
			if len(p.Contacts) != 2 || !p.Contacts[0].Primary || p.Contacts[1].Primary {
				t.Errorf("%s: %+v", name, p.Contacts)
			}
		}
	})
}

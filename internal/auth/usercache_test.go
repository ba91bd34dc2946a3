package auth_test

import (
	"context"
	"slices"
	"testing"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestAuthenticateSeesEveryChange: with the signed-in user kept in memory
// between requests, a sign-out, a disabled account and a new head of
// department are seen by the very next request, on the replica where they
// happened and on the other one.
func TestAuthenticateSeesEveryChange(t *testing.T) {
	for _, dialect := range []string{store.SQLite, store.Postgres} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			var dbs []*store.DB
			if dialect == store.SQLite {
				dbs = []*store.DB{storetest.SQLite(t)}
			} else {
				dbs = storetest.PostgresReplicas(t, 2)
			}
			seedUsers(t, dbs[0])
			var svcs []*auth.Service
			for _, db := range dbs {
				svcs = append(svcs, auth.New(db, auth.Options{Params: cheap}))
			}
			a, b, db := svcs[0], svcs[len(svcs)-1], dbs[len(dbs)-1]
			token, _, err := a.Login(ctx, "lina", "demo-pass-1", "10.0.0.1")
			if err != nil {
				t.Fatal(err)
			}
			// Both replicas have read (and kept) lina.
			for _, s := range svcs {
				if u, err := s.Authenticate(ctx, token); err != nil || u.Login != "lina" || len(u.HeadOf) != 0 {
					t.Fatalf("authenticate: %+v, %v", u, err)
				}
			}
			// She becomes head of market on replica b: a sees it.
			if err := db.SetDepartmentHead(ctx, "market", "lina"); err != nil {
				t.Fatal(err)
			}
			if u, err := a.Authenticate(ctx, token); err != nil || !slices.Equal(u.HeadOf, []string{"market"}) {
				t.Errorf("after she became head: %+v, %v", u, err)
			}
			// A caller changing what it got does not change the next answer.
			if u, _ := a.Authenticate(ctx, token); len(u.HeadOf) == 1 {
				u.HeadOf[0] = "sales"
			}
			if u, _ := a.Authenticate(ctx, token); !slices.Equal(u.HeadOf, []string{"market"}) {
				t.Errorf("the kept user was changed through an answer: %+v", u)
			}
			// Disabled on b: refused on a at once; enabled again: accepted.
			if err := db.SetUserDisabled(ctx, "lina", true); err != nil {
				t.Fatal(err)
			}
			for _, s := range svcs {
				if _, err := s.Authenticate(ctx, token); problem.CodeOf(err) != problem.Unauthorized {
					t.Errorf("disabled user: %v, want unauthorized", err)
				}
			}
			if err := db.SetUserDisabled(ctx, "lina", false); err != nil {
				t.Fatal(err)
			}
			if _, err := a.Authenticate(ctx, token); err != nil {
				t.Fatalf("enabled again: %v", err)
			}
			// Signed out on b: refused on a at once.
			if err := b.Logout(ctx, token, "10.0.0.1"); err != nil {
				t.Fatal(err)
			}
			for _, s := range svcs {
				if _, err := s.Authenticate(ctx, token); problem.CodeOf(err) != problem.Unauthorized {
					t.Errorf("after sign-out: %v, want unauthorized", err)
				}
			}
		})
	}
}

// BenchmarkAuthenticate: one request's check of its API token.
func BenchmarkAuthenticate(b *testing.B) {
	ctx := context.Background()
	s, _, _ := setup(b)
	token, _, err := s.Login(ctx, "lina", "lina-pass-1", "10.0.0.1")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Authenticate(ctx, token); err != nil {
			b.Fatal(err)
		}
	}
}

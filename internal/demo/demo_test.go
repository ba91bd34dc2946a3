package demo_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

var cheap = &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

func TestSeedIsIdempotent(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		now := time.Date(2026, 3, 2, 1, 0, 0, 0, time.UTC)
		for range 2 {
			if err := demo.Seed(ctx, db, now, cheap); err != nil {
				t.Fatal(err)
			}
		}
		users, err := db.Users(ctx)
		if err != nil || len(users) != len(demo.Users) {
			t.Fatalf("%d users, %v", len(users), err)
		}
		depts, _ := db.Departments(ctx)
		if len(depts) != 9 {
			t.Errorf("%d departments", len(depts))
		}
		s := auth.New(db, auth.Options{Now: func() time.Time { return now }, Params: cheap})
		for _, want := range demo.Users {
			_, u, err := s.Login(ctx, want.Login, demo.Password, "127.0.0.1")
			if err != nil {
				t.Fatalf("login %s: %v", want.Login, err)
			}
			if u.Name != want.Name || u.Dept != want.Dept || u.Admin != want.Admin || u.Email != want.Login+"@liaison-demo.example" ||
				u.Heads(want.Dept) != want.Head || !slices.Equal(u.Roles, append([]string{}, want.Roles...)) {
				t.Errorf("%s = %+v", want.Login, u)
			}
		}
		p, err := db.Party(ctx, "dongfang")
		if c, _ := p.PrimaryContact(); err != nil || p.Kind != "supplier" || c.Email != "liqiang@dongfang.example" || len(p.Contacts) != 1 {
			t.Errorf("dongfang = %+v, %v", p, err)
		}
		p, _ = db.Party(ctx, "huaxin")
		if c, _ := p.PrimaryContact(); p.Kind != "customer" || c.Name != "张伟" || len(p.Contacts) != 1 {
			t.Errorf("huaxin = %+v", p)
		}
	})
}

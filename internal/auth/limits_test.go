package auth_test

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// seedUsers adds lina (password demo-pass-1) to db.
func seedUsers(t *testing.T, db *store.DB) {
	t.Helper()
	ctx := context.Background()
	if err := db.UpsertDepartment(ctx, store.Department{ID: "market", NameZh: "市场部", NameEn: "Market"}); err != nil {
		t.Fatal(err)
	}
	h, err := argon2id.CreateHash("demo-pass-1", cheap)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateUser(ctx, store.User{Login: "lina", Name: "李娜", DeptID: "market", Lang: "zh", PasswordHash: h}); err != nil {
		t.Fatal(err)
	}
}

// replicas returns the sign-in services of n servers sharing one database:
// on SQLite one server (a SQLite file has one), on PostgreSQL n pools on one
// schema; seed adds to the database first.
func replicas(t *testing.T, dialect string, n int, seed ...func(db *store.DB)) []*auth.Service {
	t.Helper()
	var dbs []*store.DB
	if dialect == store.SQLite {
		dbs = []*store.DB{storetest.SQLite(t)}
	} else {
		dbs = storetest.PostgresReplicas(t, n)
	}
	seedUsers(t, dbs[0])
	for _, f := range seed {
		f(dbs[0])
	}
	var out []*auth.Service
	for _, db := range dbs {
		out = append(out, auth.New(db, auth.Options{Params: cheap, MaxHashes: 4}))
	}
	return out
}

// tally runs attempts at once, spread over the replicas, and counts the answers by code.
func tally(t *testing.T, svcs []*auth.Service, attempts []func(s *auth.Service) error) map[problem.Code]int {
	t.Helper()
	var (
		mu    sync.Mutex
		got   = map[problem.Code]int{}
		wg    sync.WaitGroup
		start = make(chan struct{})
	)
	for i, try := range attempts {
		s := svcs[i%len(svcs)]
		wg.Go(func() {
			<-start
			err := try(s)
			c := problem.Code("ok")
			if err != nil {
				c = problem.CodeOf(err)
			}
			mu.Lock()
			got[c]++
			mu.Unlock()
		})
	}
	close(start)
	wg.Wait()
	return got
}

// TestParallelSignInLimits: the outside tester's 30 simultaneous attempts on
// one login (29 wrong, 1 right) got 29 × 401 and 1 × 200, and 40 failures at
// once from one address all got 401. The attempt is now reserved with one
// write before the hash is checked, so no more than the limit are ever
// checked, however the attempts are spread over replicas.
func TestParallelSignInLimits(t *testing.T) {
	for _, dialect := range []string{store.SQLite, store.Postgres} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			t.Run("per login", func(t *testing.T) {
				svcs := replicas(t, dialect, 2)
				var attempts []func(*auth.Service) error
				for i := range 30 {
					pw := "wrong-pass"
					if i == 17 {
						pw = "demo-pass-1"
					}
					attempts = append(attempts, func(s *auth.Service) error {
						_, _, err := s.Login(ctx, "lina", pw, fmt.Sprintf("10.1.0.%d", i))
						return err
					})
				}
				got := tally(t, svcs, attempts)
				if got[problem.Unauthorized] > auth.LimitPerLogin || got[problem.Unauthorized]+got["ok"] > auth.LimitPerLogin+1 {
					t.Errorf("30 attempts at once on one login: %v; at most %d may be checked", got, auth.LimitPerLogin)
				}
				if got[problem.Internal] > 0 || got[problem.RateLimited] < 30-auth.LimitPerLogin-1 {
					t.Errorf("answers %v", got)
				}
			})
			t.Run("per address", func(t *testing.T) {
				svcs := replicas(t, dialect, 2)
				var attempts []func(*auth.Service) error
				for i := range 40 {
					attempts = append(attempts, func(s *auth.Service) error {
						_, _, err := s.Login(ctx, fmt.Sprintf("guess%d", i), "wrong-pass", "10.2.0.1")
						return err
					})
				}
				got := tally(t, svcs, attempts)
				if got[problem.Unauthorized] > auth.LimitPerIP || got[problem.RateLimited] != 40-got[problem.Unauthorized] {
					t.Errorf("40 failures at once from one address: %v; at most %d may be checked", got, auth.LimitPerIP)
				}
			})
		})
	}
}

// TestSignInMemoryBound: 100 simultaneous sign-ins of unknown users took the
// server from 246 MiB to 6.3 GiB. At most MaxHashes hashes run at once, so
// the heap grows by about MaxHashes × the hash's memory, not N × it.
func TestSignInMemoryBound(t *testing.T) {
	const (
		n         = 24
		maxHashes = 2
		mib       = 1 << 20
	)
	params := &argon2id.Params{Memory: 8 * 1024, Iterations: 2, Parallelism: 1, SaltLength: 16, KeyLength: 32}
	db := storetest.SQLite(t)
	seedUsers(t, db)
	s := auth.New(db, auth.Options{Params: params, MaxHashes: maxHashes})
	ctx := context.Background()
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var attempts []func(*auth.Service) error
	for i := range n {
		attempts = append(attempts, func(s *auth.Service) error {
			_, _, err := s.Login(ctx, fmt.Sprintf("nobody%d", i), "wrong-pass", fmt.Sprintf("10.3.%d.1", i))
			return err
		})
	}
	got := tally(t, []*auth.Service{s}, attempts)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	st := s.HashStats()
	if st.Peak > maxHashes || st.Peak < 1 {
		t.Errorf("%d hashes ran at once; the bound is %d", st.Peak, maxHashes)
	}
	if got[problem.Unauthorized]+got[problem.Unavailable] != n {
		t.Errorf("answers %v", got)
	}
	// Each hash holds params.Memory KiB; allow the bound plus slack for the rest of the test.
	limit := uint64(maxHashes+6) * uint64(params.Memory) * 1024 // still far below n × the memory
	if grew := after.HeapSys - before.HeapSys; after.HeapSys > before.HeapSys && grew > limit {
		t.Errorf("heap grew by %d MiB for %d sign-ins at once; bound %d MiB", grew/mib, n, limit/mib)
	}
}

// TestUnknownAndWrongCostTheSame: an unknown login is hashed exactly as a
// wrong password is, through the same bounded pool, so the answers take the
// same time (timing itself is not measured here).
func TestUnknownAndWrongCostTheSame(t *testing.T) {
	db := storetest.SQLite(t)
	seedUsers(t, db)
	s := auth.New(db, auth.Options{Params: cheap})
	ctx := context.Background()
	for _, tc := range []struct{ login, pw string }{{"nobody", "x-password"}, {"lina", "x-password"}, {"lina", "demo-pass-1"}} {
		before := s.HashStats().Total
		_, _, _ = s.Login(ctx, tc.login, tc.pw, "10.4.0.1")
		if d := s.HashStats().Total - before; d != 1 {
			t.Errorf("%s/%s: %d hashes checked, want 1", tc.login, tc.pw, d)
		}
	}
}

// TestNewHashesUseOWASPParams: new passwords are hashed with OWASP's
// argon2id minimum (19 MiB, t=2, p=1); hashes made with the old 64 MiB
// parameters still verify, since argon2id records its parameters.
func TestNewHashesUseOWASPParams(t *testing.T) {
	if p := auth.DefaultParams; p.Memory != 19*1024 || p.Iterations != 2 || p.Parallelism != 1 {
		t.Fatalf("DefaultParams = %+v", p)
	}
	db := storetest.SQLite(t)
	ctx := context.Background()
	if err := db.UpsertDepartment(ctx, store.Department{ID: "market", NameZh: "市场部", NameEn: "Market"}); err != nil {
		t.Fatal(err)
	}
	old, err := argon2id.CreateHash("old-pass-1", &argon2id.Params{Memory: 64 * 1024, Iterations: 1, Parallelism: 2, SaltLength: 16, KeyLength: 32})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateUser(ctx, store.User{Login: "old", Name: "Old", DeptID: "market", Lang: "zh", PasswordHash: old}); err != nil {
		t.Fatal(err)
	}
	s := auth.New(db, auth.Options{})
	if _, _, err := s.Login(ctx, "old", "old-pass-1", "10.5.0.1"); err != nil {
		t.Fatalf("old hash: %v", err)
	}
	h, err := s.HashPassword("new-pass-1")
	if err != nil {
		t.Fatal(err)
	}
	p, _, _, err := argon2id.DecodeHash(h)
	if err != nil || p.Memory != 19*1024 || p.Iterations != 2 || p.Parallelism != 1 {
		t.Errorf("new hash params %+v, %v", p, err)
	}
}

// TestOfficeBehindOneAddress: 36 people of an office behind one address
// signing in at once with their right passwords, and one of them on six
// devices at once, were refused as if they had guessed (16 of 36, told
// to wait 15 minutes): the attempts in progress filled the address's and
// the login's counts. They all get in now, spread over replicas; the
// counts are empty afterwards.
func TestOfficeBehindOneAddress(t *testing.T) {
	for _, dialect := range []string{store.SQLite, store.Postgres} {
		t.Run(dialect, func(t *testing.T) {
			ctx := context.Background()
			h, err := argon2id.CreateHash("office-pass-1", cheap)
			if err != nil {
				t.Fatal(err)
			}
			var attempts []func(*auth.Service) error
			svcs := replicas(t, dialect, 2, func(db *store.DB) {
				for i := range 36 {
					login := fmt.Sprintf("staff%02d", i)
					if _, err := db.CreateUser(ctx, store.User{Login: login, Name: login, DeptID: "market", Lang: "zh", PasswordHash: h}); err != nil {
						t.Fatal(err)
					}
					attempts = append(attempts, func(s *auth.Service) error {
						_, _, err := s.Login(ctx, login, "office-pass-1", "203.0.113.9")
						return err
					})
				}
			})
			for range 6 {
				attempts = append(attempts, func(s *auth.Service) error {
					_, _, err := s.Login(ctx, "lina", "demo-pass-1", "203.0.113.9")
					return err
				})
			}
			if got := tally(t, svcs, attempts); got["ok"] != 42 {
				t.Errorf("42 right sign-ins at once from one address: %v, want all 42 in", got)
			}
			// Nothing was counted against the address: a guess now is checked (401), not refused.
			if _, _, err := svcs[0].Login(ctx, "lina", "wrong-pass", "203.0.113.9"); problem.CodeOf(err) != problem.Unauthorized {
				t.Errorf("a guess after them: %v, want 401", err)
			}
		})
	}
}

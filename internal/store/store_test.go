package store_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

var t0 = time.Date(2026, 3, 2, 1, 0, 0, 123456000, time.UTC)

func TestMigrateIsIdempotent(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		if err := db.Migrate(context.Background()); err != nil {
			t.Fatalf("second migrate: %v", err)
		}
	})
}

func TestOpenSQLitePragmas(t *testing.T) {
	db := storetest.SQLite(t)
	if db.Dialect() != store.SQLite {
		t.Fatalf("dialect = %q", db.Dialect())
	}
	for pragma, want := range map[string]string{"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "5000", "synchronous": "2"} {
		var got string
		if err := db.SQL().QueryRow("PRAGMA " + pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	for _, dsn := range []string{"", "x.db?mode=ro", filepath.Join(t.TempDir(), "missing-dir", "x.db")} {
		if db, err := store.Open(ctx, dsn); err == nil {
			db.Close()
			t.Errorf("Open(%q) succeeded", dsn)
		}
	}
}

func seedDept(t *testing.T, db *store.DB, id string) {
	t.Helper()
	if err := db.UpsertDepartment(context.Background(), store.Department{ID: id, NameZh: id + "部", NameEn: id}); err != nil {
		t.Fatal(err)
	}
}

func TestUsers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		seedDept(t, db, "sales")
		u := store.User{Login: "zhoumin", Name: "周敏", Email: "zhoumin@x.example", DeptID: "sales",
			Roles: []string{"account_manager"}, Lang: "zh", EmailNotify: true, PasswordHash: "h", CreatedAt: t0}
		id, err := db.CreateUser(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.CreateUser(ctx, u); !errors.Is(err, store.ErrDuplicate) {
			t.Fatalf("duplicate login: err = %v, want ErrDuplicate", err)
		}
		admin := store.User{Login: "admin", Name: "系统管理员", Admin: true, PasswordHash: "h", CreatedAt: t0}
		if _, err := db.CreateUser(ctx, admin); err != nil {
			t.Fatal(err)
		}
		got, err := db.UserByLogin(ctx, "zhoumin")
		if err != nil {
			t.Fatal(err)
		}
		u.ID = id
		if got.ID != u.ID || got.Name != u.Name || got.DeptID != "sales" || !slices.Equal(got.Roles, u.Roles) ||
			!got.EmailNotify || got.Admin || got.Disabled || !got.CreatedAt.Equal(t0) || got.Lang != "zh" {
			t.Errorf("UserByLogin = %+v, want %+v", got, u)
		}
		byID, err := db.UserByID(ctx, id)
		if err != nil || byID.Login != "zhoumin" {
			t.Errorf("UserByID = %+v, %v", byID, err)
		}
		a, err := db.UserByLogin(ctx, "admin")
		if err != nil || !a.Admin || a.DeptID != "" || len(a.Roles) != 0 {
			t.Errorf("admin = %+v, %v", a, err)
		}
		if _, err := db.UserByLogin(ctx, "nobody"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("unknown login: err = %v", err)
		}
		if err := db.SetUserDisabled(ctx, "zhoumin", true); err != nil {
			t.Fatal(err)
		}
		if got, _ := db.UserByLogin(ctx, "zhoumin"); !got.Disabled {
			t.Error("not disabled")
		}
		if err := db.SetUserDisabled(ctx, "nobody", true); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("disable unknown: err = %v", err)
		}
		if err := db.SetUserPassword(ctx, "zhoumin", "h2"); err != nil {
			t.Fatal(err)
		}
		all, err := db.Users(ctx)
		if err != nil || len(all) != 2 || all[0].Login != "admin" || all[1].PasswordHash != "h2" {
			t.Errorf("Users = %+v, %v", all, err)
		}
		// A user in a department that does not exist is refused (foreign keys are on).
		if _, err := db.CreateUser(ctx, store.User{Login: "x", Name: "x", DeptID: "nowhere", PasswordHash: "h", CreatedAt: t0}); err == nil {
			t.Error("user in unknown department accepted")
		}
	})
}

func TestDepartments(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		seedDept(t, db, "market")
		seedDept(t, db, "tech")
		if _, err := db.CreateUser(ctx, store.User{Login: "lina", Name: "李娜", DeptID: "market", PasswordHash: "h", CreatedAt: t0}); err != nil {
			t.Fatal(err)
		}
		if err := db.SetDepartmentHead(ctx, "market", "lina"); err != nil {
			t.Fatal(err)
		}
		if err := db.SetDepartmentHead(ctx, "tech", "lina"); err != nil {
			t.Fatal(err)
		}
		if err := db.SetDepartmentHead(ctx, "tech", "ghost"); err == nil {
			t.Error("head who is not a user accepted")
		}
		if err := db.SetDepartmentHead(ctx, "nowhere", "lina"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("unknown department: err = %v", err)
		}
		// Upserting names keeps the head.
		if err := db.UpsertDepartment(ctx, store.Department{ID: "market", NameZh: "市场部", NameEn: "Marketing"}); err != nil {
			t.Fatal(err)
		}
		d, err := db.Department(ctx, "market")
		if err != nil || d != (store.Department{ID: "market", NameZh: "市场部", NameEn: "Marketing", HeadLogin: "lina"}) {
			t.Errorf("Department = %+v, %v", d, err)
		}
		heads, err := db.DepartmentsHeadedBy(ctx, "lina")
		if err != nil || !slices.Equal(heads, []string{"market", "tech"}) {
			t.Errorf("DepartmentsHeadedBy = %v, %v", heads, err)
		}
		if err := db.SetDepartmentHead(ctx, "tech", ""); err != nil {
			t.Fatal(err)
		}
		all, err := db.Departments(ctx)
		if err != nil || len(all) != 2 || all[1].HeadLogin != "" {
			t.Errorf("Departments = %+v, %v", all, err)
		}
		if _, err := db.Department(ctx, "nowhere"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("unknown department: err = %v", err)
		}
	})
}

// putParty stores p in a transaction of its own.
func putParty(ctx context.Context, db *store.DB, p store.Party) error {
	return db.Tx(ctx, func(tx store.Tx) error { return store.In(tx).PutParty(ctx, p) })
}

func TestParties(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		p := store.Party{ID: "huaxin", Kind: store.PartyCustomer, Name: "华信科技", Contacts: []store.Contact{
			{Name: "张伟", Email: "zhangwei@huaxin.example", Primary: true},
			{Name: "王五", Phone: "123"},
		}}
		if err := putParty(ctx, db, p); err != nil {
			t.Fatal(err)
		}
		p.Contacts = p.Contacts[:1]
		if err := putParty(ctx, db, p); err != nil { // replaces the contacts
			t.Fatal(err)
		}
		got, err := db.Party(ctx, "huaxin")
		if err != nil || got.Name != "华信科技" || len(got.Contacts) != 1 || got.Contacts[0] != p.Contacts[0] {
			t.Errorf("Party = %+v, %v", got, err)
		}
		if c, ok := got.PrimaryContact(); !ok || c.Name != "张伟" {
			t.Errorf("PrimaryContact = %+v, %v", c, ok)
		}
		if err := putParty(ctx, db, store.Party{ID: "bad", Kind: "friend", Name: "x"}); err == nil {
			t.Error("unknown party kind accepted")
		}
		if _, err := db.Party(ctx, "bad"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("party of the failed transaction exists: %v", err)
		}
		all, err := db.Parties(ctx)
		if err != nil || len(all) != 1 || len(all[0].Contacts) != 1 {
			t.Errorf("Parties = %+v, %v", all, err)
		}
	})
}

func TestSessions(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		id, err := db.CreateUser(ctx, store.User{Login: "a", Name: "A", PasswordHash: "h", CreatedAt: t0})
		if err != nil {
			t.Fatal(err)
		}
		s := store.Session{TokenHash: "abc", UserID: id, Kind: store.SessionBrowser, CreatedAt: t0, ExpiresAt: t0.Add(time.Hour), LastIP: "127.0.0.1"}
		if err := db.CreateSession(ctx, s); err != nil {
			t.Fatal(err)
		}
		got, err := db.SessionByHash(ctx, "abc")
		if err != nil || got.UserID != id || got.Kind != "browser" || !got.ExpiresAt.Equal(s.ExpiresAt) || got.LastIP != "127.0.0.1" {
			t.Errorf("SessionByHash = %+v, %v", got, err)
		}
		if err := db.TouchSession(ctx, "abc", t0.Add(2*time.Hour), "10.0.0.1"); err != nil {
			t.Fatal(err)
		}
		got, _ = db.SessionByHash(ctx, "abc")
		if !got.ExpiresAt.Equal(t0.Add(2*time.Hour)) || got.LastIP != "10.0.0.1" {
			t.Errorf("after touch: %+v", got)
		}
		if err := db.CreateSession(ctx, store.Session{TokenHash: "bad", UserID: id, Kind: "carrier-pigeon", CreatedAt: t0, ExpiresAt: t0}); err == nil {
			t.Error("unknown session kind accepted")
		}
		n, err := db.DeleteExpiredSessions(ctx, t0.Add(3*time.Hour))
		if err != nil || n != 1 {
			t.Errorf("DeleteExpiredSessions = %d, %v", n, err)
		}
		if _, err := db.SessionByHash(ctx, "abc"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("expired session still there: %v", err)
		}
		if err := db.DeleteSession(ctx, "abc"); err != nil {
			t.Errorf("deleting an absent session: %v", err)
		}
	})
}

func TestAudit(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		for i, ip := range []string{"1.1.1.1", "1.1.1.1", "2.2.2.2"} {
			e := store.AuditEntry{At: t0.Add(time.Duration(i) * time.Minute), Action: "login_failed", Target: "lina", IP: ip,
				Detail: map[string]any{"reason": "password"}}
			if err := db.Audit(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
		if n, err := db.CountAuditByTarget(ctx, "login_failed", "lina", t0.Add(time.Minute)); err != nil || n != 2 {
			t.Errorf("CountAuditByTarget = %d, %v", n, err)
		}
		if n, err := db.CountAuditByIP(ctx, "login_failed", "1.1.1.1", t0); err != nil || n != 2 {
			t.Errorf("CountAuditByIP = %d, %v", n, err)
		}
		// An entry written in a rolled-back transaction disappears with it.
		errBoom := errors.New("boom")
		err := db.Tx(ctx, func(tx store.Tx) error {
			if err := store.In(tx).InsertAudit(ctx, store.AuditEntry{At: t0, Actor: "lina", Action: "x"}); err != nil {
				return err
			}
			return errBoom
		})
		if !errors.Is(err, errBoom) {
			t.Fatalf("Tx = %v", err)
		}
		recent, err := db.RecentAudit(ctx, 10)
		if err != nil || len(recent) != 3 {
			t.Fatalf("RecentAudit = %+v, %v", recent, err)
		}
		if e := recent[0]; e.IP != "2.2.2.2" || e.Actor != "-" || e.Detail["reason"] != "password" || !e.At.Equal(t0.Add(2*time.Minute)) {
			t.Errorf("newest entry = %+v", e)
		}
	})
}

func TestTxPanicRollsBack(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		func() {
			defer func() {
				if recover() == nil {
					t.Error("panic swallowed")
				}
			}()
			_ = db.Tx(ctx, func(tx store.Tx) error {
				if err := store.In(tx).UpsertDepartment(ctx, store.Department{ID: "d", NameZh: "d", NameEn: "d"}); err != nil {
					return err
				}
				panic("boom")
			})
		}()
		if _, err := db.Department(ctx, "d"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("department of the panicking transaction: %v", err)
		}
		// The pool is still usable after the panic.
		if err := db.UpsertDepartment(ctx, store.Department{ID: "d", NameZh: "d", NameEn: "d"}); err != nil {
			t.Fatal(err)
		}
	})
}

// TestConcurrentWriters checks that read-then-write transactions from many
// goroutines all commit: on SQLite a deferred transaction would fail with
// SQLITE_BUSY when two upgrade their locks at once.
func TestConcurrentWriters(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		if err := db.UpsertDepartment(ctx, store.Department{ID: "d", NameZh: "0", NameEn: "0"}); err != nil {
			t.Fatal(err)
		}
		const n = 20
		var wg sync.WaitGroup
		errs := make(chan error, n)
		for range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs <- db.Tx(ctx, func(tx store.Tx) error {
					var c int
					if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM audit_log`).Scan(&c); err != nil {
						return err
					}
					return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: t0, Action: "w", Target: "d"})
				})
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Error(err)
			}
		}
		if c, _ := db.CountAuditByTarget(ctx, "w", "d", t0); c != n {
			t.Errorf("%d entries, want %d", c, n)
		}
	})
}

func TestIfAbsentHelpers(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		seedDept(t, db, "market")
		err := db.Tx(ctx, func(tx store.Tx) error {
			for i, want := range []bool{true, false} {
				created, err := store.In(tx).CreateUserIfAbsent(ctx, store.User{Login: "lina", Name: fmt.Sprint(i), DeptID: "market", PasswordHash: "h", CreatedAt: t0})
				if err != nil {
					return err
				}
				if created != want {
					t.Errorf("call %d: created = %v", i, created)
				}
			}
			if err := store.In(tx).SetDepartmentHeadIfNone(ctx, "market", "lina"); err != nil {
				return err
			}
			if ok, err := store.In(tx).PartyExists(ctx, "huaxin"); err != nil || ok {
				t.Errorf("PartyExists = %v, %v", ok, err)
			}
			return store.In(tx).PutParty(ctx, store.Party{ID: "huaxin", Kind: "customer", Name: "华信科技"})
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.CreateUser(ctx, store.User{Login: "wangfang", Name: "王芳", DeptID: "market", PasswordHash: "h", CreatedAt: t0}); err != nil {
			t.Fatal(err)
		}
		if err := db.SetDepartmentHeadIfNone(ctx, "market", "wangfang"); err != nil {
			t.Fatal(err)
		}
		if d, _ := db.Department(ctx, "market"); d.HeadLogin != "lina" {
			t.Errorf("head = %q, want the first one kept", d.HeadLogin)
		}
		if u, _ := db.UserByLogin(ctx, "lina"); u.Name != "0" {
			t.Errorf("second CreateUserIfAbsent changed the user: %+v", u)
		}
		if ok, err := db.PartyExists(ctx, "huaxin"); err != nil || !ok {
			t.Errorf("PartyExists = %v, %v", ok, err)
		}
	})
}

// TestPoolKeepsConnections checks that a burst of requests as wide as the
// pool leaves its connections open for the next one: a pool that keeps
// fewer than it opens closes them as they come back, and on PostgreSQL
// each new connection is a new backend process with every statement
// prepared again.
func TestPoolKeepsConnections(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		width := db.SQL().Stats().MaxOpenConnections
		if width <= 0 {
			t.Fatalf("the pool has no bound (%d)", width)
		}
		for range 3 {
			var wg sync.WaitGroup
			ready := make(chan struct{})
			var held sync.WaitGroup
			held.Add(width)
			for range width {
				wg.Add(1)
				go func() {
					defer wg.Done()
					c, err := db.SQL().Conn(ctx)
					held.Done()
					if err != nil {
						t.Error(err)
						return
					}
					defer c.Close()
					<-ready
					if err := c.PingContext(ctx); err != nil {
						t.Error(err)
					}
				}()
			}
			held.Wait()
			close(ready)
			wg.Wait()
		}
		st := db.SQL().Stats()
		if st.MaxIdleClosed != 0 {
			t.Errorf("%d connections closed for want of room among the idle (pool of %d, %d open)", st.MaxIdleClosed, width, st.OpenConnections)
		}
		if st.OpenConnections != width {
			t.Errorf("%d connections open after three bursts of %d, want %d", st.OpenConnections, width, width)
		}
	})
}

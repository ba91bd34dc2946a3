package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// fixture is data valid at the migration that made its table: rows written
// with that migration's columns only, so they are valid at every later one.
type fixture struct {
	since int64 // the migration that created the table
	table string
	rows  []row
}

type row struct {
	sql  string
	args []any
}

var upT0 = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC).UnixMicro()

// events is a hash chain of three events of case XZ-2026-0001, as AppendEvents writes it.
func events() ([]row, string) {
	var out []row
	hash := ""
	for seq := 1; seq <= 3; seq++ {
		body := fmt.Sprintf(`{"at":"2026-03-02T09:0%d:00Z","actor":"up-user","type":"action","action":"step%d","state":"s%d"}`, seq, seq, seq)
		hash = store.EventHash(hash, body)
		out = append(out, row{`INSERT INTO case_events (case_id, seq, at, actor, type, action, body, hash) VALUES ((SELECT id FROM cases WHERE key = 'XZ-2026-0001'), $1, $2, 'up-user', 'action', $3, $4, $5)`,
			[]any{seq, upT0 + int64(seq), fmt.Sprintf("step%d", seq), body, hash}})
	}
	return out, hash
}

func fixtures() []fixture {
	evs, head := events()
	return []fixture{
		{1, "departments", []row{{`INSERT INTO departments (id, name_zh, name_en) VALUES ('up-dept', '升级部', 'Upgrade')`, nil}}},
		{1, "users", []row{{`INSERT INTO users (login, name, email, dept_id, admin, roles, lang, email_notify, password_hash, disabled, created_at)
			VALUES ('up-user', '升级', 'up@example.com', 'up-dept', $1, '["account_manager"]', 'zh', $2, 'argon2id-hash', $3, $4)`, []any{false, true, false, upT0}}}},
		{1, "parties", []row{{`INSERT INTO parties (id, kind, name) VALUES ('up-party', 'customer', '升级客户')`, nil}}},
		{1, "party_contacts", []row{{`INSERT INTO party_contacts (party_id, name, email, phone, is_primary) VALUES ('up-party', '张伟', 'zw@example.com', '1', $1)`, []any{true}}}},
		{1, "sessions", []row{{`INSERT INTO sessions (token_hash, user_id, kind, created_at, expires_at, last_ip) VALUES ('up-token', (SELECT id FROM users WHERE login = 'up-user'), 'api', $1, $2, '10.0.0.1')`, []any{upT0, upT0 + 1e9}}}},
		{1, "audit_log", []row{
			{`INSERT INTO audit_log (at, actor, action, target, ip, detail) VALUES ($1, 'up-user', 'login', 'up-user', '10.0.0.1', '{"kind":"api"}')`, []any{upT0}},
			{`INSERT INTO audit_log (at, actor, action, target, ip, detail) VALUES ($1, '-', 'login_failed', 'up-user', '10.0.0.2', '{}')`, []any{upT0 + 1}},
		}},
		{2, "cases", []row{{`INSERT INTO cases (key, process, state, terminal, title, opener, data, state_since, version, event_seq, event_hash, created_at, updated_at)
			VALUES ('XZ-2026-0001', 'internal-collab', 's3', $1, '升级测试', 'up-user', '{"fields":{"title":"升级测试"}}', $2, 3, 3, $3, $2, $2)`, []any{false, upT0, head}}}},
		{2, "case_keys", []row{{`INSERT INTO case_keys (prefix, year, last) VALUES ('XZ', 2026, 1)`, nil}}},
		{2, "case_access", []row{{`INSERT INTO case_access (case_id, role, login, dept, anyone, acts) VALUES ((SELECT id FROM cases WHERE key = 'XZ-2026-0001'), 'requester', 'up-user', 'up-dept', $1, $2)`, []any{false, true}}}},
		{2, "case_events", evs},
		{2, "timers", []row{{`INSERT INTO timers (case_id, name, scope, kind, due_at, data) VALUES ((SELECT id FROM cases WHERE key = 'XZ-2026-0001'), 'deadline', 'state', 'deadline', $1, '{}')`, []any{upT0 + 1e9}}}},
		{2, "notifications", []row{{`INSERT INTO notifications (case_id, event_seq, kind, recipient, login, channel, next_at, payload, created_at) VALUES ((SELECT id FROM cases WHERE key = 'XZ-2026-0001'), 3, 'assigned', 'up-user', 'up-user', 'inbox', $1, '{}', $1)`, []any{upT0}}}},
		{2, "calendar_overrides", []row{{`INSERT INTO calendar_overrides (date, workday, name, created_at) VALUES ('2026-03-07', $1, '调休', $2)`, []any{true, upT0}}}},
		{2, "dev_clock", []row{{`INSERT INTO dev_clock (id, now) VALUES (1, $1)`, []any{upT0}}}},
		{3, "portal_links", []row{{`INSERT INTO portal_links (nonce, case_id, party, email, created_at, expires_at) VALUES ('00ff', (SELECT id FROM cases WHERE key = 'XZ-2026-0001'), 'up-party', 'zw@example.com', $1, $2)`, []any{upT0, upT0 + 1e9}}}},
		{3, "portal_secret", []row{{`INSERT INTO portal_secret (id, key, created_at) VALUES (1, '00112233445566778899aabbccddeeff', $1)`, []any{upT0}}}},
		{4, "dept_channels", []row{{`INSERT INTO dept_channels (dept_id, kind, name, url, created_at) VALUES ('up-dept', 'webhook', '升级机器人', 'https://hook.example/x', $1)`, []any{upT0}}}},
		{6, "installation", []row{{`INSERT INTO installation (id, uid) VALUES (1, 'abcdef012345')`, nil}}},
	}
}

// TestUpgradeFromEveryVersion builds a database as every earlier release
// left it (migrated up to each earlier version), fills every table that
// version had, upgrades it to the current schema, and checks that every row
// and the events' hash chain survived, on SQLite and PostgreSQL.
func TestUpgradeFromEveryVersion(t *testing.T) {
	ctx := context.Background()
	open := map[string]func(t *testing.T) *store.DB{
		"sqlite": func(t *testing.T) *store.DB {
			db, err := store.Open(ctx, filepath.Join(t.TempDir(), "old.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return db
		},
		"postgres": func(t *testing.T) *store.DB {
			db, err := store.Open(ctx, storetest.PostgresURL(t))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return db
		},
	}
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			if dialect == "postgres" {
				storetest.PostgresURL(t) // skips without LIAISON_TEST_POSTGRES
			}
			versions, err := open[dialect](t).MigrationVersions()
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range versions[:len(versions)-1] {
				t.Run(fmt.Sprintf("from %05d", v), func(t *testing.T) {
					db := open[dialect](t)
					if err := db.MigrateTo(ctx, v); err != nil {
						t.Fatal(err)
					}
					want := map[string]int{}
					for _, f := range fixtures() {
						if f.since > v {
							continue
						}
						for _, r := range f.rows {
							if _, err := db.SQL().ExecContext(ctx, r.sql, r.args...); err != nil {
								t.Fatalf("%s at version %d: %v", f.table, v, err)
							}
						}
						want[f.table] += len(f.rows)
					}
					if err := db.Migrate(ctx); err != nil {
						t.Fatalf("upgrade from %d: %v", v, err)
					}
					for table, n := range want {
						var got int
						if err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&got); err != nil {
							t.Fatal(err)
						}
						if got != n {
							t.Errorf("%s: %d rows after the upgrade, want %d", table, got, n)
						}
					}
					if v >= 2 {
						checkChain(t, db)
						// Numbering goes on after the key the old version gave.
						var key string
						if err := db.Tx(ctx, func(tx store.Tx) (err error) { key, err = db.NextCaseKey(ctx, tx, "XZ", 2026); return }); err != nil || key != "XZ-2026-0002" {
							t.Errorf("next key after the upgrade: %q, %v; want XZ-2026-0002", key, err)
						}
					}
					// The upgraded database works: a user reads back whole.
					if u, err := db.UserByLogin(ctx, "up-user"); err != nil || u.Name != "升级" || u.DeptID != "up-dept" {
						t.Errorf("user after the upgrade: %+v, %v", u, err)
					}
				})
			}
		})
	}
}

func checkChain(t *testing.T, db *store.DB) {
	t.Helper()
	rows, err := db.SQL().Query(`SELECT body, hash FROM case_events WHERE case_id = (SELECT id FROM cases WHERE key = 'XZ-2026-0001') ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	prev, n := "", 0
	for rows.Next() {
		var body, hash string
		if err := rows.Scan(&body, &hash); err != nil {
			t.Fatal(err)
		}
		if want := store.EventHash(prev, body); hash != want {
			t.Errorf("event %d: hash %s, the chain says %s", n+1, hash, want)
		}
		prev = hash
		n++
	}
	var head string
	if err := db.SQL().QueryRow(`SELECT event_hash FROM cases WHERE key = 'XZ-2026-0001'`).Scan(&head); err != nil {
		t.Fatal(err)
	}
	if n != 3 || head != prev {
		t.Errorf("%d events, head %s, chain ends at %s", n, head, prev)
	}
}

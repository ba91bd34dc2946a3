package storetest

import (
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
)

// Plan returns the lines of q's query plan: EXPLAIN QUERY PLAN's detail on
// SQLite; on PostgreSQL EXPLAIN with sequential scans priced out, so that a
// small test table does not hide a missing index (a plan that still has a
// "Seq Scan" has no index to use).
func Plan(t testing.TB, db *store.DB, q string, args []any) []string {
	t.Helper()
	return plan(t, db, q, args, false)
}

// PlanInOrder is Plan with sorting priced out too on PostgreSQL: a plan
// that still sorts has no index to read its order from, and one that does
// not can stop after a page. (On a small test table PostgreSQL would sort
// two rows rather than walk an index; on a large one it walks the index.)
func PlanInOrder(t testing.TB, db *store.DB, q string, args []any) []string {
	t.Helper()
	return plan(t, db, q, args, true)
}

func plan(t testing.TB, db *store.DB, q string, args []any, inOrder bool) []string {
	t.Helper()
	ctx := context.Background()
	tx, err := db.SQL().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	prefix := "EXPLAIN QUERY PLAN "
	if db.Dialect() == store.Postgres {
		prefix = "EXPLAIN "
		if _, err := tx.ExecContext(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
			t.Fatal(err)
		}
		if inOrder {
			if _, err := tx.ExecContext(ctx, `SET LOCAL enable_sort = off`); err != nil {
				t.Fatal(err)
			}
		}
	}
	rows, err := tx.QueryContext(ctx, prefix+q, args...)
	if err != nil {
		t.Fatalf("explain %s: %v", q, err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		// The plan's text is the last column (SQLite's detail; PostgreSQL's only one).
		switch v := vals[len(vals)-1].(type) {
		case string:
			lines = append(lines, v)
		case []byte:
			lines = append(lines, string(v))
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

package store

import (
	"path/filepath"
	"testing"
)

func TestPositional(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"SELECT 1", "SELECT 1", false},
		{"SELECT a FROM t WHERE id = $1", "SELECT a FROM t WHERE id = ?", true},
		{"INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)", "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)", true},
		{"UPDATE t SET a = $1, b = $2 WHERE id = $10", "UPDATE t SET a = $1, b = $2 WHERE id = $10", false}, // a gap
		{"SELECT $1, $1", "SELECT $1, $1", false},                                                           // reused
		{"SELECT $2, $1", "SELECT $2, $1", false},                                                           // reordered
		{"SELECT '$2 costs', \"$x\" FROM t WHERE a = $1", "SELECT '$2 costs', \"$x\" FROM t WHERE a = ?", true},
		{"SELECT a -- $3 is not a parameter\nFROM t WHERE b = $1", "SELECT a -- $3 is not a parameter\nFROM t WHERE b = ?", true},
		{"SELECT '$1", "SELECT '$1", false}, // an unclosed quote: left to SQLite to refuse
		{"SELECT $ FROM t", "SELECT $ FROM t", false},
	}
	for _, tc := range tests {
		got, ok := positional(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("positional(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// BenchmarkBindWide measures a multi-row INSERT of 600 parameters, the
// search index's widest, on the cached driver.
func BenchmarkBindWide(b *testing.B) {
	ctx := b.Context()
	db, err := Open(ctx, filepath.Join(b.TempDir(), "wide.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	if _, err := db.sql.ExecContext(ctx, `CREATE TABLE wide (a TEXT, b INTEGER, c INTEGER)`); err != nil {
		b.Fatal(err)
	}
	q := `INSERT INTO wide (a, b, c) VALUES ` + values(200, 3)
	args := make([]any, 0, 600)
	for i := range 200 {
		args = append(args, "term", i, 1)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := db.sql.ExecContext(ctx, q, args...); err != nil {
			b.Fatal(err)
		}
	}
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// CloneCases copies the template cases, with their events, access rows,
// pending timers and search entries, copies times each, for load tests (`liaison bench`): a
// million cases in minutes instead of hours. Each copy keeps its template's
// event chain (an event's hash covers its body, not the case id) and gets
// the key TEMPLATEKEY-cN. Copies are made in chunks, one transaction each.
// Outbox rows are not copied.
func (db *DB) CloneCases(ctx context.Context, templates []int64, copies int, progress func(done int)) error {
	if len(templates) == 0 || copies <= 0 {
		return nil
	}
	k := int64(len(templates))
	slot := "CASE %s"
	var whens strings.Builder
	in := make([]string, len(templates))
	for j, t := range templates {
		fmt.Fprintf(&whens, " WHEN %d THEN %d", t, j)
		in[j] = strconv.FormatInt(t, 10)
	}
	slotOf := func(col string) string { return "(" + fmt.Sprintf(slot, col) + whens.String() + " END)" }
	ids := "(" + strings.Join(in, ", ") + ")"
	override := ""
	if db.dialect == Postgres {
		override = " OVERRIDING SYSTEM VALUE"
	}
	terms, err := db.templateTerms(ctx, ids)
	if err != nil {
		return err
	}
	const chunk = 5000
	for from := 0; from < copies; from += chunk {
		n := min(chunk, copies-from)
		var base int64
		if err := db.sql.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) + 1 FROM cases`).Scan(&base); err != nil {
			return fmt.Errorf("store: clone: %w", err)
		}
		// Copy i of template j gets the id base + i*k + j.
		nums := `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ` + strconv.Itoa(n-1) + `) `
		newID := func(col string) string {
			return strconv.FormatInt(base, 10) + " + n.i * " + strconv.FormatInt(k, 10) + " + " + slotOf(col)
		}
		stmts := []string{
			nums + `INSERT INTO cases (id, key, process, state, terminal, title, opener, data, due_at, state_since, version, event_seq, event_hash, created_at, updated_at)` + override + `
				SELECT ` + newID("c.id") + `, c.key || '-c' || (n.i + ` + strconv.Itoa(from) + `), c.process, c.state, c.terminal, c.title, c.opener, c.data, c.due_at, c.state_since, c.version, c.event_seq, c.event_hash, c.created_at, c.updated_at
				FROM n CROSS JOIN cases c WHERE c.id IN ` + ids,
			nums + `INSERT INTO case_events (case_id, seq, at, actor, type, action, body, hash)
				SELECT ` + newID("e.case_id") + `, e.seq, e.at, e.actor, e.type, e.action, e.body, e.hash FROM n CROSS JOIN case_events e WHERE e.case_id IN ` + ids,
			nums + `INSERT INTO case_access (case_id, role, login, dept, anyone, acts, party, due_at)
				SELECT ` + newID("a.case_id") + `, a.role, a.login, a.dept, a.anyone, a.acts, a.party, a.due_at FROM n CROSS JOIN case_access a WHERE a.case_id IN ` + ids,
			nums + `INSERT INTO timers (case_id, name, scope, kind, due_at, data)
				SELECT ` + newID("t.case_id") + `, t.name, t.scope, t.kind, t.due_at, t.data FROM n CROSS JOIN timers t WHERE t.case_id IN ` + ids,
			// The search entries too: a copy not in the index would be
			// indexed again by every server started on the database
			// (Reindex), one transaction per case, under the load measured.
			nums + `INSERT INTO search_text (case_id, body)
				SELECT ` + newID("s.case_id") + `, s.body FROM n CROSS JOIN search_text s WHERE s.case_id IN ` + ids,
		}
		// The copies count in the figures' totals as opened (and closed);
		// templates' steps are not copied.
		copied := `FROM cases WHERE id >= ` + strconv.FormatInt(base, 10) + ` AND id < ` + strconv.FormatInt(base+int64(n)*k, 10)
		for _, c := range []struct{ kind, at, where string }{{countOpened, "created_at", ""}, {countClosed, "state_since", " AND terminal"}} {
			day := `(` + c.at + ` + 28800000000) / 86400000000`
			stmts = append(stmts, `INSERT INTO figure_counts (kind, day, process, login, n) SELECT '`+c.kind+`', `+day+`, process, opener, COUNT(*) `+copied+c.where+`
				GROUP BY `+day+`, process, opener ON CONFLICT (kind, day, dept, process, state, login, bucket, slot) DO UPDATE SET n = figure_counts.n + excluded.n`)
		}
		err := db.Tx(ctx, func(tx Tx) error {
			for _, s := range stmts {
				if _, err := tx.ExecContext(ctx, s); err != nil {
					return err
				}
			}
			for _, p := range terms {
				q := nums + `, t(term, case_id, weight) AS (VALUES ` + p.rows + `)
					INSERT INTO search_terms (term, case_id, weight)
					SELECT t.term, ` + newID("t.case_id") + `, t.weight FROM n CROSS JOIN t ORDER BY 1, 2`
				if _, err := tx.ExecContext(ctx, q, p.args...); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("store: clone: %w", err)
		}
		if progress != nil {
			progress(from + n)
		}
	}
	if db.dialect == Postgres {
		if _, err := db.sql.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence('cases', 'id'), (SELECT MAX(id) FROM cases))`); err != nil {
			return fmt.Errorf("store: clone: %w", err)
		}
	}
	return nil
}

// termRows is a VALUES list of template terms, (term, case id, weight),
// with the terms as its arguments.
type termRows struct {
	rows string
	args []any
}

// templateTerms reads the templates' search terms once (search_terms has
// no index on the case, so reading them in every chunk would scan the
// table as it grows), in pieces of a size every dialect binds.
func (db *DB) templateTerms(ctx context.Context, ids string) ([]termRows, error) {
	rows, err := db.sql.QueryContext(ctx, `SELECT term, case_id, weight FROM search_terms WHERE case_id IN `+ids)
	if err != nil {
		return nil, fmt.Errorf("store: clone: %w", err)
	}
	defer rows.Close()
	const piece = 10000
	var out []termRows
	var b strings.Builder
	var args []any
	flush := func() {
		if len(args) > 0 {
			out = append(out, termRows{b.String(), args})
			b.Reset()
			args = nil
		}
	}
	for rows.Next() {
		var term string
		var id, weight int64
		if err := rows.Scan(&term, &id, &weight); err != nil {
			return nil, fmt.Errorf("store: clone: %w", err)
		}
		if len(args) > 0 {
			b.WriteString(", ")
		}
		args = append(args, term)
		fmt.Fprintf(&b, "($%d, %d, %d)", len(args), id, weight)
		if len(args) == piece {
			flush()
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: clone: %w", err)
	}
	flush()
	return out, nil
}

// RawTxRate measures what the database itself allows: transactions of
// three statements (insert, update, insert), committed one at a time on
// one connection with the pool's durability settings (on SQLite
// synchronous=FULL), for about d. It returns transactions per second. The
// scratch table bench_raw is created and dropped again.
func (db *DB) RawTxRate(ctx context.Context, d time.Duration) (float64, error) {
	if _, err := db.sql.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS bench_raw (id BIGINT PRIMARY KEY, n BIGINT NOT NULL, note TEXT NOT NULL)`); err != nil {
		return 0, fmt.Errorf("store: raw rate: %w", err)
	}
	defer db.sql.ExecContext(context.WithoutCancel(ctx), `DROP TABLE IF EXISTS bench_raw`)
	conn, err := db.sql.Conn(ctx)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	start := time.Now()
	n := 0
	for time.Since(start) < d {
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return 0, fmt.Errorf("store: raw rate: %w", err)
		}
		id := int64(2 * n)
		_, err = tx.ExecContext(ctx, `INSERT INTO bench_raw (id, n, note) VALUES ($1, $2, $3)`, id, n, "a three-statement transaction")
		if err == nil {
			_, err = tx.ExecContext(ctx, `UPDATE bench_raw SET n = n + 1 WHERE id = $1`, id)
		}
		if err == nil {
			_, err = tx.ExecContext(ctx, `INSERT INTO bench_raw (id, n, note) VALUES ($1, $2, $3)`, id+1, n, "its second row")
		}
		if err != nil {
			tx.Rollback()
			return 0, fmt.Errorf("store: raw rate: %w", err)
		}
		if err := tx.Commit(); err != nil {
			return 0, fmt.Errorf("store: raw rate: %w", err)
		}
		n++
	}
	return float64(n) / time.Since(start).Seconds(), nil
}

// CaseIDsInState returns up to limit ids of cases in state, newest first
// (the bench's timer mode picks cases to set timers on).
func (q Q) CaseIDsInState(ctx context.Context, state string, limit int) ([]int64, error) {
	return column[int64](ctx, q, "case ids", `SELECT id FROM cases WHERE state = $1 ORDER BY id DESC LIMIT `+strconv.Itoa(limit), state)
}

// EarliestTimer returns the earliest due time among pending timers whose
// name starts with prefix, false when none is left.
func (q Q) EarliestTimer(ctx context.Context, prefix string) (time.Time, bool, error) {
	var due int64
	err := q.QueryRowContext(ctx, `SELECT due_at FROM timers WHERE name LIKE $1 ORDER BY due_at LIMIT 1`, prefix+"%").Scan(&due)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: earliest timer: %w", err)
	}
	return fromMicros(due), true, nil
}

// CountTimers returns how many timers are pending.
func (q Q) CountTimers(ctx context.Context) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM timers`).Scan(&n)
	return n, err
}

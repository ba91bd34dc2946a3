package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/process"
)

// ErrStale is returned when a case changed since it was read.
var ErrStale = dberr.ErrStale

// CaseRow is a stored case with the head of its event chain.
type CaseRow struct {
	process.Case
	Terminal  bool
	EventSeq  int
	EventHash string
	DueMicros sql.NullInt64 // the stored due_at, the due order's key
	Data      string        // the stored data column, as read (CaseUnchanged)
	// OrgVersion is the organisation's version read in the same statement
	// (LockCase, LockVisibleCase), so that an action needs no read of its
	// own; 0 where it was not read.
	OrgVersion int64
	// HasLinks says the case is linked to another (case_links), read in
	// the same statement, so that a page of a case with none, nearly
	// every case, reads no links.
	HasLinks bool
}

// caseData is what the data column holds.
type caseData struct {
	Fields       map[string]any        `json:"fields"`
	Participants []process.Participant `json:"participants"`
	Signatures   []process.Signature   `json:"signatures,omitempty"`
	Items        []process.Item        `json:"items,omitempty"`
	Done         []string              `json:"done,omitempty"`
	StateDue     *time.Time            `json:"state_due,omitempty"`
}

func marshalCase(c *process.Case) (string, error) {
	b, err := json.Marshal(caseData{Fields: c.Fields, Participants: c.Participants, Signatures: c.Signatures, Items: c.Items, Done: c.Done, StateDue: c.DueAt})
	return string(b), err
}

func dueMicros(c *process.Case) sql.NullInt64 {
	if d := c.NextDue(); d != nil {
		return sql.NullInt64{Int64: micros(*d), Valid: true}
	}
	return sql.NullInt64{}
}

// PrepareCaseKey makes sure, before an opening's transaction begins, that
// NextCaseKey will find the sequence of prefix and year on PostgreSQL: it
// creates a missing one in a short transaction of its own, so that no
// opening holds a new sequence uncommitted while the others wait for it.
// It does nothing on SQLite, or once the sequence is known.
func (db *DB) PrepareCaseKey(ctx context.Context, prefix string, year int) error {
	if db.dialect != Postgres {
		return nil
	}
	name := prefix + "/" + strconv.Itoa(year)
	if _, ok := db.keySeqs.Load(name); ok {
		return nil
	}
	if _, err := db.sql.ExecContext(ctx, `SELECT ensure_case_key_sequence($1, $2)`, prefix, year); err != nil {
		return fmt.Errorf("store: case key sequence: %w", err)
	}
	db.keySeqs.Store(name, struct{}{})
	return nil
}

// NextCaseKey allocates the next human-readable key, e.g. XZ-2026-0001,
// in tx. On SQLite it counts in the row of the prefix and year (one
// writer: no queue). On PostgreSQL it takes the next value of the prefix
// and year's sequence (migration 00027): a counter row would stay locked
// until the opening commits and make every opening of a process wait for
// the one before it; a sequence may instead leave a gap when an opening
// is rolled back.
func (db *DB) NextCaseKey(ctx context.Context, tx Querier, prefix string, year int) (string, error) {
	q := `INSERT INTO case_keys (prefix, year, last) VALUES ($1, $2, 1)
		ON CONFLICT (prefix, year) DO UPDATE SET last = case_keys.last + 1 RETURNING last`
	if db.dialect == Postgres {
		q = `SELECT next_case_key($1, $2)`
	}
	var n int64
	if err := tx.QueryRowContext(ctx, q, prefix, year).Scan(&n); err != nil {
		return "", fmt.Errorf("store: case key: %w", err)
	}
	return fmt.Sprintf("%s-%d-%04d", prefix, year, n), nil
}

// InsertCase stores a new case and returns its id.
func (q Q) InsertCase(ctx context.Context, c *process.Case, terminal bool) (int64, error) {
	data, err := marshalCase(c)
	if err != nil {
		return 0, err
	}
	var id int64
	err = q.QueryRowContext(ctx, `INSERT INTO cases (key, process, state, terminal, title, opener, data, due_at, state_since, version, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
		c.Key, c.Process, c.State, terminal, c.Title, c.Opener, data, dueMicros(c), micros(c.StateSince), c.Version, micros(c.CreatedAt), micros(c.UpdatedAt)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: insert case: %w", err)
	}
	return id, nil
}

// UpdateCase writes c if its stored version is still oldVersion, else
// ErrStale — at once, or (in a Tx on PostgreSQL, where the case is held
// locked) as the transaction's error when the write is sent.
func (q Q) UpdateCase(ctx context.Context, c *process.Case, oldVersion int, terminal bool, seq int, hash string) error {
	args, err := caseUpdateArgs(c, oldVersion, terminal, seq, hash)
	if err != nil {
		return err
	}
	return q.checked(ctx, "update case", caseUpdate, args...)
}

// FillNewCase writes c, inserted by InsertCase in this same transaction,
// with its events' head: no other transaction can have changed a row not
// yet committed, so there is no version to check, and the write goes with
// the transaction's next statement (Tx).
func (q Q) FillNewCase(ctx context.Context, c *process.Case, terminal bool, seq int, hash string) error {
	args, err := caseUpdateArgs(c, c.Version, terminal, seq, hash)
	if err != nil {
		return err
	}
	return q.write(ctx, "update case", caseUpdate, args...)
}

const caseUpdate = `UPDATE cases SET state = $1, terminal = $2, title = $3, data = $4, due_at = $5, state_since = $6,
	version = $7, event_seq = $8, event_hash = $9, updated_at = $10 WHERE id = $11 AND version = $12`

func caseUpdateArgs(c *process.Case, oldVersion int, terminal bool, seq int, hash string) ([]any, error) {
	data, err := marshalCase(c)
	if err != nil {
		return nil, err
	}
	return []any{c.State, terminal, c.Title, data, dueMicros(c), micros(c.StateSince), c.Version, seq, hash, micros(c.UpdatedAt), c.ID, oldVersion}, nil
}

const caseColumns = `id, key, process, state, terminal, title, opener, data, state_since, version, event_seq, event_hash, created_at, updated_at, due_at`

func scanCase(row interface{ Scan(...any) error }) (CaseRow, error) {
	return scanCaseData(row, false)
}

// lockedColumns are caseColumns of cases c, the organisation's version
// (OrgVersion) and whether the case has links (HasLinks).
const lockedColumns = caseColumns + `, (SELECT version FROM org_version WHERE id = 1),
	EXISTS (SELECT 1 FROM case_links l WHERE l.case_id = c.id)`

// scanLockedCase scans lockedColumns.
func scanLockedCase(row interface{ Scan(...any) error }) (CaseRow, error) {
	var v int64
	var links bool
	r, err := scanCaseData(row, false, &v, &links)
	r.OrgVersion, r.HasLinks = v, links
	return r, err
}

// scanCaseData scans caseColumns and then extra; with shared the case's
// decoded data is the cache's own (decodeCaseData), to be read only.
func scanCaseData(row interface{ Scan(...any) error }, shared bool, extra ...any) (CaseRow, error) {
	var (
		r                       CaseRow
		data                    string
		since, created, updated int64
	)
	err := row.Scan(append([]any{&r.ID, &r.Key, &r.Process, &r.State, &r.Terminal, &r.Title, &r.Opener, &data, &since, &r.Version, &r.EventSeq, &r.EventHash, &created, &updated, &r.DueMicros}, extra...)...)
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	if err != nil {
		return r, fmt.Errorf("store: scan case: %w", err)
	}
	r.Data = data
	d, err := decodeCaseData(r.ID, data, shared)
	if err != nil {
		return r, fmt.Errorf("store: case %d data: %w", r.ID, err)
	}
	r.Fields, r.Participants, r.Signatures, r.Items, r.Done, r.DueAt = d.Fields, d.Participants, d.Signatures, d.Items, d.Done, d.StateDue
	r.StateSince, r.CreatedAt, r.UpdatedAt = fromMicros(since), fromMicros(created), fromMicros(updated)
	return r, nil
}

// CaseUnchanged reports whether case row.ID is still stored exactly as
// row was read (version, event sequence, state and data) and the
// organisation's version is still orgVersion: in a transaction, that a
// decision made on row and that organisation is the one the transaction
// would make itself. SQLite only: there data is the text as written (on
// PostgreSQL it is JSONB, and actions are decided inside their
// transactions, under the row's lock).
func (q Q) CaseUnchanged(ctx context.Context, row CaseRow, orgVersion int64) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM cases WHERE id = $1 AND version = $2 AND event_seq = $3 AND state = $4 AND data = $5
		AND (SELECT version FROM org_version WHERE id = 1) = $6`, row.ID, row.Version, row.EventSeq, row.State, row.Data, orgVersion).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: case %d unchanged: %w", row.ID, err)
	}
	return n == 1, nil
}

// LoadCase reads one case.
func (q Q) LoadCase(ctx context.Context, id int64) (CaseRow, error) {
	return scanCase(q.QueryRowContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE id = $1`, id))
}

// LockCase reads one case for change, with the organisation's version. On PostgreSQL, in a transaction
// (Tx), the row stays locked until it ends, so an action and a timer on
// the same case take turns; SQLite transactions already run one at a time.
// Read outside a transaction (a case's page) it is not locked: the lock
// would last the statement alone, yet make the read a write — a locked row
// takes a transaction id, and its commit a flush of the WAL.
func (db *DB) LockCase(ctx context.Context, tx Querier, id int64) (CaseRow, error) {
	q := `SELECT ` + lockedColumns + ` FROM cases c WHERE c.id = $1`
	if _, inTx := tx.(Tx); inTx && db.dialect == Postgres {
		q += ` FOR UPDATE OF c`
	}
	return scanLockedCase(tx.QueryRowContext(ctx, q, id))
}

// LockVisibleCase is LockCase of a case v may see, in one statement; for
// any other, as for one that does not exist, it reports false.
func (db *DB) LockVisibleCase(ctx context.Context, tx Querier, v Viewer, id int64) (CaseRow, bool, error) {
	cond, args := v.visible([]any{id})
	q := `SELECT ` + lockedColumns + ` FROM cases c WHERE c.id = $1 AND ` + cond
	if _, inTx := tx.(Tx); inTx && db.dialect == Postgres {
		q += ` FOR UPDATE OF c`
	}
	row, err := scanLockedCase(tx.QueryRowContext(ctx, q, args...))
	if errors.Is(err, ErrNotFound) {
		return row, false, nil
	}
	return row, err == nil, err
}

// EventHash chains an event to its predecessor: SHA-256 over the previous
// hash and the event's stored JSON.
func EventHash(prev, body string) string { return archive.EventHash(prev, body) }

// AppendEvents adds events after seq with the chain continuing from hash,
// and returns the new head.
func (q Q) AppendEvents(ctx context.Context, caseID int64, seq int, hash string, events []process.Event) (int, string, error) {
	for _, e := range events {
		seq++
		body, next, err := chain(hash, e)
		if err != nil {
			return 0, "", err
		}
		hash = next
		if err := q.write(ctx, "append event", `INSERT INTO case_events (case_id, seq, at, actor, type, action, body, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
			caseID, seq, micros(e.At), e.Actor, e.Type, e.Action, body, hash); err != nil {
			return 0, "", err
		}
	}
	return seq, hash, nil
}

// chain is e as stored after an event of hash prev: its JSON, and its hash.
func chain(prev string, e process.Event) (body, hash string, err error) {
	b, err := json.Marshal(e)
	if err != nil {
		return "", "", err
	}
	return string(b), EventHash(prev, string(b)), nil
}

// StoredEvent is an event as kept, with its place in the chain.
type StoredEvent struct {
	Seq   int
	Event process.Event
	Body  string
	Hash  string
}

// CaseEvents returns a case's events in order.
func (q Q) CaseEvents(ctx context.Context, caseID int64) ([]StoredEvent, error) {
	rows, err := q.QueryContext(ctx, `SELECT seq, body, hash FROM case_events WHERE case_id = $1 ORDER BY seq`, caseID)
	if err != nil {
		return nil, fmt.Errorf("store: events: %w", err)
	}
	defer rows.Close()
	var out []StoredEvent
	for rows.Next() {
		e, err := scanEvent(rows, caseID)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// scanEvent reads one row of seq, body and hash, and decodes its event.
func scanEvent(rows *sql.Rows, caseID int64) (StoredEvent, error) {
	var e StoredEvent
	if err := rows.Scan(&e.Seq, &e.Body, &e.Hash); err != nil {
		return e, err
	}
	if err := json.Unmarshal([]byte(e.Body), &e.Event); err != nil {
		return e, fmt.Errorf("store: event %d/%d: %w", caseID, e.Seq, err)
	}
	return e, nil
}

// Access is one row of who has a part in a case.
type Access struct {
	Role   string
	Party  string // an external party's id, for its case history
	Login  string
	Dept   string
	Anyone bool
	Acts   bool
}

// ReplaceAccess rewrites who has a part in a case; each row takes the
// case's stored deadline as it is inserted (the inbox's order, migration
// 00032), so the case must be written first.
func (q Q) ReplaceAccess(ctx context.Context, caseID int64, rows []Access) error {
	if err := q.write(ctx, "access", `DELETE FROM case_access WHERE case_id = $1`, caseID); err != nil {
		return err
	}
	if len(rows) == 0 {
		return nil
	}
	args := make([]any, 0, 7*len(rows))
	for _, a := range rows {
		args = append(args, caseID, a.Role, a.Login, a.Dept, a.Anyone, a.Acts, a.Party)
	}
	return q.write(ctx, "access", `INSERT INTO case_access (case_id, role, login, dept, anyone, acts, party, due_at) VALUES `+
		valuesWith(len(rows), 7, `(SELECT c.due_at FROM cases c WHERE c.id = $1)`), args...)
}

// SyncAccessDue gives a case's access rows the case's stored deadline (the
// inbox's order, migration 00032) when it moved without the rows being
// rewritten, so that the two never differ once the commit is done; it
// writes only rows whose copy is stale.
func (q Q) SyncAccessDue(ctx context.Context, caseID int64) error {
	return q.write(ctx, "access deadline", `UPDATE case_access SET due_at = c.due_at FROM cases c
		WHERE c.id = case_access.case_id AND case_access.case_id = $1 AND case_access.due_at IS DISTINCT FROM c.due_at`, caseID)
}

// Viewer is whoever asks for cases; Admin and ReadAll see all.
type Viewer struct {
	Login  string
	Dept   string
	HeadOf []string
	Admin  bool
	// Oversees are the departments headed and those below them: their
	// cases are visible too. HeadOf is used when it is empty.
	Oversees []string
	ReadAll  bool // 管理层: every case, read-only
}

// visible returns the SQL condition (on alias c) and its arguments that
// limit cases to those the viewer has a part in: as a participant, as a
// member of a department role, or as head of a department involved.
func (v Viewer) visible(args []any) (string, []any) {
	if v.Admin || v.ReadAll {
		return "TRUE", args
	}
	p := params{args}
	cond := `EXISTS (SELECT 1 FROM case_access a WHERE a.case_id = c.id AND (a.login = ` + p.add(v.Login) +
		` OR (a.anyone AND a.dept <> '' AND a.dept = ` + p.add(v.Dept) + `)`
	if heads := v.heads(); len(heads) > 0 {
		cond += ` OR a.dept IN (` + p.list(heads) + `)`
	}
	return cond + `))`, p.args
}

// fewCasesBound is how many index rows make a part of a list "few"
// (chooseDriver): sorting that many ids costs less than walking a million
// cases in order to find a page among them (docs/architecture.md).
var fewCasesBound = 20000

// heads are the departments whose cases v sees as a head.
func (v Viewer) heads() []string {
	if len(v.Oversees) > 0 {
		return v.Oversees
	}
	return v.HeadOf
}

// visibleIn is visible as the set of the viewer's cases, read from the
// indexes of case_access by login and by department.
func (v Viewer) visibleIn(args []any) (string, []any) {
	p := params{args}
	cond := `c.id IN (SELECT a.case_id FROM case_access a WHERE a.login = ` + p.add(v.Login) +
		` UNION SELECT a.case_id FROM case_access a WHERE a.dept = ` + p.add(v.Dept) + ` AND a.anyone AND a.dept <> ''`
	if heads := v.heads(); len(heads) > 0 {
		cond += ` UNION SELECT a.case_id FROM case_access a WHERE a.dept IN (` + p.list(heads) + `)`
	}
	return cond + `)`, p.args
}

// CanSee reports whether v may see case id.
func (q Q) CanSee(ctx context.Context, v Viewer, id int64) (bool, error) {
	cond, args := v.visible([]any{id})
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM cases c WHERE c.id = $1 AND `+cond, args...).Scan(&n)
	return n > 0, err
}

// CaseFilter narrows a list of cases. Times are the caller's: the
// service fills Now and the due window from its clock and calendar.
type CaseFilter struct {
	Party   string // cases with this external party
	Process string
	State   string
	Overdue *bool
	// Depts: cases in which one of these departments takes part (a member
	// in a role, a department role, a head in copy); with Acts, only where
	// it must act now.
	Depts []string
	// Person: cases in which this login takes part; with Acts, must act now.
	Person string
	Acts   bool
	// Waiting: cases where this viewer must act now (the inbox).
	Waiting *Viewer
	// DueAfter/DueBy bound the deadline waiting now: due_at > DueAfter and
	// due_at <= DueBy (either may be zero). Open cases only.
	DueAfter, DueBy time.Time
	Sort            string // SortNew (default), SortChanged, SortDue
	Now             time.Time
	Page
	// Shared: the rows' decoded data (fields, participants, items …) is
	// the cache's own, not a copy, for a caller that only reads it (an
	// inbox page, the calendar feed); such a row must never reach the
	// engine or be changed.
	Shared bool
}

// The orders a case list can be read in.
const (
	SortNew     = "new"     // newest first
	SortChanged = "changed" // last changed first
	SortDue     = "due"     // soonest deadline first, those without last
)

// ListCases returns one page of the cases v may see, in f.Sort order, and
// the cursor of the next page ("" at the end). The pages are keyset pages:
// each query starts where the cursor points, so reading a page costs the
// page, not the pages before it.
func (q Q) ListCases(ctx context.Context, v Viewer, f CaseFilter) ([]CaseRow, string, error) {
	sort := f.Sort
	if sort == "" {
		sort = SortNew
	}
	list := f.identity()
	cur, hasCur, err := decodeListCursor(f.Cursor, sort, list)
	if err != nil {
		return nil, "", err
	}
	if f.ownInbox(v) && sort == SortDue || f.unfiltered() && sort == SortNew && !v.Admin && !v.ReadAll {
		var ids []int64
		if sort == SortDue {
			ids, err = q.inboxIDs(ctx, v, cur, hasCur, f.Page.size()+1)
		} else {
			ids, err = q.newestIDs(ctx, v, cur, hasCur, f.Page.size()+1)
		}
		if err != nil {
			return nil, "", err
		}
		out, err := casesByID(ctx, q, ids, f.Shared)
		if err != nil {
			return nil, "", err
		}
		return pageOf(out, sort, list, f.Page.size())
	}
	// The part of the list that holds the fewest cases, if few: the
	// plan starts from it and sorts those (unary plus keeps the order's
	// index out of the plan), instead of walking every case in order and
	// testing each one, which costs the whole table for a page of nothing
	// (listdriver.go).
	drive, err := q.chooseDriver(ctx, v, f)
	if err != nil {
		return nil, "", err
	}
	few := drive != ""
	var ps params
	arg := ps.add
	// On SQLite, the index of a part that does not drive is kept out of
	// the plan ("c.process || ''", "+c.due_at"): a filter that holds many
	// cases read by its index and sorted costs every case it holds — at a
	// million cases 3.5 s for a process's list, 0.7–3.1 s for the cases
	// due this week — where the walk in order stops at the page. The
	// deadline's index stays in a walk by deadline: it is the order's.
	// PostgreSQL weighs the two by its statistics, which an expression
	// would hide (a seq scan and a sort: 0.15–0.36 s at 300,000 cases).
	dueIndexed := drive == driveDue || drive == "" && sort == SortDue || q.pg
	where := []string{}
	if f.Process != "" {
		if drive == driveProcess || q.pg {
			where = append(where, "c.process = "+arg(f.Process))
		} else {
			where = append(where, "c.process || '' = "+arg(f.Process))
		}
	}
	if f.State != "" {
		where = append(where, "c.state = "+arg(f.State))
	}
	if f.Party != "" {
		if drive == driveParty {
			where = append(where, "c.id IN (SELECT p.case_id FROM case_access p WHERE p.party = "+arg(f.Party)+")")
		} else {
			where = append(where, "EXISTS (SELECT 1 FROM case_access p WHERE p.case_id = c.id AND p.party = "+arg(f.Party)+")")
		}
	}
	acts := ""
	if f.Acts {
		acts = " AND x.acts"
	}
	// in is a part of the list as a condition on c: the set its index
	// holds when it drives, or a test of each case otherwise.
	in := func(kind, table, alias, cond string) string {
		if drive == kind {
			return "c.id IN (SELECT " + alias + ".case_id FROM " + table + " " + alias + " WHERE " + cond + ")"
		}
		return "EXISTS (SELECT 1 FROM " + table + " " + alias + " WHERE " + alias + ".case_id = c.id AND " + cond + ")"
	}
	if len(f.Depts) > 0 {
		depts := ps.list(f.Depts)
		if f.owing() {
			where = append(where, in(driveDepts, "steps", "s", "s.dept IN ("+depts+")"+f.owes(&ps)))
		} else {
			where = append(where, in(driveDepts, "case_access", "x", "x.dept IN ("+depts+")"+acts))
		}
	}
	if f.Person != "" {
		if f.owing() {
			where = append(where, in(drivePerson, "steps", "s", "s.login = "+arg(f.Person)+f.owes(&ps)))
		} else {
			where = append(where, in(drivePerson, "case_access", "x", "x.login = "+arg(f.Person)+acts))
		}
	}
	if w := f.Waiting; w != nil {
		// From the two partial indexes of case_access that hold only the
		// rows that must act (migration 00017): the cost follows the
		// viewer's waiting cases, not the size of the table.
		where = append(where, "NOT c.terminal AND c.id IN (SELECT a.case_id FROM case_access a WHERE a.acts AND a.login = "+arg(w.Login)+
			" UNION SELECT a.case_id FROM case_access a WHERE a.acts AND a.anyone AND a.dept = "+arg(w.Dept)+" AND a.dept <> '')")
	}
	if due := f.dueCond(&ps, dueIndexed); due != "" {
		where = append(where, due)
	}
	// The viewer's own inbox needs no test of visibility: the rows that
	// must act, by login or for anyone of the department, are among the
	// rows visible tests (TestOwnInboxIsVisible).
	if w := f.Waiting; w == nil || w.Login != v.Login || w.Dept != v.Dept {
		var cond string
		if drive == driveViewer {
			cond, ps.args = v.visibleIn(ps.args)
		} else {
			cond, ps.args = v.visible(ps.args)
		}
		where = append(where, cond)
	}
	limit := f.Page.size()
	// The page is chosen by id first, then read: sorting ids costs less
	// than carrying whole rows (with their data) through the sort.
	base := `SELECT c.id FROM cases c WHERE ` + strings.Join(where, " AND ")
	run := func(extra, order string, n int) ([]CaseRow, error) {
		if few {
			order = strings.NewReplacer("c.id", "+c.id", "c.updated_at", "+c.updated_at", "c.due_at", "+c.due_at").Replace(order)
			extra = strings.NewReplacer("c.id ", "+c.id ", "c.updated_at ", "+c.updated_at ", "c.due_at ", "+c.due_at ").Replace(extra)
		}
		ids, err := column[int64](ctx, q, "list cases", base+extra+` ORDER BY `+order+` LIMIT `+strconv.Itoa(n), ps.args...)
		if err != nil {
			return nil, err
		}
		return casesByID(ctx, q, ids, f.Shared)
	}
	var out []CaseRow
	switch sort {
	case SortNew:
		extra := ""
		if hasCur {
			extra = " AND c.id < " + arg(cur.ID)
		}
		out, err = run(extra, "c.id DESC", limit+1)
	case SortChanged:
		extra := ""
		if hasCur {
			t, id := arg(cur.Num), arg(cur.ID)
			extra = " AND (c.updated_at < " + t + " OR (c.updated_at = " + t + " AND c.id < " + id + "))"
		}
		out, err = run(extra, "c.updated_at DESC, c.id DESC", limit+1)
	case SortDue:
		// Two index-ordered runs: the cases with a deadline by deadline,
		// then those without by id.
		n0 := len(ps.args)
		if !hasCur || !cur.Null {
			extra := " AND c.due_at IS NOT NULL"
			if hasCur {
				t, id := arg(cur.Num), arg(cur.ID)
				extra += " AND (c.due_at > " + t + " OR (c.due_at = " + t + " AND c.id > " + id + "))"
			}
			out, err = run(extra, "c.due_at, c.id", limit+1)
			hasCur = false
		}
		if err == nil && len(out) <= limit {
			ps.args = ps.args[:n0]
			extra := " AND c.due_at IS NULL"
			if hasCur {
				extra += " AND c.id > " + arg(cur.ID)
			}
			var more []CaseRow
			more, err = run(extra, "c.id", limit+1-len(out))
			out = append(out, more...)
		}
	default:
		return nil, "", ErrCursor
	}
	if err != nil {
		return nil, "", err
	}
	return pageOf(out, sort, list, limit)
}

// ownInbox reports whether f asks for nothing but the cases waiting on v
// itself: the inbox, which inboxIDs reads a page at a time.
func (f CaseFilter) ownInbox(v Viewer) bool {
	w := f.Waiting
	return w != nil && w.Login == v.Login && w.Dept == v.Dept && f.narrowsNothing()
}

// unfiltered reports whether f asks for every case the viewer may see:
// the list that newestIDs reads a page at a time.
func (f CaseFilter) unfiltered() bool { return f.Waiting == nil && f.narrowsNothing() }

// narrowsNothing reports whether f sets no filter but Waiting.
func (f CaseFilter) narrowsNothing() bool {
	return f.Party == "" && f.Process == "" && f.State == "" && f.Overdue == nil && len(f.Depts) == 0 &&
		f.Person == "" && !f.Acts && f.DueAfter.IsZero() && f.DueBy.IsZero()
}

// identity is what the list holds, for its cursors (listDigest): the
// filter without the page and the order, the clock's times left out
// (only whether a due window is set), so that a cursor pages on while
// the clock moves.
func (f CaseFilter) identity() string {
	var b strings.Builder
	fmt.Fprintf(&b, "cases\x00%q\x00%q\x00%q\x00%q\x00%q\x00%v\x00%v\x00%v", f.Party, f.Process, f.State, f.Depts, f.Person, f.Acts,
		!f.DueAfter.IsZero(), !f.DueBy.IsZero())
	if f.Overdue != nil {
		fmt.Fprintf(&b, "\x00overdue=%v", *f.Overdue)
	}
	if w := f.Waiting; w != nil {
		fmt.Fprintf(&b, "\x00waiting=%q/%q", w.Login, w.Dept)
	}
	return b.String()
}

// pageOf cuts out, read one past the page, to the page of limit rows and
// the cursor after its last row ("" when it is the last page).
func pageOf(out []CaseRow, sort, list string, limit int) ([]CaseRow, string, error) {
	next := ""
	if len(out) > limit {
		out = out[:limit]
		last := out[limit-1]
		k := cursorKey{Sort: sort, ID: last.ID, List: listDigest(list)}
		switch sort {
		case SortChanged:
			k.Num = micros(last.UpdatedAt)
		case SortDue:
			if last.DueMicros.Valid {
				k.Num = last.DueMicros.Int64
			} else {
				k.Null = true
			}
		}
		next = encodeCursor(k)
	}
	return out, next, nil
}

// casesByID reads the cases of ids, in that order (a case gone meanwhile is
// left out). The IN list is padded to a power of two, so that a handful of
// statement texts serve every page size.
func casesByID(ctx context.Context, q Querier, ids []int64, shared bool) ([]CaseRow, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	n := 8
	for n < len(ids) {
		n *= 2
	}
	args := make([]any, n)
	ph := make([]string, n)
	for i := range n {
		args[i] = ids[min(i, len(ids)-1)]
		ph[i] = "$" + strconv.Itoa(i+1)
	}
	rows, err := q.QueryContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE id IN (`+strings.Join(ph, ", ")+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: read cases: %w", err)
	}
	got, err := scanCases(rows, shared)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]int, len(got))
	for i, r := range got {
		byID[r.ID] = i
	}
	out := make([]CaseRow, 0, len(ids))
	for _, id := range ids {
		if i, ok := byID[id]; ok {
			out = append(out, got[i])
		}
	}
	return out, nil
}

func scanCases(rows *sql.Rows, shared bool) ([]CaseRow, error) {
	defer rows.Close()
	var out []CaseRow
	for rows.Next() {
		r, err := scanCaseData(rows, shared)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// CountCases returns how many cases exist (the dev clock may go back only
// while there are none).
func (q Q) CountCases(ctx context.Context) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM cases`).Scan(&n)
	return n, err
}

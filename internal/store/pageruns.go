package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
)

// Lists a page at a time (issue 16). The cases a viewer takes part in, and
// those waiting on them, are the union of a few runs of access rows: by
// login, for anyone of the department, and for the departments headed.
// Each run is read from its own index in the list's order and stops after
// a page; the page is the merge of the runs. The cost follows the page,
// not the cases the viewer has: a contact waiting on 350 cases reads 51
// rows a run, not 350.
//
//   - the viewer's own inbox, by deadline (the access rows carry their
//     case's deadline since migration 00032): inboxIDs;
//   - the case list, newest first, unfiltered: newestIDs.

// accessRun is one run of access rows: its condition on alias a, ending in
// a comparison with its one argument.
type accessRun struct {
	cond string
	arg  string
}

// waitingRuns are the runs of the cases waiting on v, as CaseFilter.Waiting
// defines them: by login, and for anyone of the department.
func waitingRuns(v Viewer) []accessRun {
	runs := []accessRun{{"a.login = ", v.Login}}
	if v.Dept != "" {
		runs = append(runs, accessRun{"a.anyone AND a.dept <> '' AND a.dept = ", v.Dept})
	}
	return runs
}

// dueID is a waiting case and its deadline (invalid: none).
type dueID struct {
	id  int64
	due sql.NullInt64
}

// inboxIDs returns up to n ids of the open cases waiting on v in the
// inbox's order — by deadline, then id; those without a deadline last, by
// id — starting after the cursor (cur, when hasCur).
func (q Q) inboxIDs(ctx context.Context, v Viewer, cur cursorKey, hasCur bool, n int) ([]int64, error) {
	var out []dueID
	if !hasCur || !cur.Null {
		got, err := q.inboxRunsMerged(ctx, v, true, cur, hasCur, n)
		if err != nil {
			return nil, err
		}
		out = got
		hasCur = false
	}
	if len(out) < n {
		got, err := q.inboxRunsMerged(ctx, v, false, cur, hasCur, n-len(out))
		if err != nil {
			return nil, err
		}
		out = append(out, got...)
	}
	ids := make([]int64, len(out))
	for i, d := range out {
		ids[i] = d.id
	}
	return ids, nil
}

// inboxRunsMerged reads each run's first n rows (with a deadline, or
// without one) after the cursor and merges them: the first n distinct
// cases in order.
func (q Q) inboxRunsMerged(ctx context.Context, v Viewer, dated bool, cur cursorKey, hasCur bool, n int) ([]dueID, error) {
	var all []dueID
	for _, r := range waitingRuns(v) {
		args := []any{r.arg}
		where := "a.acts AND " + r.cond + "$1 AND NOT c.terminal"
		if dated {
			where += " AND a.due_at IS NOT NULL"
			if hasCur {
				args = append(args, cur.Num, cur.ID)
				where += " AND (a.due_at > $2 OR (a.due_at = $2 AND a.case_id > $3))"
			}
		} else {
			where += " AND a.due_at IS NULL" // then a.due_at orders nothing: the rows go by id
			if hasCur {
				args = append(args, cur.ID)
				where += " AND a.case_id > $2"
			}
		}
		// DISTINCT: one person may act in two roles of a case.
		rows, err := q.QueryContext(ctx, `SELECT DISTINCT a.case_id, a.due_at FROM case_access a JOIN cases c ON c.id = a.case_id
			WHERE `+where+` ORDER BY a.due_at, a.case_id LIMIT `+strconv.Itoa(n), args...)
		if err != nil {
			return nil, fmt.Errorf("store: inbox: %w", err)
		}
		for rows.Next() {
			var d dueID
			if err := rows.Scan(&d.id, &d.due); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: inbox: %w", err)
			}
			all = append(all, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: inbox: %w", err)
		}
	}
	slices.SortFunc(all, func(a, b dueID) int {
		return cmp.Or(cmp.Compare(a.due.Int64, b.due.Int64), cmp.Compare(a.id, b.id))
	})
	all = slices.CompactFunc(all, func(a, b dueID) bool { return a.id == b.id })
	return all[:min(len(all), n)], nil
}

// listRuns are the runs of every case v takes part in (visibleIn): by
// login, for anyone of the department, and each department headed.
func listRuns(v Viewer) []accessRun {
	runs := waitingRuns(v)
	for _, d := range v.heads() {
		runs = append(runs, accessRun{"a.dept = ", d})
	}
	return runs
}

// newestIDs returns up to n ids of the cases v takes part in, newest
// first, before the cursor's id (when hasCur).
func (q Q) newestIDs(ctx context.Context, v Viewer, cur cursorKey, hasCur bool, n int) ([]int64, error) {
	var all []int64
	for _, r := range listRuns(v) {
		args := []any{r.arg}
		where := r.cond + "$1"
		if hasCur {
			args = append(args, cur.ID)
			where += " AND a.case_id < $2"
		}
		ids, err := column[int64](ctx, q, "case list", `SELECT DISTINCT a.case_id FROM case_access a WHERE `+where+
			` ORDER BY a.case_id DESC LIMIT `+strconv.Itoa(n), args...)
		if err != nil {
			return nil, err
		}
		all = append(all, ids...)
	}
	slices.SortFunc(all, func(a, b int64) int { return cmp.Compare(b, a) })
	all = slices.Compact(all)
	return all[:min(len(all), n)], nil
}

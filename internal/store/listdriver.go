package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// A list of cases is read one of two ways. Walking every case in the
// page's order and testing each against the filter costs the rows tested,
// not the rows returned: at a million cases, a filter that holds a few
// hundred of them (a department's cases, an overdue list, a party's)
// reads the whole table for a page. So ListCases first counts, up to
// fewCasesBound, the index rows of each part of the list that an index
// can read by itself — the viewer's own cases, and the filter's party,
// departments, person, deadline or process — and, when one of them is
// few, starts from it and sorts those cases (the driver); otherwise every
// part is a test and the walk in order finds the page soon.

// The parts of a list that can drive it.
const (
	driveViewer  = "viewer"  // the cases the viewer takes part in (visibleIn)
	driveParty   = "party"   // CaseFilter.Party
	driveDepts   = "depts"   // CaseFilter.Depts
	drivePerson  = "person"  // CaseFilter.Person
	driveDue     = "due"     // CaseFilter.Overdue or the due window
	driveProcess = "process" // CaseFilter.Process (and State)
)

// listDriver is one part of a list that an index reads: its index rows (each
// "SELECT 1 FROM …", counted up to the bound and added up).
type listDriver struct {
	kind string
	rows []string
}

// chooseDriver returns the part of f (or v's own cases) whose index holds
// the fewest rows, if that is at most fewCasesBound, and "" when none
// does: the list then walks the cases in order. The inbox (Waiting)
// drives itself.
func (q Q) chooseDriver(ctx context.Context, v Viewer, f CaseFilter) (string, error) {
	if f.Waiting != nil {
		return "", nil
	}
	var ps params
	arg := ps.add
	var ds []listDriver
	if !v.Admin && !v.ReadAll {
		ds = append(ds, listDriver{driveViewer, v.accessRows(&ps)})
	}
	if f.Party != "" {
		ds = append(ds, listDriver{driveParty, []string{"SELECT 1 FROM case_access WHERE party = " + arg(f.Party)}})
	}
	if len(f.Depts) > 0 {
		if f.owing() {
			ds = append(ds, listDriver{driveDepts, []string{"SELECT 1 FROM steps s WHERE s.dept IN (" + ps.list(f.Depts) + ")" + f.owes(&ps)}})
		} else {
			// Counted without acts: all its rows bound the rows that act.
			ds = append(ds, listDriver{driveDepts, []string{"SELECT 1 FROM case_access WHERE dept IN (" + ps.list(f.Depts) + ")"}})
		}
	}
	if f.Person != "" {
		if f.owing() {
			ds = append(ds, listDriver{drivePerson, []string{"SELECT 1 FROM steps s WHERE s.login = " + arg(f.Person) + f.owes(&ps)}})
		} else {
			ds = append(ds, listDriver{drivePerson, []string{"SELECT 1 FROM case_access WHERE login = " + arg(f.Person)}})
		}
	}
	if due := f.dueRange(&ps); due != "" {
		ds = append(ds, listDriver{driveDue, []string{"SELECT 1 FROM cases c WHERE " + due}})
	}
	if f.Process != "" {
		cond := "process = " + arg(f.Process)
		if f.State != "" {
			cond += " AND state = " + arg(f.State)
		}
		ds = append(ds, listDriver{driveProcess, []string{"SELECT 1 FROM cases WHERE " + cond}})
	}
	if len(ds) == 0 {
		return "", nil
	}
	counts, err := countRows(ctx, q, ds, ps.args)
	if err != nil {
		return "", err
	}
	best := -1
	for i, n := range counts {
		if n <= fewCasesBound && (best < 0 || n < counts[best]) {
			best = i
		}
	}
	if best < 0 {
		return "", nil
	}
	return ds[best].kind, nil
}

// countRows counts each driver's index rows, up to fewCasesBound+1, in
// one statement.
func countRows(ctx context.Context, q Querier, ds []listDriver, args []any) ([]int, error) {
	lim := strconv.Itoa(fewCasesBound + 1)
	cols := make([]string, len(ds))
	for i, d := range ds {
		sums := make([]string, len(d.rows))
		for j, r := range d.rows {
			sums[j] = "(SELECT COUNT(*) FROM (" + r + " LIMIT " + lim + ") few_" + strconv.Itoa(i) + "_" + strconv.Itoa(j) + ")"
		}
		cols[i] = strings.Join(sums, " + ")
	}
	counts := make([]int, len(ds))
	dest := make([]any, len(ds))
	for i := range counts {
		dest[i] = &counts[i]
	}
	if err := q.QueryRowContext(ctx, "SELECT "+strings.Join(cols, ", "), args...).Scan(dest...); err != nil {
		return nil, fmt.Errorf("store: count a list's cases: %w", err)
	}
	return counts, nil
}

// viewerRows counts the index rows of the cases v takes part in, up to
// fewCasesBound; -1 when v sees every case or they are more.
func (q Q) viewerRows(ctx context.Context, v Viewer) (int, error) {
	if v.Admin || v.ReadAll {
		return -1, nil
	}
	var ps params
	n, err := countRows(ctx, q, []listDriver{{driveViewer, v.accessRows(&ps)}}, ps.args)
	if err != nil || n[0] > fewCasesBound {
		return -1, err
	}
	return n[0], nil
}

// accessRows are the index rows of the cases v takes part in, as
// visibleIn reads them: by login, the department's rows for anyone in
// it, and the departments v heads.
func (v Viewer) accessRows(ps *params) []string {
	rows := []string{
		"SELECT 1 FROM case_access WHERE login = " + ps.add(v.Login),
		"SELECT 1 FROM case_access WHERE dept = " + ps.add(v.Dept) + " AND anyone AND dept <> ''",
	}
	if heads := v.heads(); len(heads) > 0 {
		rows = append(rows, "SELECT 1 FROM case_access WHERE dept IN ("+ps.list(heads)+")")
	}
	return rows
}

// owing reports whether acting, in f, is owing a step due in its window
// (the steps the figures count): the requester who waits for a delivery
// may act (progress) but does not owe it, and the figures' overdue count
// and the list it links to hold the same cases.
func (f CaseFilter) owing() bool {
	return f.Acts && (len(f.Depts) > 0 || f.Person != "") && (!f.DueAfter.IsZero() || !f.DueBy.IsZero())
}

// owes is the condition on a step (alias s) that it is open and due in
// f's window.
func (f CaseFilter) owes(ps *params) string {
	s := " AND s.done_at IS NULL"
	if !f.DueAfter.IsZero() {
		s += " AND s.due_at > " + ps.add(micros(f.DueAfter))
	}
	if !f.DueBy.IsZero() {
		s += " AND s.due_at <= " + ps.add(micros(f.DueBy))
	}
	return s
}

// dueCond is the condition on a case (alias c) that f's deadline filters
// set — overdue now or not, or a deadline in the due window — or ""
// without one. Unless indexed, the comparisons keep the deadline's index
// out of the plan.
func (f CaseFilter) dueCond(ps *params, indexed bool) string {
	col := "+c.due_at"
	if indexed {
		col = "c.due_at"
	}
	var conds []string
	if f.Overdue != nil {
		if *f.Overdue {
			conds = append(conds, "c.due_at IS NOT NULL AND "+col+" <= "+ps.add(micros(f.Now)))
		} else {
			conds = append(conds, "(c.due_at IS NULL OR "+col+" > "+ps.add(micros(f.Now))+")")
		}
	}
	if !f.DueAfter.IsZero() || !f.DueBy.IsZero() {
		conds = append(conds, "NOT c.terminal AND c.due_at IS NOT NULL")
		if !f.DueAfter.IsZero() {
			conds = append(conds, col+" > "+ps.add(micros(f.DueAfter)))
		}
		if !f.DueBy.IsZero() {
			conds = append(conds, col+" <= "+ps.add(micros(f.DueBy)))
		}
	}
	return strings.Join(conds, " AND ")
}

// dueRange is dueCond's range of deadlines alone, which the deadline's
// index holds: its rows bound the cases dueCond holds, without reading a
// case. Not overdue is no range: it holds nearly every case.
func (f CaseFilter) dueRange(ps *params) string {
	var conds []string
	if f.Overdue != nil && *f.Overdue {
		conds = append(conds, "c.due_at <= "+ps.add(micros(f.Now)))
	}
	if !f.DueAfter.IsZero() {
		conds = append(conds, "c.due_at > "+ps.add(micros(f.DueAfter)))
	}
	if !f.DueBy.IsZero() {
		conds = append(conds, "c.due_at <= "+ps.add(micros(f.DueBy)))
	}
	return strings.Join(conds, " AND ")
}

package cases

import (
	"net/url"
	"regexp"
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// Filter is a case list's filter as a URL carries it: the API list
// (GET /api/v1/cases), the list page (/cases) and the list's exports all
// read it with ParseFilter and write it back with Values, so a filtered
// list can be bookmarked (/cases?dept=tech&due=overdue is 本部门逾期).
type Filter struct {
	Process string // a process id; State must then be one of its states
	State   string
	Dept    string // cases in which this department takes part
	Person  string // cases in which this login takes part
	Acts    bool   // Dept/Person must act now, not just take part
	Scope   string // "mine" (I take part) or "dept" (my departments take part)
	Due     string // "overdue", "today" (due by tonight), "week" (due by Sunday night)
	Overdue *bool  // the older overdue=true|false of CONTRACT §2
	Party   string // cases with this external party
	Sort    string // store.SortNew (default), store.SortChanged, store.SortDue
	Limit   int    // 0: the default page
	Cursor  string
	// Paged is true when the request named limit or cursor: the API then
	// answers {"items","next"} instead of a bare array.
	Paged bool
}

var (
	idPattern    = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)
	loginPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$`)
)

// ParseFilter reads a list filter from query values; anything malformed is
// a 422 naming the parameter. Whether a process or state exists is checked
// by the service (List), which knows the definitions.
func ParseFilter(q url.Values) (Filter, error) {
	f := Filter{Process: q.Get("process"), State: q.Get("state"), Dept: q.Get("dept"), Person: q.Get("person"),
		Scope: q.Get("scope"), Due: q.Get("due"), Party: q.Get("party"), Sort: q.Get("sort"), Cursor: q.Get("cursor")}
	bad := map[string]string{}
	for name, v := range map[string]string{"process": f.Process, "state": f.State, "dept": f.Dept, "party": f.Party} {
		if v != "" && !idPattern.MatchString(v) {
			bad[name] = "reason.not_valid_id"
		}
	}
	if f.Person != "" && !loginPattern.MatchString(f.Person) {
		bad["person"] = "reason.not_valid_login"
	}
	switch f.Scope {
	case "", "mine", "dept":
	default:
		bad["scope"] = "reason.scope_one_of"
	}
	switch f.Due {
	case "", "overdue", "today", "week":
	default:
		bad["due"] = "reason.due_one_of"
	}
	switch f.Sort {
	case "", store.SortNew, store.SortChanged, store.SortDue:
	default:
		bad["sort"] = "reason.sort_one_of"
	}
	if raw := q.Get("acts"); raw != "" {
		b, err := strconv.ParseBool(raw)
		if err != nil {
			bad["acts"] = "reason.must_be_true_or_false"
		}
		f.Acts = b
	}
	if raw := q.Get("overdue"); raw != "" {
		switch raw {
		case "yes": // the list page's older spelling
			raw = "true"
		case "no":
			raw = "false"
		}
		b, err := strconv.ParseBool(raw)
		if err != nil {
			bad["overdue"] = "reason.must_be_true_or_false"
		} else {
			f.Overdue = &b
		}
	}
	page, err := ParsePage(q)
	if err != nil {
		return f, err
	}
	f.Limit, f.Cursor, f.Paged = page.Limit, page.Cursor, q.Has("limit") || q.Has("cursor")
	if len(bad) > 0 {
		return f, problem.FieldsKey("problem.invalid_filter", bad)
	}
	return f, nil
}

// Page asks for one page of a list (?limit, ?cursor).
type Page = store.Page

// MaxPage is the most items one page holds (CONTRACT §2).
const MaxPage = store.MaxPage

// SliceCursor names key, the last item of a page of a list held whole in
// memory, as the cursor of the list named identity (store.SliceCursor).
func SliceCursor(identity, key string) string { return store.SliceCursor(identity, key) }

// ReadSliceCursor reads a cursor of SliceCursor, refusing one of another list.
func ReadSliceCursor(cursor, identity string) (string, error) {
	return store.ReadSliceCursor(cursor, identity)
}

// ParsePage reads ?limit=N (1…500) and ?cursor=… of any list (CONTRACT §2).
func ParsePage(q url.Values) (store.Page, error) {
	var p store.Page
	bad := map[string]string{}
	if raw := q.Get("limit"); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n < 1 || n > store.MaxPage {
			bad["limit"] = "reason.number_from_1_to_500"
		}
		p.Limit = n
	}
	p.Cursor = q.Get("cursor")
	if !store.ValidCursor(p.Cursor) {
		bad["cursor"] = "reason.not_cursor_of_server"
	}
	if len(bad) > 0 {
		return p, problem.FieldsKey("problem.invalid_paging", bad)
	}
	return p, nil
}

// Values writes the filter back as query values (without the cursor), for
// links to the same list: paging links, bookmarks, figures' links.
func (f Filter) Values() url.Values {
	q := url.Values{}
	set := func(k, v string) {
		if v != "" {
			q.Set(k, v)
		}
	}
	set("process", f.Process)
	set("state", f.State)
	set("dept", f.Dept)
	set("person", f.Person)
	set("scope", f.Scope)
	set("due", f.Due)
	set("party", f.Party)
	set("sort", f.Sort)
	if f.Acts {
		q.Set("acts", "true")
	}
	if f.Overdue != nil {
		q.Set("overdue", strconv.FormatBool(*f.Overdue))
	}
	if f.Limit > 0 {
		q.Set("limit", strconv.Itoa(f.Limit))
	}
	return q
}

// storeFilter checks f against the definitions and the viewer and turns
// it into the store's filter at time now.
func (s *Service) storeFilter(v store.Viewer, f Filter, now time.Time) (store.CaseFilter, error) {
	out := store.CaseFilter{Process: f.Process, State: f.State, Party: f.Party, Overdue: f.Overdue, Acts: f.Acts,
		Person: f.Person, Sort: f.Sort, Now: now, Page: store.Page{Limit: f.Limit, Cursor: f.Cursor}}
	if f.Process != "" {
		d, err := s.definition(f.Process)
		if err != nil {
			return out, err
		}
		if f.State != "" && d.State(f.State) == nil {
			return out, problem.FieldsKey("problem.no_such_state_in_process", map[string]string{"state": i18n.Ref("reason.not_state_of", f.Process)})
		}
	} else if f.State != "" && !s.anyProcessHasState(f.State) {
		// As an unknown process is a 422, so is a state no process has:
		// ?state=archivd answered an empty list, as if none were archived.
		return out, problem.FieldsKey("problem.no_such_state", map[string]string{"state": i18n.Ref("reason.no_process_has_state", f.State)})
	}
	if f.Dept != "" {
		out.Depts = []string{f.Dept}
	}
	switch f.Scope {
	case "mine":
		out.Person = v.Login
	case "dept":
		if len(v.Oversees) > 0 {
			out.Depts = append([]string(nil), v.Oversees...)
		} else if len(v.HeadOf) > 0 {
			out.Depts = append([]string(nil), v.HeadOf...)
		} else if v.Dept != "" {
			out.Depts = []string{v.Dept}
		}
	}
	loc := s.Calendar().Location()
	local := now.In(loc)
	midnight := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, loc).AddDate(0, 0, 1)
	switch f.Due {
	case "overdue":
		out.DueBy = now
	case "today":
		out.DueAfter, out.DueBy = now, midnight
	case "week":
		days := (7 - int(local.Weekday())) % 7 // to Sunday
		out.DueAfter, out.DueBy = now, midnight.AddDate(0, 0, days)
	}
	return out, nil
}

// anyProcessHasState reports whether some process definition has state id.
func (s *Service) anyProcessHasState(id string) bool {
	for _, d := range s.cfg.Processes.All() {
		if d.State(id) != nil {
			return true
		}
	}
	return false
}

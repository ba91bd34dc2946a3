package cases_test

import (
	"context"
	"net/url"
	"slices"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// listScenario: five requests to chenjie (技术部) opened on Tuesday and
// overdue by Monday, and two opened on Monday, due on Wednesday.
func listScenario(t *testing.T, db *store.DB) (*cases.Service, []int64) {
	t.Helper()
	ctx := context.Background()
	s := newService(t, db, at("2026-12-01 10:00"))
	var ids []int64
	open := func(title string) {
		f := collabFields()
		f["title"], f["contact"], f["expected_by"] = title, "chenjie", "2026-12-31"
		v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, v.ID)
	}
	for _, title := range []string{"一号需求", "二号需求", "三号需求", "四号需求", "五号需求"} {
		open(title)
	}
	setClock(t, s, "2026-12-07 10:00")
	open("六号需求")
	open("七号需求")
	return s, ids
}

// all reads every page of a list of f, limit items at a time.
func all(t *testing.T, s *cases.Service, v store.Viewer, f cases.Filter, limit int) []cases.View {
	t.Helper()
	var out []cases.View
	f.Limit = limit
	for pages := 0; ; pages++ {
		if pages > 20 {
			t.Fatal("paging does not end")
		}
		p, err := s.List(context.Background(), v, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Items) > limit {
			t.Fatalf("page of %d items with limit %d", len(p.Items), limit)
		}
		out = append(out, p.Items...)
		if p.Next == "" {
			return out
		}
		f.Cursor = p.Next
	}
}

func keys(list []cases.View) []string {
	var out []string
	for _, c := range list {
		out = append(out, c.Key)
	}
	return out
}

func TestListPagesAndFilters(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s, ids := listScenario(t, db)
		admin := cases.ViewerOf(who(db, "admin"))
		head := cases.ViewerOf(who(db, "zhaolei"))

		// Every sort, read two at a time, yields every case exactly once,
		// in its order.
		for _, sort := range []string{store.SortNew, store.SortChanged, store.SortDue} {
			whole := all(t, s, admin, cases.Filter{Sort: sort}, 500)
			paged := all(t, s, admin, cases.Filter{Sort: sort}, 2)
			if len(whole) != len(ids) || !slices.Equal(keys(whole), keys(paged)) {
				t.Fatalf("sort %s: whole %v, in pages %v", sort, keys(whole), keys(paged))
			}
			for i := 1; i < len(whole); i++ {
				a, b := whole[i-1], whole[i]
				var ok bool
				switch sort {
				case store.SortNew:
					ok = a.ID > b.ID
				case store.SortChanged:
					ok = !a.UpdatedAt.Before(b.UpdatedAt)
				case store.SortDue:
					ok = b.DueAt == nil || a.DueAt != nil && !a.DueAt.After(*b.DueAt)
				}
				if !ok {
					t.Fatalf("sort %s out of order at %d: %v", sort, i, keys(whole))
				}
			}
		}

		// 本部门逾期: the head of 技术部 sees his member's overdue cases.
		tests := []struct {
			name string
			v    store.Viewer
			q    string
			want int
		}{
			{"head, my department, overdue", head, "scope=dept&due=overdue", 5},
			{"head, my department", head, "scope=dept", 7},
			{"head, department tech, due this week", head, "dept=tech&due=week", 2},
			{"due today", head, "dept=tech&due=today", 0},
			{"person who must act", admin, "person=chenjie&acts=true", 7},
			{"person who takes part but does not act", admin, "person=wangfang&acts=true", 0},
			{"requester's department takes part", admin, "dept=market", 7},
			{"market must act nowhere", admin, "dept=market&acts=true", 0},
			{"process and state", admin, "process=internal-collab&state=requested", 7},
			{"old overdue flag", admin, "overdue=true", 5},
			{"an outsider sees nothing", cases.ViewerOf(who(db, "sunli")), "due=overdue", 0},
		}
		for _, tc := range tests {
			q, _ := url.ParseQuery(tc.q)
			f, err := cases.ParseFilter(q)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			if got := all(t, s, tc.v, f, 3); len(got) != tc.want {
				t.Errorf("%s (%s): %d cases %v, want %d", tc.name, tc.q, len(got), keys(got), tc.want)
			}
		}

		// The inbox in pages: soonest due first, every item once.
		var inbox []string
		p := store.Page{Limit: 3}
		for {
			page, err := s.Inbox(ctx, cases.ViewerOf(who(db, "chenjie")), p)
			if err != nil {
				t.Fatal(err)
			}
			for _, it := range page.Items {
				inbox = append(inbox, stamp(it.DueAt))
			}
			if page.Next == "" {
				break
			}
			p.Cursor = page.Next
		}
		if len(inbox) != 7 || !slices.IsSorted(inbox) {
			t.Fatalf("inbox in pages: %v", inbox)
		}

		// Bad filters are refused, naming the parameter.
		for q, field := range map[string]string{"due=yesterday": "due", "limit=501": "limit", "cursor=%21%21": "cursor", "sort=size": "sort", "scope=all": "scope"} {
			v, _ := url.ParseQuery(q)
			if _, err := cases.ParseFilter(v); problem.CodeOf(err) != problem.Invalid || problem.As(err).Fields[field] == "" {
				t.Errorf("%s: %v", q, err)
			}
		}
		if _, err := s.List(ctx, admin, cases.Filter{Process: "internal-collab", State: "drafting"}); problem.CodeOf(err) != problem.Invalid {
			t.Errorf("a state of another process: %v", err)
		}
		// A state no process has was an empty list, as if none were in it.
		if _, err := s.List(ctx, admin, cases.Filter{State: "archivd"}); problem.CodeOf(err) != problem.Invalid || problem.As(err).Fields["state"] == "" {
			t.Errorf("a state of no process: %v", err)
		}
		if got := all(t, s, admin, cases.Filter{State: "requested"}, 500); len(got) != 7 {
			t.Errorf("a state without its process: %d cases, want 7", len(got))
		}
		first, _ := s.List(ctx, admin, cases.Filter{Limit: 1})
		if _, err := s.List(ctx, admin, cases.Filter{Limit: 1, Sort: store.SortDue, Cursor: first.Next}); problem.CodeOf(err) != problem.Invalid {
			t.Errorf("a cursor of another order: %v", err)
		}
	})
}

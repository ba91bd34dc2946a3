package cases_test

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// searchScenario opens three requests: two that 李娜 (市场部) may see and
// one between 销售部 and 法务部 that she may not.
func searchScenario(t *testing.T, db *store.DB) *cases.Service {
	t.Helper()
	ctx := context.Background()
	s := newService(t, db, at("2026-12-01 10:00"))
	open := func(who_, title, to, background, comment string) cases.View {
		f := collabFields()
		f["title"], f["to_dept"], f["background"], f["expected_by"] = title, to, background, "2026-12-31"
		delete(f, "contact")
		v, err := s.Open(ctx, who(db, who_), "internal-collab", process.Input{Fields: f, Comment: comment})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	open("wangfang", "打印机报价单确认", "tech", "请确认合同条款与交付时间。", "Printer toner replacement, 型号HP-428")
	v := open("wangfang", "年度框架合同审批", "legal", "框架合同需在月底前完成审批。", "")
	open("liuyang", "机密项目保密协议", "legal", "绝密:机密项目的保密协议。", "")
	// An action's fields are found too (the contact's acceptance).
	if _, err := s.Act(ctx, who(db, "sunli"), v.ID, "accept", process.Input{Fields: map[string]any{"committed_by": "2026-12-20", "resources_needed": "需要外部律师意见书"}}); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSearch(t *testing.T) {
	var mu sync.Mutex
	answers := map[string]map[string][]string{} // dialect → query → keys
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := searchScenario(t, db)
		lina := cases.ViewerOf(who(db, "lina"))
		admin := cases.ViewerOf(who(db, "admin"))
		tests := []struct {
			name string
			v    store.Viewer
			q    string
			want []string
		}{
			{"two characters", lina, "报价", []string{"XZ-2026-0001"}},
			{"three characters", lina, "打印机", []string{"XZ-2026-0001"}},
			{"four characters", lina, "合同审批", []string{"XZ-2026-0002"}},
			{"in the title ranks first", lina, "合同", []string{"XZ-2026-0002", "XZ-2026-0001"}},
			{"English, any case", lina, "PRINTER", []string{"XZ-2026-0001"}},
			{"mixed text", lina, "printer 报价单", []string{"XZ-2026-0001"}},
			{"letters and digits", lina, "hp-428", []string{"XZ-2026-0001"}},
			{"the start of a word", lina, "print", []string{"XZ-2026-0001"}},
			{"the start of two words", lina, "TON repl", []string{"XZ-2026-0001"}},
			{"the digits of a part number", lina, "428", []string{"XZ-2026-0001"}},
			{"one letter finds only itself", lina, "p", nil},
			{"an action's field", lina, "律师意见", []string{"XZ-2026-0002"}},
			{"the case key", lina, "XZ-2026-0002", []string{"XZ-2026-0002"}},
			{"the case key, lower case", lina, "xz-2026-0001", []string{"XZ-2026-0001"}},
			{"only in a case she may not see", lina, "机密项目", nil},
			{"a key she may not see", lina, "XZ-2026-0003", nil},
			{"the administrator sees it", admin, "机密项目", []string{"XZ-2026-0003"}},
			{"not there", lina, "发票", nil},
			{"all words must be there", lina, "打印机 审批", nil},
		}
		got := map[string][]string{}
		for _, tc := range tests {
			page, err := s.Search(ctx, tc.v, tc.q, store.Page{Limit: 10})
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			var keys []string
			for _, h := range page.Items {
				keys = append(keys, h.Key)
				if !strings.Contains(h.Snippet, "<mark>") {
					t.Errorf("%s: snippet without a highlight: %q", tc.name, h.Snippet)
				}
			}
			if !slices.Equal(keys, tc.want) {
				t.Errorf("%s: %q found %v, want %v", tc.name, tc.q, keys, tc.want)
			}
			got[tc.q+"/"+tc.v.Login] = keys
		}
		page, _ := s.Search(ctx, lina, "报价", store.Page{})
		if len(page.Items) != 1 || page.Items[0].Snippet != "打印机<mark>报价</mark>单确认" {
			t.Errorf("snippet: %+v", page.Items)
		}
		page, _ = s.Search(ctx, lina, "print", store.Page{})
		if len(page.Items) != 1 || !strings.Contains(page.Items[0].Snippet, "<mark>Print</mark>er toner") {
			t.Errorf("snippet of a prefix: %+v", page.Items)
		}
		// Pages of one: the same hits, one at a time.
		first, _ := s.Search(ctx, lina, "合同", store.Page{Limit: 1})
		second, err := s.Search(ctx, lina, "合同", store.Page{Limit: 1, Cursor: first.Next})
		if err != nil || len(first.Items) != 1 || len(second.Items) != 1 || second.Next != "" || first.Items[0].Key != "XZ-2026-0002" || second.Items[0].Key != "XZ-2026-0001" {
			t.Errorf("paged search: %+v %+v %v", first, second, err)
		}
		for _, q := range []string{"", "单", "!!!", strings.Repeat("长", 201)} {
			if _, err := s.Search(ctx, lina, q, store.Page{}); problem.CodeOf(err) != problem.Invalid {
				t.Errorf("query %q: %v", q, err)
			}
		}
		mu.Lock()
		answers[db.Dialect()] = got
		mu.Unlock()
	})
	if a, b := answers[store.SQLite], answers[store.Postgres]; a != nil && b != nil {
		for q, keys := range a {
			if !slices.Equal(keys, b[q]) {
				t.Errorf("%s: SQLite %v, PostgreSQL %v", q, keys, b[q])
			}
		}
	}
}

// TestSearchUsesTheIndex reads the query plan on both dialects: the search
// reads search_terms by its key and cases by id, never a whole table,
// whether it walks a term's postings or starts from a member's cases.
func TestSearchUsesTheIndex(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		searchScenario(t, db)
		// A member's walk may start from their own cases (byViewer): by the
		// same key, once per case, in order.
		for i, v := range []store.Viewer{{Admin: true}, cases.ViewerOf(who(db, "lina")), cases.ViewerOf(who(db, "zhaolei")), cases.ViewerOf(who(db, "lina")), cases.ViewerOf(who(db, "zhaolei"))} {
			q, args := store.SearchSQL(v, [][]string{{"审批"}, {"合同", "合约"}, {"同审"}}, []string{"t:审批", "t:合同", "t:同审"}, 7, 3, 20, i > 2)
			plan := explain(t, db, q, args)
			for _, line := range plan {
				// SQLite's "SCAN t" and "SCAN top" read the subqueries' own results,
				// not a table.
				if m := tableScan.FindStringSubmatch(line); m != nil && m[1] != "t" && m[1] != "top" {
					t.Errorf("%s: the search scans a table: %q\n%s", db.Dialect(), line, strings.Join(plan, "\n"))
				}
			}
			// SQLite walks the rarest term's postings in case order and stops
			// at the page; PostgreSQL's plan on a tiny table may sort instead.
			if all := strings.ToLower(strings.Join(plan, "\n")); !strings.Contains(all, "search_terms_pkey") && !strings.Contains(all, "primary key (term=?") ||
				db.Dialect() == store.SQLite && strings.Contains(all, "temp b-tree for order by") {
				t.Errorf("plan does not walk the index in order: %v", plan)
			}
		}
	})
}

// tableScan matches a plan line that reads a whole table: SQLite's
// "SCAN name" (without an index) and PostgreSQL's "Seq Scan on name".
var tableScan = regexp.MustCompile(`(?:^|\s)(?:SCAN|Seq Scan on) (\w+)(?:\s|$)`)

// explain returns the lines of q's plan (storetest.Plan).
func explain(t *testing.T, db *store.DB, q string, args []any) []string {
	return storetest.Plan(t, db, q, args)
}

// TestReindexLooksAboveItsMark: the catch-up finds a case without a search
// entry (one from before the index) and indexes it, then records that every
// case up to the last is indexed; the next pass looks only at cases above
// that mark, so a start at a million cases reads the cases added since, not
// all of them.
func TestReindexLooksAboveItsMark(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s := searchScenario(t, db)
		admin := cases.ViewerOf(who(db, "admin"))
		unindex := func(id int64) {
			t.Helper()
			for _, q := range []string{`DELETE FROM search_terms WHERE case_id = $1`, `DELETE FROM search_text WHERE case_id = $1`} {
				if _, err := db.SQL().ExecContext(ctx, q, id); err != nil {
					t.Fatal(err)
				}
			}
		}
		found := func(q string) bool {
			t.Helper()
			page, err := s.Search(ctx, admin, q, store.Page{})
			if err != nil {
				t.Fatal(err)
			}
			return len(page.Items) > 0
		}
		unindex(2)
		if found("合同审批") {
			t.Fatal("a case without its entry is found")
		}
		if n, err := s.Reindex(ctx); err != nil || n != 1 {
			t.Fatalf("reindex: %d %v, want 1", n, err)
		}
		if !found("合同审批") || !found("律师意见书") {
			t.Fatal("the reindexed case is not found by its title and its events")
		}
		if upto, err := db.SearchCheckedUpTo(ctx); err != nil || upto != 3 {
			t.Fatalf("checked up to %d %v, want 3", upto, err)
		}
		// Below the mark nothing is looked at again; above it, a case
		// without its entry is.
		unindex(1)
		f := collabFields()
		f["title"], f["to_dept"], f["expected_by"] = "质检报告复核", "tech", "2026-12-31"
		v, err := s.Open(ctx, who(db, "wangfang"), "internal-collab", process.Input{Fields: f})
		if err != nil {
			t.Fatal(err)
		}
		unindex(v.ID)
		if n, err := s.Reindex(ctx); err != nil || n != 1 {
			t.Fatalf("second reindex: %d %v, want 1", n, err)
		}
		if !found("质检报告") || found("打印机报价") {
			t.Fatal("the second pass did not look above its mark alone")
		}
		if upto, err := db.SearchCheckedUpTo(ctx); err != nil || upto != v.ID {
			t.Fatalf("checked up to %d %v, want %d", upto, err, v.ID)
		}
	})
}

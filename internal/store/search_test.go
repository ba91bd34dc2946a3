package store_test

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/search"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// indexCases inserts one case per title and body (in this order, so the
// later ones are newer) and indexes them as the case service does.
func indexCases(t *testing.T, db *store.DB, texts [][2]string) []int64 {
	t.Helper()
	ctx := context.Background()
	var ids []int64
	for i, tb := range texts {
		err := db.Tx(ctx, func(tx store.Tx) error {
			c := process.Case{Key: fmt.Sprintf("XZ-2026-%04d", i+1), Process: "internal-collab", State: "requested", Title: tb[0], Opener: "wangfang",
				Fields: map[string]any{}, Version: 1, StateSince: t0, CreatedAt: t0, UpdatedAt: t0}
			id, err := store.In(tx).InsertCase(ctx, &c, false)
			if err != nil {
				return err
			}
			ids = append(ids, id)
			terms := map[string]int{}
			for term, n := range search.Terms(tb[0]) {
				terms[term] += n * store.TitleWeight
				terms[store.TitlePrefix+term] += n
			}
			for term, n := range search.Terms(tb[1]) {
				terms[term] += n
			}
			return store.In(tx).IndexText(ctx, id, terms, tb[1])
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return ids
}

// TestPrefixSearch: a Latin or digit word of two or more characters finds
// the words it begins, after the cases holding it whole; a single
// character finds only itself; a prefix beginning more words than
// MaxPrefixTerms stands for the first of them. Both dialects answer alike.
func TestPrefixSearch(t *testing.T) {
	var many []string
	for _, a := range "abcd" {
		for _, b := range "abcdefghijklmnopqrstuvwxyz" {
			many = append(many, "qa"+string(a)+string(b)) // qaaa … qadz: 104 words
		}
	}
	var mu sync.Mutex
	answers := map[string][]string{}
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		ids := indexCases(t, db, [][2]string{
			{"Budget review", "季度预算"},                        // 1: budget in the title
			{"季度计划", "budgets for the Zephyr project"},       // 2: in the text
			{"预算 budg", "the budg abbreviation"},             // 3: budg whole, in the title
			{"固件升级", "Firmware V2.0 for the HP428A printer"}, // 4: a version, a part number
			{"词表", strings.Join(many, " ")},                  // 5: 104 words beginning with qa
			{"末尾", "qazz"},                                   // 6: the 105th word beginning with qa
			{"机密", "budget zephyr"},                          // 7: seen only by the administrator
		})
		// A member sees cases 1–6 (the requester's access row), not 7.
		for _, id := range ids[:6] {
			if _, err := db.SQL().ExecContext(ctx, `INSERT INTO case_access (case_id, role, login, dept, acts) VALUES ($1, 'requester', 'lina', 'market', FALSE)`, id); err != nil {
				t.Fatal(err)
			}
		}
		lina := store.Viewer{Login: "lina", Dept: "market"}
		key := func(id int64) string { return fmt.Sprintf("XZ-2026-%04d", slices.Index(ids, id)+1) }
		find := func(v store.Viewer, q string, limit int) []string {
			t.Helper()
			var keys []string
			p := store.Page{Limit: limit}
			for {
				hits, next, err := db.Search(ctx, v, search.QueryTerms(q), p)
				if err != nil {
					t.Fatalf("%q: %v", q, err)
				}
				for _, h := range hits {
					keys = append(keys, key(h.CaseID))
				}
				if next == "" {
					return keys
				}
				p.Cursor = next
			}
		}
		tests := []struct {
			q    string
			want []int
		}{
			// Whole word in the title, whole word anywhere, then the words it begins.
			{"budg", []int{3, 2, 1}},
			{"budget", []int{1, 2}},
			{"BUDGET", []int{1, 2}},
			{"zephy", []int{2}},
			{"Zephyr", []int{2}},
			{"2.0", []int{4}},
			{"v2", []int{4}},
			{"hp428", []int{4}},
			{"428", []int{4}},
			{"firm 2.0", []int{4}},
			{"budg 计划", []int{2}},
			{"budg zeph", []int{2}},
			{"budg nothing", nil},
			// One letter or digit finds only itself.
			{"v", []int{4}},
			{"z", nil},
			{"b", nil},
			// A prefix of many words stands for the first MaxPrefixTerms
			// (qaaa … qacl), so qa misses qazz; a longer prefix finds it.
			{"qa", []int{5}},
			{"qad", []int{5}},
			{"qaz", []int{6}},
			{"qazz", []int{6}},
			{"qac", []int{5}},
		}
		got := []string{}
		for _, tc := range tests {
			var want []string
			for _, n := range tc.want {
				want = append(want, fmt.Sprintf("XZ-2026-%04d", n))
			}
			for _, limit := range []int{1, 20} { // one at a time through the cursors, and all at once
				if keys := find(lina, tc.q, limit); !slices.Equal(keys, want) {
					t.Errorf("%q (pages of %d) found %v, want %v", tc.q, limit, keys, want)
				}
			}
			got = append(got, fmt.Sprint(tc.q, find(lina, tc.q, 20)))
		}
		if keys := find(store.Viewer{Admin: true}, "budg", 2); !slices.Equal(keys, []string{"XZ-2026-0003", "XZ-2026-0007", "XZ-2026-0002", "XZ-2026-0001"}) {
			t.Errorf("the administrator's budg: %v", keys)
		}
		// A cursor of budg's prefix tier is not budge's.
		_, next, err := db.Search(ctx, lina, search.QueryTerms("budg"), store.Page{Limit: 2})
		if err != nil || next == "" {
			t.Fatal(next, err)
		}
		if _, _, err := db.Search(ctx, lina, search.QueryTerms("budge"), store.Page{Limit: 2, Cursor: next}); err == nil {
			t.Error("budg's cursor accepted for budge")
		}
		// The expansion reads at most MaxPrefixTerms terms.
		q, args := store.PrefixTermsSQL("qa")
		var n int
		if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM (`+q+`) x`, args...).Scan(&n); err != nil || n != store.MaxPrefixTerms {
			t.Errorf("qa stands for %d terms (%v), want %d", n, err, store.MaxPrefixTerms)
		}
		mu.Lock()
		answers[db.Dialect()] = got
		mu.Unlock()
	})
	if a, b := answers[store.SQLite], answers[store.Postgres]; a != nil && b != nil && !slices.Equal(a, b) {
		t.Errorf("SQLite %v\nPostgreSQL %v", a, b)
	}
}

// TestPrefixSearchUsesTheIndex reads the plan of every statement a prefix
// search runs, on both dialects: the counts, the expansion of a prefix
// (one seek per term) and the walks read search_terms by its key, cases by
// id, never a whole table; each walk reads its term's postings in order.
func TestPrefixSearchUsesTheIndex(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		indexCases(t, db, [][2]string{{"Budget review", ""}, {"季度计划", "budgets for the Zephyr project"}, {"预算 budg", "budg"}, {"词表", "qaaa qaab qaac qaad qaae qaaf"}})
		for _, v := range []store.Viewer{{Admin: true}, {Login: "lina", Dept: "market"}, {Login: "zhaolei", Dept: "tech", HeadOf: []string{"tech"}}} {
			for _, q := range []string{"budg", "qa", "budg zeph", "budg 计划"} {
				rec := &recorder{Querier: db.SQL()}
				if _, _, err := store.In(rec).Search(ctx, v, search.QueryTerms(q), store.Page{Limit: 20}); err != nil {
					t.Fatal(err)
				}
				for _, call := range rec.calls {
					p := plan(t, db, call.query, call.args)
					if testing.Verbose() {
						t.Logf("%s\n%s", call.query, p)
					}
					var bad []string
					for _, l := range fullScans(db.Dialect(), p, "") {
						// SQLite's SCAN of a subquery's or a CTE's own rows (k, w0…, e) reads no table.
						if f := strings.Fields(l); len(f) >= 2 && !slices.Contains([]string{"search_terms", "cases", "case_access", "search_text"}, f[1]) && db.Dialect() == store.SQLite {
							continue
						}
						bad = append(bad, l)
					}
					if len(bad) > 0 {
						t.Errorf("%q reads a whole table %v:\n%s\n%s", q, bad, call.query, p)
					}
					if db.Dialect() == store.SQLite && strings.Contains(p, "search_terms") && !strings.Contains(p, "(term") {
						t.Errorf("%q does not read search_terms by its key:\n%s", q, p)
					}
					// Each walk reads its postings in case order and can stop at
					// the page: with sorting priced out, PostgreSQL sorts only the
					// union of the walks' pages (by c.id), never a posting list.
					if db.Dialect() == store.Postgres && strings.Contains(call.query, "ORDER BY s.case_id DESC") {
						if p := strings.Join(storetest.PlanInOrder(t, db, call.query, call.args), "\n"); sortsPostings.MatchString(p) {
							t.Errorf("%q sorts a posting list:\n%s\n%s", q, call.query, p)
						}
					}
				}
			}
		}
	})
}

// sortsPostings matches a PostgreSQL plan line that sorts search_terms rows.
var sortsPostings = regexp.MustCompile(`Sort Key: s(_\d+)?\.case_id`)

// TestWidePrefixPages: a prefix of many words, each in its own cases, pages
// newest first through every case once, however the words and the cases'
// ages interleave (the walks a batch at a time, bounded by the page).
func TestWidePrefixPages(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		var texts [][2]string
		for i := range 30 {
			w := "kw" + string(rune('a'+(i*7)%11)) // 11 words, spread over the cases' ages
			texts = append(texts, [2]string{"事项", w + " " + w + "x"})
		}
		ids := indexCases(t, db, texts)
		slices.Reverse(ids)
		for _, limit := range []int{1, 4, 7, 100} {
			var got []int64
			p := store.Page{Limit: limit}
			for {
				hits, next, err := db.Search(ctx, store.Viewer{Admin: true}, search.QueryTerms("kw"), p)
				if err != nil {
					t.Fatal(err)
				}
				for _, h := range hits {
					got = append(got, h.CaseID)
				}
				if next == "" {
					break
				}
				p.Cursor = next
			}
			if !slices.Equal(got, ids) {
				t.Errorf("pages of %d: %v, want %v", limit, got, ids)
			}
		}
	})
}

package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/search"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestSearchFromTheViewersCases: a member's search finds the same cases,
// page after page, whether each walk starts from the cases the member
// takes part in (when they are fewer than the term's postings) or walks
// the term's postings and tests each case — whole words, several words,
// prefixes; and the first way is taken.
func TestSearchFromTheViewersCases(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		rng := rand.New(rand.NewPCG(5, 8))
		words := []string{"budget", "budgets", "budge", "zephyr", "zeta", "合同", "审批", "预算", "printer", "print"}
		pick := func(n int) string {
			var ws []string
			for range n {
				ws = append(ws, words[rng.IntN(len(words))])
			}
			return strings.Join(ws, " ")
		}
		var texts [][2]string
		for range 90 {
			texts = append(texts, [2]string{pick(1 + rng.IntN(2)), pick(2 + rng.IntN(3))})
		}
		ids := indexCases(t, db, texts)
		logins, depts := []string{"a", "b", "c"}, []string{"x", "y"}
		for _, id := range ids {
			var access []store.Access
			for j := range rng.IntN(3) { // some cases are nobody's but the administrator's
				a := store.Access{Role: fmt.Sprintf("r%d", j)}
				if rng.IntN(3) > 0 {
					a.Login, a.Dept = logins[rng.IntN(len(logins))], depts[rng.IntN(len(depts))]
				} else {
					a.Dept, a.Anyone = depts[rng.IntN(len(depts))], true
				}
				access = append(access, a)
			}
			if err := db.Tx(ctx, func(tx store.Tx) error { return store.In(tx).ReplaceAccess(ctx, id, access) }); err != nil {
				t.Fatal(err)
			}
		}
		viewers := []store.Viewer{{Login: "a", Dept: "x"}, {Login: "b", Dept: "y"}, {Login: "c", Dept: "x", HeadOf: []string{"y"}}}
		queries := []string{"budget", "budg", "zeta 合同", "print", "审批 预算", "ze", "budget zephyr", "pri 合同"}
		find := func(q store.Querier, v store.Viewer, query string) []int64 {
			var found []int64
			for _, h := range readPages(t, func(cursor string) ([]store.Hit, string, error) {
				return store.In(q).Search(ctx, v, search.QueryTerms(query), store.Page{Limit: 3, Cursor: cursor})
			}) {
				found = append(found, h.CaseID)
			}
			return found
		}
		fromViewer, total := 0, 0
		for _, v := range viewers {
			for _, query := range queries {
				restore := store.SetFewCasesBound(-1) // never from the viewer's cases
				walked := find(db.SQL(), v, query)
				restore()
				rec := &recorder{Querier: db.SQL()}
				driven := find(rec, v, query)
				if !slices.Equal(driven, walked) {
					t.Errorf("%+v, %q:\n from the viewer's cases %v\n walking the postings     %v", v, query, driven, walked)
				}
				total += len(walked)
				if slices.ContainsFunc(rec.calls, func(c recorded) bool { return strings.Contains(c.query, "s.case_id IN (") }) {
					fromViewer++
				}
			}
		}
		if total == 0 || fromViewer == 0 {
			t.Errorf("found %d cases, %d searches started from the viewer's cases: the test shows nothing", total, fromViewer)
		}
	})
}

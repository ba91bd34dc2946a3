package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// The search index: search_terms holds, per term and case, a weight (how
// often the term occurs, a title's occurrences counting ten times);
// search_text holds the case's searchable text for snippets. Both are
// written in the case's own transaction, from terms the caller cut
// (internal/search), so SQLite and PostgreSQL hold the same index and
// answer the same.

// TitleWeight is how much more a term in the title counts.
const TitleWeight = 10

// IndexText adds terms (term → weight) and text to a case's index entry.
func (q Q) IndexText(ctx context.Context, caseID int64, terms map[string]int, text string) error {
	if len(terms) > 0 {
		keys := make([]string, 0, len(terms))
		for t := range terms {
			keys = append(keys, t)
		}
		sort.Strings(keys) // a stable order of locks on PostgreSQL
		for start := 0; start < len(keys); start += 200 {
			chunk := keys[start:min(len(keys), start+200)]
			args := make([]any, 0, 3*len(chunk))
			for _, t := range chunk {
				args = append(args, t, caseID, terms[t])
			}
			if err := q.write(ctx, "index", `INSERT INTO search_terms (term, case_id, weight) VALUES `+values(len(chunk), 3)+
				` ON CONFLICT (term, case_id) DO UPDATE SET weight = search_terms.weight + excluded.weight`, args...); err != nil {
				return err
			}
		}
	}
	if text == "" {
		return nil
	}
	return q.write(ctx, "index text", `INSERT INTO search_text (case_id, body) VALUES ($1, $2)
		ON CONFLICT (case_id) DO UPDATE SET body = search_text.body || $3 || excluded.body`, caseID, text, "\n")
}

// Unindexed returns up to limit ids of cases with no index entry yet
// (cases from before the index existed), oldest first.
func (q Q) Unindexed(ctx context.Context, limit int) ([]int64, error) {
	return column[int64](ctx, q, "unindexed", `SELECT c.id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM search_text s WHERE s.case_id = c.id) ORDER BY c.id LIMIT `+strconv.Itoa(limit))
}

// TitlePrefix marks the index terms of a case's title: "t:合同" beside
// "合同", so that cases with every word in the title are found first from
// their own, short, posting lists.
const TitlePrefix = "t:"

// Hit is one case a search found.
type Hit struct {
	CaseID  int64
	Key     string
	Title   string
	Process string
	State   string
	InTitle bool   // every term is in the title
	Text    string // the case's searchable text, for the snippet
}

// countCap bounds how far Search counts a term's cases when it picks the
// rarest term to start from.
const countCap = 2000

// SearchSQL is one phase of a search: the cases v may see holding every
// term (and not all of unless), newest first, after case id `after` (0: from the newest), at most
// limit. It walks the posting list of terms[0] — the rarest — backwards on
// the primary key (term, case_id) and checks the other terms by the same
// key, so it stops as soon as the page is full and never reads a table
// (TestSearchUsesTheIndex reads the plan on both dialects).
func SearchSQL(v Viewer, terms, unless []string, after int64, limit int) (string, []any) {
	args := []any{terms[0]}
	where := "s.term = $1"
	// A scalar subquery, not EXISTS: PostgreSQL would turn EXISTS into a
	// join that reads and sorts each term's whole posting list; a scalar
	// subquery stays a key lookup per candidate, in the walk's order.
	has := func(t string) string {
		args = append(args, t)
		return "(SELECT 1 FROM search_terms o WHERE o.term = $" + strconv.Itoa(len(args)) + " AND o.case_id = s.case_id) IS NOT NULL"
	}
	for _, t := range terms[1:] {
		where += " AND " + has(t)
	}
	if len(unless) > 0 {
		all := make([]string, len(unless))
		for i, t := range unless {
			all[i] = has(t)
		}
		where += " AND NOT (" + strings.Join(all, " AND ") + ")"
	}
	if after > 0 {
		args = append(args, after)
		where += " AND s.case_id < $" + strconv.Itoa(len(args))
	}
	cond, args := v.visible(args)
	// Visibility as a scalar lookup too: as EXISTS, PostgreSQL may start
	// from every case_access row of the viewer instead of the walk.
	if inner, ok := strings.CutPrefix(cond, "EXISTS ("); ok {
		cond = "(" + strings.TrimSuffix(inner, ")") + " LIMIT 1) IS NOT NULL"
	}
	q := `SELECT c.id, c.key, c.title, c.process, c.state, COALESCE(x.body, '')
		FROM search_terms s JOIN cases c ON c.id = s.case_id
		LEFT JOIN search_text x ON x.case_id = c.id
		WHERE ` + where + ` AND ` + cond + `
		ORDER BY s.case_id DESC LIMIT ` + strconv.Itoa(limit)
	return q, args
}

// termCounts counts how many cases hold each term, up to countCap, on the
// primary key alone, in one round trip.
func termCounts(ctx context.Context, q Querier, terms []string) (map[string]int64, error) {
	parts := make([]string, len(terms))
	args := make([]any, len(terms))
	for i, t := range terms {
		parts[i] = `(SELECT COUNT(*) FROM (SELECT 1 FROM search_terms WHERE term = $` + strconv.Itoa(i+1) + ` LIMIT ` + strconv.Itoa(countCap) + `) k)`
		args[i] = t
	}
	counts := make([]int64, len(terms))
	ptrs := make([]any, len(terms))
	for i := range counts {
		ptrs[i] = &counts[i]
	}
	if err := q.QueryRowContext(ctx, `SELECT `+strings.Join(parts, ", "), args...).Scan(ptrs...); err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	n := make(map[string]int64, len(terms))
	for i, t := range terms {
		n[t] = counts[i]
	}
	return n, nil
}

// rarestFirst orders terms by their counts, fewest first; nil when a term
// is in no case (nothing can be found).
func rarestFirst(terms []string, n map[string]int64) []string {
	for _, t := range terms {
		if n[t] == 0 {
			return nil
		}
	}
	out := append([]string(nil), terms...)
	sort.SliceStable(out, func(i, j int) bool { return n[out[i]] < n[out[j]] })
	return out
}

// Search returns one page of the cases v may see that hold every term:
// first those with every term in the title, newest first, then the others,
// newest first. The cursor holds the tier and the last case id.
func (q Q) Search(ctx context.Context, v Viewer, terms []string, p Page) ([]Hit, string, error) {
	if len(terms) == 0 {
		return nil, "", nil
	}
	// A cursor belongs to the query's terms, in any order.
	sorted := append([]string(nil), terms...)
	sort.Strings(sorted)
	name := "search\x00" + strings.Join(sorted, "\x00")
	cur, has, err := decodeListCursor(p.Cursor, "search", name)
	if err != nil {
		return nil, "", err
	}
	title := make([]string, len(terms))
	for i, t := range terms {
		title[i] = TitlePrefix + t
	}
	n, err := termCounts(ctx, q, append(append([]string(nil), terms...), title...))
	if err != nil {
		return nil, "", err
	}
	body := rarestFirst(terms, n)
	if body == nil {
		return nil, "", nil
	}
	title = rarestFirst(title, n)
	limit := p.size() + 1
	var out []Hit
	run := func(ts, unless []string, after int64, inTitle bool) error {
		query, args := SearchSQL(v, ts, unless, after, limit-len(out))
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("store: search: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			h := Hit{InTitle: inTitle}
			if err := rows.Scan(&h.CaseID, &h.Key, &h.Title, &h.Process, &h.State, &h.Text); err != nil {
				return fmt.Errorf("store: search: %w", err)
			}
			out = append(out, h)
		}
		return rows.Err()
	}
	// Tier 1 (cursor Num 0): every term in the title. Tier 2 (Num 1): the
	// others.
	after := int64(0)
	if has {
		after = cur.ID
	}
	if !has || cur.Num == 0 {
		if title != nil {
			if err := run(title, nil, after, true); err != nil {
				return nil, "", err
			}
		}
		after = 0
	}
	if len(out) < limit {
		if err := run(body, title, after, false); err != nil {
			return nil, "", err
		}
	}
	list, next := cut(out, p.size(), func(h Hit) cursorKey {
		k := cursorKey{Sort: "search", ID: h.CaseID, List: listDigest(name)}
		if !h.InTitle {
			k.Num = 1
		}
		return k
	})
	return list, next, nil
}

// VisibleCaseIDByKey finds the case with a key (XZ-2026-0001) if v may see it.
func (q Q) VisibleCaseIDByKey(ctx context.Context, v Viewer, key string) (int64, bool, error) {
	cond, args := v.visible([]any{key})
	var id int64
	err := q.QueryRowContext(ctx, `SELECT c.id FROM cases c WHERE c.key = $1 AND `+cond, args...).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("store: case by key: %w", err)
	}
	return id, true, nil
}

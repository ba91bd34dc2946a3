package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/search"
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

// Unindexed returns up to limit ids of cases above after with no index
// entry yet (cases from before the index existed), in id order. It walks
// the cases from after on, so a caller pages on with the last id it got.
func (q Q) Unindexed(ctx context.Context, after int64, limit int) ([]int64, error) {
	return column[int64](ctx, q, "unindexed", UnindexedSQL(limit), after)
}

// UnindexedSQL is Unindexed's statement; $1 is the id to start after.
func UnindexedSQL(limit int) string {
	return `SELECT c.id FROM cases c WHERE c.id > $1 AND NOT EXISTS (SELECT 1 FROM search_text s WHERE s.case_id = c.id) ORDER BY c.id LIMIT ` + strconv.Itoa(limit)
}

// SearchCheckedUpTo is the case id up to which every case is known to have
// its search entry (0: none checked yet).
func (q Q) SearchCheckedUpTo(ctx context.Context) (int64, error) {
	var upto int64
	err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(upto), 0) FROM search_checked`).Scan(&upto)
	if err != nil {
		return 0, fmt.Errorf("store: search checked: %w", err)
	}
	return upto, nil
}

// SetSearchCheckedUpTo records that every case up to id has its entry; it
// never moves the mark back.
func (q Q) SetSearchCheckedUpTo(ctx context.Context, id int64) error {
	_, err := q.ExecContext(ctx, `INSERT INTO search_checked (id, upto) VALUES (1, $1)
		ON CONFLICT (id) DO UPDATE SET upto = excluded.upto WHERE search_checked.upto < excluded.upto`, id)
	if err != nil {
		return fmt.Errorf("store: search checked: %w", err)
	}
	return nil
}

// LastCaseID is the highest case id (0: no case).
func (q Q) LastCaseID(ctx context.Context) (int64, error) {
	var id int64
	if err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM cases`).Scan(&id); err != nil {
		return 0, fmt.Errorf("store: last case: %w", err)
	}
	return id, nil
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
	Prefix  bool   // some word was found only as the start of a longer one
	Text    string // the case's searchable text, for the snippet
}

// countCap bounds how far Search counts a term's cases when it picks the
// rarest term to start from.
const countCap = 2000

// MaxPrefixTerms bounds how many indexed terms a prefix stands for: the
// first ones in code point order (a two-letter prefix in a large index
// may begin hundreds of words).
const MaxPrefixTerms = 64

// SearchSQL is one walk of a search: the cases v may see holding, for
// every group of terms, one of the group's terms (and not all of unless),
// newest first, below case id `after` (0: from the newest) and above
// `above` (0: to the oldest), at most limit. A group is one term, or the
// terms a prefix stands for; the first group is the one term walked. It
// walks that term's posting list backwards on the primary key (term,
// case_id) and checks the other groups by the same key, so it stops as
// soon as the page is full and never reads a table (TestSearchUsesTheIndex
// reads the plan on both dialects). With byViewer it starts instead from
// the cases v takes part in, when they are fewer than the term's postings
// (Search decides): a member who sees a few cases, searching a word in a
// million, looks up the word in each of them rather than testing each of
// the million.
func SearchSQL(v Viewer, terms [][]string, unless []string, after, above int64, limit int, byViewer bool) (string, []any) {
	where, args := searchWhere(v, terms[0][0], terms[1:], unless, after, above, nil, byViewer)
	return `SELECT c.id, c.key, c.title, c.process, c.state, COALESCE(x.body, '')
		FROM search_terms s JOIN cases c ON c.id = s.case_id
		LEFT JOIN search_text x ON x.case_id = c.id
		WHERE ` + where + `
		ORDER BY s.case_id DESC LIMIT ` + strconv.Itoa(limit), args
}

// SearchSQLs is SearchSQL for each of several first terms at once, the
// walks' rows one after another (UNION ALL) in one statement.
func SearchSQLs(v Viewer, firsts []string, others [][]string, unless []string, after, above int64, limit int, byViewer bool) (string, []any) {
	var args []any
	parts := make([]string, len(firsts))
	for i, t := range firsts {
		var where string
		where, args = searchWhere(v, t, others, unless, after, above, args, byViewer)
		parts[i] = `SELECT * FROM (SELECT c.id, c.key, c.title, c.process, c.state, COALESCE(x.body, '') body
		FROM search_terms s JOIN cases c ON c.id = s.case_id
		LEFT JOIN search_text x ON x.case_id = c.id
		WHERE ` + where + `
		ORDER BY s.case_id DESC LIMIT ` + strconv.Itoa(limit) + `) w` + strconv.Itoa(i)
	}
	return strings.Join(parts, "\nUNION ALL "), args
}

// searchWhere is the condition of one walk of SearchSQL, from the posting
// list of first; its parameters follow args.
func searchWhere(v Viewer, first string, others [][]string, unless []string, after, above int64, args []any, byViewer bool) (string, []any) {
	args = append(args, first)
	where := "s.term = $" + strconv.Itoa(len(args))
	// A scalar subquery, not EXISTS: PostgreSQL would turn EXISTS into a
	// join that reads and sorts each term's whole posting list; a scalar
	// subquery stays a key lookup per candidate (one per term of a
	// prefix's group), in the walk's order.
	has := func(ts []string) string {
		ph := make([]string, len(ts))
		for i, t := range ts {
			args = append(args, t)
			ph[i] = "$" + strconv.Itoa(len(args))
		}
		if len(ts) == 1 {
			return "(SELECT 1 FROM search_terms o WHERE o.term = " + ph[0] + " AND o.case_id = s.case_id) IS NOT NULL"
		}
		return "(SELECT 1 FROM search_terms o WHERE o.term IN (" + strings.Join(ph, ", ") + ") AND o.case_id = s.case_id LIMIT 1) IS NOT NULL"
	}
	for _, g := range others {
		where += " AND " + has(g)
	}
	if len(unless) > 0 {
		all := make([]string, len(unless))
		for i, t := range unless {
			all[i] = has([]string{t})
		}
		where += " AND NOT (" + strings.Join(all, " AND ") + ")"
	}
	if after > 0 {
		args = append(args, after)
		where += " AND s.case_id < $" + strconv.Itoa(len(args))
	}
	if above > 0 {
		args = append(args, above)
		where += " AND s.case_id > $" + strconv.Itoa(len(args))
	}
	if byViewer {
		// The viewer's cases, each looked up by the key (term, case_id).
		cond, args := v.visibleIn(args)
		return where + " AND s.case_id" + strings.TrimPrefix(cond, "c.id"), args
	}
	cond, args := v.visible(args)
	// Visibility as a scalar lookup too: as EXISTS, PostgreSQL may start
	// from every case_access row of the viewer instead of the walk.
	if inner, ok := strings.CutPrefix(cond, "EXISTS ("); ok {
		cond = "(" + strings.TrimSuffix(inner, ")") + " LIMIT 1) IS NOT NULL"
	}
	return where + " AND " + cond, args
}

// termCounts counts how many cases hold each term, and how many postings
// lie in each prefix's range, up to countCap, on the primary key alone, in
// one round trip.
func termCounts(ctx context.Context, q Querier, terms, prefixes []string) (map[string]int64, map[string]int64, error) {
	parts := make([]string, 0, len(terms)+len(prefixes))
	args := make([]any, 0, len(terms)+2*len(prefixes))
	lim := strconv.Itoa(countCap)
	for _, t := range terms {
		args = append(args, t)
		parts = append(parts, `(SELECT COUNT(*) FROM (SELECT 1 FROM search_terms WHERE term = $`+strconv.Itoa(len(args))+` LIMIT `+lim+`) k)`)
	}
	for _, p := range prefixes {
		args = append(args, p, search.PrefixEnd(p))
		parts = append(parts, `(SELECT COUNT(*) FROM (SELECT 1 FROM search_terms WHERE term >= $`+strconv.Itoa(len(args)-1)+` AND term < $`+strconv.Itoa(len(args))+` LIMIT `+lim+`) k)`)
	}
	counts := make([]int64, len(parts))
	ptrs := make([]any, len(parts))
	for i := range counts {
		ptrs[i] = &counts[i]
	}
	if err := q.QueryRowContext(ctx, `SELECT `+strings.Join(parts, ", "), args...).Scan(ptrs...); err != nil {
		return nil, nil, fmt.Errorf("store: search: %w", err)
	}
	n := make(map[string]int64, len(terms))
	for i, t := range terms {
		n[t] = counts[i]
	}
	r := make(map[string]int64, len(prefixes))
	for i, p := range prefixes {
		r[p] = counts[len(terms)+i]
	}
	return n, r, nil
}

// PrefixTermsSQL lists the first MaxPrefixTerms indexed terms that begin
// with a prefix: a loose walk of the primary key, one seek per distinct
// term (TestPrefixSearchUsesTheIndex reads its plan), never the postings.
func PrefixTermsSQL(prefix string) (string, []any) {
	end := search.PrefixEnd(prefix)
	return `WITH RECURSIVE e (term, n) AS (
			SELECT (SELECT MIN(term) FROM search_terms WHERE term >= $1 AND term < $2), 1
			UNION ALL
			SELECT (SELECT MIN(f.term) FROM search_terms f WHERE f.term > e.term AND f.term < $3), e.n + 1
			FROM e WHERE e.term IS NOT NULL AND e.n < ` + strconv.Itoa(MaxPrefixTerms) + `
		) SELECT term FROM e WHERE term IS NOT NULL`, []any{prefix, end, end}
}

// prefixTerms returns the indexed terms that begin with prefix
// (PrefixTermsSQL). The range is in the column's order; a term outside
// the prefix (a PostgreSQL collation other than C may order so) is dropped.
func prefixTerms(ctx context.Context, q Querier, prefix string) ([]string, error) {
	query, args := PrefixTermsSQL(prefix)
	list, err := column[string](ctx, q, "search prefix", query, args...)
	if err != nil {
		return nil, err
	}
	out := list[:0]
	for _, t := range list {
		if strings.HasPrefix(t, prefix) {
			out = append(out, t)
		}
	}
	return out, nil
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
// first those with every term whole in the title, then those with every
// term whole anywhere, then those where a prefix term (search.Term) is
// only the start of a longer word (budg → budget), each tier newest first.
// The cursor holds the tier and the last case id.
func (q Q) Search(ctx context.Context, v Viewer, terms []search.Term, p Page) ([]Hit, string, error) {
	if len(terms) == 0 {
		return nil, "", nil
	}
	words := make([]string, len(terms))
	var prefixes []string
	for i, t := range terms {
		words[i] = t.Text
		if t.Prefix {
			prefixes = append(prefixes, t.Text)
		}
	}
	// A cursor belongs to the query's terms, in any order.
	sorted := append([]string(nil), words...)
	sort.Strings(sorted)
	name := "search\x00" + strings.Join(sorted, "\x00")
	cur, has, err := decodeListCursor(p.Cursor, "search", name)
	if err != nil {
		return nil, "", err
	}
	title := make([]string, len(words))
	for i, t := range words {
		title[i] = TitlePrefix + t
	}
	n, ranges, err := termCounts(ctx, q, append(append([]string(nil), words...), title...), prefixes)
	if err != nil {
		return nil, "", err
	}
	body := rarestFirst(words, n)
	title = rarestFirst(title, n)
	// The prefix tier runs when every term is there (a prefix's range
	// holding postings) and some prefix's range holds more than its own
	// term's postings (counts up to countCap: equal counts at the cap may
	// differ, and the expansion decides).
	widen, missing := false, false
	for _, t := range terms {
		switch {
		case t.Prefix && ranges[t.Text] == 0, !t.Prefix && n[t.Text] == 0:
			missing = true
		case t.Prefix && (ranges[t.Text] > n[t.Text] || n[t.Text] == countCap):
			widen = true
		}
	}
	widen = widen && !missing
	if body == nil && !widen {
		return nil, "", nil
	}
	// A walk starts from the viewer's cases when they are fewer than the
	// postings of the term it would walk (a count at countCap is "many").
	mine, err := q.viewerRows(ctx, v)
	if err != nil {
		return nil, "", err
	}
	byViewer := func(postings int64) bool {
		return mine >= 0 && (int64(mine) < postings || postings >= countCap)
	}
	limit := p.size() + 1
	var out []Hit
	read := func(query string, args []any, tier int) ([]Hit, error) {
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, fmt.Errorf("store: search: %w", err)
		}
		defer rows.Close()
		var hits []Hit
		for rows.Next() {
			h := Hit{InTitle: tier == 0, Prefix: tier == 2}
			if err := rows.Scan(&h.CaseID, &h.Key, &h.Title, &h.Process, &h.State, &h.Text); err != nil {
				return nil, fmt.Errorf("store: search: %w", err)
			}
			hits = append(hits, h)
		}
		return hits, rows.Err()
	}
	run := func(ts [][]string, unless []string, after int64, tier int) error {
		query, args := SearchSQL(v, ts, unless, after, 0, limit-len(out), byViewer(n[ts[0][0]]))
		hits, err := read(query, args, tier)
		out = append(out, hits...)
		return err
	}
	// The prefix tier walks each term of the rarest group: one, one, two,
	// four … at a time (one statement each time); once the page is full,
	// the next walks stop at its oldest case, so that a prefix of many
	// common words reads about a page per statement, not per word.
	runPrefix := func(gs [][]string, postings int64, after int64) error {
		need := limit - len(out)
		var page []Hit
		var above int64
		for from, size := 0, 1; from < len(gs[0]); from, size = from+size, max(1, from+size) {
			batch := gs[0][from:min(len(gs[0]), from+size)]
			query, args := SearchSQLs(v, batch, gs[1:], body, after, above, need, byViewer(postings))
			hits, err := read(query, args, 2)
			if err != nil {
				return err
			}
			for _, h := range hits {
				if !slices.ContainsFunc(page, func(p Hit) bool { return p.CaseID == h.CaseID }) {
					page = append(page, h)
				}
			}
			sort.Slice(page, func(i, j int) bool { return page[i].CaseID > page[j].CaseID })
			if len(page) >= need {
				page = page[:need]
				above = page[need-1].CaseID
			}
		}
		out = append(out, page...)
		return nil
	}
	// Tier 0 (cursor Num 0): every term whole in the title. Tier 1 (Num 1):
	// every term whole. Tier 2 (Num 2): the others where each prefix is the
	// start of some word.
	tier, after := 0, int64(0)
	if has {
		tier, after = int(cur.Num), cur.ID
	}
	for ; tier <= 2 && len(out) < limit; tier, after = tier+1, 0 {
		switch {
		case tier == 0 && title != nil:
			err = run(groups(title), nil, after, 0)
		case tier == 1 && body != nil:
			err = run(groups(body), title, after, 1)
		case tier == 2 && widen:
			err = q.searchPrefixes(ctx, terms, n, ranges, func(gs [][]string, postings int64) error { return runPrefix(gs, postings, after) })
		}
		if err != nil {
			return nil, "", err
		}
	}
	list, next := cut(out, p.size(), func(h Hit) cursorKey {
		k := cursorKey{Sort: "search", ID: h.CaseID, List: listDigest(name)}
		switch {
		case h.Prefix:
			k.Num = 2
		case !h.InTitle:
			k.Num = 1
		}
		return k
	})
	return list, next, nil
}

// groups makes each term a group of its own, for SearchSQL.
func groups(terms []string) [][]string {
	out := make([][]string, len(terms))
	for i, t := range terms {
		out[i] = []string{t}
	}
	return out
}

// searchPrefixes calls run with the prefix tier's groups, rarest first
// (and the postings counted for the first):
// each prefix term stands for the indexed terms it begins (up to
// MaxPrefixTerms), each other term for itself. It does not call run when a
// prefix begins no term, or only itself.
func (q Q) searchPrefixes(ctx context.Context, terms []search.Term, n, ranges map[string]int64, run func(gs [][]string, postings int64) error) error {
	type group struct {
		terms []string
		count int64
	}
	gs := make([]group, len(terms))
	wider := false
	for i, t := range terms {
		if !t.Prefix {
			gs[i] = group{[]string{t.Text}, n[t.Text]}
			continue
		}
		list, err := prefixTerms(ctx, q, t.Text)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return nil
		}
		wider = wider || len(list) > 1 || list[0] != t.Text
		gs[i] = group{list, ranges[t.Text]}
	}
	if !wider { // every prefix stands for itself alone: the whole-word tiers found it all
		return nil
	}
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].count < gs[j].count })
	out := make([][]string, len(gs))
	for i, g := range gs {
		out[i] = g.terms
	}
	return run(out, gs[0].count)
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

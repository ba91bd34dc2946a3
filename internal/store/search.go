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
func IndexText(ctx context.Context, q Querier, caseID int64, terms map[string]int, text string) error {
	if len(terms) > 0 {
		keys := make([]string, 0, len(terms))
		for t := range terms {
			keys = append(keys, t)
		}
		sort.Strings(keys) // a stable order of locks on PostgreSQL
		for start := 0; start < len(keys); start += 200 {
			chunk := keys[start:min(len(keys), start+200)]
			var b strings.Builder
			args := make([]any, 0, 3*len(chunk))
			b.WriteString(`INSERT INTO search_terms (term, case_id, weight) VALUES `)
			for i, t := range chunk {
				if i > 0 {
					b.WriteString(", ")
				}
				n := len(args)
				fmt.Fprintf(&b, "($%d, $%d, $%d)", n+1, n+2, n+3)
				args = append(args, t, caseID, terms[t])
			}
			b.WriteString(` ON CONFLICT (term, case_id) DO UPDATE SET weight = search_terms.weight + excluded.weight`)
			if _, err := q.ExecContext(ctx, b.String(), args...); err != nil {
				return fmt.Errorf("store: index: %w", err)
			}
		}
	}
	if text == "" {
		return nil
	}
	_, err := q.ExecContext(ctx, `INSERT INTO search_text (case_id, body) VALUES ($1, $2)
		ON CONFLICT (case_id) DO UPDATE SET body = search_text.body || $3 || excluded.body`, caseID, text, "\n")
	if err != nil {
		return fmt.Errorf("store: index text: %w", err)
	}
	return nil
}

// Unindexed returns up to limit ids of cases with no index entry yet
// (cases from before the index existed), oldest first.
func Unindexed(ctx context.Context, q Querier, limit int) ([]int64, error) {
	rows, err := q.QueryContext(ctx, `SELECT c.id FROM cases c WHERE NOT EXISTS (SELECT 1 FROM search_text s WHERE s.case_id = c.id) ORDER BY c.id LIMIT `+strconv.Itoa(limit))
	if err != nil {
		return nil, fmt.Errorf("store: unindexed: %w", err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// Hit is one case a search found.
type Hit struct {
	CaseID  int64
	Key     string
	Title   string
	Process string
	State   string
	Score   int64
	Text    string // the case's searchable text, for the snippet
}

// SearchSQL is the query that finds the cases v may see holding every one
// of terms, best first: the weight of the terms, then the newest. It reads
// search_terms by its primary key (term, case_id) and cases by id, never a
// whole table (TestSearchUsesTheIndex reads the plan on both dialects).
func SearchSQL(v Viewer, terms []string, p Page) (string, []any, error) {
	cur, has, err := decodeCursor(p.Cursor, "search")
	if err != nil {
		return "", nil, err
	}
	var args []any
	ph := make([]string, len(terms))
	for i, t := range terms {
		args = append(args, t)
		ph[i] = "$" + strconv.Itoa(len(args))
	}
	args = append(args, len(terms))
	having := "$" + strconv.Itoa(len(args))
	cond, args := v.visible(args)
	where := cond
	if has {
		args = append(args, cur.Num, cur.ID)
		s, id := "$"+strconv.Itoa(len(args)-1), "$"+strconv.Itoa(len(args))
		where += " AND (t.score < " + s + " OR (t.score = " + s + " AND t.case_id < " + id + "))"
	}
	// The best page of ids first; only then the texts of those few.
	q := `SELECT c.id, c.key, c.title, c.process, c.state, top.score, COALESCE(x.body, '')
		FROM (SELECT t.case_id, t.score
		      FROM (SELECT case_id, SUM(weight) AS score FROM search_terms WHERE term IN (` + strings.Join(ph, ", ") + `)
		            GROUP BY case_id HAVING COUNT(*) = ` + having + `) t
		      JOIN cases c ON c.id = t.case_id
		      WHERE ` + where + `
		      ORDER BY t.score DESC, t.case_id DESC LIMIT ` + strconv.Itoa(p.size()+1) + `) top
		JOIN cases c ON c.id = top.case_id
		LEFT JOIN search_text x ON x.case_id = c.id
		ORDER BY top.score DESC, c.id DESC`
	return q, args, nil
}

// Search returns one page of the cases v may see that hold every term.
func Search(ctx context.Context, q Querier, v Viewer, terms []string, p Page) ([]Hit, string, error) {
	if len(terms) == 0 {
		return nil, "", nil
	}
	query, args, err := SearchSQL(v, terms, p)
	if err != nil {
		return nil, "", err
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, "", fmt.Errorf("store: search: %w", err)
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.CaseID, &h.Key, &h.Title, &h.Process, &h.State, &h.Score, &h.Text); err != nil {
			return nil, "", fmt.Errorf("store: search: %w", err)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, "", err
	}
	out, next := cut(out, p.size(), func(h Hit) cursorKey { return cursorKey{Sort: "search", Num: h.Score, ID: h.CaseID} })
	return out, next, nil
}

// CaseIDByKey finds the case with a key (XZ-2026-0001) if v may see it.
func CaseIDByKey(ctx context.Context, q Querier, v Viewer, key string) (int64, bool, error) {
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

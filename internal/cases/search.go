package cases

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/search"
	"github.com/liaison-dev/liaison/internal/store"
)

// SearchHit is one case a search found (CONTRACT §11).
type SearchHit struct {
	CaseID    int64
	Key       string
	Title     string
	Process   string
	State     string
	StateName process.Text
	// Snippet is HTML: the text escaped, the match in <mark>.
	Snippet string
}

// keyPattern matches a case key, e.g. XZ-2026-0001.
var keyPattern = regexp.MustCompile(`^[A-Za-z]{1,8}-\d{4}-\d{3,}$`)

// IsCaseKey reports whether q is written as a case key.
func IsCaseKey(q string) bool { return keyPattern.MatchString(strings.TrimSpace(q)) }

// Search finds the cases v may see whose title, fields, comments, minutes
// or attachment names hold q, best first. A case key finds that case
// first. A query with nothing to search for (punctuation, one Chinese
// character) is a 422.
func (s *Service) Search(ctx context.Context, v store.Viewer, q string, p store.Page) (ListPage[SearchHit], error) {
	q = strings.TrimSpace(q)
	if n := len([]rune(q)); n == 0 || n > 200 {
		return ListPage[SearchHit]{}, problem.FieldsKey("problem.what_to_search_for", map[string]string{"q": "reason.1_to_200_characters"})
	}
	terms := search.QueryTerms(q)
	if len(terms) == 0 {
		return ListPage[SearchHit]{}, problem.FieldsKey("problem.at_least_two_chinese_characters_or", map[string]string{"q": "reason.two_chinese_or_one_word"})
	}
	db := s.cfg.DB
	out := ListPage[SearchHit]{Items: []SearchHit{}}
	if IsCaseKey(q) && p.Cursor == "" {
		id, ok, err := db.VisibleCaseIDByKey(ctx, v, strings.ToUpper(q))
		if err != nil {
			return out, err
		}
		if ok {
			row, err := db.LoadCase(ctx, id)
			if err != nil {
				return out, err
			}
			out.Items = append(out.Items, s.hit(store.Hit{CaseID: id, Key: row.Key, Title: row.Title, Process: row.Process, State: row.State}, q))
			return out, nil
		}
	}
	hits, next, err := db.Search(ctx, v, terms, p)
	if err != nil {
		return out, PageErr(err)
	}
	for _, h := range hits {
		out.Items = append(out.Items, s.hit(h, q))
	}
	out.Next = next
	return out, nil
}

func (s *Service) hit(h store.Hit, q string) SearchHit {
	out := SearchHit{CaseID: h.CaseID, Key: h.Key, Title: h.Title, Process: h.Process, State: h.State}
	if d, ok := s.cfg.Processes.Get(h.Process); ok {
		if st := d.State(h.State); st != nil {
			out.StateName = st.Name
		}
	}
	if sn, ok := search.Snippet(h.Title, q, 80); ok {
		out.Snippet = sn
	} else if sn, ok := search.Snippet(h.Text, q, 80); ok {
		out.Snippet = sn
	} else {
		out.Snippet, _ = search.Snippet(h.Title, h.Title, 80)
	}
	return out
}

// index adds what a decision wrote to the case's search entry, in the
// case's transaction: the title when new or changed, and every text of
// the new events (opening fields, action fields such as minutes, comments).
func index(ctx context.Context, tx store.Tx, c *process.Case, oldTitle string, events []process.Event) error {
	terms := map[string]int{}
	var text []string
	if c.Title != oldTitle {
		for t, n := range search.Terms(c.Title) {
			terms[t] += n * store.TitleWeight
			terms[store.TitlePrefix+t] += n
		}
	}
	for _, e := range events {
		var parts []string
		texts(e.Fields, &parts)
		if e.Comment != "" {
			parts = append(parts, e.Comment)
		}
		for _, p := range parts {
			for t, n := range search.Terms(p) {
				terms[t] += n
			}
		}
		text = append(text, parts...)
	}
	if len(terms) == 0 && len(text) == 0 {
		return nil
	}
	return store.In(tx).IndexText(ctx, c.ID, terms, strings.Join(text, "\n"))
}

// IndexAttachment adds an attachment's name to its case's search entry;
// the attachment's upload calls it in its transaction.
func IndexAttachment(ctx context.Context, q store.Querier, caseID int64, name string) error {
	return store.In(q).IndexText(ctx, caseID, search.Terms(name), name)
}

// texts collects the strings in a decoded JSON value, in a stable order.
func texts(v any, out *[]string) {
	switch x := v.(type) {
	case string:
		if strings.TrimSpace(x) != "" {
			*out = append(*out, x)
		}
	case []any:
		for _, e := range x {
			texts(e, out)
		}
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			texts(x[k], out)
		}
	}
}

// Reindex builds the search entry of every case that has none (cases from
// before the index), from their title and events; a few hundred at a time.
// It looks only above the id up to which an earlier pass found every case
// indexed, so that a start costs the cases added since, not all of them;
// a case opened since has its entry from its own commit, and the mark
// only moves past cases that were checked.
func (s *Service) Reindex(ctx context.Context) (int, error) {
	db := s.cfg.DB
	checked, err := db.SearchCheckedUpTo(ctx)
	if err != nil {
		return 0, err
	}
	after := checked
	top, err := db.LastCaseID(ctx) // cases above it may still be committing; the next pass looks at them
	if err != nil {
		return 0, err
	}
	done := 0
	for {
		ids, err := db.Unindexed(ctx, after, 200)
		if err != nil {
			return done, err
		}
		if len(ids) == 0 {
			after = max(after, top)
			if after == checked {
				return done, nil
			}
			return done, db.Tx(ctx, func(tx store.Tx) error { return store.In(tx).SetSearchCheckedUpTo(ctx, after) })
		}
		for _, id := range ids {
			after = id
			err := s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
				row, err := store.In(tx).LoadCase(ctx, id)
				if err != nil {
					return err
				}
				evs, err := store.In(tx).CaseEvents(ctx, id)
				if err != nil {
					return err
				}
				list := make([]process.Event, len(evs))
				for i, e := range evs {
					list[i] = e.Event
				}
				if err := index(ctx, tx, &row.Case, "", list); err != nil {
					return err
				}
				// A case without any text still gets its entry, so it is not
				// read again.
				return store.In(tx).IndexText(ctx, id, nil, " ")
			})
			if err != nil {
				return done, fmt.Errorf("cases: reindex %d: %w", id, err)
			}
			done++
		}
	}
}

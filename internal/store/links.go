package store

import (
	"context"
	"fmt"
	"time"
)

// CaseLink is one link of a case to another: a request it raised, the case
// it was forwarded from, the order an accepted quotation became.
type CaseLink struct {
	CaseID, OtherID int64
	Kind            string // raised, raised_from, forwarded, forwarded_from, ordered, ordered_from
	Actor           string
	CreatedAt       time.Time
	// Of the other case, filled by CaseLinks.
	Key, Title, Process, State string
	Terminal                   bool
	Visible                    bool // the viewer may see the other case
}

// InsertCaseLink links from to to in both directions, inside the caller's
// transaction: kind on from's side, kind+"_from" on to's.
func (q Q) InsertCaseLink(ctx context.Context, from, to int64, kind, actor string, at time.Time) error {
	for _, l := range []struct {
		a, b int64
		kind string
	}{{from, to, kind}, {to, from, kind + "_from"}} {
		if _, err := q.ExecContext(ctx, `INSERT INTO case_links (case_id, other_id, kind, actor, created_at) VALUES ($1, $2, $3, $4, $5)`,
			l.a, l.b, l.kind, actor, micros(at)); err != nil {
			return fmt.Errorf("store: link cases: %w", err)
		}
	}
	return nil
}

// CaseLinks lists the links of case id, oldest first, each with the other
// case's key, title, process and state, and whether v may see it.
func (q Q) CaseLinks(ctx context.Context, v Viewer, id int64) ([]CaseLink, error) {
	cond, args := v.visible([]any{id})
	rows, err := q.QueryContext(ctx, `SELECT l.case_id, l.other_id, l.kind, l.actor, l.created_at, c.key, c.title, c.process, c.state, c.terminal,
		CASE WHEN `+cond+` THEN 1 ELSE 0 END
		FROM case_links l JOIN cases c ON c.id = l.other_id WHERE l.case_id = $1 ORDER BY l.created_at, l.other_id`, args...)
	if err != nil {
		return nil, fmt.Errorf("store: case links: %w", err)
	}
	defer rows.Close()
	var out []CaseLink
	for rows.Next() {
		var l CaseLink
		var at int64
		var visible int
		if err := rows.Scan(&l.CaseID, &l.OtherID, &l.Kind, &l.Actor, &at, &l.Key, &l.Title, &l.Process, &l.State, &l.Terminal, &visible); err != nil {
			return nil, err
		}
		l.CreatedAt, l.Visible = fromMicros(at), visible == 1
		out = append(out, l)
	}
	return out, rows.Err()
}

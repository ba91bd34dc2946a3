package cases

import (
	"context"
	"fmt"

	"github.com/liaison-dev/liaison/internal/store"
)

// Score is one satisfaction score (1–5) a customer gave: at the callback
// after a project's delivery, or when confirming a complaint solved.
type Score struct {
	CaseID  int64
	Key     string
	Title   string
	Process string
	Score   int
	Comment string
}

// Satisfaction is a party's scores over the cases the viewer may see, with
// their average to one decimal ("" without a score).
type Satisfaction struct {
	Scores  []Score
	Average string
}

// maxScorePages bounds how many pages of a party's cases are read for its
// scores (500 cases a page).
const maxScorePages = 20

// Satisfaction collects the satisfaction scores the cases of party hold,
// among the cases v may see, newest case first.
func (s *Service) Satisfaction(ctx context.Context, v store.Viewer, party string) (Satisfaction, error) {
	out := Satisfaction{Scores: []Score{}}
	now, err := s.Now(ctx)
	if err != nil {
		return out, err
	}
	f := Filter{Party: party, Limit: store.MaxPage}
	sum := 0
	for range maxScorePages {
		sf, err := s.storeFilter(v, f, now)
		if err != nil {
			return out, err
		}
		rows, next, err := s.cfg.DB.ListCases(ctx, v, sf)
		if err != nil {
			return out, PageErr(err)
		}
		for _, r := range rows {
			var n float64
			switch x := r.Fields["satisfaction"].(type) {
			case float64:
				n = x
			case int64:
				n = float64(x)
			case int:
				n = float64(x)
			}
			if n < 1 || n > 5 {
				continue
			}
			sc := Score{CaseID: r.ID, Key: r.Key, Title: r.Title, Process: r.Process, Score: int(n)}
			sc.Comment, _ = r.Fields["satisfaction_comment"].(string)
			out.Scores = append(out.Scores, sc)
			sum += sc.Score
		}
		if next == "" {
			break
		}
		f.Cursor = next
	}
	if len(out.Scores) > 0 {
		out.Average = fmt.Sprintf("%.1f", float64(sum)/float64(len(out.Scores)))
	}
	return out, nil
}

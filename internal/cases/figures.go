package cases

import (
	"context"
	"slices"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// ManagementDept is the department that reads every case and every
// figure (CONTRACT §10).
const ManagementDept = "management"

// StatsRow is one department's and process's figures (CONTRACT §11).
type StatsRow struct {
	Dept                    string
	Process                 string
	Opened                  int
	Closed                  int
	OverdueNow              int
	StepsDue                int
	StepsOnTime             int
	OnTimeRate              *float64
	MedianResponseWorkhours *float64
}

// Stats is what GET /api/v1/stats answers (web/wire shapes its JSON).
type Stats struct {
	From string
	To   string
	Rows []StatsRow
}

// StatsQuery is what the caller asks: the days from–to inclusive
// (YYYY-MM-DD, Asia/Shanghai) and optionally one department.
type StatsQuery struct {
	From, To string
	Dept     string
}

// Period is a figures period read from StatsQuery: [From, To) in the
// calendar's zone.
type Period struct {
	From, To       time.Time
	FromDay, ToDay string
}

// period reads and checks the days; empty ones default to the last 30 days.
func (s *Service) period(q StatsQuery, now time.Time) (Period, error) {
	loc := s.Calendar().Location()
	today := now.In(loc).Format("2006-01-02")
	if q.To == "" {
		q.To = today
	}
	bad := map[string]string{}
	to, err := time.ParseInLocation("2006-01-02", q.To, loc)
	if err != nil {
		bad["to"] = "reason.a_date_yyyy_mm_dd"
	}
	if q.From == "" && err == nil {
		q.From = to.AddDate(0, 0, -29).Format("2006-01-02")
	}
	from, err := time.ParseInLocation("2006-01-02", q.From, loc)
	if err != nil {
		bad["from"] = "reason.a_date_yyyy_mm_dd"
	}
	if len(bad) == 0 && to.Before(from) {
		bad["to"] = "reason.not_before_from"
	}
	if len(bad) == 0 && to.Sub(from) > 3*366*24*time.Hour {
		bad["from"] = "reason.at_most_three_years_before_to"
	}
	if len(bad) > 0 {
		return Period{}, problem.FieldsKey("problem.invalid_period", bad)
	}
	return Period{From: from, To: to.AddDate(0, 0, 1), FromDay: q.From, ToDay: q.To}, nil
}

// FigureScope returns the departments whose figures v may see: nil for
// all (administrators and 管理层), a head's departments and those below
// them, nothing for anyone else.
func (s *Service) FigureScope(ctx context.Context, v store.Viewer) ([]string, error) {
	if v.Admin || v.ReadAll || v.Dept == ManagementDept {
		return nil, nil
	}
	if len(v.Oversees) > 0 {
		return append([]string(nil), v.Oversees...), nil
	}
	if len(v.HeadOf) == 0 {
		return []string{}, nil
	}
	return s.below(ctx, v.HeadOf)
}

// below returns depts and every department under them in the tree.
func (s *Service) below(ctx context.Context, depts []string) ([]string, error) {
	out := append([]string(nil), depts...)
	children, err := s.cfg.DB.DepartmentChildren(ctx)
	if err != nil {
		return nil, err
	}
	for i := 0; i < len(out); i++ {
		for _, c := range children[out[i]] {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out, nil
}

// scopeFor checks that v may see dept's figures (403 otherwise) and returns
// the departments to compute: dept alone, or all v may see.
func (s *Service) scopeFor(ctx context.Context, v store.Viewer, dept string) ([]string, error) {
	scope, err := s.FigureScope(ctx, v)
	if err != nil {
		return nil, err
	}
	if scope != nil && len(scope) == 0 {
		return nil, problem.Key(problem.Forbidden, "problem.figures_are_for_heads_and_management")
	}
	if dept == "" {
		return scope, nil
	}
	if scope != nil && !slices.Contains(scope, dept) {
		return nil, problem.Key(problem.Forbidden, "problem.not_your_department_s_figures")
	}
	return []string{dept}, nil
}

// Stats computes the figures of CONTRACT §11 for v: a step is a waiting
// step with a deadline, counted for the department of who owes it, due in
// the period if its deadline falls in it, on time if done by it.
func (s *Service) Stats(ctx context.Context, v store.Viewer, q StatsQuery) (Stats, error) {
	now, err := s.Now(ctx)
	if err != nil {
		return Stats{}, err
	}
	p, err := s.period(q, now)
	if err != nil {
		return Stats{}, err
	}
	depts, err := s.scopeFor(ctx, v, q.Dept)
	if err != nil {
		return Stats{}, err
	}
	rows, err := s.cfg.DB.Figures(ctx, store.FigureQuery{From: p.From, To: p.To, Now: now, Depts: depts})
	if err != nil {
		return Stats{}, err
	}
	out := Stats{From: p.FromDay, To: p.ToDay, Rows: []StatsRow{}}
	for _, r := range rows {
		sr := StatsRow{Dept: r.Dept, Process: r.Process, Opened: r.Opened, Closed: r.Closed, OverdueNow: r.OverdueNow, StepsDue: r.StepsDue, StepsOnTime: r.StepsOnTime}
		if r.StepsDue > 0 {
			rate := float64(r.StepsOnTime) / float64(r.StepsDue)
			sr.OnTimeRate = &rate
		}
		if r.MedianWorkMinutes != nil {
			h := *r.MedianWorkMinutes / 60
			sr.MedianResponseWorkhours = &h
		}
		out.Rows = append(out.Rows, sr)
	}
	return out, nil
}

// Figures is what the figures page shows: the rows of the period, the
// last twelve weeks' trend and each person's open steps.
type Figures struct {
	Stats
	Weeks    []WeekTrend
	Workload []store.Load
	Steps    []StepFigure
	Scope    []string // the departments v may see; nil = all
}

// StepFigure is how one kind of step was kept in the period: the state
// (or item) waited in, the deadline the definition gives it, due and on time.
type StepFigure struct {
	Process, State string
	Deadline       string // e.g. "24h", "3 workdays", "committed_by"
	Due, OnTime    int
}

// WeekTrend is one week of the trend.
type WeekTrend struct {
	Monday      string // YYYY-MM-DD
	StepsDue    int
	StepsOnTime int
	Opened      int
}

// Figures computes the figures page for v: Stats for q, and the trend of
// the twelve weeks up to this one, and the workload, for q.Dept or all the
// departments v may see.
func (s *Service) Figures(ctx context.Context, v store.Viewer, q StatsQuery) (Figures, error) {
	st, err := s.Stats(ctx, v, q)
	if err != nil {
		return Figures{}, err
	}
	now, err := s.Now(ctx)
	if err != nil {
		return Figures{}, err
	}
	depts, err := s.scopeFor(ctx, v, q.Dept)
	if err != nil {
		return Figures{}, err
	}
	scope, err := s.FigureScope(ctx, v)
	if err != nil {
		return Figures{}, err
	}
	loc := s.Calendar().Location()
	local := now.In(loc)
	monday := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, loc).AddDate(0, 0, -((int(local.Weekday()) + 6) % 7))
	first := monday.AddDate(0, 0, -7*11)
	fq := store.FigureQuery{From: first, Now: now, Depts: depts}
	weeks, err := s.cfg.DB.Weekly(ctx, fq, 12)
	if err != nil {
		return Figures{}, err
	}
	load, err := s.cfg.DB.Workload(ctx, fq)
	if err != nil {
		return Figures{}, err
	}
	p, err := s.period(q, now)
	if err != nil {
		return Figures{}, err
	}
	steps, err := s.cfg.DB.StepFigures(ctx, store.FigureQuery{From: p.From, To: p.To, Now: now, Depts: depts})
	if err != nil {
		return Figures{}, err
	}
	out := Figures{Stats: st, Workload: load, Scope: scope}
	for _, sf := range steps {
		f := StepFigure{Process: sf.Process, State: sf.State, Due: sf.Due, OnTime: sf.OnTime}
		if d, ok := s.cfg.Processes.Get(sf.Process); ok {
			if st := d.State(sf.State); st != nil && st.Deadline != nil {
				switch dl := st.Deadline; {
				case dl.In != "":
					f.Deadline = dl.In
				case dl.InBy != nil:
					f.Deadline = dl.InBy.Default
				default:
					f.Deadline = dl.AtField
				}
			}
		}
		out.Steps = append(out.Steps, f)
	}
	for _, w := range weeks {
		out.Weeks = append(out.Weeks, WeekTrend{Monday: first.AddDate(0, 0, 7*w.Week).Format("2006-01-02"), StepsDue: w.StepsDue, StepsOnTime: w.StepsOnTime, Opened: w.Opened})
	}
	return out, nil
}

package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
)

// handleDeadline serves GET /api/v1/calendar/deadline?from=RFC3339 and one
// of workdays=N, hours=N, workhours=N.
func (s *Server) handleDeadline(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	bad := map[string]string{}
	from, err := time.Parse(time.RFC3339, q.Get("from"))
	if err != nil {
		bad["from"] = "reason.rfc3339_with_offset_eg"
	} else if y := from.Year(); y < process.MinYear || y > process.MaxYear {
		bad["from"] = "reason.year_must_be_2000_to"
	}
	var span calendar.Span
	given := 0
	for _, p := range []struct {
		name string
		unit calendar.Unit
	}{{"workdays", calendar.Workdays}, {"hours", calendar.Hours}, {"workhours", calendar.WorkHours}} {
		raw := q.Get(p.name)
		if raw == "" {
			continue
		}
		given++
		n, err := strconv.Atoi(raw)
		if err != nil || n < 0 || n > calendar.MaxSpan {
			bad[p.name] = i18n.Ref("reason.whole_number_0_to_max_span", calendar.MaxSpan)
			continue
		}
		span = calendar.Span{N: n, Unit: p.unit}
	}
	if given != 1 {
		bad["workdays"] = "reason.give_one_span"
	}
	if len(bad) > 0 {
		s.fail(w, r, problem.FieldsKey("problem.invalid_parameters", bad))
		return
	}
	cal := s.Cases.Calendar()
	due := cal.Add(from, span).In(cal.Location())
	if due.Year() > process.MaxYear {
		s.fail(w, r, problem.FieldsKey("problem.invalid_parameters", map[string]string{span.Unit.String(): i18n.Ref("reason.deadline_after_max_year", process.MaxYear)}))
		return
	}
	WriteJSON(w, http.StatusOK, map[string]string{"due_at": due.In(cal.Location()).Format(time.RFC3339)})
}

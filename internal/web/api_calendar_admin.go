package web

import (
	"errors"
	"io"
	"net/http"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/problem"
)

// handleCalendarOverrides serves GET /api/v1/admin/calendar: the
// administrator's overrides and whether the coming year has official data.
func (s *Server) handleCalendarOverrides(w http.ResponseWriter, r *http.Request) {
	list, err := s.Store.CalendarOverrides(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if list == nil {
		list = []calendar.Override{}
	}
	now, err := s.Cases.Now(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	cal := s.Cases.Calendar()
	next := now.In(cal.Location()).Year() + 1
	WriteJSON(w, http.StatusOK, map[string]any{"overrides": list, "next_year": next, "next_year_has_data": cal.HasOfficialData(next)})
}

// handleCalendarImport serves POST /api/v1/admin/calendar: a holiday-cn
// JSON file as the body, imported whole or refused whole, in force at once.
func (s *Server) handleCalendarImport(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBody))
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		s.fail(w, r, problem.New(problem.TooLarge, "body over 1 MiB"))
		return
	}
	if err != nil {
		s.fail(w, r, problem.New(problem.Malformed, "cannot read the body"))
		return
	}
	n, err := s.Cases.ImportCalendar(r.Context(), data)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.audit(r, "calendar_import", "", map[string]any{"days": n})
	WriteJSON(w, http.StatusOK, map[string]int{"imported": n})
}

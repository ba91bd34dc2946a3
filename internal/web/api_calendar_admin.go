package web

import (
	"net/http"
)

// handleCalendarOverrides serves GET /api/v1/admin/calendar: the
// administrator's overrides and whether the coming year has official data.
func (s *Server) handleCalendarOverrides(w http.ResponseWriter, r *http.Request) {
	list, err := s.Admin.CalendarOverrides(r.Context(), caller(r))
	if err != nil {
		s.fail(w, r, err)
		return
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
	data, err := readBody(w, r, MaxBody)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n, err := s.Admin.ImportCalendar(r.Context(), caller(r), data)
	s.answer(w, r, http.StatusOK, map[string]int{"imported": n}, err)
}

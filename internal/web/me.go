package web

import "net/http"

// meResponse is the caller as GET /api/v1/me shows it.
type meResponse struct {
	Login      string   `json:"login"`
	Name       string   `json:"name"`
	Email      string   `json:"email"`
	Department *string  `json:"department"` // null for users without one (the administrator)
	HeadOf     []string `json:"head_of"`
	Admin      bool     `json:"admin"`
	Roles      []string `json:"roles"`
	Lang       string   `json:"lang"`
	// CalendarKey opens the caller's feed GET /api/v1/me/calendar.ics?key=… (CONTRACT §12).
	CalendarKey string `json:"calendar_key,omitempty"`
}

// handleMe serves GET /api/v1/me.
func (s *Server) handleMe(w http.ResponseWriter, r *http.Request) {
	u, _ := UserFrom(r.Context())
	resp := meResponse{Login: u.Login, Name: u.Name, Email: u.Email, HeadOf: u.HeadOf, Admin: u.Admin, Roles: u.Roles, Lang: u.Lang}
	if u.Dept != "" {
		resp.Department = &u.Dept
	}
	if resp.HeadOf == nil {
		resp.HeadOf = []string{}
	}
	if resp.Roles == nil {
		resp.Roles = []string{}
	}
	if s.Reach != nil {
		key, err := s.Reach.CalendarKey(r.Context(), actorOf(u))
		if err != nil {
			s.fail(w, r, err)
			return
		}
		resp.CalendarKey = key
	}
	WriteJSON(w, http.StatusOK, resp)
}

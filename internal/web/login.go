package web

import (
	"net/http"

	"github.com/liaison-dev/liaison/internal/problem"
)

type loginRequest struct {
	Login    string `json:"login"`
	Password string `json:"password"`
}

type loginResponse struct {
	Token string `json:"token"`
}

// handleLogin serves POST /api/v1/login: credentials in, bearer token out.
func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {
	var req loginRequest
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	missing := map[string]string{}
	if req.Login == "" {
		missing["login"] = "reason.required"
	}
	if req.Password == "" {
		missing["password"] = "reason.required"
	}
	if len(missing) > 0 {
		s.fail(w, r, problem.FieldsKey("problem.login_and_password_required", missing))
		return
	}
	token, _, err := s.Auth.Login(r.Context(), req.Login, req.Password, ClientIP(r))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	WriteJSON(w, http.StatusOK, loginResponse{Token: token})
}

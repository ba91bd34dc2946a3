package web

import (
	"context"
	"io"
	"net/http"
	"strings"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// MaxImport is the largest import file accepted (10,000 rows fit easily).
const MaxImport = 16 << 20

// handleAdminChecks: what of the organisation the process definitions rely
// on is missing (docs/api.md, Administration).
func (s *Server) handleAdminChecks(w http.ResponseWriter, r *http.Request) {
	c, err := s.Admin.Checks(r.Context(), caller(r), s.Cases.Processes().All())
	s.answer(w, r, http.StatusOK, c, err)
}

func (s *Server) handleDepartments(w http.ResponseWriter, r *http.Request) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, next, err := s.Admin.DepartmentsPage(r.Context(), caller(r), pg)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeList(w, r, list, next)
}

func (s *Server) handleCreateDepartment(w http.ResponseWriter, r *http.Request) {
	var req admin.DepartmentInput
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	d, err := s.Admin.CreateDepartment(r.Context(), caller(r), req)
	s.answer(w, r, http.StatusCreated, d, err)
}

func (s *Server) handleUpdateDepartment(w http.ResponseWriter, r *http.Request) {
	var req admin.DepartmentInput
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	d, err := s.Admin.UpdateDepartment(r.Context(), caller(r), r.PathValue("id"), req)
	s.answer(w, r, http.StatusOK, d, err)
}

func (s *Server) handleDeleteDepartment(w http.ResponseWriter, r *http.Request) {
	s.answer(w, r, http.StatusNoContent, nil, s.Admin.DeleteDepartment(r.Context(), caller(r), r.PathValue("id")))
}

func (s *Server) handleUsers(w http.ResponseWriter, r *http.Request) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, next, err := s.Admin.UsersPage(r.Context(), caller(r), pg)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeList(w, r, list, next)
}

func (s *Server) handleCreateUser(w http.ResponseWriter, r *http.Request) {
	var req admin.UserInput
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	u, err := s.Admin.CreateUser(r.Context(), caller(r), req)
	s.answer(w, r, http.StatusCreated, u, err)
}

func (s *Server) handleUpdateUser(w http.ResponseWriter, r *http.Request) {
	var req admin.UserInput
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	u, err := s.Admin.UpdateUser(r.Context(), caller(r), r.PathValue("login"), req)
	s.answer(w, r, http.StatusOK, u, err)
}

func (s *Server) handleDuties(w http.ResponseWriter, r *http.Request) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, next, err := s.Admin.DutiesPage(r.Context(), caller(r), r.PathValue("login"), s.Cases.Calendar().Location(), pg)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := make([]dutyJSON, 0, len(list))
	for _, d := range list {
		out = append(out, dutyJSON{CaseID: d.CaseID, Key: d.Key, Title: d.Title, Process: d.Process, State: d.State, Role: d.Role, Acts: d.Acts,
			DueAt: wire.StampOrNull(d.DueAt)})
	}
	writeList(w, r, out, next)
}

// dutyJSON is one row of GET /api/v1/admin/users/{login}/duties.
type dutyJSON struct {
	CaseID  int64   `json:"case_id"`
	Key     string  `json:"key"`
	Title   string  `json:"title"`
	Process string  `json:"process"`
	State   string  `json:"state"`
	Role    string  `json:"role"`
	Acts    bool    `json:"acts"`
	DueAt   *string `json:"due_at"`
}

func (s *Server) handleIdentities(w http.ResponseWriter, r *http.Request) {
	list, err := s.Admin.Identities(r.Context(), caller(r), r.PathValue("login"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeSlice(s, w, r, list, "identities "+r.PathValue("login"), func(i admin.Identity) string { return i.Issuer + "\x00" + i.Subject })
}

func (s *Server) handleLinkIdentity(w http.ResponseWriter, r *http.Request) {
	var req admin.IdentityInput
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	id, err := s.Admin.LinkIdentity(r.Context(), caller(r), r.PathValue("login"), req)
	s.answer(w, r, http.StatusCreated, id, err)
}

// handleUnlinkIdentity serves DELETE …/identities?subject=S[&issuer=I].
func (s *Server) handleUnlinkIdentity(w http.ResponseWriter, r *http.Request) {
	in := admin.IdentityInput{Issuer: r.URL.Query().Get("issuer"), Subject: r.URL.Query().Get("subject")}
	s.answer(w, r, http.StatusNoContent, nil, s.Admin.UnlinkIdentity(r.Context(), caller(r), r.PathValue("login"), in))
}

func (s *Server) handleAdminParties(w http.ResponseWriter, r *http.Request) {
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, next, err := s.Admin.AdminPartiesPage(r.Context(), caller(r), pg)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeList(w, r, list, next)
}

func (s *Server) handleCreateParty(w http.ResponseWriter, r *http.Request) {
	var req admin.PartyInput
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := s.Admin.CreateParty(r.Context(), caller(r), req)
	s.answer(w, r, http.StatusCreated, p, err)
}

func (s *Server) handleUpdateParty(w http.ResponseWriter, r *http.Request) {
	var req admin.PartyInput
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := s.Admin.UpdateParty(r.Context(), caller(r), r.PathValue("id"), req)
	s.answer(w, r, http.StatusOK, p, err)
}

// readBody reads a whole request body up to limit: 413 beyond it.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		return nil, decodeProblem(err)
	}
	return data, nil
}

func (s *Server) handleImportUsers(w http.ResponseWriter, r *http.Request) {
	s.handleImport(w, r, s.Admin.ImportUsers)
}

func (s *Server) handleImportParties(w http.ResponseWriter, r *http.Request) {
	s.handleImport(w, r, s.Admin.ImportParties)
}

// handleImport serves the imports of CONTRACT §10: the body is the CSV or
// XLSX file; ?dry_run=1 shows what would change and writes nothing.
func (s *Server) handleImport(w http.ResponseWriter, r *http.Request, run func(context.Context, auth.User, []byte, string, bool) (admin.ImportResult, error)) {
	// A form upload (curl -F) was read as a CSV of its multipart framing
	// and refused with a CSV quoting error on "row 2".
	if strings.HasPrefix(strings.ToLower(r.Header.Get("Content-Type")), "multipart/") {
		s.fail(w, r, problem.Key(problem.Malformed, "problem.import_not_a_form"))
		return
	}
	data, err := readBody(w, r, MaxImport)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	dry := r.URL.Query().Get("dry_run")
	if dry != "" && dry != "0" && dry != "1" && dry != "true" && dry != "false" {
		s.fail(w, r, problem.FieldsKey("problem.invalid_dry_run", map[string]string{"dry_run": "reason.one_or_zero"}))
		return
	}
	res, err := run(r.Context(), caller(r), data, strings.ToLower(r.Header.Get("Content-Type")), dry == "1" || dry == "true")
	s.answer(w, r, http.StatusOK, res, err)
}

type reassignRequest struct {
	Role  string `json:"role"`
	Login string `json:"login"`
}

// handleReassign serves POST /api/v1/cases/{id}/reassign (CONTRACT §10).
func (s *Server) handleReassign(w http.ResponseWriter, r *http.Request) {
	id, err := caseID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var req reassignRequest
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	v, err := s.Cases.Reassign(r.Context(), actorOf(caller(r)), id, req.Role, req.Login)
	s.answer(w, r, http.StatusOK, wire.CaseOf(v), err)
}

type passwordRequest struct {
	Old string `json:"old"`
	New string `json:"new"`
}

// handleMyPassword serves POST /api/v1/me/password: 204; the caller's other
// sessions and tokens end, the one used stays.
func (s *Server) handleMyPassword(w http.ResponseWriter, r *http.Request) {
	var req passwordRequest
	if err := DecodeJSON(w, r, &req); err != nil {
		s.fail(w, r, err)
		return
	}
	s.answer(w, r, http.StatusNoContent, nil, s.Admin.ChangePassword(r.Context(), caller(r), req.Old, req.New, token(r)))
}

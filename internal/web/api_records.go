package web

import (
	"bytes"
	"io"
	"mime"
	"net/http"
	"strconv"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// recordRoutes registers attachments, the archive bundle and the
// database check (CONTRACT §7, §11).
func (s *Server) recordRoutes() {
	if s.Records == nil {
		return
	}
	s.mux.HandleFunc("GET /api/v1/cases/{id}/archive", s.requireUser(s.handleArchive))
	s.mux.HandleFunc("GET /api/v1/cases/{id}/attachments", s.requireUser(s.handleAttachments))
	s.mux.HandleFunc("POST /api/v1/cases/{id}/attachments", s.requireUser(s.handleAttach))
	s.mux.HandleFunc("GET /api/v1/cases/{id}/attachments/{aid}", s.requireUser(s.handleAttachment))
	s.mux.HandleFunc("POST /api/v1/admin/verify", s.requireUser(s.handleVerify))
	s.mux.HandleFunc("GET /api/v1/cases/export.xlsx", s.requireUser(s.handleExport))
}

// handleExport answers the case list, with the list's filters, as an
// Excel workbook.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	f, err := s.listFilter(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var buf bytes.Buffer
	done, err := s.Records.Export(r.Context(), s.caller(r), f, &buf)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	// How many cases the sheet holds, and whether more passed the filter
	// than an export holds (records.MaxExportRows; the sheet says so too).
	h.Set("X-Export-Rows", strconv.Itoa(done.Rows))
	if done.Truncated {
		h.Set("X-Export-Truncated", "true")
	}
	h.Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": "cases.xlsx"}))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	_, _ = buf.WriteTo(w) // the status is out; a failed write means the client went away
}

func (s *Server) caller(r *http.Request) process.Actor {
	u, _ := UserFrom(r.Context())
	return actorOf(u)
}

func (s *Server) handleArchive(w http.ResponseWriter, r *http.Request) {
	id, err := caseID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b, err := s.Records.Bundle(r.Context(), s.caller(r), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "application/zip")
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": b.Name()}))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	if err := b.WriteTo(r.Context(), w); err != nil {
		// The status is out: the client sees a truncated ZIP, which verify refuses.
		s.Logger.ErrorContext(r.Context(), "archive bundle", "case", id, "err", err)
	}
}

func (s *Server) handleAttachments(w http.ResponseWriter, r *http.Request) {
	id, err := caseID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	pg, err := pageOf(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, next, err := s.Records.Attachments(r.Context(), s.caller(r), id, pg)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := make([]AttachmentJSON, 0, len(list))
	for _, a := range list {
		out = append(out, AttachmentOf(a))
	}
	writeList(w, r, out, next)
}

// handleAttach streams the "file" part of a multipart body to the service.
func (s *Server) handleAttach(w http.ResponseWriter, r *http.Request) {
	id, err := caseID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	LimitUpload(w, r, s.Records.MaxAttachment())
	up, err := ReadUpload(r)
	if err == nil {
		var a records.Attachment
		if a, err = s.Records.Attach(r.Context(), s.caller(r), id, up); err == nil {
			WriteJSON(w, http.StatusCreated, AttachmentOf(a))
			return
		}
	}
	s.fail(w, r, err)
}

func (s *Server) handleAttachment(w http.ResponseWriter, r *http.Request) {
	id, err := caseID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	aid, err := strconv.ParseInt(r.PathValue("aid"), 10, 64)
	if err != nil || aid <= 0 {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.no_such_attachment"))
		return
	}
	a, body, err := s.Records.Open(r.Context(), s.caller(r), id, aid)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.Type)
	h.Set("Content-Length", strconv.FormatInt(a.Size, 10))
	// Always a download, never shown inline, whatever the file claims to be.
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": a.Name}))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
	h.Set("Cache-Control", "private, no-store")
	w.WriteHeader(http.StatusOK)
	if _, err := io.Copy(w, body); err != nil {
		s.Logger.WarnContext(r.Context(), "attachment download", "attachment", aid, "err", err)
	}
}

// handleVerify serves POST /api/v1/admin/verify?case=KEY&after=ID: one
// case, or every case from the one after ID for up to
// the records service's budget (20 s); "next" says where to go on when it stopped early.
func (s *Server) handleVerify(w http.ResponseWriter, r *http.Request) {
	after, err := records.ParseAfter(r.URL.Query().Get("after"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rep, next, err := s.Records.VerifyPass(r.Context(), s.caller(r), r.URL.Query().Get("case"), after)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := map[string]any{"ok": rep.OK(), "report": rep}
	if next != 0 {
		out["next"] = next
	}
	WriteJSON(w, http.StatusOK, out)
}

// AttachmentJSON is an attachment on the wire (CONTRACT §2: its time in
// +08:00); the portal answers an upload with it too.
type AttachmentJSON struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Size     int64  `json:"size"`
	SHA256   string `json:"sha256"`
	Type     string `json:"type"`
	Uploader string `json:"uploader,omitempty"`
	Action   string `json:"action,omitempty"`
	At       string `json:"at,omitempty"`
}

// AttachmentOf shapes an attachment for the wire.
func AttachmentOf(a records.Attachment) AttachmentJSON {
	return AttachmentJSON{ID: a.ID, Name: a.Name, Size: a.Size, SHA256: a.SHA256, Type: a.Type, Uploader: a.Uploader, Action: a.Action, At: wire.Stamp(a.At)}
}

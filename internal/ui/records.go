package ui

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/web"
)

// recordsView is what the case page shows of a case's records: its
// attachments, the upload form, and the archive bundle once it has ended.
type recordsView struct {
	Attachments []records.Attachment
	CanArchive  bool
	MaxMiB      int64
	Actions     []option // the actions now open to the visitor that deliver something, to attach a file to
}

// caseRecords loads the records part of the case page.
func (u *UI) caseRecords(r *http.Request, c cases.View) (recordsView, error) {
	if u.Records == nil {
		return recordsView{}, nil
	}
	vis := visitorFrom(r.Context())
	var list []records.Attachment
	var err error
	for p := (cases.Page{}); ; { // every attachment, page by page
		var page []records.Attachment
		page, p.Cursor, err = u.Records.Attachments(r.Context(), vis.actor(), c.ID, p)
		list = append(list, page...)
		if err != nil || p.Cursor == "" {
			break
		}
	}
	rv := recordsView{Attachments: list, CanArchive: c.Terminal, MaxMiB: u.Records.MaxAttachment() >> 20}
	if d, ok := u.Cases.Processes().Get(c.Process); ok {
		for _, aid := range c.Actions {
			if a := d.Action(aid); records.Deliverable(a) {
				rv.Actions = append(rv.Actions, option{Value: aid, Label: inLang(a.Name, vis.Lang)})
			}
		}
	}
	return rv, err
}

// handleAttach serves POST /cases/{id}/attachments: the file is streamed
// to the records service, then back to the case page.
func (u *UI) handleAttach(w http.ResponseWriter, r *http.Request) {
	id, ok := u.caseID(r)
	if !ok || u.Records == nil {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	web.LimitUpload(w, r, u.Records.MaxAttachment())
	up, err := web.ReadUpload(r)
	if err == nil {
		_, err = u.Records.Attach(r.Context(), visitorFrom(r.Context()).actor(), id, up)
	}
	if err != nil {
		// A file refused (too large, none chosen) is said on the case page,
		// with its forms, not on a dead-end error page.
		lang := visitorFrom(r.Context()).Lang
		switch code := problem.CodeOf(err); code {
		case problem.TooLarge:
			u.showCase(w, r, web.Status(code), "", u.cat.T(lang, "case.upload_too_large", u.Records.MaxAttachment()>>20), formState{})
		case problem.Malformed, problem.Invalid:
			u.showCase(w, r, web.Status(code), "", message(problem.As(err), lang), formState{})
		default:
			u.fail(w, r, err)
		}
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/cases/%d#attachments-h", id), http.StatusSeeOther)
}

// keysView is the records administration page: the signing keys and the
// result of the last check of the database.
type keysView struct {
	Keys    []records.KeyInfo
	Checked bool
	Report  archive.Report
	Next    int64 // the check stopped after this case id; 0: done
	// A check of every case in passes (Next): the counts of all the
	// passes so far, this one included, and the problems the earlier
	// passes found (each listed on its own pass's page), carried from
	// pass to pass by the form.
	Total   archive.Report
	Earlier int
	SoFar   int // Earlier and this pass's problems
}

// carried reads the counts of the earlier passes of a check from the form
// (none on a first pass).
func carried(r *http.Request) (archive.Report, int, error) {
	var n [4]int
	for i, name := range []string{"events", "signatures", "attachments", "problems"} {
		raw := r.PostFormValue(name)
		if raw == "" {
			continue
		}
		v, err := strconv.Atoi(raw)
		if err != nil || v < 0 {
			return archive.Report{}, 0, problem.FieldsKey("problem.invalid_parameters", map[string]string{name: "reason.must_be_positive_number"})
		}
		n[i] = v
	}
	return archive.Report{Events: n[0], Signatures: n[1], Attachments: n[2]}, n[3], nil
}

// handleRecordsAdmin serves GET /admin/records and, with POST, runs the
// check of the live database (administrators only).
func (u *UI) handleRecordsAdmin(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	if u.Records == nil {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	var kv keysView
	var err error
	if r.Method == http.MethodPost {
		kv.Checked = true
		after, err := records.ParseAfter(r.PostFormValue("after"))
		if err == nil {
			kv.Total, kv.Earlier, err = carried(r)
		}
		if err == nil {
			kv.Report, kv.Next, err = u.Records.VerifyPass(r.Context(), vis.actor(), r.PostFormValue("case"), after)
		}
		if err != nil {
			u.fail(w, r, err)
			return
		}
		kv.Total.Events += kv.Report.Events
		kv.Total.Signatures += kv.Report.Signatures
		kv.Total.Attachments += kv.Report.Attachments
		kv.SoFar = kv.Earlier + kv.Report.Found()
	}
	if kv.Keys, err = u.Records.KeysFor(r.Context(), vis.actor()); err != nil {
		u.fail(w, r, err)
		return
	}
	u.render(w, r, http.StatusOK, "records", "records.title", view{Nav: "admin", V: &kv})
}

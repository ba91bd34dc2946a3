package records

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/liaison-dev/liaison/internal/i18n"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// chunkSize is how much of a file is read, hashed and stored at a time.
const chunkSize = 256 << 10

// Attachment is a file attached to a case (CONTRACT §11).
type Attachment struct {
	ID       int64
	Name     string
	Size     int64
	SHA256   string
	Type     string // sniffed from the content, never taken from the name
	Uploader string
	Action   string
	At       time.Time // in the calendar's zone
}

// attachmentOf is the row as the service hands it out (web shapes its
// JSON), its time in the calendar's zone.
func (s *Service) attachmentOf(a store.AttachmentRow) Attachment {
	return Attachment{ID: a.ID, Name: a.Name, Size: a.Size, SHA256: a.SHA256, Type: a.Type, Uploader: a.Uploader, Action: a.Action,
		At: a.CreatedAt.In(s.cfg.Cases.Calendar().Location())}
}

// Upload is a file on its way in.
type Upload struct {
	Name   string
	Body   io.Reader
	Action string // optional: the action the file belongs to (a delivery's deliverable)
}

// CheckName refuses a file name that is empty, too long, not UTF-8, or
// holds path separators, control characters or bidirectional controls
// (which can make "exe.pdf" read as "fdp.exe").
func CheckName(name string) error {
	bad := func(why string) error {
		return problem.FieldsKey("problem.bad_file_name", map[string]string{"file": why})
	}
	switch {
	case strings.TrimSpace(name) == "":
		return bad("reason.file_name_empty")
	case len(name) > 255:
		return bad("reason.file_name_too_long")
	case !utf8.ValidString(name):
		return bad("reason.file_name_not_utf8")
	case strings.ContainsAny(name, `/\`), name == ".", name == "..":
		return bad("reason.file_name_has_path")
	}
	for _, r := range name {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			return bad("reason.file_name_control")
		}
	}
	return nil
}

// Attach stores a file on case id for actor, who must be able to comment
// on it: see it (NotFound otherwise) and not merely read it as management
// (Forbidden). The
// file is streamed: read, hashed and stored a chunk at a time, each chunk
// in its own short transaction so that a slow upload holds no lock; the
// record that lists it, an event in the case's hash chain and the audit
// entry are written together at the end. An empty file or a bad name is
// Invalid, a file over the limit TooLarge; either way nothing is kept.
func (s *Service) Attach(ctx context.Context, actor process.Actor, id int64, up Upload) (Attachment, error) {
	if err := CheckName(up.Name); err != nil {
		return Attachment{}, err
	}
	if up.Action != "" {
		if err := s.checkAction(ctx, actor, id, up.Action); err != nil {
			return Attachment{}, err
		}
	}
	if err := s.cfg.Cases.MayComment(ctx, actor, id); err != nil {
		return Attachment{}, err
	}
	return s.attach(ctx, actor, id, up)
}

// AttachParty stores a file that an external party sends through its
// link (a supplier's quote sheet, a stamped contract): only while the case
// waits for the party on an action that delivers something, and the file
// belongs to that action (up.Action, or the first such action). Forbidden
// otherwise; NotFound for a case that is not the party's.
func (s *Service) AttachParty(ctx context.Context, actor process.Actor, id int64, up Upload) (Attachment, error) {
	if err := CheckName(up.Name); err != nil {
		return Attachment{}, err
	}
	v, err := s.cfg.Cases.PortalView(ctx, id, actor.Party)
	if err != nil {
		return Attachment{}, err
	}
	d, ok := s.cfg.Cases.Processes().Get(v.Process)
	var allowed []string
	for _, aid := range v.Actions {
		if ok && Deliverable(d.Action(aid)) {
			allowed = append(allowed, aid)
		}
	}
	switch {
	case len(allowed) == 0:
		return Attachment{}, problem.Key(problem.Forbidden, "problem.case_does_not_wait_for_file")
	case up.Action == "":
		up.Action = allowed[0]
	case !slices.Contains(allowed, up.Action):
		return Attachment{}, problem.FieldsKey("problem.this_action_takes_no_file_from", map[string]string{"action": i18n.Ref("reason.allowed", strings.Join(allowed, ", "))})
	}
	actor.Login = ""
	return s.attach(ctx, actor, id, up)
}

// attach streams up into the database once the caller may attach it.
func (s *Service) attach(ctx context.Context, actor process.Actor, id int64, up Upload) (Attachment, error) {
	row := store.AttachmentRow{CaseID: id, Action: up.Action, Name: up.Name, Uploader: who(actor), CreatedAt: s.now(ctx)}
	var err error
	if row.ID, err = s.cfg.DB.BeginAttachment(ctx, row); err != nil {
		return Attachment{}, err
	}
	if err := s.fill(ctx, &row, up.Body); err != nil {
		s.drop(row.ID)
		return Attachment{}, err
	}
	err = s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		ev := process.Event{At: row.CreatedAt, Actor: who(actor), Type: "attachment", Action: up.Action,
			Fields: map[string]any{"id": row.ID, "name": row.Name, "size": row.Size, "sha256": row.SHA256, "type": row.Type}}
		seq, err := s.cfg.Cases.Note(ctx, tx, actor, id, ev)
		if err != nil {
			return err
		}
		// The name is found by search (CONTRACT §11), from this commit on.
		if err := cases.IndexAttachment(ctx, tx, id, row.Name); err != nil {
			return err
		}
		row.EventSeq = seq
		if err := store.In(tx).FinishAttachment(ctx, row); err != nil {
			return err
		}
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: row.CreatedAt, Actor: who(actor), Action: "attachment_added", Target: itoa(id),
			IP: store.IPFrom(ctx), Detail: map[string]any{"id": row.ID, "name": row.Name, "size": row.Size, "sha256": row.SHA256}})
	})
	if err != nil {
		s.drop(row.ID)
		return Attachment{}, err
	}
	return s.attachmentOf(row), nil
}

// fill reads body into the attachment's chunks, hashing and sniffing as
// it goes.
func (s *Service) fill(ctx context.Context, row *store.AttachmentRow, body io.Reader) error {
	h := sha256.New()
	buf := make([]byte, chunkSize)
	for n := 0; ; n++ {
		k, err := io.ReadFull(body, buf)
		if k > 0 {
			if row.Size+int64(k) > s.cfg.MaxAttachment {
				return problem.Key(problem.TooLarge, "problem.file_is_larger_than_bytes", s.cfg.MaxAttachment)
			}
			if n == 0 {
				row.Type = http.DetectContentType(buf[:k])
			}
			h.Write(buf[:k])
			row.Size += int64(k)
			chunk := buf[:k]
			if err := s.cfg.DB.Tx(ctx, func(tx store.Tx) error { return store.In(tx).PutChunk(ctx, row.ID, n, chunk) }); err != nil {
				return err
			}
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			break
		}
		if err != nil {
			return tooLarge(err)
		}
	}
	if row.Size == 0 {
		return problem.FieldsKey("problem.file_is_empty", map[string]string{"file": "reason.empty_file"})
	}
	row.SHA256 = hex.EncodeToString(h.Sum(nil))
	return nil
}

// tooLarge turns the HTTP layer's body limit into TooLarge; any other
// read error is the client going away.
func tooLarge(err error) error {
	var p *problem.Error
	if errors.As(err, &p) {
		return err // the upload's reader saw what was wrong (web.ReadUpload)
	}
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return problem.Key(problem.TooLarge, "problem.body_too_large", mb.Limit)
	}
	return problem.Key(problem.Malformed, "problem.upload_cut_off", err)
}

// drop removes a failed upload's rows; the request's context may be gone.
func (s *Service) drop(id int64) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.cfg.DB.Tx(ctx, func(tx store.Tx) error { return store.In(tx).DropAttachment(ctx, id) }); err != nil {
		s.cfg.Logger.Error("records: dropping a failed upload", "attachment", id, "err", err)
	}
}

// checkAction allows an attachment to name an action of the case's
// process that produces a deliverable (one with a deliverables or
// evidence field, or a document), that the actor may perform or has
// performed.
func (s *Service) checkAction(ctx context.Context, actor process.Actor, id int64, action string) error {
	v, err := s.cfg.Cases.Get(ctx, cases.ViewerOf(actor), id)
	if err != nil {
		return err
	}
	d, ok := s.cfg.Cases.Processes().Get(v.Process)
	a := (*process.Action)(nil)
	if ok {
		a = d.Action(action)
	}
	if a == nil || !Deliverable(a) {
		return problem.FieldsKey("problem.this_action_takes_no_attachments", map[string]string{"action": "reason.not_action_that_delivers_something"})
	}
	return nil
}

// Deliverable reports whether an action produces something to attach: a
// delivery, a submitted solution, contract or quote, a report, evidence.
func Deliverable(a *process.Action) bool {
	if a == nil {
		return false
	}
	for _, f := range a.Fields {
		switch f.Name {
		case "deliverables", "evidence", "quote", "scope", "summary", "resolution", "plan",
			"signer_name": // a contract signed through the link: its stamped scan
			return true
		}
	}
	return false
}

// Attachments lists the files of case id, to whoever may see it.
func (s *Service) Attachments(ctx context.Context, actor process.Actor, id int64, p store.Page) ([]Attachment, string, error) {
	if err := s.cfg.Cases.Visible(ctx, cases.ViewerOf(actor), id); err != nil {
		return nil, "", err
	}
	rows, next, err := s.cfg.DB.CaseAttachmentsPage(ctx, id, p)
	if err != nil {
		return nil, "", cases.PageErr(err)
	}
	out := make([]Attachment, 0, len(rows))
	for _, a := range rows {
		out = append(out, s.attachmentOf(a))
	}
	return out, next, nil
}

// Open returns attachment aid of case id and a reader of its bytes, to
// whoever may see the case (NotFound otherwise, as for a missing file).
func (s *Service) Open(ctx context.Context, actor process.Actor, id, aid int64) (Attachment, io.Reader, error) {
	if err := s.cfg.Cases.Visible(ctx, cases.ViewerOf(actor), id); err != nil {
		return Attachment{}, nil, err
	}
	a, err := s.cfg.DB.CaseAttachment(ctx, id, aid)
	if err != nil {
		return Attachment{}, nil, dberr.Problem(err, "thing.attachment")
	}
	return s.attachmentOf(a), s.cfg.DB.AttachmentReader(ctx, a.ID), nil
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

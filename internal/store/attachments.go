package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
)

// AttachmentRow is a file attached to a case, without its bytes.
type AttachmentRow struct {
	ID        int64
	CaseID    int64
	EventSeq  int // 0 while the upload is under way
	Action    string
	Name      string
	Size      int64
	SHA256    string
	Type      string
	Uploader  string
	CreatedAt time.Time
}

// BeginAttachment inserts the row of an upload under way (EventSeq 0, so
// nobody lists it) and returns its id.
func (q Q) BeginAttachment(ctx context.Context, a AttachmentRow) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `INSERT INTO attachments (case_id, action, name, size, sha256, type, uploader, created_at)
		VALUES ($1, $2, $3, 0, '', '', $4, $5) RETURNING id`, a.CaseID, a.Action, a.Name, a.Uploader, micros(a.CreatedAt)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("store: attachment: %w", err)
	}
	return id, nil
}

// PutChunk stores the n-th piece of an attachment's bytes.
func (q Q) PutChunk(ctx context.Context, id int64, n int, data []byte) error {
	if _, err := q.ExecContext(ctx, `INSERT INTO attachment_chunks (attachment_id, n, data) VALUES ($1, $2, $3)`, id, n, data); err != nil {
		return fmt.Errorf("store: attachment chunk: %w", err)
	}
	return nil
}

// FinishAttachment records what the upload came to and the event that
// lists it.
func (q Q) FinishAttachment(ctx context.Context, a AttachmentRow) error {
	if _, err := q.ExecContext(ctx, `UPDATE attachments SET size = $1, sha256 = $2, type = $3, event_seq = $4 WHERE id = $5`,
		a.Size, a.SHA256, a.Type, a.EventSeq, a.ID); err != nil {
		return fmt.Errorf("store: attachment: %w", err)
	}
	return nil
}

// DropAttachment deletes an attachment and its bytes (a failed upload).
func (q Q) DropAttachment(ctx context.Context, id int64) error {
	if _, err := q.ExecContext(ctx, `DELETE FROM attachment_chunks WHERE attachment_id = $1`, id); err != nil {
		return fmt.Errorf("store: drop attachment: %w", err)
	}
	if _, err := q.ExecContext(ctx, `DELETE FROM attachments WHERE id = $1`, id); err != nil {
		return fmt.Errorf("store: drop attachment: %w", err)
	}
	return nil
}

const attachmentColumns = `id, case_id, event_seq, action, name, size, sha256, type, uploader, created_at`

func scanAttachment(row interface{ Scan(...any) error }) (AttachmentRow, error) {
	var a AttachmentRow
	var created int64
	err := row.Scan(&a.ID, &a.CaseID, &a.EventSeq, &a.Action, &a.Name, &a.Size, &a.SHA256, &a.Type, &a.Uploader, &created)
	a.CreatedAt = fromMicros(created)
	return a, err
}

// CaseAttachments lists a case's finished attachments, oldest first.
func (q Q) CaseAttachments(ctx context.Context, caseID int64) ([]AttachmentRow, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+attachmentColumns+` FROM attachments WHERE case_id = $1 AND event_seq > 0 ORDER BY id`, caseID)
	if err != nil {
		return nil, fmt.Errorf("store: attachments: %w", err)
	}
	defer rows.Close()
	var out []AttachmentRow
	for rows.Next() {
		a, err := scanAttachment(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// CaseAttachmentsPage is one page of CaseAttachments (CONTRACT §2): keyset
// on the id, read one row past the page.
func (q Q) CaseAttachmentsPage(ctx context.Context, caseID int64, p Page) ([]AttachmentRow, string, error) {
	name := "case " + strconv.FormatInt(caseID, 10)
	cur, _, err := decodeListCursor(p.Cursor, "attachment", name)
	if err != nil {
		return nil, "", err
	}
	rows, err := q.QueryContext(ctx, `SELECT `+attachmentColumns+` FROM attachments WHERE case_id = $1 AND event_seq > 0 AND id > $2 ORDER BY id LIMIT `+strconv.Itoa(p.size()+1), caseID, cur.ID)
	if err != nil {
		return nil, "", fmt.Errorf("store: attachments: %w", err)
	}
	defer rows.Close()
	var out []AttachmentRow
	for rows.Next() {
		a, err := scanAttachment(rows)
		if err != nil {
			return nil, "", err
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("store: attachments: %w", err)
	}
	out, next := cut(out, p.size(), func(a AttachmentRow) cursorKey {
		return cursorKey{Sort: "attachment", ID: a.ID, List: listDigest(name)}
	})
	return out, next, nil
}

// CaseAttachment returns one finished attachment of a case, or ErrNotFound.
func (q Q) CaseAttachment(ctx context.Context, caseID, id int64) (AttachmentRow, error) {
	a, err := scanAttachment(q.QueryRowContext(ctx, `SELECT `+attachmentColumns+` FROM attachments WHERE case_id = $1 AND id = $2 AND event_seq > 0`, caseID, id))
	if errors.Is(err, sql.ErrNoRows) {
		return AttachmentRow{}, ErrNotFound
	}
	if err != nil {
		return AttachmentRow{}, fmt.Errorf("store: attachment: %w", err)
	}
	return a, nil
}

// AttachmentReader reads an attachment's bytes one chunk at a time, so a
// file is never held whole.
func (q Q) AttachmentReader(ctx context.Context, id int64) io.Reader {
	return &chunkReader{ctx: ctx, q: q, id: id}
}

type chunkReader struct {
	ctx  context.Context
	q    Querier
	id   int64
	n    int
	buf  []byte
	done bool
}

func (r *chunkReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.done {
			return 0, io.EOF
		}
		var data []byte
		err := r.q.QueryRowContext(r.ctx, `SELECT data FROM attachment_chunks WHERE attachment_id = $1 AND n = $2`, r.id, r.n).Scan(&data)
		if errors.Is(err, sql.ErrNoRows) {
			r.done = true
			continue
		}
		if err != nil {
			return 0, fmt.Errorf("store: attachment %d chunk %d: %w", r.id, r.n, err)
		}
		r.n++
		r.buf = data
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// SetEventHead moves a case's chain head after events were appended
// without changing its state or version (a note such as an attachment).
func (q Q) SetEventHead(ctx context.Context, caseID int64, seq int, hash string) error {
	if _, err := q.ExecContext(ctx, `UPDATE cases SET event_seq = $1, event_hash = $2 WHERE id = $3`, seq, hash, caseID); err != nil {
		return fmt.Errorf("store: event head: %w", err)
	}
	return nil
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// InboundMail is one mail read from the company's mailbox.
type InboundMail struct {
	ID         int64
	MessageID  string
	ReceivedAt time.Time
	From       string
	Subject    string
	Body       string
	Size       int64
	Status     string // commented, feedback, queued, refused, ignored, dismissed
	Reason     string
	CaseID     int64 // 0 when it matched no case
	Actor      string
	HandledBy  string
	HandledAt  *time.Time
}

const inboundColumns = `id, message_id, received_at, from_addr, subject, body, size, status, reason, COALESCE(case_id, 0), actor, COALESCE(handled_by, ''), handled_at`

func scanInbound(row interface{ Scan(...any) error }) (InboundMail, error) {
	var (
		m        InboundMail
		received int64
		handled  sql.NullInt64
	)
	if err := row.Scan(&m.ID, &m.MessageID, &received, &m.From, &m.Subject, &m.Body, &m.Size, &m.Status, &m.Reason, &m.CaseID, &m.Actor, &m.HandledBy, &handled); err != nil {
		return m, err
	}
	m.ReceivedAt = fromMicros(received)
	if handled.Valid {
		t := fromMicros(handled.Int64)
		m.HandledAt = &t
	}
	return m, nil
}

// InsertInboundMail stores m unless a mail with its Message-ID is stored
// already (ErrDuplicate then; the statement does not abort q's transaction).
func (q Q) InsertInboundMail(ctx context.Context, m InboundMail) (int64, error) {
	var caseID any
	if m.CaseID > 0 {
		caseID = m.CaseID
	}
	var id int64
	err := q.QueryRowContext(ctx, `INSERT INTO inbound_mail (message_id, received_at, from_addr, subject, body, size, status, reason, case_id, actor)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (message_id) DO NOTHING RETURNING id`,
		m.MessageID, micros(m.ReceivedAt), m.From, m.Subject, m.Body, m.Size, m.Status, m.Reason, caseID, m.Actor).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrDuplicate
	}
	if err != nil {
		return 0, fmt.Errorf("store: inbound mail: %w", err)
	}
	return id, nil
}

// InboundByMessageID returns the stored mail with that Message-ID.
func (q Q) InboundByMessageID(ctx context.Context, messageID string) (InboundMail, error) {
	m, err := scanInbound(q.QueryRowContext(ctx, `SELECT `+inboundColumns+` FROM inbound_mail WHERE message_id = $1`, messageID))
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNotFound
	}
	if err != nil {
		return m, fmt.Errorf("store: inbound mail: %w", err)
	}
	return m, nil
}

// InboundMailsPage lists one page of the inbound mail, newest first,
// narrowed to status when it is not "": a keyset page on the id, read one
// row past the page (CONTRACT §2).
func (q Q) InboundMailsPage(ctx context.Context, status string, p Page) ([]InboundMail, string, error) {
	cur, has, err := decodeListCursor(p.Cursor, "inbound", status)
	if err != nil {
		return nil, "", err
	}
	where, args := "($1 = '' OR status = $1)", []any{status}
	if has {
		where, args = where+" AND id < $2", append(args, cur.ID)
	}
	rows, err := q.QueryContext(ctx, `SELECT `+inboundColumns+` FROM inbound_mail WHERE `+where+` ORDER BY id DESC LIMIT `+strconv.Itoa(p.size()+1), args...)
	if err != nil {
		return nil, "", fmt.Errorf("store: inbound mails: %w", err)
	}
	defer rows.Close()
	var out []InboundMail
	for rows.Next() {
		m, err := scanInbound(rows)
		if err != nil {
			return nil, "", fmt.Errorf("store: inbound mails: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("store: inbound mails: %w", err)
	}
	out, next := cut(out, p.size(), func(m InboundMail) cursorKey {
		return cursorKey{Sort: "inbound", ID: m.ID, List: listDigest(status)}
	})
	return out, next, nil
}

// DismissInboundMail marks a queued mail looked at by an administrator; it
// reports whether the mail was queued.
func (q Q) DismissInboundMail(ctx context.Context, id int64, by string, at time.Time) (bool, error) {
	res, err := q.ExecContext(ctx, `UPDATE inbound_mail SET status = 'dismissed', handled_by = $2, handled_at = $3 WHERE id = $1 AND status = 'queued'`, id, by, micros(at))
	if err != nil {
		return false, fmt.Errorf("store: dismiss inbound mail: %w", err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// NoteInbound appends a note to an inbound mail's reason (what was done
// with its attachments).
func (q Q) NoteInbound(ctx context.Context, messageID, note string) error {
	_, err := q.ExecContext(ctx, `UPDATE inbound_mail SET reason = CASE WHEN reason = '' THEN $2 ELSE reason || '; ' || $2 END WHERE message_id = $1`, messageID, note)
	if err != nil {
		return fmt.Errorf("store: note inbound mail: %w", err)
	}
	return nil
}

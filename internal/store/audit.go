package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// AuditEntry is one line of the audit trail: who did what, when, from where.
type AuditEntry struct {
	ID     int64
	At     time.Time
	Actor  string // a login, or "-" when nobody is signed in
	Action string // e.g. "login", "login_failed", "logout"
	Target string // what it was done to, e.g. the login tried
	IP     string
	Detail map[string]any // stored as a JSON object
}

// InsertAudit appends e to the audit trail through q, so that the entry
// commits or rolls back with the caller's transaction.
func (q Q) InsertAudit(ctx context.Context, e AuditEntry) error {
	if e.Actor == "" {
		e.Actor = "-"
	}
	detail := []byte("{}")
	if len(e.Detail) > 0 {
		var err error
		if detail, err = json.Marshal(e.Detail); err != nil {
			return fmt.Errorf("store: audit detail: %w", err)
		}
	}
	return q.write(ctx, "audit "+e.Action, `
		INSERT INTO audit_log (at, actor, action, target, ip, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
		micros(e.At), e.Actor, e.Action, e.Target, e.IP, string(detail))
}

// Audit appends e outside any transaction.
func (q Q) Audit(ctx context.Context, e AuditEntry) error { return q.InsertAudit(ctx, e) }

// CountAuditByTarget counts entries of action on target at or after since.
func (q Q) CountAuditByTarget(ctx context.Context, action, target string, since time.Time) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `
		SELECT count(*) FROM audit_log WHERE action = $1 AND target = $2 AND at >= $3`,
		action, target, micros(since)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: count audit: %w", err)
	}
	return n, nil
}

// CountAuditByIP counts entries of action from ip at or after since.
func (q Q) CountAuditByIP(ctx context.Context, action, ip string, since time.Time) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `
		SELECT count(*) FROM audit_log WHERE action = $1 AND ip = $2 AND at >= $3`,
		action, ip, micros(since)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: count audit: %w", err)
	}
	return n, nil
}

// RecentAudit returns the newest entries first, at most limit of them.
func (q Q) RecentAudit(ctx context.Context, limit int) ([]AuditEntry, error) {
	return q.audit(ctx, `SELECT id, at, actor, action, target, ip, detail FROM audit_log ORDER BY id DESC LIMIT $1`, limit)
}

func (q Q) audit(ctx context.Context, query string, args ...any) ([]AuditEntry, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: audit: %w", err)
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var (
			e      AuditEntry
			at     int64
			detail string
		)
		if err := rows.Scan(&e.ID, &at, &e.Actor, &e.Action, &e.Target, &e.IP, &detail); err != nil {
			return nil, fmt.Errorf("store: audit: %w", err)
		}
		e.At = fromMicros(at)
		if err := json.Unmarshal([]byte(detail), &e.Detail); err != nil {
			return nil, fmt.Errorf("store: audit %d detail: %w", e.ID, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

type ipKey struct{}

// WithIP carries the client's address with a request, so that whatever it
// causes is audited with it.
func WithIP(ctx context.Context, ip string) context.Context {
	return context.WithValue(ctx, ipKey{}, ip)
}

// IPFrom returns the address WithIP set, "" when none.
func IPFrom(ctx context.Context) string {
	ip, _ := ctx.Value(ipKey{}).(string)
	return ip
}

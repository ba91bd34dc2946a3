package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/notify"
)

// Notification is one outbox row as the API shows it.
type Notification struct {
	ID        int64
	CaseID    int64
	EventSeq  int
	Kind      string
	Recipient string
	Login     string
	Channel   string
	Status    string
	Attempts  int
	LastError string
	CreatedAt time.Time
	SentAt    *time.Time
	ReadAt    *time.Time
	NextAt    time.Time // when it may be sent: quiet hours hold a night's reminder until the opening
	Payload   notify.Delivery
}

// DeliveryID is the stable identity of an outbox row, carried in the
// Message-ID of a mail and the X-Liaison-Delivery header of a webhook: the
// row's number and the installation's identity, so that two installations
// (or a rebuilt database) never send the same identity.
func DeliveryID(install string, id int64) string {
	return "ntf-" + strconv.FormatInt(id, 10) + "." + install
}

// DeliveryRow reads the outbox row number back out of a DeliveryID; false
// when id is not one.
func DeliveryRow(id string) (int64, bool) {
	rest, ok := strings.CutPrefix(id, "ntf-")
	if !ok {
		return 0, false
	}
	num, _, _ := strings.Cut(rest, ".")
	n, err := strconv.ParseInt(num, 10, 64)
	return n, err == nil && n > 0
}

// InsertNotification adds an outbox row unless one with the same (case,
// event, recipient, channel, kind) exists; it reports whether it inserted.
func (q Q) InsertNotification(ctx context.Context, n Notification, now time.Time) (bool, error) {
	k, err := q.InsertNotifications(ctx, []Notification{n}, now)
	return k == 1, err
}

// ForDispatcher says whether the row, inserted at now, waits for the
// dispatcher: anything but an in-app message due now, which its insertion
// delivers.
func (n Notification) ForDispatcher(now time.Time) bool {
	return n.Channel != notify.ChannelInbox || n.NextAt.After(now)
}

// InsertNotifications adds outbox rows, in one statement per hundred, each
// unless one with the same (case, event, recipient, channel, kind) exists
// or comes before it in ns; it returns how many it inserted.
//
// An in-app message due now is delivered by its insertion: the row is the
// message the user's inbox lists, so it is written as sent, at the commit
// that creates it, and the dispatcher never claims it. (Passed through
// the dispatcher, each cost the single writer a lease and a mark, two more
// transactions; under the load mix they arrived faster than they were
// marked, and the mail and work-app rows queued behind them.)
func (q Q) InsertNotifications(ctx context.Context, ns []Notification, now time.Time) (int, error) {
	inserted := 0
	err := notificationInserts(ns, now, func(query string, args []any) error {
		res, err := q.ExecContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("store: insert notification: %w", err)
		}
		k, _ := res.RowsAffected()
		inserted += int(k)
		return nil
	})
	return inserted, err
}

// QueueNotifications adds outbox rows as InsertNotifications does, as
// writes sent with the transaction's next statement (Tx): it cannot say
// how many were new.
func (q Q) QueueNotifications(ctx context.Context, ns []Notification, now time.Time) error {
	return notificationInserts(ns, now, func(query string, args []any) error {
		return q.write(ctx, "insert notification", query, args...)
	})
}

// notificationInserts hands run the statements that insert ns, one per
// hundred rows.
func notificationInserts(ns []Notification, now time.Time, run func(query string, args []any) error) error {
	const cols, per = 11, 100
	for start := 0; start < len(ns); start += per {
		chunk := ns[start:min(len(ns), start+per)]
		args := make([]any, 0, cols*len(chunk))
		for _, n := range chunk {
			payload, err := json.Marshal(n.Payload)
			if err != nil {
				return err
			}
			next := now
			if n.NextAt.After(now) {
				next = n.NextAt
			}
			status, sent := "pending", sql.NullInt64{}
			if !n.ForDispatcher(now) {
				status, sent = "sent", sql.NullInt64{Int64: micros(now), Valid: true}
			}
			args = append(args, sql.NullInt64{Int64: n.CaseID, Valid: n.CaseID != 0}, n.EventSeq, n.Kind, n.Recipient, n.Login, n.Channel, status, micros(next), string(payload), micros(now), sent)
		}
		if err := run(`INSERT INTO notifications (case_id, event_seq, kind, recipient, login, channel, status, next_at, payload, created_at, sent_at)
			VALUES `+values(len(chunk), cols)+` ON CONFLICT (case_id, event_seq, recipient, channel, kind) DO NOTHING`, args); err != nil {
			return err
		}
	}
	return nil
}

const notificationColumns = `id, case_id, event_seq, kind, recipient, login, channel, status, attempts, last_error, created_at, sent_at, read_at, payload, next_at`

func scanNotification(row interface{ Scan(...any) error }) (Notification, error) {
	var (
		n             Notification
		caseID        sql.NullInt64
		created, next int64
		sent, read    sql.NullInt64
		payload       string
	)
	if err := row.Scan(&n.ID, &caseID, &n.EventSeq, &n.Kind, &n.Recipient, &n.Login, &n.Channel, &n.Status, &n.Attempts, &n.LastError, &created, &sent, &read, &payload, &next); err != nil {
		return n, fmt.Errorf("store: scan notification: %w", err)
	}
	n.CaseID = caseID.Int64 // 0 for a digest, which is about no one case
	n.CreatedAt, n.NextAt = fromMicros(created), fromMicros(next)
	if sent.Valid {
		t := fromMicros(sent.Int64)
		n.SentAt = &t
	}
	if read.Valid {
		t := fromMicros(read.Int64)
		n.ReadAt = &t
	}
	if err := json.Unmarshal([]byte(payload), &n.Payload); err != nil {
		return n, fmt.Errorf("store: notification %d payload: %w", n.ID, err)
	}
	n.Payload.Attempts = n.Attempts
	return n, nil
}

func (db *DB) notifications(ctx context.Context, query string, args ...any) ([]Notification, error) {
	rows, err := db.sql.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: notifications: %w", err)
	}
	defer rows.Close()
	install, err := db.Installation(ctx)
	if err != nil {
		return nil, err
	}
	var out []Notification
	for rows.Next() {
		n, err := scanNotification(rows)
		if err != nil {
			return nil, err
		}
		n.Payload.ID = DeliveryID(install, n.ID)
		out = append(out, n)
	}
	return out, rows.Err()
}

// CaseNotifications lists the notifications of a case, oldest first.
func (db *DB) CaseNotifications(ctx context.Context, caseID int64) ([]Notification, error) {
	return db.notifications(ctx, `SELECT `+notificationColumns+` FROM notifications WHERE case_id = $1 ORDER BY id`, caseID)
}

// MarkRead marks a user's in-app messages read; ids empty marks all.
func (q Q) MarkRead(ctx context.Context, login string, ids []int64, at time.Time) error {
	query := `UPDATE notifications SET read_at = $1 WHERE login = $2 AND channel = 'inbox' AND read_at IS NULL`
	args := []any{micros(at), login}
	if len(ids) > 0 {
		ph := make([]string, len(ids))
		for i, id := range ids {
			args = append(args, id)
			ph[i] = "$" + strconv.Itoa(len(args))
		}
		query += ` AND id IN (` + strings.Join(ph, ", ") + `)`
	}
	_, err := q.ExecContext(ctx, query, args...)
	return err
}

// The outbox's hot queries, named so that explain_test.go checks their plans.
const (
	claimSQL         = `SELECT ` + notificationColumns + ` FROM notifications WHERE status = 'pending' AND next_at <= $1 AND lease_until <= $2 ORDER BY next_at, id LIMIT `
	inboxMessagesSQL = `SELECT ` + notificationColumns + ` FROM notifications WHERE login = $1 AND channel = 'inbox'` // MessagesPage adds the cursor and the order
	nextDueSQL       = `SELECT MIN(CASE WHEN lease_until > next_at THEN lease_until ELSE next_at END) FROM notifications WHERE status = 'pending'`
	// With leases on another clock than next_at (Outbox.Wall), the rows
	// not leased; a leased one is found by the dispatcher's idle round.
	nextDueFreeSQL = `SELECT MIN(next_at) FROM notifications WHERE status = 'pending' AND lease_until <= $1`
)

// Outbox is the notify.Outbox over the notifications table. Claims lease
// rows with an UPDATE guarded by the old lease, so two replicas never take
// the same row.
type Outbox struct {
	DB    *DB
	Lease time.Duration // default 2 minutes
	// Wall is the clock of the leases when it is not the dispatcher's: under
	// --dev-clock the simulated time stands still until it is set, and a
	// lease measured in it would never run out — the rows a killed process
	// held would never be sent. A lease is how long a live process may hold
	// a row, a matter of real time. Nil: the leases use the time Claim is
	// given.
	Wall func() time.Time
}

var _ notify.Outbox = (*Outbox)(nil)

func (o *Outbox) lease() time.Duration {
	if o.Lease > 0 {
		return o.Lease
	}
	return 2 * time.Minute
}

// Claim implements notify.Outbox.
func (o *Outbox) Claim(ctx context.Context, now time.Time, limit int) ([]notify.Delivery, error) {
	install, err := o.DB.Installation(ctx)
	if err != nil {
		return nil, err
	}
	leaseNow := now
	if o.Wall != nil {
		leaseNow = o.Wall()
	}
	var out []notify.Delivery
	err = o.DB.Tx(ctx, func(tx Tx) error {
		out = out[:0] // Tx may run this again after a lost connection
		rows, err := tx.QueryContext(ctx, claimSQL+strconv.Itoa(limit), micros(now), micros(leaseNow))
		if err != nil {
			return err
		}
		var cands []Notification
		for rows.Next() {
			n, err := scanNotification(rows)
			if err != nil {
				rows.Close()
				return err
			}
			cands = append(cands, n)
		}
		rows.Close()
		for _, n := range cands {
			res, err := tx.ExecContext(ctx, `UPDATE notifications SET lease_until = $1 WHERE id = $2 AND status = 'pending' AND lease_until <= $3`, micros(leaseNow.Add(o.lease())), n.ID, micros(leaseNow))
			if err != nil {
				return err
			}
			if k, _ := res.RowsAffected(); k == 1 {
				n.Payload.ID = DeliveryID(install, n.ID)
				out = append(out, n.Payload)
			}
		}
		return nil
	})
	return out, err
}

// idOf is the row of a delivery ID; 0 (no row) when id is not one.
func idOf(id string) int64 {
	n, _ := DeliveryRow(id)
	return n
}

func (o *Outbox) exec(ctx context.Context, query string, args ...any) error {
	return o.DB.Tx(ctx, func(tx Tx) error {
		_, err := tx.ExecContext(ctx, query, args...)
		return err
	})
}

// MarkSent implements notify.Outbox.
func (o *Outbox) MarkSent(ctx context.Context, id string, at time.Time) error {
	return o.exec(ctx, `UPDATE notifications SET status = 'sent', sent_at = $1, lease_until = 0 WHERE id = $2`, micros(at), idOf(id))
}

// MarkRetry implements notify.Outbox.
func (o *Outbox) MarkRetry(ctx context.Context, id string, next time.Time, lastErr string) error {
	return o.exec(ctx, `UPDATE notifications SET attempts = attempts + 1, next_at = $1, last_error = $2, lease_until = 0 WHERE id = $3`, micros(next), lastErr, idOf(id))
}

// MarkFailed implements notify.Outbox.
func (o *Outbox) MarkFailed(ctx context.Context, id string, lastErr string) error {
	return o.exec(ctx, `UPDATE notifications SET attempts = attempts + 1, status = 'failed', last_error = $1, lease_until = 0 WHERE id = $2`, lastErr, idOf(id))
}

// Defer implements notify.Outbox.
func (o *Outbox) Defer(ctx context.Context, id string, next time.Time) error {
	return o.exec(ctx, `UPDATE notifications SET next_at = $1, lease_until = 0 WHERE id = $2`, micros(next), idOf(id))
}

// NextDue implements notify.Outbox.
func (o *Outbox) NextDue(ctx context.Context) (time.Time, bool, error) {
	var due sql.NullInt64
	var err error
	if o.Wall != nil {
		err = o.DB.sql.QueryRowContext(ctx, nextDueFreeSQL, micros(o.Wall())).Scan(&due)
	} else {
		err = o.DB.sql.QueryRowContext(ctx, nextDueSQL).Scan(&due)
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: next delivery: %w", err)
	}
	if !due.Valid {
		return time.Time{}, false, nil
	}
	return fromMicros(due.Int64), true, nil
}

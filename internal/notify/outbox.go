package notify

import (
	"context"
	"time"
)

// Outbox is the store's side of delivery: the case service inserts rows in
// the transaction that changes the case, and the dispatcher works them off.
// Rows have a status (pending, sent, failed), attempts, next_at, last_error
// and a lease.
type Outbox interface {
	// Claim returns up to limit pending rows with next_at <= now, oldest
	// next_at first, and leases them so no other worker (or replica) takes
	// them until the lease expires. The lease must outlast a send (the
	// dispatcher's SendTimeout, 30 s by default); a row whose lease expired
	// without a Mark* call — the worker crashed — is due again.
	Claim(ctx context.Context, now time.Time, limit int) ([]Delivery, error)
	// MarkSent sets status sent and sent_at, and clears the lease.
	MarkSent(ctx context.Context, id string, at time.Time) error
	// MarkRetry records a failed attempt: attempts+1, next_at, last_error,
	// status stays pending, lease cleared.
	MarkRetry(ctx context.Context, id string, next time.Time, lastErr string) error
	// MarkFailed records the final failed attempt: attempts+1, status
	// failed, last_error, lease cleared.
	MarkFailed(ctx context.Context, id string, lastErr string) error
	// Defer moves next_at without counting an attempt (a robot's rate limit
	// is not the row's fault), clearing the lease.
	Defer(ctx context.Context, id string, next time.Time) error
	// NextDue returns the earliest time at which Claim would return a row —
	// over pending rows, the later of next_at and the lease's expiry — and
	// false when no row is pending. The dispatcher sleeps until then.
	NextDue(ctx context.Context) (time.Time, bool, error)
}

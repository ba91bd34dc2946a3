package notify

import "context"

// Inbox is the in-app channel: the outbox row itself is the inbox item the
// web UI lists, so there is nothing to send and the row is marked sent at once.
type Inbox struct{}

// Send implements Channel.
func (Inbox) Send(context.Context, Delivery, Rendered) error { return nil }

package store

import (
	"context"
	"fmt"
)

// OrgVersion returns the organisation's version: triggers raise it in every
// transaction that changes departments, users, parties, party contacts or
// department channels (migration 00018), so a copy of the organisation
// read at version v is current as long as OrgVersion is still v.
func (q Q) OrgVersion(ctx context.Context) (int64, error) {
	var v int64
	if err := q.QueryRowContext(ctx, `SELECT version FROM org_version WHERE id = 1`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: organisation version: %w", err)
	}
	return v, nil
}

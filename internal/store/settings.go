package store

import (
	"context"
	"fmt"
	"time"
)

// IntegrationSettings returns the identity provider's and chat apps'
// settings an administrator stored (migration 00031), by name.
func (q Q) IntegrationSettings(ctx context.Context) (map[string]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT name, value FROM integration_settings`)
	if err != nil {
		return nil, fmt.Errorf("store: integration settings: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var n, v string
		if err := rows.Scan(&n, &v); err != nil {
			return nil, fmt.Errorf("store: integration settings: %w", err)
		}
		out[n] = v
	}
	return out, rows.Err()
}

// PutIntegrationSetting stores a setting, replacing the one of that name.
func (q Q) PutIntegrationSetting(ctx context.Context, name, value, by string, now time.Time) error {
	_, err := q.ExecContext(ctx, `INSERT INTO integration_settings (name, value, updated_at, updated_by) VALUES ($1, $2, $3, $4)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
		name, value, micros(now), by)
	if err != nil {
		return fmt.Errorf("store: integration setting %s: %w", name, err)
	}
	return nil
}

// DeleteIntegrationSetting removes a setting; it reports whether there was one.
func (q Q) DeleteIntegrationSetting(ctx context.Context, name string) (bool, error) {
	res, err := q.ExecContext(ctx, `DELETE FROM integration_settings WHERE name = $1`, name)
	if err != nil {
		return false, fmt.Errorf("store: integration setting %s: %w", name, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

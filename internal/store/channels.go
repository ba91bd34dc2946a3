package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Channel is a department's group robot or webhook.
type Channel struct {
	ID        int64
	Dept      string
	Kind      string // dingtalk, wecom, feishu, webhook
	Name      string
	URL       string
	Secret    string
	Kinds     []string // notification kinds it receives; empty = all
	Enabled   bool
	CreatedAt time.Time
}

// Wants reports whether the channel receives notifications of kind.
func (c Channel) Wants(kind string) bool {
	if !c.Enabled {
		return false
	}
	if len(c.Kinds) == 0 {
		return true
	}
	for _, k := range c.Kinds {
		if k == kind {
			return true
		}
	}
	return false
}

// InsertChannel adds c and returns its id; ErrDuplicate if the
// department already has a channel of that name.
func (q Q) InsertChannel(ctx context.Context, c Channel) (int64, error) {
	kinds, err := json.Marshal(nonNil(c.Kinds))
	if err != nil {
		return 0, err
	}
	var id int64
	err = q.QueryRowContext(ctx, `INSERT INTO dept_channels (dept_id, kind, name, url, secret, kinds, enabled, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, c.Dept, c.Kind, c.Name, c.URL, c.Secret, string(kinds), c.Enabled, micros(c.CreatedAt)).Scan(&id)
	if isUniqueViolation(err) {
		return 0, ErrDuplicate
	}
	if err != nil {
		return 0, fmt.Errorf("store: add channel: %w", err)
	}
	return id, nil
}

// RemoveChannel deletes the channel id; ErrNotFound if absent.
func (q Q) RemoveChannel(ctx context.Context, id int64) error {
	res, err := q.ExecContext(ctx, `DELETE FROM dept_channels WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("store: delete channel: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNotFound
	}
	return nil
}

// Channels lists every channel, by department.
func (q Q) Channels(ctx context.Context) ([]Channel, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, dept_id, kind, name, url, secret, kinds, enabled, created_at FROM dept_channels ORDER BY dept_id, id`)
	if err != nil {
		return nil, fmt.Errorf("store: channels: %w", err)
	}
	defer rows.Close()
	var out []Channel
	for rows.Next() {
		var (
			c       Channel
			kinds   string
			created int64
		)
		if err := rows.Scan(&c.ID, &c.Dept, &c.Kind, &c.Name, &c.URL, &c.Secret, &kinds, &c.Enabled, &created); err != nil {
			return nil, err
		}
		c.CreatedAt = fromMicros(created)
		if err := json.Unmarshal([]byte(kinds), &c.Kinds); err != nil {
			return nil, fmt.Errorf("store: channel %d kinds: %w", c.ID, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

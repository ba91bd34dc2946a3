package store

import (
	"errors"
	"strings"
)

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("store: not found")

// ErrDuplicate is returned when an insert collides with a unique key.
var ErrDuplicate = errors.New("store: already exists")

// isUniqueViolation reports whether err is a unique-key collision on either
// dialect. Matching the text keeps the drivers out of this package's API.
func isUniqueViolation(err error) bool {
	if err == nil {
		return false
	}
	s := err.Error()
	return strings.Contains(s, "UNIQUE constraint failed") || // SQLite
		strings.Contains(s, "constraint failed: PRIMARY KEY") ||
		strings.Contains(s, "SQLSTATE 23505") // PostgreSQL unique_violation
}

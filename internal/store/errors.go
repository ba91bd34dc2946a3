package store

import (
	"strings"

	"github.com/liaison-dev/liaison/internal/dberr"
)

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = dberr.ErrNotFound

// ErrDuplicate is returned when an insert collides with a unique key.
var ErrDuplicate = dberr.ErrDuplicate

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

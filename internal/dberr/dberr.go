// Package dberr says what a database error means for the one who asked:
// a lost connection (a restart, a failover) is "unavailable, try again"
// (503 with Retry-After), never a 500. The store retries with it and the
// front ends translate with it, without either reaching into the other.
package dberr

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/liaison-dev/liaison/internal/problem"
)

// ErrUnavailable is the problem a request gets when the database stayed
// away for the whole retry budget, or a read found it away: never a 500 for
// a database that is coming back.
func ErrUnavailable(cause error) error {
	return fmt.Errorf("%w (%v)", problem.Key(problem.Unavailable, "problem.database_is_unavailable_try_again_shortly"), cause)
}

// AsUnavailable returns err as ErrUnavailable when the connection to the
// database was lost, else err: front ends call it before mapping an error
// to a status, so a failed read answers 503, not 500.
//
// It also turns PostgreSQL's refusal of a NUL character in text (SQLSTATE
// 22021, "invalid byte sequence for encoding UTF8: 0x00") into a 400: a
// login, key or id of "a\x00" from a path, query or body was a 500 there,
// while SQLite simply found nothing.
func AsUnavailable(err error) error {
	if err != nil && ConnLost(err) && problem.CodeOf(err) == problem.Internal {
		return ErrUnavailable(err)
	}
	var pe *pgconn.PgError
	if err != nil && errors.As(err, &pe) && pe.Code == "22021" && problem.CodeOf(err) == problem.Internal {
		return fmt.Errorf("%w (%v)", problem.Key(problem.Malformed, "problem.text_holds_nul"), err)
	}
	return err
}

// ConnLost says whether err means the connection to the database was lost
// or could not be made (as opposed to a statement the database refused).
func ConnLost(err error) bool {
	if err == nil {
		return false
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		// 08: connection exception; 57P01–3: admin/crash shutdown, cannot connect now.
		return strings.HasPrefix(pe.Code, "08") || pe.Code == "57P01" || pe.Code == "57P02" || pe.Code == "57P03"
	}
	var ce *pgconn.ConnectError
	var ne net.Error
	switch {
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.As(err, &ce), errors.As(err, &ne):
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "conn closed") || strings.Contains(msg, "connection reset") ||
		strings.Contains(msg, "broken pipe") || strings.Contains(msg, "unexpected EOF")
}

// Package problem is liaison's one error type: a code that the web layer maps
// to an HTTP status in one table, a message for people, and per-field reasons.
package problem

import (
	"errors"
	"fmt"
)

// Code classifies an error; web maps each code to one HTTP status.
type Code string

// The codes. Business packages return these; they never know about HTTP.
const (
	Malformed    Code = "malformed"    // 400: the request cannot be parsed
	Unauthorized Code = "unauthorized" // 401: not logged in
	Forbidden    Code = "forbidden"    // 403: logged in, not allowed
	NotFound     Code = "not_found"    // 404: absent, or not visible to the caller
	Conflict     Code = "conflict"     // 409: not allowed in this state, or a stale version
	TooLarge     Code = "too_large"    // 413: body over the limit
	Invalid      Code = "invalid"      // 422: fields that fail validation
	RateLimited  Code = "rate_limited" // 429: too many requests
	Unavailable  Code = "unavailable"  // 503: busy or the database is away; try again shortly
	Internal     Code = "internal"     // 500: our fault
	// A portal link that was good once: 410, with the reason.
	LinkExpired Code = "link_expired" // 410: the link's time is up; a new one may be requested
	LinkRevoked Code = "link_revoked" // 410: the link was revoked; a new one may be requested
)

// Error is an error a caller can act on.
type Error struct {
	Code    Code
	Message string
	Fields  map[string]string // field name → why it was refused
}

func (e *Error) Error() string {
	if len(e.Fields) == 0 {
		return fmt.Sprintf("%s: %s", e.Code, e.Message)
	}
	return fmt.Sprintf("%s: %s %v", e.Code, e.Message, e.Fields)
}

// New returns an Error with a formatted message.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Fields returns an Invalid error naming each field at fault.
func Fields(message string, fields map[string]string) *Error {
	return &Error{Code: Invalid, Message: message, Fields: fields}
}

// CodeOf returns the code of err, Internal for errors that are not ours.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// As returns err as an *Error, wrapping unknown errors as Internal without
// exposing their text.
func As(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Code: Internal, Message: "internal error"}
}

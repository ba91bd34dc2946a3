// Package problem is liaison's one error type: a code that the web layer maps
// to an HTTP status in one table, a message for people, and per-field reasons.
//
// The message is a key of the catalogue (package i18n) with its arguments,
// so each front end shows it in its reader's language; a field's reason is a
// key or an i18n.Ref (a key with arguments). Message is plain text, for an
// error built without a key: tests only (i18n.TestNoPlainProblems refuses
// it elsewhere, but for an allow-list with a reason per entry).
package problem

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"
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
	Key     string            // the message's catalogue key; empty for a plain Message
	Args    []any             // the key's arguments
	Message string            // plain text, for an error built without a key
	Fields  map[string]string // field name → why: a catalogue key, an i18n.Ref or plain text
	// RetryAfter is how long until the same request can succeed (a
	// RateLimited error's Retry-After); 0 when not known.
	RetryAfter time.Duration
}

// Error writes the code and the message in Chinese with the English after
// it in parentheses, for logs and the command line, which have no reader's
// language.
func (e *Error) Error() string {
	s := fmt.Sprintf("%s: %s", e.Code, both(e.Text("zh"), e.Text("en")))
	if len(e.Fields) == 0 {
		return s
	}
	zh, en := e.Reasons("zh"), e.Reasons("en")
	parts := make([]string, 0, len(zh))
	for _, f := range sortedKeys(zh) {
		parts = append(parts, f+":"+both(zh[f], en[f]))
	}
	return s + " map[" + strings.Join(parts, " ") + "]"
}

func both(zh, en string) string {
	if zh == en {
		return zh
	}
	return zh + " (" + en + ")"
}

// Text is the message in lang: the catalogue's text for the key, or the
// plain Message.
func (e *Error) Text(lang string) string {
	if e.Key == "" {
		return e.Message
	}
	return i18n.T(lang, e.Key, e.Args...)
}

// Ref is the message as one string that i18n.Render can translate later —
// for a problem that becomes another's field reason.
func (e *Error) Ref() string {
	if e.Key == "" {
		return e.Message
	}
	return i18n.Ref(e.Key, e.Args...)
}

// Reasons is Fields with each reason in lang.
func (e *Error) Reasons(lang string) map[string]string {
	if e.Fields == nil {
		return nil
	}
	out := make(map[string]string, len(e.Fields))
	for f, why := range e.Fields {
		out[f] = i18n.Render(lang, why)
	}
	return out
}

// OneLine is the message with its fields, sorted, in lang on one line:
// 用户填写有误；login：必填, or "invalid user; login: required".
func (e *Error) OneLine(lang string) string { return e.OneLineAs(lang, nil) }

// OneLineAs is OneLine with each field written as name gives it (a form's
// label for a request path); nil names fields as they are.
func (e *Error) OneLineAs(lang string, name func(field string) string) string {
	sep, colon := "；", "："
	if lang == "en" {
		sep, colon = "; ", ": "
	}
	out := e.Text(lang)
	reasons := e.Reasons(lang)
	for _, f := range sortedKeys(reasons) {
		shown := f
		if name != nil {
			shown = name(f)
		}
		out += sep + shown + colon + reasons[f]
	}
	return out
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Key returns an Error whose message is the catalogue's key with args.
func Key(code Code, key string, args ...any) *Error {
	return &Error{Code: code, Key: key, Args: args}
}

// FieldsKey returns an Invalid error whose message is the catalogue's key
// with args, naming each field at fault.
func FieldsKey(key string, fields map[string]string, args ...any) *Error {
	return &Error{Code: Invalid, Key: key, Args: args, Fields: fields}
}

// New returns an Error with a plain formatted message and no catalogue
// key, for tests; code uses Key (i18n.TestNoPlainProblems checks).
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Fields returns an Invalid error with a plain message naming each field at
// fault, for tests; code uses FieldsKey (i18n.TestNoPlainProblems checks).
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
	return &Error{Code: Internal, Key: "problem.internal"}
}

package dberr

import (
	"errors"
	"fmt"

	"github.com/liaison-dev/liaison/internal/problem"
)

// The store's answers that are not failures. The store returns them (as
// store.ErrNotFound, store.ErrDuplicate, store.ErrStale); services either
// decide on them (a missing key is made, a stale timer waits) or hand them
// to Problem, the one place they become what a caller is told.
var (
	ErrNotFound  = errors.New("store: not found")
	ErrDuplicate = errors.New("store: already exists")
	ErrStale     = errors.New("store: changed since it was read")
)

// Problem translates the store's answers into problems, in one place: a
// row not found is 404, a duplicate key 409, a stale version 409 (reload
// and try again), a lost connection 503; any other error comes back as it
// is. zh and en name the thing ("部门 hr", `department "hr"`).
func Problem(err error, zh, en string) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrNotFound):
		return problem.Key(problem.NotFound, "problem.not_found", zh, en)
	case errors.Is(err, ErrDuplicate):
		return problem.Key(problem.Conflict, "problem.already_exists", zh, en)
	case errors.Is(err, ErrStale):
		return problem.Key(problem.Conflict, "problem.changed_meanwhile_reload_and_try_again", zh, en)
	}
	return AsUnavailable(err)
}

// Quoted is how an id reads inside Problem's English half.
func Quoted(what, id string) string { return fmt.Sprintf("%s %q", what, id) }

package dberr

import (
	"errors"

	"github.com/liaison-dev/liaison/internal/i18n"
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
// is. thing is the catalogue's key naming the thing, with its arguments
// ("thing.department", "hr": 部门 hr, department "hr").
func Problem(err error, thing string, args ...any) error {
	what := i18n.M(thing, args...)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrNotFound):
		return problem.Key(problem.NotFound, "problem.not_found", what)
	case errors.Is(err, ErrDuplicate):
		return problem.Key(problem.Conflict, "problem.already_exists", what)
	case errors.Is(err, ErrStale):
		return problem.Key(problem.Conflict, "problem.changed_meanwhile_reload_and_try_again", what)
	}
	return AsUnavailable(err)
}

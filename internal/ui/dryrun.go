package ui

import (
	"context"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// The engine is pure, so a form can be validated by running it without
// storing anything: the field errors then show together with the checker's
// findings on the first submission, instead of one after the other. The
// service runs the same validation again when the form is really sent.

func (u *UI) env(ctx context.Context) (process.Env, error) {
	now, err := u.Cases.Now(ctx)
	if err != nil {
		return process.Env{}, err
	}
	org, err := cases.LoadOrg(ctx, u.Store.SQL())
	if err != nil {
		return process.Env{}, err
	}
	return process.Env{Now: now, Time: u.Cases.Calendar(), Org: org}, nil
}

// openErrors returns the field errors opening d with in would meet.
func (u *UI) openErrors(ctx context.Context, d *process.Definition, a process.Actor, in process.Input) map[string]string {
	env, err := u.env(ctx)
	if err != nil {
		return nil
	}
	_, err = process.Open(d, a, in, env)
	return invalidFields(err)
}

// actErrors returns the field errors action on case id with in would meet.
func (u *UI) actErrors(ctx context.Context, d *process.Definition, id int64, a process.Actor, action string, in process.Input) map[string]string {
	env, err := u.env(ctx)
	if err != nil {
		return nil
	}
	row, err := store.LoadCase(ctx, u.Store.SQL(), id)
	if err != nil {
		return nil
	}
	_, err = process.Apply(d, row.Case, a, action, in, env)
	return invalidFields(err)
}

func invalidFields(err error) map[string]string {
	if err == nil || problem.CodeOf(err) != problem.Invalid {
		return nil
	}
	return problem.As(err).Fields
}

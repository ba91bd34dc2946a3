package process

import (
	"time"

	"github.com/liaison-dev/liaison/internal/check"
	"github.com/liaison-dev/liaison/internal/problem"
)

// form validates input against a list of fields and normalises it.
type form struct {
	env      Env
	known    map[string]any // values already in the case, for in_dept lookups
	errs     map[string]string
	findings []Finding
	lang     string
	strict   bool              // Input.Strict
	types    map[string]string // with strict: values of the wrong JSON type, by path
	rowTexts []rowText         // request texts in rows, checked once the whole form is read
}

// rowText is a request text inside a row (a task of a collaboration
// request), checked with the context of its row and its form.
type rowText struct {
	path, text string
	row        map[string]any
}

func newForm(env Env, known map[string]any) *form {
	return &form{env: env, known: known, errs: map[string]string{}}
}

func (f *form) fail(path, zh string) {
	if _, ok := f.errs[path]; !ok {
		f.errs[path] = zh
	}
}

// err returns the field errors as one Invalid problem, or nil; values of
// the wrong JSON type under Input.Strict are one Malformed problem instead.
func (f *form) err() error {
	if len(f.types) > 0 {
		return &problem.Error{Code: problem.Malformed, Key: "problem.wrong_json_type", Fields: f.types}
	}
	if len(f.errs) == 0 {
		return nil
	}
	return problem.FieldsKey("problem.invalid_fields", f.errs)
}

// values validates in against fields; unknown names are refused.
func (f *form) values(fields []Field, in map[string]any, prefix string) map[string]any {
	out := map[string]any{}
	byName := map[string]bool{}
	for _, fd := range fields {
		byName[fd.Name] = true
	}
	for k := range in {
		if !byName[k] {
			f.fail(prefix+k, "reason.unknown_field")
		}
	}
	for _, fd := range fields {
		v, present := in[fd.Name]
		if present && v == nil {
			present = false
		}
		if s, ok := v.(string); ok && Blank(s) {
			present = false
		}
		path := prefix + fd.Name
		if !present {
			def := f.defaultFor(fd, out)
			if def == "" {
				if fd.Required || (fd.RequiredIf != nil && f.lookup(fd.RequiredIf.Field, out) == fd.RequiredIf.Equals) {
					f.fail(path, "reason.required")
				}
				continue
			}
			if fd.Type == "user" {
				out[fd.Name] = def
				continue
			}
			// A literal default is checked like input: the department
			// it names must exist in this organisation.
			v = def
		}
		if nv, ok := f.value(fd, v, path, out); ok {
			out[fd.Name] = nv
		}
	}
	if prefix == "" {
		f.checkRows(out)
	}
	return out
}

func (f *form) lookup(name string, cur map[string]any) string {
	if v, ok := cur[name].(string); ok {
		return v
	}
	if v, ok := f.known[name].(string); ok {
		return v
	}
	return ""
}

func (f *form) defaultFor(fd Field, cur map[string]any) string {
	if fd.Type != "user" {
		return fd.Default
	}
	if fd.Default == "head" && fd.InDept != "" {
		if d, ok := f.env.Org.Department(f.lookup(fd.InDept, cur)); ok {
			return d.Head
		}
	}
	return ""
}

// value checks one value of field fd with its type (fieldtype_*.go).
func (f *form) value(fd Field, v any, path string, cur map[string]any) (any, bool) {
	t, ok := fieldTypes[fd.Type]
	if !ok {
		f.fail(path, "reason.unsupported_field_type")
		return nil, false
	}
	return t.validate(f, fd, v, path, cur)
}

// Dates and times a form accepts: years MinYear to MaxYear.
const (
	MinYear = 2000
	MaxYear = 2100
)

const yearReason = "reason.year_must_be_2000_to"

func yearInRange(t time.Time) bool { return t.Year() >= MinYear && t.Year() <= MaxYear }

// checkRows checks the request texts of rows once the form is read: a task
// under a form that names an owner and a date is not a request missing them,
// and the checker's suggestions name the form's own department and contact.
func (f *form) checkRows(top map[string]any) {
	for _, rt := range f.rowTexts {
		ctx := f.formContext(rt.row, top)
		for _, fd := range check.Check(rt.text, check.Options{Lang: f.lang, Kind: check.Request, Now: f.env.Now, Calendar: f.env.Time, Location: f.env.Time.Location(), Form: ctx}) {
			f.findings = append(f.findings, Finding{Field: rt.path, Finding: fd})
		}
	}
	f.rowTexts = nil
}

// formContext reads the owner, date, department and contact a row and its
// form (and the case, for an action's form) already give.
func (f *form) formContext(row, top map[string]any) *check.Form {
	str := func(names ...string) string {
		for _, m := range []map[string]any{row, top, f.known} {
			for _, n := range names {
				if v, ok := m[n].(string); ok && v != "" {
					return v
				}
			}
		}
		return ""
	}
	ctx := &check.Form{Due: str("due", "expected_by", "committed_by", "deadline", "date")}
	if login := str("owner", "assignee", "contact"); login != "" {
		ctx.Owner = login
		if u, ok := f.env.Org.User(login); ok {
			ctx.Owner, ctx.Contact = u.Name, u.Name
		}
	}
	if id := str("to_dept", "dept"); id != "" {
		if d, ok := f.env.Org.Department(id); ok {
			ctx.Dept = d.NameZh
			if f.lang == "en" && d.NameEn != "" {
				ctx.Dept = d.NameEn
			}
			if ctx.Contact == "" {
				if u, ok := f.env.Org.User(d.Head); ok {
					ctx.Contact = u.Name
				}
			}
		}
	}
	return ctx
}

// check runs the communication checker on a text the user is sending.
func (f *form) check(path, s, kind string) {
	k := check.Text
	switch kind {
	case "request":
		k = check.Request
	case "standard":
		k = check.Standard
	}
	for _, fd := range check.Check(s, check.Options{Lang: f.lang, Kind: k, Now: f.env.Now, Calendar: f.env.Time, Location: f.env.Time.Location()}) {
		f.findings = append(f.findings, Finding{Field: path, Finding: fd})
	}
}

package process

import (
	"encoding/json"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"math"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

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
		if s, ok := v.(string); ok && strings.TrimSpace(s) == "" {
			present = false
		}
		path := prefix + fd.Name
		if !present {
			def := f.defaultFor(fd, out)
			if def == "" {
				if fd.Required {
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

func (f *form) value(fd Field, v any, path string, cur map[string]any) (any, bool) {
	switch fd.Type {
	case "text", "longtext":
		s, ok := v.(string)
		if list, isList := v.([]any); isList {
			// A list of lines (attendees, deliverables) is kept as one text.
			s, ok = joinLines(list, fd.Type)
		}
		if !ok {
			f.fail(path, "reason.must_be_text")
			return nil, false
		}
		s = strings.TrimSpace(s)
		why := MultiLineReason(s)
		if fd.Type == "text" {
			why = SingleLineReason(s)
		}
		if why != "" {
			f.fail(path, why)
			return nil, false
		}
		n := utf8.RuneCountInString(s)
		if fd.Max != nil && float64(n) > *fd.Max {
			f.fail(path, i18n.Ref("reason.at_most_chars", int(*fd.Max)))
			return nil, false
		}
		if fd.Min != nil && float64(n) < *fd.Min {
			f.fail(path, i18n.Ref("reason.at_least_chars", int(*fd.Min)))
			return nil, false
		}
		if fd.Check == "request" && strings.HasSuffix(path, "]."+fd.Name) {
			f.rowTexts = append(f.rowTexts, rowText{path, s, cur})
		} else if fd.Check != "" {
			f.check(path, s, fd.Check)
		}
		return s, true
	case "date":
		return f.date(fd, v, path)
	case "datetime":
		s, _ := v.(string)
		s = strings.TrimSpace(s)
		t, err := time.Parse(time.RFC3339, s)
		for _, layout := range []string{"2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
			if err == nil {
				break
			}
			// Without a zone, the time is the calendar's (Asia/Shanghai).
			t, err = time.ParseInLocation(layout, s, f.env.Time.Location())
		}
		if err != nil {
			f.fail(path, "reason.rfc_3339_time")
			return nil, false
		}
		if !yearInRange(t.In(f.env.Time.Location())) {
			f.fail(path, yearReason)
			return nil, false
		}
		return t.In(f.env.Time.Location()).Format(time.RFC3339), true
	case "int":
		if _, isString := v.(string); isString && f.strict {
			if f.types == nil {
				f.types = map[string]string{}
			}
			f.types[path] = "reason.must_be_json_number_not"
			return nil, false
		}
		n, ok := number(v)
		if !ok || n != math.Trunc(n) {
			f.fail(path, "reason.must_be_whole_number")
			return nil, false
		}
		if fd.Min != nil && n < *fd.Min || fd.Max != nil && n > *fd.Max {
			f.fail(path, i18n.Ref("reason.out_of_range", fmt.Sprintf("%g", deref(fd.Min, math.Inf(-1))), fmt.Sprintf("%g", deref(fd.Max, math.Inf(1)))))
			return nil, false
		}
		return int64(n), true
	case "decimal":
		d, err := parseDecimal(v)
		if err != nil || roundHalfUp(d, 2).Cmp(d) != 0 {
			f.fail(path, "reason.number_with_at_most_2")
			return nil, false
		}
		if d.Sign() < 0 {
			f.fail(path, "reason.must_not_be_negative")
			return nil, false
		}
		return formatDecimal(d, 2), true
	case "bool":
		b, ok := v.(bool)
		if !ok {
			f.fail(path, "reason.must_be_true_or_false")
			return nil, false
		}
		return b, true
	case "enum":
		s, _ := v.(string)
		for _, o := range fd.Options {
			if s == o {
				return s, true
			}
		}
		f.fail(path, i18n.Ref("reason.one_of", strings.Join(fd.Options, ", ")))
		return nil, false
	case "email":
		s, _ := v.(string)
		a, err := mail.ParseAddress(strings.TrimSpace(s))
		if err != nil || a.Name != "" || SingleLineReason(s) != "" {
			f.fail(path, "reason.invalid_email_address")
			return nil, false
		}
		return a.Address, true
	case "user":
		return f.user(fd, v, path, cur)
	case "department":
		s, _ := v.(string)
		if _, ok := f.env.Org.Department(s); !ok {
			f.fail(path, "reason.unknown_department")
			return nil, false
		}
		return s, true
	case "party":
		s, _ := v.(string)
		p, ok := f.env.Org.Party(s)
		if !ok {
			f.fail(path, "reason.unknown_party")
			return nil, false
		}
		// options, when given, name the kinds of party the field takes.
		if len(fd.Options) > 0 && !slices.Contains(fd.Options, p.Kind) {
			f.fail(path, i18n.Ref("reason.party_of_kind", strings.Join(fd.Options, ", ")))
			return nil, false
		}
		return s, true
	case "rows":
		return f.rows(fd, v, path)
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			f.fail(path, "reason.must_be_object")
			return nil, false
		}
		return f.values(fd.Columns, m, path+"."), true
	case "quote":
		q, errs := parseQuote(v)
		for k, why := range errs {
			f.fail(path+k, why)
		}
		if len(errs) > 0 {
			return nil, false
		}
		return q.JSON(), true
	}
	f.fail(path, "reason.unsupported_field_type")
	return nil, false
}

// Dates and times a form accepts: years MinYear to MaxYear.
const (
	MinYear = 2000
	MaxYear = 2100
)

const yearReason = "reason.year_must_be_2000_to"

func yearInRange(t time.Time) bool { return t.Year() >= MinYear && t.Year() <= MaxYear }

func (f *form) date(fd Field, v any, path string) (any, bool) {
	s, _ := v.(string)
	s = strings.TrimSpace(s)
	loc := f.env.Time.Location()
	d, err := time.ParseInLocation("2006-01-02", s, loc)
	if err != nil {
		fs := check.Check(s, check.Options{Kind: check.Date, Now: f.env.Now, Calendar: f.env.Time, Location: loc})
		if check.HasBlocking(fs) {
			f.fail(path, "reason.vague_time_give_date")
		} else {
			f.fail(path, "reason.must_be_date_yyyy_mm")
		}
		return nil, false
	}
	if !yearInRange(d) {
		f.fail(path, yearReason)
		return nil, false
	}
	if fd.NotPast {
		today := f.env.Now.In(loc)
		y, m, dd := today.Date()
		if d.Before(time.Date(y, m, dd, 0, 0, 0, 0, loc)) {
			f.fail(path, "reason.date_is_in_past")
			return nil, false
		}
	}
	if !f.env.Time.IsWorkday(d) {
		f.findings = append(f.findings, Finding{Field: path, Finding: check.Finding{
			Rule: "non_working_day", Severity: check.Severity("warn"), Start: 0, End: utf8.RuneCountInString(s),
			Message: "该日期不是工作日 (not a working day)", Suggestion: "请确认是否应改为相邻的工作日",
		}})
	}
	if fd.NotAfter != "" {
		limit, err := time.ParseInLocation("2006-01-02", str(f.known[fd.NotAfter]), loc)
		if err == nil && d.After(limit) {
			f.findings = append(f.findings, Finding{Field: path, Finding: check.Finding{
				Rule: RuleLaterThanExpected, Severity: check.Warn, Start: 0, End: utf8.RuneCountInString(s),
				Message:    fmt.Sprintf("晚于需求方期望的完成日期%d年%d月%d日", limit.Year(), limit.Month(), limit.Day()),
				Suggestion: "请与需求方确认；如确需延后，请在备注中说明原因",
			}})
		}
	}
	return s, true
}

func (f *form) user(fd Field, v any, path string, cur map[string]any) (any, bool) {
	s, _ := v.(string)
	u, ok := f.env.Org.User(s)
	if !ok {
		f.fail(path, "reason.unknown_user")
		return nil, false
	}
	if fd.InDept != "" {
		if dept := f.lookup(fd.InDept, cur); dept != "" && u.Dept != dept {
			f.fail(path, "reason.not_member_of_department")
			return nil, false
		}
	}
	return u.Login, true
}

func (f *form) rows(fd Field, v any, path string) (any, bool) {
	list, ok := v.([]any)
	if !ok {
		f.fail(path, "reason.must_be_list")
		return nil, false
	}
	if fd.Min != nil && float64(len(list)) < *fd.Min {
		f.fail(path, i18n.Ref("reason.at_least_rows", int(*fd.Min)))
		return nil, false
	}
	if fd.Max != nil && float64(len(list)) > *fd.Max {
		f.fail(path, i18n.Ref("reason.at_most_rows", int(*fd.Max)))
		return nil, false
	}
	out := make([]any, 0, len(list))
	prev := ""
	for i, r := range list {
		m, ok := r.(map[string]any)
		rp := fmt.Sprintf("%s[%d]", path, i)
		if !ok {
			f.fail(rp, "reason.must_be_object")
			continue
		}
		row := f.values(fd.Columns, m, rp+".")
		if fd.Ordered != "" {
			d, _ := row[fd.Ordered].(string)
			if d != "" && prev != "" && d < prev {
				f.fail(rp+"."+fd.Ordered, "reason.dates_must_be_in_order")
			}
			if d != "" {
				prev = d
			}
		}
		out = append(out, row)
	}
	return out, true
}

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

func number(v any) (float64, bool) {
	switch n := v.(type) {
	case json.Number:
		x, err := n.Float64()
		return x, err == nil
	case float64:
		return n, true
	case int:
		return float64(n), true
	case int64:
		return float64(n), true
	case string:
		x, err := strconv.ParseFloat(strings.TrimSpace(n), 64)
		return x, err == nil
	}
	return 0, false
}

func deref(p *float64, def float64) float64 {
	if p == nil {
		return def
	}
	return *p
}

// joinLines joins a list of strings: one per line in a long text, with 、
// in a one-line text. Anything but strings is refused.
func joinLines(list []any, typ string) (string, bool) {
	parts := make([]string, 0, len(list))
	for _, x := range list {
		s, ok := x.(string)
		if !ok {
			return "", false
		}
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	sep := "、"
	if typ == "longtext" {
		sep = "\n"
	}
	return strings.Join(parts, sep), true
}

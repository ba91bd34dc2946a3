package ui

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/check"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
)

// spareRows is how many empty rows a rows field offers beyond those filled,
// so that rows can be added without JavaScript; blank rows are ignored.
const spareRows = 3

// option is one choice of a select.
type option struct {
	Value, Label string
	Dept         string // users: their department, so a script can narrow the list
	// parties: the primary contact, so a script can fill the contact fields
	Contact admin.Contact
	Kind    string // parties and their contacts: customer, supplier, partner
}

// finding is a checker finding as shown next to a field.
type finding struct {
	Rule       string // the checker's rule, whose English text the English pages show
	Severity   string
	Message    string
	Suggestion string
	Quote      string // the words found
}

// input is one field of a rendered form.
type input struct {
	Name      string // the form name, e.g. tasks.0.item
	ID        string // the element id
	Label     string
	Control   string // how it is entered: the field type's shape (process.Shape), "select" for a choice
	HTMLType  string // a line's <input type>
	InputMode string // a line's keyboard on a phone
	AutoFill  string // a line's autocomplete, when the browser may fill it in
	Required  bool
	Value     string
	Checked   bool
	Options   []option
	Error     string
	Findings  []finding
	Hint      string // a message key
	InDept    string // users: the form name of the department field that narrows them
	Check     string // the checker kind for live hints (text, request, standard)
	List      string // the id of a datalist of known values (contacts' names and addresses)
	Limit     string // a date field: the date of the case it should not pass (YYYY-MM-DD)
	LimitText string // the same as people read it
	Columns   []input
	Rows      [][]input // rows fields: one slice of cells per row
	Sub       []input   // object and quote fields
}

// formState is what a form holds between submissions: the values the user
// typed (by form name), the errors and findings by form name.
type formState struct {
	Values   url.Values
	Errors   map[string]string
	Findings map[string][]finding
}

// options gives the choices of department, user and party fields.
type options struct {
	Departments []option
	Users       []option
	Parties     []option
	Contacts    []option // every known contact of a party by name, labelled with the party
	Emails      []option // the same by address
}

// formInputs builds the inputs of fields, filled from st.
func formInputs(fields []process.Field, prefix string, st formState, opts options, lang string) []input {
	var out []input
	for _, f := range fields {
		out = append(out, formInput(f, prefix+f.Name, st, opts, lang))
	}
	return out
}

func formInput(f process.Field, name string, st formState, opts options, lang string) input {
	t := process.TypeOf(f)
	fi := t.Input(f)
	in := input{Name: name, ID: "f-" + strings.ReplaceAll(name, ".", "-"), Label: inLang(f.Label, lang), Required: f.Required,
		Control: t.Shape().String(), HTMLType: fi.Type, InputMode: fi.InputMode, AutoFill: fi.Autocomplete,
		Value: st.Values.Get(name), Error: st.Errors[name], Findings: st.Findings[name], Check: f.Check}
	for _, o := range fi.Options {
		in.Options = append(in.Options, option{Value: o.Value, Label: zhOnly(o.Label.In(lang), lang)})
	}
	switch fi.From {
	case process.FromDepartments:
		in.Options = opts.Departments
	case process.FromUsers:
		in.Options = opts.Users
		if f.InDept != "" {
			in.InDept = strings.TrimSuffix(name, f.Name) + f.InDept
		}
		if f.Default == "head" {
			in.Hint = "form.default_head"
		}
	case process.FromParties:
		in.Options = ofKinds(opts.Parties, f.Options)
	}
	if f.CaseOf != "" {
		in.List = "cases-" + f.CaseOf // known case keys (newcase.go)
	}
	switch t.Shape() {
	case process.ShapeCheckbox:
		in.Checked = in.Value == "on" || in.Value == "true"
	case process.ShapeRows:
		in.Columns = formInputs(f.Columns, "", formState{}, opts, lang)
		// The rows filled, then blanks up to spareRows in all (at least
		// one): a failed submit shows no more empty rows than the form had.
		n := rowCount(st.Values, name)
		total := max(spareRows, n+1)
		for i := 0; i < total; i++ {
			in.Rows = append(in.Rows, formInputs(f.Columns, fmt.Sprintf("%s.%d.", name, i), st, opts, lang))
		}
	case process.ShapeObject:
		in.Sub = formInputs(f.Columns, name+".", st, opts, lang)
		// A party's contact: the known ones are offered, and a script
		// fills them in from the party chosen (known contacts prefilled).
		for i := range in.Sub {
			switch {
			case f.Name == "contact" && in.Sub[i].Name == name+".name":
				in.Sub[i].List = "known-contacts"
			case f.Name == "contact" && in.Sub[i].Name == name+".email":
				in.Sub[i].List = "known-emails"
			}
		}
	case process.ShapeQuote:
		in.Sub = formInputs(process.QuoteFields, name+".", st, opts, lang)
	}
	return in
}

// ofKinds keeps the parties (or contacts) of the kinds a party field
// accepts (a customer field offers customers); no kinds keeps all.
func ofKinds(list []option, kinds []string) []option {
	if len(kinds) == 0 {
		return list
	}
	var out []option
	for _, o := range list {
		if slices.Contains(kinds, o.Kind) {
			out = append(out, o)
		}
	}
	return out
}

// withChoices turns the inputs that name a sub-item (a feedback item's
// number, a milestone's name) into lists of the items they may name now:
// a reference is chosen, never typed. The engine still refuses any other.
func withChoices(list []input, choices map[string][]process.Choice) []input {
	for i := range list {
		cs, ok := choices[list[i].Name]
		if !ok {
			continue
		}
		list[i].Control, list[i].Options = process.ShapeSelect.String(), []option{}
		for _, c := range cs {
			list[i].Options = append(list[i].Options, option{Value: c.Value, Label: c.Label})
		}
		if len(cs) == 0 {
			list[i].Hint = "form.no_choices"
		}
	}
	return list
}

// rowCount is the number of rows submitted for a rows field (the highest
// index seen plus one).
func rowCount(vals url.Values, name string) int {
	n := 0
	p := name + "."
	for k := range vals {
		if !strings.HasPrefix(k, p) {
			continue
		}
		rest := k[len(p):]
		i := strings.IndexByte(rest, '.')
		if i < 0 {
			continue
		}
		if x, err := strconv.Atoi(rest[:i]); err == nil && x+1 > n && x < 200 {
			n = x + 1
		}
	}
	return n
}

// parseForm turns submitted values into the engine's input and compacts
// rows fields in vals (blank rows removed), so that the engine's row
// indexes and the re-rendered form's agree.
func parseForm(fields []process.Field, prefix string, vals url.Values, loc *time.Location) map[string]any {
	out := map[string]any{}
	for _, f := range fields {
		name := prefix + f.Name
		t := process.TypeOf(f)
		switch t.Shape() {
		case process.ShapeRows:
			var rows []any
			n := rowCount(vals, name)
			kept := 0
			for i := 0; i < n; i++ {
				rp := fmt.Sprintf("%s.%d.", name, i)
				row := parseForm(f.Columns, rp, vals, loc)
				// Move the row down to its compacted index.
				for _, c := range f.Columns {
					v := vals.Get(rp + c.Name)
					vals.Del(rp + c.Name)
					if len(row) > 0 {
						vals.Set(fmt.Sprintf("%s.%d.%s", name, kept, c.Name), v)
					}
				}
				if len(row) > 0 {
					rows = append(rows, row)
					kept++
				}
			}
			if len(rows) > 0 {
				out[f.Name] = rows
			}
		case process.ShapeObject:
			if m := parseForm(f.Columns, name+".", vals, loc); len(m) > 0 {
				out[f.Name] = m
			}
		case process.ShapeQuote:
			m := parseForm(process.QuoteFields, name+".", vals, loc)
			if len(m) > 0 {
				if _, ok := m["items"]; !ok {
					m["items"] = []any{}
				}
				out[f.Name] = m
			}
		default:
			if v := strings.TrimSpace(vals.Get(name)); v != "" {
				out[f.Name] = t.Parse(f, v, loc)
			}
		}
	}
	return out
}

// errorName turns an engine field path (tasks[0].item, quote.items[1].qty)
// into a form name (tasks.0.item).
func errorName(p string) string {
	p = strings.ReplaceAll(p, "[", ".")
	p = strings.ReplaceAll(p, "]", "")
	return p
}

// formErrors maps the engine's field errors onto form names, in the
// visitor's language; errors on names the form lacks are returned apart.
func formErrors(fields map[string]string, lang string) map[string]string {
	out := map[string]string{}
	for k, v := range fields {
		out[errorName(k)] = reason(v, lang)
	}
	return out
}

// formFindings puts the engine's findings on the form's inputs, each with
// the words it found.
func formFindings(found []process.Finding, vals url.Values) map[string][]finding {
	out := map[string][]finding{}
	for _, f := range found {
		name := errorName(f.Field)
		out[name] = append(out[name], finding{Rule: f.Rule, Severity: string(f.Severity), Message: f.Message, Suggestion: f.Suggestion,
			Quote: slice(strings.TrimSpace(vals.Get(name)), f.Start, f.End)})
	}
	return out
}

// invalidFields are the field errors of an Invalid problem, nil for any
// other outcome.
func invalidFields(err error) map[string]string {
	if err == nil || problem.CodeOf(err) != problem.Invalid {
		return nil
	}
	return problem.As(err).Fields
}

// slice returns the characters [start, end) of s, counted in runes.
func slice(s string, start, end int) string {
	r := []rune(s)
	if start < 0 || end > len(r) || start >= end {
		return ""
	}
	return string(r[start:end])
}

// blocking reports whether any finding must be fixed before sending.
func blocking(fs map[string][]finding) bool {
	for _, list := range fs {
		for _, f := range list {
			if f.Severity == string(check.Block) {
				return true
			}
		}
	}
	return false
}

// orphanErrors lists errors whose names no input of the form shows, so they
// are not lost (e.g. an error on a whole rows field).
func orphanErrors(errs map[string]string, inputs []input) []string {
	shown := map[string]bool{}
	var walk func([]input)
	walk = func(list []input) {
		for _, in := range list {
			shown[in.Name] = true
			walk(in.Sub)
			for _, row := range in.Rows {
				walk(row)
			}
		}
	}
	walk(inputs)
	var out []string
	for k, v := range errs {
		if !shown[k] {
			out = append(out, k+": "+v)
		}
	}
	sort.Strings(out)
	return out
}

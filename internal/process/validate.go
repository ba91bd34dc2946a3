package process

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/liaison-dev/liaison/internal/calendar"
)

var (
	idPattern     = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,63}$`)
	prefixPattern = regexp.MustCompile(`^[A-Z]{1,6}$`)
	clockPattern  = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)
)

// validate returns every problem of a definition, each naming its line.
func validate(d *Definition) []string {
	var errs []string
	bad := func(line int, format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		if line > 0 {
			msg = fmt.Sprintf("line %d: %s", line, msg)
		}
		errs = append(errs, msg)
	}
	if !idPattern.MatchString(d.ID) {
		bad(0, "id %q must be lower-case letters, digits, - or _", d.ID)
	}
	if d.Name.Zh == "" {
		bad(0, "name.zh is required")
	}
	if !prefixPattern.MatchString(d.KeyPrefix) {
		bad(0, "key_prefix %q must be 1 to 6 capital letters", d.KeyPrefix)
	}
	roles := map[string]bool{}
	for _, r := range d.Roles {
		if !idPattern.MatchString(r.ID) || roles[r.ID] {
			bad(r.Line, "role id %q is invalid or repeated", r.ID)
		}
		roles[r.ID] = true
	}
	fields := map[string]*Field{}
	for i := range d.Fields {
		fields[d.Fields[i].Name] = &d.Fields[i]
	}
	for _, r := range d.Roles {
		n := 0
		for _, set := range []bool{r.Opener, r.Field != "", r.HeadOfRole != "", r.HeadOf != "", r.HeadOfDept != "", r.Dept != "", r.PartyField != "", r.RowsField != ""} {
			if set {
				n++
			}
		}
		if n != 1 {
			bad(r.Line, "role %q must say exactly one of opener, field, head_of_role, head_of, head_of_dept, dept, party_field, rows_field", r.ID)
		}
		if r.HeadOfRole != "" && !roles[r.HeadOfRole] {
			bad(r.Line, "role %q: head_of_role names unknown role %q", r.ID, r.HeadOfRole)
		}
		if r.HeadOf != "" && (fields[r.HeadOf] == nil || fields[r.HeadOf].Type != "department") {
			bad(r.Line, "role %q: head_of must name a department field of the form", r.ID)
		}
		if r.PartyField != "" && (fields[r.PartyField] == nil || fields[r.PartyField].Type != "party") {
			bad(r.Line, "role %q: party_field must name a party field of the form", r.ID)
		}
	}
	checkFields(d.Fields, fields, bad)
	for _, c := range d.CC {
		if !roles[c] {
			bad(0, "cc names unknown role %q", c)
		}
	}
	states := map[string]*State{}
	for _, s := range d.States {
		if !idPattern.MatchString(s.ID) || states[s.ID] != nil {
			bad(s.Line, "state id %q is invalid or repeated", s.ID)
		}
		states[s.ID] = s
	}
	if states[d.Initial] == nil {
		bad(0, "initial state %q is not defined", d.Initial)
	}
	roleList := func(line int, what string, list []string) {
		for _, r := range list {
			if !roles[r] {
				bad(line, "%s names unknown role %q", what, r)
			}
		}
	}
	for _, s := range d.States {
		validateState(d, s, states, roleList, bad)
	}
	for _, name := range d.FormAlso {
		if d.caseField(name) == nil {
			bad(0, "form_also names %q, which no form field or kept action field is", name)
		}
	}
	reach := map[string]bool{}
	var walk func(string)
	walk = func(id string) {
		if reach[id] || states[id] == nil {
			return
		}
		reach[id] = true
		for _, a := range states[id].Actions {
			for _, t := range a.Targets() {
				walk(t)
			}
		}
	}
	walk(d.Initial)
	for _, s := range d.States {
		if !reach[s.ID] {
			bad(s.Line, "state %q cannot be reached from %q", s.ID, d.Initial)
		}
	}
	return errs
}

func validateState(d *Definition, s *State, states map[string]*State, roleList func(int, string, []string), bad func(int, string, ...any)) {
	if s.Name.Zh == "" {
		bad(s.Line, "state %q needs name.zh", s.ID)
	}
	if s.Terminal {
		if len(s.Actions) > 0 || s.Deadline != nil || s.Recur != nil || s.Weekly != nil {
			bad(s.Line, "terminal state %q can have no actions or deadlines", s.ID)
		}
		return
	}
	exits := false
	for _, a := range s.Actions {
		if len(a.Targets()) > 0 {
			exits = true
		}
	}
	if !exits {
		bad(s.Line, "state %q has no way out but is not terminal", s.ID)
	}
	roleList(s.Line, "actors of "+s.ID, s.Actors)
	if dl := s.Deadline; dl != nil {
		if len(s.Actors) == 0 && len(dl.RemindTo) == 0 {
			bad(s.Line, "state %q has a deadline but no owner (actors)", s.ID)
		}
		n := 0
		for _, set := range []bool{dl.In != "" && dl.AtField == "", dl.InBy != nil, dl.AtField != ""} {
			if set {
				n++
			}
		}
		if n > 1 {
			bad(s.Line, "state %q: deadline takes one of in, in_by or at_field (at_field may have in beside it as its default)", s.ID)
		}
		if dl.InBy != nil {
			validateInBy(d, s, dl.InBy, bad)
		}
		if dl.In != "" {
			if _, err := calendar.ParseSpan(dl.In); err != nil {
				bad(s.Line, "state %q: deadline %q: %v", s.ID, dl.In, err)
			}
		}
		if dl.AtField != "" && !d.hasDateField(dl.AtField) {
			bad(s.Line, "state %q: at_field %q is no date field of the form or its actions", s.ID, dl.AtField)
		}
		if dl.Remind != "" && dl.Remind != "half" {
			if _, err := calendar.ParseSpan(dl.Remind); err != nil {
				bad(s.Line, "state %q: remind %q: %v", s.ID, dl.Remind, err)
			}
		}
		if dl.In == "" && dl.InBy == nil && dl.AtField == "" && dl.Remind == "" {
			bad(s.Line, "state %q: deadline needs in, in_by, at_field or remind", s.ID)
		}
		roleList(s.Line, "escalate of "+s.ID, dl.Escalate)
		roleList(s.Line, "remind_to of "+s.ID, dl.RemindTo)
		roleList(s.Line, "deadline by of "+s.ID, dl.By)
		if dl.AfterItems != "" && !d.opensItems(dl.AfterItems) {
			bad(s.Line, "state %q: after_items %q is no kind of item an action opens or assigns", s.ID, dl.AfterItems)
		}
		if dl.Action != "" && s.Action(dl.Action) == nil {
			bad(s.Line, "state %q: deadline action %q is not an action of the state", s.ID, dl.Action)
		}
	}
	if r := s.Recur; r != nil {
		if _, err := calendar.ParseSpan(r.Every); err != nil {
			bad(s.Line, "state %q: recur every %q: %v", s.ID, r.Every, err)
		}
		for _, a := range r.ResetBy {
			if s.Action(a) == nil {
				bad(s.Line, "state %q: recur reset_by names unknown action %q", s.ID, a)
			}
		}
		roleList(s.Line, "recur of "+s.ID, r.RemindTo)
	}
	if w := s.Weekly; w != nil {
		if w.Every != "" && w.Every != "week" && w.Every != "month" {
			bad(s.Line, "state %q: weekly every is week or month", s.ID)
		}
		if _, ok := weekdays[w.Weekday]; !ok && w.Every != "month" {
			bad(s.Line, "state %q: weekly weekday %q unknown", s.ID, w.Weekday)
		}
		if !clockPattern.MatchString(w.Due) || (w.Remind != "" && !clockPattern.MatchString(w.Remind)) {
			bad(s.Line, "state %q: weekly due and remind are HH:MM", s.ID)
		}
		if w.RemindBefore < 0 || w.RemindBefore > 5 || (w.RemindBefore > 0 && w.Remind == "") {
			bad(s.Line, "state %q: weekly remind_before is 0 to 5 working days and needs remind", s.ID)
		}
		if s.Action(w.Action) == nil {
			bad(s.Line, "state %q: weekly action %q is not an action of the state", s.ID, w.Action)
		}
		roleList(s.Line, "weekly of "+s.ID, append(append([]string{}, w.RemindTo...), w.Escalate...))
	}
	seen := map[string]bool{}
	for _, a := range s.Actions {
		if !idPattern.MatchString(a.ID) || seen[a.ID] || a.ID == "comment" {
			bad(a.Line, "action id %q is invalid, repeated or reserved", a.ID)
		}
		seen[a.ID] = true
		if len(a.By) == 0 {
			bad(a.Line, "action %q: by names no role", a.ID)
		}
		roleList(a.Line, "action "+a.ID, a.By)
		roleList(a.Line, "countersign of "+a.ID, a.Countersign)
		roleList(a.Line, "on_behalf of "+a.ID, a.OnBehalf)
		if a.PartyReads != "" && a.PartyReads != "always" && a.PartyReads != "never" && (a.ReadableAfter() == "" || !d.hasAction(a.ReadableAfter())) {
			bad(a.Line, "action %q: party_reads is always, never or after ACTION, naming an action of the process", a.ID)
		}
		for _, n := range a.Notify {
			roleList(a.Line, "notify of "+a.ID, n.To)
		}
		for _, t := range a.Targets() {
			if states[t] == nil {
				bad(a.Line, "action %q goes to unknown state %q", a.ID, t)
			}
		}
		fields := map[string]*Field{}
		for i := range d.Fields {
			fields[d.Fields[i].Name] = &d.Fields[i]
		}
		for i := range a.Fields {
			fields[a.Fields[i].Name] = &a.Fields[i]
		}
		checkFields(a.Fields, fields, bad)
		for _, f := range a.Fields {
			if !f.Replace {
				continue
			}
			var form *Field
			for i := range d.Fields {
				if d.Fields[i].Name == f.Name {
					form = &d.Fields[i]
				}
			}
			switch {
			case form == nil:
				bad(f.Line, "action %q: field %q replaces no field of the form", a.ID, f.Name)
			case form.Type != f.Type:
				bad(f.Line, "action %q: field %q is %s but replaces a %s", a.ID, f.Name, f.Type, form.Type)
			case f.Keep:
				bad(f.Line, "action %q: field %q cannot both keep and replace", a.ID, f.Name)
			}
		}
		for _, r := range a.Routes {
			if fields[r.Field] == nil {
				bad(a.Line, "action %q routes on unknown field %q", a.ID, r.Field)
			}
		}
		if it := a.Item; it != nil {
			if it.Op != "open" && it.Op != "update" && it.Op != "settle" {
				bad(a.Line, "action %q: item op must be open, update or settle", a.ID)
			}
			if it.Op == "settle" && (len(it.From) == 0 || it.Status == "") {
				bad(a.Line, "action %q: item settle needs from and status", a.ID)
			}
			if it.Op == "open" {
				if _, err := calendar.ParseSpan(it.Due); err != nil {
					bad(a.Line, "action %q: item due %q: %v", a.ID, it.Due, err)
				}
			}
			if it.DueIn != nil {
				if fields[it.DueIn.Field] == nil || fields[it.DueIn.Field].Type != "enum" {
					bad(a.Line, "action %q: item due_in_by field %q is no enum field of the action", a.ID, it.DueIn.Field)
				}
				for v, sp := range it.DueIn.Values {
					if _, err := calendar.ParseSpan(sp); err != nil {
						bad(a.Line, "action %q: item due_in_by %s: %v", a.ID, v, err)
					}
				}
			}
			if it.Op == "update" && it.Due != "" {
				if _, err := calendar.ParseSpan(it.Due); err != nil {
					bad(a.Line, "action %q: item due %q: %v", a.ID, it.Due, err)
				}
			}
			if it.DueField != "" && (fields[it.DueField] == nil || fields[it.DueField].Type != "date") {
				bad(a.Line, "action %q: item due_field %q is no date field of the action", a.ID, it.DueField)
			}
			if it.Op == "update" && fields[it.IDField] == nil && fields[it.Match] == nil {
				bad(a.Line, "action %q: item update needs id_field or match naming a field of the action", a.ID)
			}
			roleList(a.Line, "item of "+a.ID, append(append([]string{}, it.Escalate...), it.RemindTo...))
		}
		for dst, src := range a.Set {
			if d.caseField(dst) == nil || d.caseField(src) == nil {
				bad(a.Line, "action %q: set %s ← %s names a field the case does not hold", a.ID, dst, src)
			}
		}
		if r := a.ReplanMilestone; r != "" {
			if r != "propose" && r != "accept" && r != "reject" {
				bad(a.Line, "action %q: replan_milestone is propose, accept or reject", a.ID)
			}
			if firstMilestoneAction(d) == nil || !hasField(a.Fields, "name") || (r == "propose" && (!hasField(a.Fields, "proposed_date") || !hasField(a.Fields, "replan_reason"))) {
				bad(a.Line, "action %q: replan_milestone needs milestones planned in the process and fields name (and proposed_date, replan_reason to propose)", a.ID)
			}
		}
		if a.File != nil && (strings.TrimSpace(a.File.Zh) == "" || strings.TrimSpace(a.File.En) == "") {
			bad(a.Line, "action %q: file names the file wanted in zh and en", a.ID)
		}
		for _, r := range a.Requires {
			kind, arg, _ := strings.Cut(r, ":")
			if (kind != "done" && kind != "items_resolved" && kind != "field") || arg == "" {
				bad(a.Line, "action %q: requires %q is not done:ACTION, items_resolved:KIND or field:NAME", a.ID, r)
			}
		}
		for _, f := range a.Fields {
			if f.NotAfter != "" && (f.Type != "date" || !d.hasDateField(f.NotAfter)) {
				bad(f.Line, "action %q: field %q: not_after %q must be a date field beside a date field of the case", a.ID, f.Name, f.NotAfter)
			}
		}
		for _, k := range a.WarnOpen {
			if itemKindNames[k] == "" {
				bad(a.Line, "action %q: warn_open %q is not an item kind (milestone, action_item, feedback)", a.ID, k)
			}
		}
		if m := a.Milestones; m != nil {
			if fields[m.Field] == nil || fields[m.Field].Type != "rows" {
				bad(a.Line, "action %q: milestones must name a rows field of the action", a.ID)
			}
			if m.Days < 0 || m.Days > 60 {
				bad(a.Line, "action %q: milestones days must be 0 to 60", a.ID)
			}
			roleList(a.Line, "milestones of "+a.ID, m.Notify)
		}
	}
}

func checkFields(list []Field, all map[string]*Field, bad func(int, string, ...any)) {
	seen := map[string]bool{}
	for _, f := range list {
		if !idPattern.MatchString(f.Name) || seen[f.Name] {
			bad(f.Line, "field name %q is invalid or repeated", f.Name)
		}
		seen[f.Name] = true
		if _, ok := fieldTypes[f.Type]; !ok {
			bad(f.Line, "field %q has unknown type %q", f.Name, f.Type)
		}
		if f.Type == "party" {
			for _, o := range f.Options {
				if o != "customer" && o != "supplier" && o != "partner" {
					bad(f.Line, "party field %q: options are kinds of party: customer, supplier, partner", f.Name)
				}
			}
		}
		switch {
		case f.Party != "" && f.Party != PartyReadField && f.Party != PartyHiddenField:
			bad(f.Line, "field %q: party is read or hidden", f.Name)
		case f.Party == PartyReadField && (f.Type == "user" || f.Name == "evidence"):
			bad(f.Line, "field %q: staff logins and evidence are never read by a party", f.Name)
		}
		for v := range f.OptionNames {
			if !slices.Contains(f.Options, v) {
				bad(f.Line, "field %q: option_names names %q, which is not an option", f.Name, v)
			}
		}
		if f.CaseOf != "" && (f.Type != "text" || !idPattern.MatchString(f.CaseOf)) {
			bad(f.Line, "field %q: case_of is for a text field and names a process id", f.Name)
		}
		if f.Type == "enum" && len(f.Options) == 0 {
			bad(f.Line, "enum field %q needs options", f.Name)
		}
		if (f.Type == "rows" || f.Type == "object") && len(f.Columns) == 0 {
			bad(f.Line, "field %q needs columns", f.Name)
		}
		if c := f.RequiredIf; c != nil && (c.Field == f.Name || all[c.Field] == nil || c.Equals == "") {
			bad(f.Line, "field %q: required_if names another field of the form and a value", f.Name)
		}
		if f.NotBefore != "" && (f.Type != "date" || all[f.NotBefore] == nil || (all[f.NotBefore].Type != "date" && all[f.NotBefore].Type != "datetime")) {
			bad(f.Line, "field %q: not_before names a date or datetime field of the form", f.Name)
		}
		if f.NotFuture && (f.NotPast || (f.Type != "date" && f.Type != "datetime")) {
			bad(f.Line, "field %q: not_future is for a date or datetime field without not_past", f.Name)
		}
		if f.InDept != "" && (all[f.InDept] == nil || all[f.InDept].Type != "department") {
			bad(f.Line, "field %q: in_dept must name a department field", f.Name)
		}
		if f.Default != "" {
			switch f.Type {
			case "user":
				if f.Default != "head" || f.InDept == "" {
					bad(f.Line, "field %q: a user field's default can only be head, with in_dept", f.Name)
				}
			case "rows", "object", "quote", "bool":
				bad(f.Line, "field %q: a %s field takes no default", f.Name, f.Type)
			case "enum":
				if !slices.Contains(f.Options, f.Default) {
					bad(f.Line, "field %q: default %q is not one of its options", f.Name, f.Default)
				}
			}
		}
		switch f.Check {
		case "", "text", "request", "standard":
		default:
			bad(f.Line, "field %q: check must be text, request or standard", f.Name)
		}
		if len(f.Columns) > 0 {
			cols := map[string]*Field{}
			for i := range f.Columns {
				cols[f.Columns[i].Name] = &f.Columns[i]
			}
			checkFields(f.Columns, cols, bad)
		}
	}
}

// Targets lists the states an action may lead to.
func (a *Action) Targets() []string {
	var out []string
	if a.To != "" {
		out = append(out, a.To)
	}
	for _, r := range a.Routes {
		out = append(out, r.To)
	}
	return out
}

// hasDateField reports whether a date field with this name exists in the
// form or in any action.
func (d *Definition) hasDateField(name string) bool {
	if head, col, ok := strings.Cut(name, "."); ok {
		return d.hasRowsDate(head, col)
	}
	for _, f := range d.Fields {
		if f.Name == name && f.Type == "date" {
			return true
		}
	}
	for _, s := range d.States {
		for _, a := range s.Actions {
			for _, f := range a.Fields {
				if f.Name == name && f.Type == "date" {
					return true
				}
			}
		}
	}
	return false
}

// validateInBy checks a deadline chosen by a field's value: the field is an
// enum the case holds (a form field, or an action field it keeps), every
// value is one of its options and every span parses.
func validateInBy(d *Definition, s *State, ib *InBy, bad func(int, string, ...any)) {
	f := d.caseField(ib.Field)
	if f == nil || f.Type != "enum" {
		bad(s.Line, "state %q: in_by field %q is no enum field of the form (or kept by an action)", s.ID, ib.Field)
	}
	keys := make([]string, 0, len(ib.Values))
	for k := range ib.Values {
		keys = append(keys, k)
	}
	sort.Strings(keys) // errors in a stable order
	for _, k := range keys {
		if f != nil && !slices.Contains(f.Options, k) {
			bad(s.Line, "state %q: in_by value %q is not an option of %q", s.ID, k, ib.Field)
		}
		if _, err := calendar.ParseSpan(ib.Values[k]); err != nil {
			bad(s.Line, "state %q: in_by %s %q: %v", s.ID, k, ib.Values[k], err)
		}
	}
	if ib.Default == "" {
		bad(s.Line, "state %q: in_by needs a default span", s.ID)
	} else if _, err := calendar.ParseSpan(ib.Default); err != nil {
		bad(s.Line, "state %q: in_by default %q: %v", s.ID, ib.Default, err)
	}
}

// caseField returns the field with this name that a case holds: one of
// the form, or one an action keeps.
func (d *Definition) caseField(name string) *Field {
	for i := range d.Fields {
		if d.Fields[i].Name == name {
			return &d.Fields[i]
		}
	}
	for _, s := range d.States {
		for _, a := range s.Actions {
			for i := range a.Fields {
				if a.Fields[i].Name == name && a.Fields[i].Keep {
					return &a.Fields[i]
				}
			}
		}
	}
	return nil
}

// hasRowsDate reports whether a rows field of the form or an action has a
// date column col.
func (d *Definition) hasRowsDate(rows, col string) bool {
	fields := slices.Clone(d.Fields)
	for _, s := range d.States {
		for _, a := range s.Actions {
			fields = append(fields, a.Fields...)
		}
	}
	for _, f := range fields {
		if f.Name != rows || f.Type != "rows" {
			continue
		}
		for _, c := range f.Columns {
			if c.Name == col && c.Type == "date" {
				return true
			}
		}
	}
	return false
}

// opensItems reports whether some action opens or assigns items of kind.
func (d *Definition) opensItems(kind string) bool {
	for _, st := range d.States {
		for _, a := range st.Actions {
			if (a.Item != nil && a.Item.Op == "open" && a.Item.Kind == kind) || (a.Assign != nil && a.Assign.Kind == kind) {
				return true
			}
		}
	}
	return false
}

// hasField reports whether fields has one named name.
func hasField(fields []Field, name string) bool {
	for _, f := range fields {
		if f.Name == name {
			return true
		}
	}
	return false
}

package process

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// Text is a name in both of the product's languages.
type Text struct {
	Zh string `yaml:"zh" json:"zh"`
	En string `yaml:"en" json:"en"`
}

// In returns the text in lang, falling back to Chinese.
func (t Text) In(lang string) string {
	if lang == "en" && t.En != "" {
		return t.En
	}
	return t.Zh
}

// Definition is one process of the manual as data: its form, roles,
// states, actions and deadlines.
type Definition struct {
	ID        string   `yaml:"id" json:"id"`
	Name      Text     `yaml:"name" json:"name"`
	Template  Text     `yaml:"template" json:"template"` // the manual's form, e.g. 《内部协作请求表》
	KeyPrefix string   `yaml:"key_prefix" json:"key_prefix"`
	OpenedBy  []string `yaml:"opened_by" json:"opened_by"` // organisation roles allowed to open; empty = any user
	Roles     []Role   `yaml:"roles" json:"roles"`
	Fields    []Field  `yaml:"fields" json:"fields"`
	CC        []string `yaml:"cc" json:"cc"` // roles copied from the start
	Initial   string   `yaml:"initial" json:"initial"`
	States    []*State `yaml:"states" json:"states"`
	Title     []string `yaml:"title" json:"title,omitempty"`         // fields that make the title when the form has no title field
	FormAlso  []string `yaml:"form_also" json:"form_also,omitempty"` // fields actions keep that the signed form shows too (the committed date, the acceptance opinion)
	Source    string   `yaml:"-" json:"-"`                           // the YAML it was read from
	File      string   `yaml:"-" json:"-"`
}

// Role says who plays a part in a case, resolved from the case's fields and
// the organisation.
type Role struct {
	ID   string `yaml:"id" json:"id"`
	Name Text   `yaml:"name" json:"name"`
	// Exactly one of these says who it is.
	Opener     bool   `yaml:"opener" json:"opener,omitempty"`             // who opened the case
	Field      string `yaml:"field" json:"field,omitempty"`               // a user field of the case
	HeadOfRole string `yaml:"head_of_role" json:"head_of_role,omitempty"` // the head of that role's department
	HeadOf     string `yaml:"head_of" json:"head_of,omitempty"`           // the head of the department in this field
	HeadOfDept string `yaml:"head_of_dept" json:"head_of_dept,omitempty"` // the head of a fixed department
	Dept       string `yaml:"dept" json:"dept,omitempty"`                 // any member of a fixed department
	PartyField string `yaml:"party_field" json:"party_field,omitempty"`   // the primary contact of the party in this field
	RowsField  string `yaml:"rows_field" json:"rows_field,omitempty"`     // every user named in a column of a rows field kept by an action ("action_items.owner")
	Line       int    `yaml:"-" json:"-"`
}

// Field is one input of a form.
type Field struct {
	Name     string   `yaml:"name" json:"name"`
	Label    Text     `yaml:"label" json:"label"`
	Type     string   `yaml:"type" json:"type"` // a field type's name (fieldTypes in fieldtype.go)
	Required bool     `yaml:"required" json:"required"`
	Min      *float64 `yaml:"min" json:"min,omitempty"`
	Max      *float64 `yaml:"max" json:"max,omitempty"`
	Options  []string `yaml:"options" json:"options,omitempty"` // enum values
	// OptionNames are the enum values as people read them.
	OptionNames map[string]Text `yaml:"option_names" json:"option_names,omitempty"`
	Columns     []Field         `yaml:"columns" json:"columns,omitempty"`       // rows and object
	InDept      string          `yaml:"in_dept" json:"in_dept,omitempty"`       // user: must belong to the department named by this field
	Default     string          `yaml:"default" json:"default,omitempty"`       // user: "head" = the head of InDept; other types: the value used when none is given
	NotPast     bool            `yaml:"not_past" json:"not_past,omitempty"`     // date: today or later
	NotFuture   bool            `yaml:"not_future" json:"not_future,omitempty"` // date: today or earlier; datetime: not after now (what has happened: a receipt, a meeting held)
	// RequiredIf makes the field required while another field of the form
	// (or of the case, for an action's field) has a given value: a budget
	// request names its amount, a headcount request its number of people.
	RequiredIf *Condition `yaml:"required_if" json:"required_if,omitempty"`
	// NotAfter names a date field of the case this date should not pass (a
	// commitment against the requester's expected date): a later one is a
	// warning the user may override, not an error.
	NotAfter string `yaml:"not_after" json:"not_after,omitempty"`
	// NotBefore names a date or datetime field of the form or the case
	// this date cannot precede: a project ends after it starts, the
	// minutes are due after the meeting.
	NotBefore string `yaml:"not_before" json:"not_before,omitempty"`
	// CaseOf names a process whose case keys a text field refers to (the
	// order a complaint is about): the form offers the keys of the cases
	// of that process the user may see; the text stays free (a supplier's
	// own order number is allowed too).
	CaseOf  string `yaml:"case_of" json:"case_of,omitempty"`
	Check   string `yaml:"check" json:"check,omitempty"`     // text: run the checker as text|request|standard
	Keep    bool   `yaml:"keep" json:"keep,omitempty"`       // action field: copy into the case's fields
	Replace bool   `yaml:"replace" json:"replace,omitempty"` // action field: when given, replaces the form's field of the same name (a correction); the old value stays in the event as previous_NAME
	Ordered string `yaml:"ordered" json:"ordered,omitempty"` // rows: the date column that must ascend
	// Party says what an external party may read of the field (Disclose):
	// "read" marks a field of the opening form for the party (the form is
	// internal otherwise: the account manager's notes on the customer stay
	// in the house); "hidden" keeps a field of an action the party may read
	// from it. Staff logins and evidence are never read, whatever it says.
	Party string `yaml:"party" json:"party,omitempty"`
	Line  int    `yaml:"-" json:"-"`
}

// State is one step of a process.
type State struct {
	ID       string    `yaml:"id" json:"id"`
	Name     Text      `yaml:"name" json:"name"`
	Terminal bool      `yaml:"terminal" json:"terminal,omitempty"`
	Actors   []string  `yaml:"actors" json:"actors,omitempty"` // roles that must act now (the inbox)
	Deadline *Deadline `yaml:"deadline" json:"deadline,omitempty"`
	Recur    *Recur    `yaml:"recur" json:"recur,omitempty"`
	Weekly   *Weekly   `yaml:"weekly" json:"weekly,omitempty"`
	Actions  []*Action `yaml:"actions" json:"actions"`
	Line     int       `yaml:"-" json:"-"`
}

// Deadline is the time a state allows, with its reminder and escalation.
type Deadline struct {
	In       string   `yaml:"in" json:"in,omitempty"`               // a span: "2 workdays", "24h", "4 workhours"
	InBy     *InBy    `yaml:"in_by" json:"in_by,omitempty"`         // or a span chosen by a field's value
	AtField  string   `yaml:"at_field" json:"at_field,omitempty"`   // or the closing time of a date field
	Remind   string   `yaml:"remind" json:"remind,omitempty"`       // "half" (default) or a span after entry; alone, a reminder without a deadline
	RemindTo []string `yaml:"remind_to" json:"remind_to,omitempty"` // default: the state's actors
	Escalate []string `yaml:"escalate" json:"escalate,omitempty"`   // roles told at the deadline
	MetBy    []string `yaml:"met_by" json:"met_by,omitempty"`       // actions that meet it without leaving the state
	Action   string   `yaml:"action" json:"action,omitempty"`       // the action it waits for; default the first of the first actor
	By       []string `yaml:"by" json:"by,omitempty"`               // the roles that owe it; default the state's actors
	// AfterItems holds the deadline while an item of this kind is open: the
	// meeting's close waits for its action items, which escalate on their
	// own; the clock starts when the last one is settled.
	AfterItems string `yaml:"after_items" json:"after_items,omitempty"`
}

// InBy chooses a deadline's span by the value of an enum field of the case,
// so that an urgent report gets 2 hours where a normal one gets 24.
type InBy struct {
	Field   string            `yaml:"field" json:"field"`
	Values  map[string]string `yaml:"values" json:"values"`   // option → span
	Default string            `yaml:"default" json:"default"` // the span for every other value
}

// span returns the span the deadline allows for a case with these fields,
// or "" when it is set by a date field or is a reminder alone.
func (dl *Deadline) span(fields map[string]any) string {
	if dl.InBy == nil {
		return dl.In
	}
	if v, ok := fields[dl.InBy.Field].(string); ok {
		if s, ok := dl.InBy.Values[v]; ok {
			return s
		}
	}
	return dl.InBy.Default
}

// Recur is a rule that something happens at least every so often while in
// a state, e.g. a progress update every 7 days.
type Recur struct {
	Every    string   `yaml:"every" json:"every"`         // a span
	ResetBy  []string `yaml:"reset_by" json:"reset_by"`   // actions that restart the clock
	RemindTo []string `yaml:"remind_to" json:"remind_to"` // roles reminded when it passes
}

// Weekly is a report due every week on a weekday (the manual's 每周五).
type Weekly struct {
	Every   string `yaml:"every" json:"every,omitempty"` // "week" (default) or "month": due on the last working day of each month
	Weekday string `yaml:"weekday" json:"weekday"`       // friday
	Due     string `yaml:"due" json:"due"`               // "18:00"
	Remind  string `yaml:"remind" json:"remind"`         // "15:00"
	// RemindBefore puts the reminder that many working days before the due
	// day, at Remind (the monthly report: the working day before); when that
	// instant has passed, the due day at Remind.
	RemindBefore int      `yaml:"remind_before" json:"remind_before,omitempty"`
	Action       string   `yaml:"action" json:"action"`       // the action that files it
	RemindTo     []string `yaml:"remind_to" json:"remind_to"` // roles reminded
	Escalate     []string `yaml:"escalate" json:"escalate"`   // roles told when it is missing
}

// Action is something a role may do in a state.
type Action struct {
	ID       string   `yaml:"id" json:"id"`
	Name     Text     `yaml:"name" json:"name"`
	By       []string `yaml:"by" json:"by"`
	OnBehalf []string `yaml:"on_behalf" json:"on_behalf,omitempty"` // roles that may record it for an external party, with evidence
	// PartyReads lets the external party read a staff action's record:
	// "always", "never" (an internal step, even one that hands the case to
	// the party), or "after ACTION" once that action followed it (a draft
	// becomes the company's word when approved). Actions the party takes,
	// is told of, or that hand it the case are readable anyway.
	PartyReads  string         `yaml:"party_reads" json:"party_reads,omitempty"`
	Fields      []Field        `yaml:"fields" json:"fields,omitempty"`
	To          string         `yaml:"to" json:"to,omitempty"`         // next state; empty = stay
	Routes      []Route        `yaml:"routes" json:"routes,omitempty"` // next state chosen by a field's value
	Notify      []NotifyRule   `yaml:"notify" json:"notify,omitempty"`
	Countersign []string       `yaml:"countersign" json:"countersign,omitempty"` // roles that must all sign before To
	Requires    []string       `yaml:"requires" json:"requires,omitempty"`       // items_resolved:KIND, done:ACTION
	Item        *ItemRule      `yaml:"item" json:"item,omitempty"`               // creates or updates a sub-item
	Milestones  *MilestoneRule `yaml:"milestones" json:"milestones,omitempty"`   // rows whose dates become milestone notices
	// Re-planning: one side proposes, the other accepts.
	RecordActor     string            `yaml:"record_actor" json:"record_actor,omitempty"`         // a case field that keeps who took the action (the proposer)
	OtherThan       string            `yaml:"other_than" json:"other_than,omitempty"`             // refused to the person that case field names: the other side must act
	Set             map[string]string `yaml:"set" json:"set,omitempty"`                           // case field ← case field (committed_by ← proposed_date); the old value stays in the history
	Clear           []string          `yaml:"clear" json:"clear,omitempty"`                       // case fields removed
	RestartDeadline bool              `yaml:"restart_deadline" json:"restart_deadline,omitempty"` // the state's deadline and reminder are set again (from the new date)
	MatchQuote      *MatchQuote       `yaml:"match_quote" json:"match_quote,omitempty"`           // an amount that must equal the approved quote's total, or say why not
	Assign          *AssignRule       `yaml:"assign" json:"assign,omitempty"`                     // rows that become tracked items, each owed by the user it names by its date
	// File names a file the actor must have attached for this action since
	// the case entered the state (the customer's stamped scan before its
	// signature: 签字盖章); the case service checks it, as files live there.
	File *Text `yaml:"file" json:"file,omitempty"`
	// ReplanMilestone is propose, accept or reject: a new date for the
	// milestone named in field name, agreed by the other side (调整计划).
	ReplanMilestone string `yaml:"replan_milestone" json:"replan_milestone,omitempty"`
	// WarnOpen are item kinds (milestone) that should all be done before
	// this action (a delivery): any still open is a warning the user may
	// override, kept with the event.
	WarnOpen []string `yaml:"warn_open" json:"warn_open,omitempty"`
	Line     int      `yaml:"-" json:"-"`
}

// MatchQuote checks an amount field of an action against the total of the
// quote the case holds: a difference needs a stated reason.
type MatchQuote struct {
	Field  string `yaml:"field" json:"field"`   // the action's amount field
	Quote  string `yaml:"quote" json:"quote"`   // the case's quote field
	Reason string `yaml:"reason" json:"reason"` // the action's field that explains a difference
}

// MilestoneRule turns a rows field of name and date into milestones, each
// announced Days calendar days ahead (CONTRACT §3) to the roles in Notify.
type MilestoneRule struct {
	Field  string   `yaml:"field" json:"field"`
	Days   int      `yaml:"days" json:"days"`
	Notify []string `yaml:"notify" json:"notify"`
	// Escalate is told when a milestone's date closes without it done.
	Escalate []string `yaml:"escalate" json:"escalate,omitempty"`
	DoneBy   string   `yaml:"done_by" json:"done_by,omitempty"` // the action that marks a milestone done
	Owner    []string `yaml:"owner" json:"owner,omitempty"`     // the roles that owe it
}

// AssignRule turns each row of a rows field into an item owed by the user
// in its Owner column by 18:00 on the date in its Due column (the action
// items of a meeting's minutes): the owner is told, reminded at half time,
// and at the date the owner and the Escalate roles are told; DoneBy (an
// item update) settles it.
type AssignRule struct {
	Field    string   `yaml:"field" json:"field"`
	Kind     string   `yaml:"kind" json:"kind"`   // the items' kind, e.g. action_item
	Owner    string   `yaml:"owner" json:"owner"` // a user column
	Due      string   `yaml:"due" json:"due"`     // a date column
	DoneBy   string   `yaml:"done_by" json:"done_by"`
	Escalate []string `yaml:"escalate" json:"escalate,omitempty"`
}

// Condition holds when the named field has the given value.
type Condition struct {
	Field  string `yaml:"field" json:"field"`
	Equals string `yaml:"equals" json:"equals"`
}

// Route sends an action to a state depending on a field's value.
type Route struct {
	Field  string `yaml:"field" json:"field"`
	Equals string `yaml:"equals" json:"equals"`
	To     string `yaml:"to" json:"to"`
}

// NotifyRule tells roles that an action happened.
type NotifyRule struct {
	Kind string   `yaml:"kind" json:"kind"`
	To   []string `yaml:"to" json:"to"`
}

// ItemRule makes an action open, answer or resolve a sub-item.
type ItemRule struct {
	Kind     string   `yaml:"kind" json:"kind"`                     // feedback
	Op       string   `yaml:"op" json:"op"`                         // open, update, settle (every item of the kind in from)
	IDField  string   `yaml:"id_field" json:"id_field"`             // for update: the field holding the item's number
	Match    string   `yaml:"match" json:"match"`                   // for update: or the field whose value names the item
	From     []string `yaml:"from" json:"from"`                     // for update: statuses allowed before
	Status   string   `yaml:"status" json:"status"`                 // status after
	Due      string   `yaml:"due" json:"due"`                       // a span until the item needs an answer (for update: the next step's default)
	DueIn    *InBy    `yaml:"due_in_by" json:"due_in_by,omitempty"` // for open: the span chosen by a field of the action (critical feedback: 4 working hours)
	DueField string   `yaml:"due_field" json:"due_field"`           // for update: a date field of the action that sets the next step's deadline (a promised fix date)
	DueBy    string   `yaml:"due_by" json:"due_by"`                 // the action that answers it
	Escalate []string `yaml:"escalate" json:"escalate"`             // roles told when the answer is late
	RemindTo []string `yaml:"remind_to" json:"remind_to"`           // roles reminded at half time
}

// state returns the state with id, or nil.
func (d *Definition) state(id string) *State {
	for _, s := range d.States {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// State returns the state with id, or nil.
func (d *Definition) State(id string) *State { return d.state(id) }

// role returns the role with id, or nil.
func (d *Definition) role(id string) *Role {
	for i := range d.Roles {
		if d.Roles[i].ID == id {
			return &d.Roles[i]
		}
	}
	return nil
}

// Action returns the action with id from whichever state offers it, or
// nil: an action's definition is the same in every state.
func (d *Definition) Action(id string) *Action {
	for _, s := range d.States {
		if a := s.Action(id); a != nil {
			return a
		}
	}
	return nil
}

// Action returns the action with id in the state, or nil.
func (s *State) Action(id string) *Action {
	for _, a := range s.Actions {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// The UnmarshalYAML methods remember the line each element starts on, so
// that validation errors can name it.

func (s *State) UnmarshalYAML(n *yaml.Node) error {
	type plain State
	if err := n.Decode((*plain)(s)); err != nil {
		return err
	}
	s.Line = n.Line
	return nil
}

func (a *Action) UnmarshalYAML(n *yaml.Node) error {
	type plain Action
	if err := n.Decode((*plain)(a)); err != nil {
		return err
	}
	a.Line = n.Line
	return nil
}

func (f *Field) UnmarshalYAML(n *yaml.Node) error {
	type plain Field
	if err := n.Decode((*plain)(f)); err != nil {
		return err
	}
	f.Line = n.Line
	return nil
}

func (r *Role) UnmarshalYAML(n *yaml.Node) error {
	type plain Role
	if err := n.Decode((*plain)(r)); err != nil {
		return err
	}
	r.Line = n.Line
	return nil
}

// OptionName is how an enum value reads in lang; the value itself when the
// definition gives no name.
func (f Field) OptionName(v, lang string) string {
	if t, ok := f.OptionNames[v]; ok {
		return t.In(lang)
	}
	return v
}

// PartyHidden says whether a field's value never reaches an external party
// in any event: logins of staff, the evidence staff give when they record an
// answer for the customer, and fields the definition hides from the party.
func (f Field) PartyHidden() bool {
	return f.Type == "user" || f.Name == "evidence" || f.Party == PartyHiddenField
}

// ReadableAfter is the action after which the party may read a's record,
// "" when PartyReads names none.
func (a *Action) ReadableAfter() string {
	after, _ := strings.CutPrefix(a.PartyReads, "after ")
	if after == a.PartyReads {
		return ""
	}
	return strings.TrimSpace(after)
}

// CaseField returns the field with this name that a case holds: one of the
// form, or one an action keeps; nil when there is none.
func (d *Definition) CaseField(name string) *Field { return d.caseField(name) }

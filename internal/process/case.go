package process

import (
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/check"
)

// Case is one tracked matter: a request, a requirement, an order, a complaint.
type Case struct {
	ID           int64
	Key          string
	Process      string
	State        string
	Title        string
	Opener       string
	Fields       map[string]any // opening fields plus the fields actions keep
	Participants []Participant
	Signatures   []Signature
	Items        []Item   // sub-items with their own deadlines: feedback, milestones
	Done         []string // actions performed at least once
	DueAt        *time.Time
	StateSince   time.Time
	Version      int
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Participant is someone with a role in a case: a user (Login) or an
// external contact (Email) of a party.
type Participant struct {
	Role  string `json:"role"`
	Login string `json:"login,omitempty"`
	Dept  string `json:"dept,omitempty"`  // a department role: any member may act
	Party string `json:"party,omitempty"` // an external party's id
	Name  string `json:"name,omitempty"`
	Email string `json:"email,omitempty"`
	Any   bool   `json:"any,omitempty"` // any member of Dept may act for the role
	CC    bool   `json:"cc,omitempty"`  // copied from the start
}

// Signature is one role's sign-off of the case's form.
type Signature struct {
	Role  string    `json:"role"`
	Login string    `json:"login"`
	At    time.Time `json:"at"`
}

// Item is a sub-matter of a case tracked on its own: a feedback item that
// must be answered within 48 hours, a milestone the customer is told of.
type Item struct {
	ID       int               `json:"id"`
	Kind     string            `json:"kind"` // "feedback", "milestone"
	Status   string            `json:"status"`
	Fields   map[string]any    `json:"fields"`
	DueAt    *time.Time        `json:"due_at,omitempty"`
	NoticeAt *time.Time        `json:"notice_at,omitempty"`
	Created  time.Time         `json:"created_at"`
	Meta     map[string]string `json:"meta,omitempty"`
}

// SystemLogin is the actor of what the system does by itself: a timer's
// reminder or escalation, a clock resumed, a delivery that failed. No user
// may have this login (admin refuses it).
const SystemLogin = "system"

// Event is one entry of a case's append-only history.
type Event struct {
	At       time.Time      `json:"at"`
	Actor    string         `json:"actor"` // login, "customer:EMAIL", or "system"
	Type     string         `json:"type"`  // opened, action, comment, reminder, escalation, overdue, notice
	Action   string         `json:"action,omitempty"`
	State    string         `json:"state,omitempty"` // the state after the event
	Fields   map[string]any `json:"fields,omitempty"`
	Comment  string         `json:"comment,omitempty"`
	Findings []Finding      `json:"findings,omitempty"`
}

// Finding is a checker finding on one field of an action, kept with the
// event when the user sent the text anyway.
type Finding struct {
	Field string `json:"field"`
	check.Finding
}

// Timer is a durable alarm of a case: a reminder, an escalation, a weekly
// report or a milestone notice. Name is unique within the case.
type Timer struct {
	Name  string            `json:"name"`
	Scope string            `json:"scope"` // the state it belongs to, or "case" for item timers
	Kind  string            `json:"kind"`  // remind, escalate, recur, weekly_remind, weekly_due, weekly_climb, notice, item_remind, item_due, callback_due
	At    time.Time         `json:"at"`
	Data  map[string]string `json:"data,omitempty"`
}

// Notice asks the shell to tell someone something; channels are the
// shell's business, the recipient and the reason are the engine's.
type Notice struct {
	Kind      string            // assigned, reminder, escalation, decided, delivered, signed, weekly_report, milestone_notice, feedback_due, portal_link
	Recipient Participant       // a user (Login) or an external contact (Email)
	Action    string            // the action the recipient must take, if any
	DueAt     *time.Time        // by when
	Fields    map[string]string // values for the message template
	NotBefore *time.Time        // quiet hours: sent at the next opening, not at night
}

// Decision is everything one action or timer changes: the case as it is
// afterwards, what to append to its history, whom to tell, which timers to
// set and which to drop. The shell stores it in one transaction.
type Decision struct {
	Case         Case
	Events       []Event
	Notices      []Notice
	SetTimers    []Timer
	CancelScopes []string // drop pending timers of these scopes
	CancelTimers []string // drop pending timers with these names
}

// Actor is whoever performs an action.
type Actor struct {
	Login  string
	Name   string
	Dept   string
	HeadOf []string
	Admin  bool
	Roles  []string // organisation roles such as account_manager
	Party  string   // set when an external party acts through a portal link
	Email  string
	// Oversees lists the departments the actor heads and those below them
	// in the tree: the cases they may see (CONTRACT §10).
	Oversees []string
	// ReadAll is set for 管理层 (management): every case, read-only.
	ReadAll bool
}

// User is a person of the organisation as the engine needs to know them.
type User struct {
	Login string
	Name  string
	Dept  string
	Email string
	Roles []string
	Lang  string
}

// Department is a unit of the organisation with its head.
type Department struct {
	ID     string
	NameZh string
	NameEn string
	Head   string
	Parent string // the department above; "" at the top
}

// Contact is a person at an external party.
type Contact struct {
	Name  string
	Email string
	Phone string
}

// Party is a customer, supplier or partner.
type Party struct {
	ID       string
	Kind     string
	Name     string
	Contacts []Contact
}

// Org answers who is who. The shell provides it from the database.
type Org interface {
	User(login string) (User, bool)
	Department(id string) (Department, bool)
	Party(id string) (Party, bool)
}

// WorkTime is the working-time arithmetic the engine needs; the calendar
// package provides it.
type WorkTime interface {
	IsWorkday(t time.Time) bool
	Location() *time.Location
	AddWorkdays(t time.Time, n int) time.Time
	AddWorkHours(t time.Time, n int) time.Time
	WorkingTimeBetween(a, b time.Time) time.Duration
	WeeklyDue(t time.Time, weekday time.Weekday, at time.Duration) (time.Time, bool)
	NextWeeklyDue(after time.Time, weekday time.Weekday, at time.Duration) time.Time
	MilestoneNotice(milestone string, days int) (time.Time, error)
	Add(t time.Time, s calendar.Span) time.Time
	Config() calendar.Config
}

// Env is the world an engine call sees: the time, the calendar and the
// organisation. Nothing else.
type Env struct {
	Now  time.Time
	Time WorkTime
	Org  Org
}

package cases

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// View is a case as the service hands it out: typed values, times in the
// calendar's zone. The API's JSON of it (CONTRACT §2) is web's to shape
// (internal/web/wire); pages, the portal, documents and exports read it as
// it is.
type View struct {
	ID           int64
	Key          string
	Process      string
	ProcessName  process.Text
	State        string
	StateName    process.Text
	Terminal     bool
	Title        string
	Opener       string
	Fields       map[string]any
	Participants []ParticipantView
	Waiting      []string // roles that must act now
	Actions      []string // what the caller may do now
	DueAt        *time.Time
	DueClock     bool       // the deadline counts clock hours (24h, 48h), not working time
	PausedSince  *time.Time // the step's clock stopped while its owner waits for the other side's answer
	Overdue      bool
	Version      int
	CreatedAt    time.Time
	UpdatedAt    time.Time
	Signatures   []SignatureView
	Seals        []SealView // the server's signatures of signed documents
	Feedback     []FeedbackView
	Milestones   []MilestoneView
	Links        []LinkView // linked cases (a raised request, a forwarded one, an order)
	Events       []EventView
	// Choices are, for the caller's actions that name a sub-item, the items
	// each such field may name now: {"respond": {"feedback_id": [{"value","label"}]}}.
	Choices map[string]map[string][]process.Choice
	// Warnings are, for the caller's actions, what the case warns of before
	// anything is sent (a delivery while milestones are open).
	Warnings map[string][]process.Finding
}

// errNoWire is what encoding a view as JSON answers: the service's views
// have no JSON of their own.
var errNoWire = errors.New("cases: a view has no JSON of its own; shape it with internal/web/wire")

// MarshalJSON refuses, so that no caller hands out the service's types as
// the API's JSON by mistake: the wire shape is wire.CaseOf's.
func (View) MarshalJSON() ([]byte, error) { return nil, errNoWire }

// ParticipantView is one role in a case.
type ParticipantView struct {
	Role     string
	RoleName process.Text
	Login    string
	Name     string
	Dept     string
	Party    string
	Email    string
	CC       bool
}

// SignatureView is one signature.
type SignatureView struct {
	Role  string
	Login string // empty in a party's view
	At    time.Time
}

// FeedbackView is one feedback item (CONTRACT §8).
type FeedbackView struct {
	ID          int
	Description string
	Severity    string
	Status      string
	DueAt       *time.Time // nil when the item has no deadline
	Overdue     bool
}

// MilestoneView is one milestone (CONTRACT §8).
type MilestoneView struct {
	Name     string
	Date     string     // the planned day, YYYY-MM-DD as the form holds it
	NoticeAt *time.Time // when the customer is told; nil when not set
	Done     bool
	// Status: planned, noticed, confirmed or objected by the customer, done.
	Status string
	// A new date proposed (调整计划) and not yet answered: the date, why,
	// and which side proposed it (company or customer).
	ProposedDate string
	ReplanReason string
	ProposedBy   string
}

// EventView is one event of the history.
type EventView struct {
	Seq      int
	At       time.Time
	Actor    string
	Type     string
	Action   string
	State    string
	Fields   map[string]any
	Comment  string
	Findings []process.Finding
	Hash     string
}

// dueOf is a case's next deadline in the calendar's zone and whether it
// has passed; a closed case has none.
func (s *Service) dueOf(r store.CaseRow, now time.Time) (*time.Time, bool) {
	due := r.NextDue()
	if due == nil || r.Terminal {
		return nil, false
	}
	t := due.In(s.Calendar().Location())
	return &t, !now.Before(*due)
}

func (s *Service) view(d *process.Definition, r store.CaseRow, a process.Actor, now time.Time) View {
	loc := s.Calendar().Location()
	ts := func(t time.Time) time.Time { return t.In(loc) }
	v := View{
		ID: r.ID, Key: r.Key, Process: r.Process, ProcessName: d.Name, State: r.State, Terminal: r.Terminal,
		Title: r.Title, Opener: r.Opener, Fields: r.Fields, Version: r.Version,
		CreatedAt: ts(r.CreatedAt), UpdatedAt: ts(r.UpdatedAt),
		Participants: []ParticipantView{}, Signatures: []SignatureView{}, Actions: []string{}, Waiting: process.Waiting(d, &r.Case),
	}
	if st := d.State(r.State); st != nil {
		v.StateName = st.Name
		for _, act := range st.Actions {
			if (playsAny(&r.Case, a, act.By) || playsAny(&r.Case, a, act.OnBehalf)) && process.Offered(&r.Case, act, a) {
				v.Actions = append(v.Actions, act.ID)
			}
		}
	}
	v.Choices = process.Choices(d, &r.Case, v.Actions)
	v.Warnings = process.Warnings(d, &r.Case, v.Actions)
	v.Actions = append(v.Actions, "comment")
	if v.DueAt, v.Overdue = s.dueOf(r, now); v.DueAt != nil {
		v.DueClock = process.ClockTime(d, &r.Case, *v.DueAt)
	}
	if p, ok := process.PausedSince(&r.Case); ok && !r.Terminal {
		p = ts(p)
		v.PausedSince = &p
	}
	for _, p := range r.Participants {
		v.Participants = append(v.Participants, ParticipantView{Role: p.Role, RoleName: process.RoleName(d, p.Role), Login: p.Login, Name: p.Name, Dept: p.Dept, Party: p.Party, Email: p.Email, CC: p.CC})
	}
	for _, sg := range r.Signatures {
		v.Signatures = append(v.Signatures, SignatureView{Role: sg.Role, Login: sg.Login, At: ts(sg.At)})
	}
	for _, it := range r.Items {
		switch it.Kind {
		case "feedback":
			f := FeedbackView{ID: it.ID, Description: str(it.Fields["description"]), Severity: str(it.Fields["severity"]), Status: it.Status}
			if it.DueAt != nil {
				t := ts(*it.DueAt)
				f.DueAt = &t
				f.Overdue = it.Status == "open" && !now.Before(*it.DueAt)
			}
			v.Feedback = append(v.Feedback, f)
		case "milestone":
			m := MilestoneView{Name: str(it.Fields["name"]), Date: str(it.Fields["date"]), Done: it.Status == "done", Status: it.Status,
				ProposedDate: it.Meta["proposed_date"], ReplanReason: it.Meta["replan_reason"], ProposedBy: it.Meta["proposed_side"]}
			if it.NoticeAt != nil {
				t := ts(*it.NoticeAt)
				m.NoticeAt = &t
			}
			v.Milestones = append(v.Milestones, m)
		}
	}
	return v
}

func playsAny(c *process.Case, a process.Actor, roles []string) bool {
	for _, r := range roles {
		if c.Plays(a, r) {
			return true
		}
	}
	return false
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// Visible is nil when the viewer may see case id, NotFound otherwise.
func (s *Service) Visible(ctx context.Context, v store.Viewer, id int64) error {
	return visible(ctx, s.cfg.DB.SQL(), v, id)
}

func visible(ctx context.Context, q store.Querier, v store.Viewer, id int64) error {
	ok, err := store.In(q).CanSee(ctx, v, id)
	if err == nil && !ok {
		err = problem.Key(problem.NotFound, "problem.case_not_found", id)
	}
	return err
}

// Get returns one case with its events, if the viewer may see it.
func (s *Service) Get(ctx context.Context, v store.Viewer, id int64) (View, error) {
	q := s.cfg.DB.SQL()
	row, err := s.visibleCase(ctx, q, v, id)
	if err != nil {
		return View{}, err
	}
	d, err := s.definition(row.Process)
	if err != nil {
		return View{}, err
	}
	now, err := s.Now(ctx)
	if err != nil {
		return View{}, err
	}
	out := s.view(d, row, actorOf(v), now)
	if row.HasLinks {
		if err := s.links(ctx, q, v, &out); err != nil {
			return out, err
		}
	}
	err = s.addEvents(ctx, q, d, row, &out)
	keepWarnings(d, row, actorOf(v), &out)
	return out, err
}

// keepWarnings leaves the warnings the users sent anyway in the history
// only for the people who handle the case (process.HandlesCase).
func keepWarnings(d *process.Definition, row store.CaseRow, a process.Actor, out *View) {
	if process.HandlesCase(d, &row.Case, a) {
		return
	}
	for i := range out.Events {
		out.Events[i].Findings = nil
	}
}

// addEvents adds the case's history, and the server's signatures of its
// signed documents, to its view. row is the case as read or stored: its
// events' head finds the history kept in memory (store.HistoryAt).
func (s *Service) addEvents(ctx context.Context, q store.Querier, d *process.Definition, row store.CaseRow, out *View) error {
	evs, err := store.In(q).HistoryAt(ctx, out.ID, row.EventSeq, row.EventHash)
	if err != nil {
		return err
	}
	loc := s.Calendar().Location()
	for _, e := range evs {
		out.Events = append(out.Events, EventView{Seq: e.Seq, At: e.Event.At.In(loc), Actor: e.Event.Actor, Type: e.Event.Type,
			Action: e.Event.Action, State: e.Event.State, Fields: e.Event.Fields, Comment: e.Event.Comment, Findings: e.Event.Findings, Hash: e.Hash})
	}
	// The server signs only in the transaction of an action that signs
	// (seal): a history without one has no signatures to read.
	if !slices.ContainsFunc(evs, func(e store.StoredEvent) bool { return e.Event.Type == "action" && Signs(d.Action(e.Event.Action)) }) {
		return nil
	}
	sigs, err := store.In(q).CaseSignatures(ctx, out.ID, false)
	if err != nil {
		return err
	}
	for _, sg := range sigs {
		out.Seals = append(out.Seals, SealView{Document: sg.Document, Role: sg.Role, Signer: sg.Signer, At: sg.At.In(loc),
			SHA256: sg.SHA256, Key: sg.Key, Signature: sg.Signature})
	}
	return nil
}

func actorOf(v store.Viewer) process.Actor {
	return process.Actor{Login: v.Login, Dept: v.Dept, HeadOf: v.HeadOf, Admin: v.Admin, Oversees: v.Oversees, ReadAll: v.ReadAll}
}

// ListPage is one page of a list and the cursor of the next ("" at the end).
type ListPage[T any] struct {
	Items []T
	Next  string
}

// List returns one page of the cases the viewer may see, without events,
// filtered and ordered as f says.
func (s *Service) List(ctx context.Context, v store.Viewer, f Filter) (ListPage[View], error) {
	now, err := s.Now(ctx)
	if err != nil {
		return ListPage[View]{}, err
	}
	sf, err := s.storeFilter(v, f, now)
	if err != nil {
		return ListPage[View]{}, err
	}
	rows, next, err := s.cfg.DB.ListCases(ctx, v, sf)
	if err != nil {
		return ListPage[View]{}, PageErr(err)
	}
	out := ListPage[View]{Items: []View{}, Next: next}
	for _, r := range rows {
		d, err := s.definition(r.Process)
		if err != nil {
			continue
		}
		out.Items = append(out.Items, s.view(d, r, actorOf(v), now))
	}
	return out, nil
}

// PageErr turns a cursor the store cannot read into a 422.
func PageErr(err error) error {
	if errors.Is(err, store.ErrCursor) {
		return problem.FieldsKey("problem.invalid_cursor", map[string]string{"cursor": "reason.not_cursor_of_list"})
	}
	return err
}

// InboxItem is one thing waiting for the caller (CONTRACT §2: web shapes
// its JSON).
type InboxItem struct {
	CaseID    int64
	Key       string
	Title     string
	Process   string
	State     string
	StateName process.Text
	Action    string
	DueAt     *time.Time // in the calendar's zone
	DueClock  bool
	Overdue   bool
}

// MarshalJSON refuses, as View's does: the wire shape is wire.Inbox's.
func (InboxItem) MarshalJSON() ([]byte, error) { return nil, errNoWire }

// Inbox lists one page of what waits for the viewer, soonest due first.
func (s *Service) Inbox(ctx context.Context, v store.Viewer, p store.Page) (ListPage[InboxItem], error) {
	now, err := s.Now(ctx)
	if err != nil {
		return ListPage[InboxItem]{}, err
	}
	// Shared: the rows are only read, for the steps the viewer owes.
	rows, next, err := s.cfg.DB.ListCases(ctx, v, store.CaseFilter{Waiting: &v, Sort: store.SortDue, Now: now, Page: p, Shared: true})
	if err != nil {
		return ListPage[InboxItem]{}, PageErr(err)
	}
	out := ListPage[InboxItem]{Items: []InboxItem{}, Next: next}
	a := actorOf(v)
	for _, r := range rows {
		d, err := s.definition(r.Process)
		if err != nil {
			continue
		}
		// Only what the row shows: the whole view (actions, choices,
		// warnings) is the case page's.
		item := InboxItem{CaseID: r.ID, Key: r.Key, Title: r.Title, Process: r.Process, State: r.State}
		if st := d.State(r.State); st != nil {
			item.StateName = st.Name
		}
		item.DueAt, item.Overdue = s.dueOf(r, now)
		// The row names the step the viewer owes and that step's deadline
		// (a feedback answer's 48 hours, not the callback's week).
		if step, ok := process.StepFor(d, &r.Case, a); ok {
			item.Action = step.Action
			item.DueAt, item.Overdue = nil, false
			if step.DueAt != nil {
				due := step.DueAt.In(s.Calendar().Location())
				item.DueAt, item.Overdue = &due, !now.Before(*step.DueAt)
				item.DueClock = process.ClockTime(d, &r.Case, *step.DueAt)
			}
		}
		out.Items = append(out.Items, item)
	}
	return out, nil
}

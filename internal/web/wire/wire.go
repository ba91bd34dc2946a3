// Package wire is the API's JSON of the case service's typed views
// (CONTRACT §2): the structs with their json tags and the conversions from
// cases.View and cases.InboxItem. The case service hands out times as
// time.Time in the calendar's zone; here they become RFC 3339 with that
// offset (+08:00), seconds only, and a missing one null (or "" where the
// contract has always said so). web serves these shapes, the portal answers
// with them, and records writes an archive's case.json with them ("the case
// as the API shows it").
package wire

import (
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// Stamp writes a time as the API does: RFC 3339 in the time's own zone
// (the calendar's, as the service hands it out), seconds only.
func Stamp(t time.Time) string { return t.Format(time.RFC3339) }

// StampOrNull is Stamp of t, or nil (JSON null) when there is none.
func StampOrNull(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := Stamp(*t)
	return &s
}

// stampOrEmpty is Stamp of t, or "" when there is none.
func stampOrEmpty(t *time.Time) string {
	if t == nil {
		return ""
	}
	return Stamp(*t)
}

// Case is a case on the wire: GET /api/v1/cases/{id}, an action's answer,
// a list's rows, the portal's JSON and an archive's case.json.
type Case struct {
	ID           int64                                  `json:"id"`
	Key          string                                 `json:"key"`
	Process      string                                 `json:"process"`
	ProcessName  process.Text                           `json:"process_name"`
	State        string                                 `json:"state"`
	StateName    process.Text                           `json:"state_name"`
	Terminal     bool                                   `json:"terminal"`
	Title        string                                 `json:"title"`
	Opener       string                                 `json:"opener"`
	Fields       map[string]any                         `json:"fields"`
	Participants []participantJSON                      `json:"participants"`
	Waiting      []string                               `json:"waiting"`
	Actions      []string                               `json:"actions"`
	DueAt        *string                                `json:"due_at"`
	DueClock     bool                                   `json:"due_clock"`
	PausedSince  *string                                `json:"paused_since"`
	Overdue      bool                                   `json:"overdue"`
	Version      int                                    `json:"version"`
	CreatedAt    string                                 `json:"created_at"`
	UpdatedAt    string                                 `json:"updated_at"`
	Signatures   []signatureJSON                        `json:"signatures"`
	Seals        []sealJSON                             `json:"seals,omitempty"`
	Feedback     []feedbackJSON                         `json:"feedback,omitempty"`
	Milestones   []milestoneJSON                        `json:"milestones,omitempty"`
	Links        []linkJSON                             `json:"links,omitempty"`
	Events       []eventJSON                            `json:"events,omitempty"`
	Choices      map[string]map[string][]process.Choice `json:"choices,omitempty"`
	Warnings     map[string][]process.Finding           `json:"warnings,omitempty"`
}

// participantJSON always carries "login" (CONTRACT §2: {"role","login"}),
// "" for a department's role or an external party, which say who they are
// in "dept" or "party".
type participantJSON struct {
	Role     string       `json:"role"`
	RoleName process.Text `json:"role_name"`
	Login    string       `json:"login"`
	Name     string       `json:"name,omitempty"`
	Dept     string       `json:"dept,omitempty"`
	Party    string       `json:"party,omitempty"`
	Email    string       `json:"email,omitempty"`
	CC       bool         `json:"cc,omitempty"`
}

type signatureJSON struct {
	Role  string `json:"role"`
	Login string `json:"login,omitempty"`
	At    string `json:"at"`
}

type sealJSON struct {
	Document  string `json:"document"`
	Role      string `json:"role,omitempty"`
	Signer    string `json:"signer"`
	At        string `json:"at"`
	SHA256    string `json:"sha256"`
	Key       string `json:"key"`
	Signature string `json:"signature"`
}

type feedbackJSON struct {
	ID          int    `json:"id"`
	Description string `json:"description"`
	Severity    string `json:"severity"`
	Status      string `json:"status"`
	DueAt       string `json:"due_at"`
	Overdue     bool   `json:"overdue"`
}

type milestoneJSON struct {
	Name         string `json:"name"`
	Date         string `json:"date"`
	NoticeAt     string `json:"notice_at"`
	Done         bool   `json:"done"`
	Status       string `json:"status"`
	ProposedDate string `json:"proposed_date,omitempty"`
	ReplanReason string `json:"replan_reason,omitempty"`
	ProposedBy   string `json:"proposed_by,omitempty"`
}

type linkJSON struct {
	CaseID    int64        `json:"case_id,omitempty"`
	Key       string       `json:"key"`
	Kind      string       `json:"kind"`
	Title     string       `json:"title,omitempty"`
	Process   string       `json:"process,omitempty"`
	State     string       `json:"state,omitempty"`
	StateName process.Text `json:"state_name,omitzero"` // absent, like the title, for a case the caller may not see
	Terminal  bool         `json:"terminal,omitempty"`
	CreatedAt string       `json:"created_at"`
}

type eventJSON struct {
	Seq      int               `json:"seq"`
	At       string            `json:"at"`
	Actor    string            `json:"actor"`
	Type     string            `json:"type"`
	Action   string            `json:"action"` // CONTRACT §2 names action, fields and comment: always present
	State    string            `json:"state,omitempty"`
	Fields   map[string]any    `json:"fields"`
	Comment  string            `json:"comment"`
	Findings []process.Finding `json:"findings,omitempty"`
	Hash     string            `json:"hash"`
}

// CaseOf shapes a case view for the wire.
func CaseOf(v cases.View) Case {
	out := Case{ID: v.ID, Key: v.Key, Process: v.Process, ProcessName: v.ProcessName, State: v.State, StateName: v.StateName,
		Terminal: v.Terminal, Title: v.Title, Opener: v.Opener, Fields: v.Fields, Waiting: v.Waiting, Actions: v.Actions,
		DueAt: StampOrNull(v.DueAt), DueClock: v.DueClock, PausedSince: StampOrNull(v.PausedSince), Overdue: v.Overdue, Version: v.Version,
		CreatedAt: Stamp(v.CreatedAt), UpdatedAt: Stamp(v.UpdatedAt), Choices: v.Choices, Warnings: v.Warnings}
	if v.Participants != nil {
		out.Participants = make([]participantJSON, 0, len(v.Participants))
	}
	for _, p := range v.Participants {
		out.Participants = append(out.Participants, participantJSON(p))
	}
	if v.Signatures != nil {
		out.Signatures = make([]signatureJSON, 0, len(v.Signatures))
	}
	for _, sg := range v.Signatures {
		out.Signatures = append(out.Signatures, signatureJSON{Role: sg.Role, Login: sg.Login, At: Stamp(sg.At)})
	}
	for _, s := range v.Seals {
		out.Seals = append(out.Seals, sealJSON{Document: s.Document, Role: s.Role, Signer: s.Signer, At: Stamp(s.At), SHA256: s.SHA256, Key: s.Key, Signature: s.Signature})
	}
	for _, f := range v.Feedback {
		out.Feedback = append(out.Feedback, feedbackJSON{ID: f.ID, Description: f.Description, Severity: f.Severity, Status: f.Status, DueAt: stampOrEmpty(f.DueAt), Overdue: f.Overdue})
	}
	for _, m := range v.Milestones {
		out.Milestones = append(out.Milestones, milestoneJSON{Name: m.Name, Date: m.Date, NoticeAt: stampOrEmpty(m.NoticeAt), Done: m.Done, Status: m.Status,
			ProposedDate: m.ProposedDate, ReplanReason: m.ReplanReason, ProposedBy: m.ProposedBy})
	}
	for _, l := range v.Links {
		out.Links = append(out.Links, linkJSON{CaseID: l.CaseID, Key: l.Key, Kind: l.Kind, Title: l.Title, Process: l.Process, State: l.State,
			StateName: l.StateName, Terminal: l.Terminal, CreatedAt: Stamp(l.CreatedAt)})
	}
	for _, e := range v.Events {
		fields := e.Fields
		if fields == nil {
			fields = map[string]any{}
		}
		out.Events = append(out.Events, eventJSON{Seq: e.Seq, At: Stamp(e.At), Actor: e.Actor, Type: e.Type, Action: e.Action, State: e.State,
			Fields: fields, Comment: e.Comment, Findings: e.Findings, Hash: e.Hash})
	}
	return out
}

// Cases shapes a list of case views (never null: [] when empty).
func Cases(vs []cases.View) []Case {
	return each(vs, CaseOf)
}

// each shapes every element of list with f: [] for an empty list, never
// null.
func each[T, U any](list []T, f func(T) U) []U {
	out := make([]U, 0, len(list))
	for _, x := range list {
		out = append(out, f(x))
	}
	return out
}

// InboxItem is one row of GET /api/v1/inbox.
type InboxItem struct {
	CaseID    int64        `json:"case_id"`
	Key       string       `json:"key"`
	Title     string       `json:"title"`
	Process   string       `json:"process"`
	State     string       `json:"state"`
	StateName process.Text `json:"state_name"`
	Action    string       `json:"action"`
	DueAt     *string      `json:"due_at"`
	DueClock  bool         `json:"due_clock"`
	Overdue   bool         `json:"overdue"`
}

// Inbox shapes the rows of an inbox page (never null).
func Inbox(items []cases.InboxItem) []InboxItem {
	return each(items, func(it cases.InboxItem) InboxItem {
		return InboxItem{CaseID: it.CaseID, Key: it.Key, Title: it.Title, Process: it.Process, State: it.State, StateName: it.StateName,
			Action: it.Action, DueAt: StampOrNull(it.DueAt), DueClock: it.DueClock, Overdue: it.Overdue}
	})
}

// FollowUp is one case the caller may open from a case now
// (GET /api/v1/cases/{id}/follow-ups).
type FollowUp struct {
	Process string         `json:"process"`
	Kind    string         `json:"kind"`
	Name    process.Text   `json:"name"`
	Fields  map[string]any `json:"fields"`
}

// FollowUps shapes the follow-ups of a case (never null).
func FollowUps(list []cases.FollowUp) []FollowUp {
	return each(list, func(f cases.FollowUp) FollowUp { return FollowUp(f) })
}

// PartyLink is an external contact's portal link as the staff see it
// (GET /api/v1/cases/{id}/links and the revocation and renewal answers).
// Its times are written as encoding/json has always written them here:
// RFC 3339 with fractions of a second when there are any.
type PartyLink struct {
	ID         int64   `json:"id"`
	Party      string  `json:"party"`
	Name       string  `json:"name"`
	Email      string  `json:"email"`
	URL        string  `json:"url,omitempty"`
	Status     string  `json:"status"`
	CreatedAt  *string `json:"created_at,omitempty"`
	ExpiresAt  *string `json:"expires_at,omitempty"`
	RevokedAt  *string `json:"revoked_at,omitempty"`
	LastUsedAt *string `json:"last_used_at,omitempty"`
}

// nano is t as encoding/json writes a time, or nil.
func nano(t *time.Time) *string {
	if t == nil {
		return nil
	}
	s := t.Format(time.RFC3339Nano)
	return &s
}

// PartyLinkOf shapes one contact's link.
func PartyLinkOf(l cases.PartyLink) PartyLink {
	return PartyLink{ID: l.ID, Party: l.Party, Name: l.Name, Email: l.Email, URL: l.URL, Status: l.Status,
		CreatedAt: nano(l.CreatedAt), ExpiresAt: nano(l.ExpiresAt), RevokedAt: nano(l.RevokedAt), LastUsedAt: nano(l.LastUsedAt)}
}

// PartyLinks shapes the contacts' links, keeping null for none.
func PartyLinks(list []cases.PartyLink) []PartyLink {
	if list == nil {
		return nil
	}
	return each(list, PartyLinkOf)
}

// Stats is the answer of GET /api/v1/stats (CONTRACT §11).
type Stats struct {
	From string     `json:"from"`
	To   string     `json:"to"`
	Rows []StatsRow `json:"rows"`
}

// StatsRow is one department's and process's figures.
type StatsRow struct {
	Dept                    string   `json:"dept"`
	Process                 string   `json:"process"`
	Opened                  int      `json:"opened"`
	Closed                  int      `json:"closed"`
	OverdueNow              int      `json:"overdue_now"`
	StepsDue                int      `json:"steps_due"`
	StepsOnTime             int      `json:"steps_on_time"`
	OnTimeRate              *float64 `json:"on_time_rate"`
	MedianResponseWorkhours *float64 `json:"median_response_workhours"`
}

// StatsOf shapes the figures.
func StatsOf(st cases.Stats) Stats {
	out := Stats{From: st.From, To: st.To}
	if st.Rows != nil {
		out.Rows = make([]StatsRow, 0, len(st.Rows))
	}
	for _, r := range st.Rows {
		out.Rows = append(out.Rows, StatsRow(r))
	}
	return out
}

// SearchHit is one case a search found (CONTRACT §11).
type SearchHit struct {
	CaseID    int64        `json:"case_id"`
	Key       string       `json:"key"`
	Title     string       `json:"title"`
	Process   string       `json:"process"`
	State     string       `json:"state"`
	StateName process.Text `json:"state_name"`
	Snippet   string       `json:"snippet"` // HTML: the text escaped, the match in <mark>
}

// SearchHits shapes a page of hits (never null).
func SearchHits(hits []cases.SearchHit) []SearchHit {
	return each(hits, func(h cases.SearchHit) SearchHit { return SearchHit(h) })
}

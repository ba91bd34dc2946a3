package process

import (
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"slices"
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/problem"
	"time"
)

// Input is what a user sends with an action.
type Input struct {
	Fields  map[string]any
	Comment string
	Version int // 0: not checked
	Lang    string
	// Strict takes values as typed JSON gives them: a whole number sent as a
	// string is refused (problem.Malformed, 400, naming the field). The API
	// sets it; pages, whose forms send only strings, leave it false.
	Strict bool
}

const maxComment = 5000

// Open starts a case of process d as actor. The returned Decision's Case
// has no ID or Key yet: the shell assigns them when it stores the case.
func Open(d *Definition, actor Actor, in Input, env Env) (Decision, error) {
	if actor.Login == "" {
		return Decision{}, problem.Key(problem.Forbidden, "problem.only_staff_can_open_case")
	}
	if len(d.OpenedBy) > 0 && !actor.Admin && !overlaps(d.OpenedBy, actor.Roles) {
		return Decision{}, problem.Key(problem.Forbidden, "problem.may_not_open", d.Name)
	}
	f := newForm(env, nil)
	f.strict = in.Strict
	f.lang = in.Lang
	vals := f.values(d.Fields, in.Fields, "")
	f.comment(in.Comment)
	f.contactOfParty(d, vals)
	if err := f.err(); err != nil {
		return Decision{}, err
	}
	mainContact(d, vals, env.Org)
	c := Case{
		Process: d.ID, Opener: actor.Login, Fields: vals, Version: 1,
		CreatedAt: env.Now, UpdatedAt: env.Now,
	}
	c.Title = title(d, &c, env.Org)
	c.Participants = resolve(d, &c, env.Org)
	for _, r := range d.state(d.Initial).Actors {
		if _, ok := c.participant(r); !ok {
			return Decision{}, problem.FieldsKey("problem.no_one_to_act", map[string]string{r: i18n.Ref("reason.cannot_resolve_role", roleName(d, r))})
		}
	}
	dec := Decision{}
	dec.Events = append(dec.Events, Event{At: env.Now, Actor: actor.Login, Type: "opened", State: d.Initial, Fields: vals, Comment: commentText(in.Comment), Findings: f.findings})
	enter(d, &c, d.Initial, env, &dec, actor)
	for _, r := range d.CC {
		for _, p := range c.everyone(r) {
			if !dec.tells(p) {
				dec.notify(Notice{Kind: "cc", Recipient: p, DueAt: c.DueAt, Fields: ccFields(d, &c, r)}, actor)
			}
		}
	}
	dec.Case = c
	return dec, nil
}

// Apply performs action on c as actor. It returns field errors (Invalid),
// Forbidden, Conflict or NotFound problems, and changes nothing then.
func Apply(d *Definition, c Case, actor Actor, action string, in Input, env Env) (Decision, error) {
	if in.Version != 0 && in.Version != c.Version {
		return Decision{}, problem.Key(problem.Conflict, "problem.stale_version", c.Version)
	}
	c = c.clone()
	if action == "comment" {
		return comment(d, c, actor, in, env)
	}
	st := d.state(c.State)
	if st == nil {
		return Decision{}, problem.Key(problem.Internal, "problem.state_not_in_definition", c.State)
	}
	a := st.Action(action)
	if a == nil {
		if d.hasAction(action) {
			return Decision{}, problem.Key(problem.Conflict, "problem.action_not_allowed_in_state", st.Name.Zh, action, c.State)
		}
		return Decision{}, problem.Key(problem.NotFound, "problem.unknown_action", action)
	}
	behalf := false
	if !playsAny(&c, actor, a.By) {
		if !playsAny(&c, actor, a.OnBehalf) {
			return Decision{}, problem.Key(problem.Forbidden, "problem.not_your_role", roleNames(d, a.By), a.Name)
		}
		behalf = true
	}
	f := newForm(env, c.Fields)
	f.strict = in.Strict
	f.lang = in.Lang
	vals := f.values(a.Fields, in.Fields, "")
	if m := a.MatchQuote; m != nil {
		q, _ := c.Fields[m.Quote].(map[string]any)
		total, okT := number(q["total"])
		amount, okA := number(vals[m.Field])
		if okT && okA && fmt.Sprintf("%.2f", total) != fmt.Sprintf("%.2f", amount) && strings.TrimSpace(str(vals[m.Reason])) == "" {
			f.fail(m.Reason, i18n.Ref("reason.amount_differs", fmt.Sprintf("%.2f", amount), fmt.Sprintf("%.2f", total)))
		}
	}
	if behalf && str(vals["evidence"]) == "" {
		f.fail("evidence", "reason.evidence_required_when_recording_for")
	}
	f.comment(in.Comment)
	if err := f.err(); err != nil {
		return Decision{}, err
	}
	f.findings = append(f.findings, openItems(&c, a)...)
	if err := requires(d, &c, a); err != nil {
		return Decision{}, err
	}
	if answersOwn(&c, a, actor) {
		return Decision{}, problem.Key(problem.Forbidden, "problem.other_side_must_do", a.Name)
	}
	dec := Decision{}
	next := a.To
	for _, r := range a.Routes {
		// A route may test a field of the action or, as validation
		// allows, a field of the form already in the case.
		v, ok := vals[r.Field].(string)
		if !ok {
			v = str(c.Fields[r.Field])
		}
		if v == r.Equals {
			next = r.To
		}
	}
	if len(a.Countersign) > 0 {
		role, err := sign(&c, actor, a, env.Now)
		if err != nil {
			return Decision{}, err
		}
		vals["role"] = role
		if !allSigned(&c, a.Countersign) {
			next = ""
		}
	}
	if a.Item != nil {
		if err := item(d, &c, a, vals, env, &dec); err != nil {
			return Decision{}, err
		}
	}
	if a.ReplanMilestone != "" {
		if err := replanMilestone(d, &c, a, actor, vals, env, &dec); err != nil {
			return Decision{}, err
		}
	}
	for _, fd := range a.Fields {
		if v, ok := vals[fd.Name]; ok && fd.Replace {
			if old, ok := c.Fields[fd.Name]; ok {
				vals["previous_"+fd.Name] = old
			}
			c.Fields[fd.Name] = v
		}
		if fd.Keep {
			if v, ok := vals[fd.Name]; ok {
				c.Fields[fd.Name] = v
			} else {
				delete(c.Fields, fd.Name)
			}
		}
	}
	if a.Milestones != nil {
		milestones(&c, a, vals[a.Milestones.Field], env, &dec)
	}
	replan(&c, a, actor, vals)
	if !slices.Contains(c.Done, a.ID) {
		c.Done = append(c.Done, a.ID)
	}
	before := c.Participants
	c.Participants = resolve(d, &c, env.Org)
	if a.Assign != nil {
		assign(&c, a, vals[a.Assign.Field], env, &dec, actor)
	}
	c.Version++
	c.UpdatedAt = env.Now
	state := c.State
	if next != "" {
		state = next
	}
	dec.Events = append(dec.Events, Event{At: env.Now, Actor: actor.Login, Type: "action", Action: a.ID, State: state, Fields: vals, Comment: commentText(in.Comment), Findings: f.findings})
	for _, n := range a.Notify {
		for _, r := range n.To {
			for _, p := range c.everyone(r) {
				f := noticeFields(a, vals)
				if st.Weekly != nil && st.Weekly.Action == a.ID {
					f["period"] = weekOf(env) // 《项目周报》 says which week it reports
				}
				dec.notify(Notice{Kind: n.Kind, Recipient: p, Fields: f}, actor)
			}
		}
	}
	if next != "" && next != c.State {
		if err := someoneActs(d, &c, next); err != nil {
			return Decision{}, err
		}
		dec.CancelScopes = append(dec.CancelScopes, c.State)
		enter(d, &c, next, env, &dec, actor)
	} else {
		stay(d, st, &c, a, env, &dec, actor, before)
	}
	dec.Case = c
	return dec, nil
}

// someoneActs refuses to move c into a state that waits for roles nobody
// in the organisation plays (a company without the legal department the
// definition names): the case would wait unseen, with nobody told. The
// refusal changes nothing and says whom an administrator must set up.
func someoneActs(d *Definition, c *Case, state string) error {
	st := d.state(state)
	if st == nil || len(st.Actors) == 0 {
		return nil
	}
	for _, r := range st.Actors {
		if len(c.everyone(r)) > 0 {
			return nil
		}
	}
	names := roleNames(d, st.Actors)
	return problem.Key(problem.Conflict, "problem.nobody_plays_administrator_must_set_up", st.Name, names)
}

// comment adds a remark in any state, by anyone with a part in the case.
func comment(d *Definition, c Case, actor Actor, in Input, env Env) (Decision, error) {
	text := strings.TrimSpace(in.Comment)
	if Blank(text) {
		if s, ok := in.Fields["comment"].(string); ok {
			text = strings.TrimSpace(s)
		}
	}
	if Blank(text) {
		return Decision{}, problem.FieldsKey("problem.comment_is_empty", map[string]string{"comment": "reason.required"})
	}
	f := newForm(env, nil)
	f.strict = in.Strict
	f.lang = in.Lang
	f.comment(text)
	// A comment's form holds its text and whether it asks a question;
	// anything else would be dropped without a word.
	for k, v := range in.Fields {
		switch k {
		case "comment":
		case "question":
			if _, ok := v.(bool); !ok && v != nil {
				f.fail("question", "reason.must_be_true_or_false")
			}
		default:
			f.fail(k, "reason.unknown_field")
		}
	}
	if err := f.err(); err != nil {
		return Decision{}, err
	}
	c.Version++
	c.UpdatedAt = env.Now
	dec := Decision{Events: []Event{{At: env.Now, Actor: actor.Login, Type: "comment", Action: "comment", State: c.State, Comment: text, Findings: f.findings}}}
	converse(d, &c, actor, text, in.Fields["question"] == true, env, &dec)
	dec.Case = c
	return dec, nil
}

// commentText is an action's comment as the case keeps it: trimmed, and
// "" when a reader would see nothing (a lone U+202E or zero-width space).
func commentText(s string) string {
	if Blank(s) {
		return ""
	}
	return strings.TrimSpace(s)
}

func (f *form) comment(s string) {
	s = commentText(s)
	if s == "" {
		return
	}
	if why := MultiLineReason(s); why != "" {
		// NUL or an escape sequence would go on into mail and chat.
		f.fail("comment", why)
		return
	}
	if len([]rune(s)) > maxComment {
		f.fail("comment", "reason.at_most_5000_characters")
		return
	}
	f.check("comment", s, "text")
}

// stay handles an action that keeps the case in its state: a progress
// update restarts the weekly clock, a weekly report closes this week's.
// enter moves c into state id: its deadline, reminder, escalation, weekly
// and recurring timers are set, and whoever must act is told.
// tells reports whether the decision already tells p something.
func (dec *Decision) tells(p Participant) bool {
	for _, n := range dec.Notices {
		if n.Recipient.Login == p.Login && n.Recipient.Email == p.Email {
			return true
		}
	}
	return false
}

// weeklyDue is the first weekly due instant after now.
// halfway is when half of the time allowed has passed: half the working
// time for working-time spans, half the wall-clock time otherwise.
// sign records the actor's signature for the first countersigning role
// they play that has not signed yet.
// requires checks an action's preconditions, naming what is still open.
// notify adds a notice unless it goes to the actor or repeats one already
// in this decision.
func (dec *Decision) notify(n Notice, actor Actor) {
	if n.Recipient.Login == "" && n.Recipient.Email == "" {
		return
	}
	if n.Recipient.Login != "" && n.Recipient.Login == actor.Login {
		return
	}
	for _, m := range dec.Notices {
		if m.Kind == n.Kind && m.Recipient.Login == n.Recipient.Login && m.Recipient.Email == n.Recipient.Email {
			return
		}
	}
	dec.Notices = append(dec.Notices, n)
}

func (c Case) clone() Case {
	c.Fields = cloneMap(c.Fields)
	c.Participants = slices.Clone(c.Participants)
	c.Signatures = slices.Clone(c.Signatures)
	c.Done = slices.Clone(c.Done)
	items := make([]Item, len(c.Items))
	for i, it := range c.Items {
		it.Fields = cloneMap(it.Fields)
		items[i] = it
	}
	c.Items = items
	return c
}

func cloneMap(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func playsAny(c *Case, a Actor, roles []string) bool {
	for _, r := range roles {
		if c.Plays(a, r) {
			return true
		}
	}
	return false
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// roleName is a role's name in both languages; its id when the definition
// does not name it.
func roleName(d *Definition, id string) Text {
	if r := d.role(id); r != nil {
		return r.Name
	}
	if id == EscalatedRole {
		return escalatedName
	}
	return Text{Zh: id, En: id}
}

// escalatedName names the role no definition declares: a head a climbing
// escalation reached (climb.go).
var escalatedName = Text{Zh: "升级督办", En: "Escalated to"}

// RoleName is a role's name in both languages, as the case's participants
// show it; its id when neither the definition nor the engine names it.
func RoleName(d *Definition, id string) Text { return roleName(d, id) }

// roleNames joins roles' names: 法务或管理员, legal or administrator.
func roleNames(d *Definition, ids []string) Text {
	var zh, en []string
	for _, id := range ids {
		n := roleName(d, id)
		zh, en = append(zh, n.Zh), append(en, n.In("en"))
	}
	return Text{Zh: strings.Join(zh, "或"), En: strings.Join(en, " or ")}
}

// ccFields tell a copied role who owes the first step and what it is
// (step: an action id, named in the reader's language by the case
// service), and whether its deadline escalates to that role — the words of
// each process, not those of the collaboration request alone.
func ccFields(d *Definition, c *Case, copied string) map[string]string {
	st := d.state(c.State)
	out := map[string]string{}
	owers, step := st.Actors, ""
	if dl := st.Deadline; dl != nil && dl.Action != "" {
		step = dl.Action
		if len(dl.By) > 0 {
			owers = dl.By
		}
	}
	for _, r := range owers {
		if p, ok := c.participant(r); ok {
			if p.Name != "" {
				out["assignee"] = p.Name
			}
			if step == "" {
				step = firstAction(st, r)
			}
			break
		}
	}
	if step != "" {
		out["step"] = step
	}
	if st.Deadline != nil && slices.Contains(st.Deadline.Escalate, copied) {
		out["escalates"] = "1"
	}
	return out
}

func firstAction(st *State, role string) string {
	for _, a := range st.Actions {
		if slices.Contains(a.By, role) {
			return a.ID
		}
	}
	return ""
}

func (d *Definition) hasAction(id string) bool { return d.Action(id) != nil }

func title(d *Definition, c *Case, org Org) string {
	if s, ok := c.Fields["title"].(string); ok && s != "" {
		return s
	}
	var parts []string
	for _, name := range d.Title {
		head, rest, _ := strings.Cut(name, ".")
		v := c.Fields[head]
		if rows, ok := v.([]any); ok && len(rows) > 0 && rest != "" {
			if m, ok := rows[0].(map[string]any); ok {
				v = m[rest]
			}
		}
		s, _ := v.(string)
		if p, ok := org.Party(s); ok {
			s = p.Name
		}
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return d.Name.Zh
	}
	return strings.Join(parts, "：") // the manual's full-width colon
}

// Waiting lists the roles that must act now in c: the state's actors,
// less those who have already given their signature.
func Waiting(d *Definition, c *Case) []string {
	st := d.state(c.State)
	if st == nil || st.Terminal {
		return nil
	}
	return unsigned(st, c, st.Actors)
}

// ActionFor returns the first action of the current state that role may
// take, for inbox lines like "待您承接".
func ActionFor(d *Definition, c *Case, role string) string {
	if st := d.state(c.State); st != nil {
		return firstAction(st, role)
	}
	return ""
}

// noticeFields carries what an action recorded into the messages about it:
// the decision and its texts (reason, alternative, summary, …).
// weekOf is the Monday (YYYY-MM-DD) of the week of env.Now on the
// calendar's clock: the week a weekly report is about.
func weekOf(env Env) string {
	now := env.Now
	if env.Time != nil {
		now = now.In(env.Time.Location())
	}
	back := (int(now.Weekday()) + 6) % 7
	y, m, d := now.Date()
	return time.Date(y, m, d-back, 0, 0, 0, 0, now.Location()).Format("2006-01-02")
}

func noticeFields(a *Action, vals map[string]any) map[string]string {
	out := map[string]string{"done_action": a.ID}
	for k, v := range vals {
		switch n := v.(type) {
		case int64:
			out[k] = strconv.FormatInt(n, 10)
		case int:
			out[k] = strconv.Itoa(n)
		case float64:
			out[k] = strconv.FormatFloat(n, 'f', -1, 64)
		}
		if s, ok := v.(string); ok {
			if r := []rune(s); len(r) > 500 {
				s = string(r[:500]) + "…"
			}
			out[k] = s
		}
	}
	return out
}

// Review is what sending a form would meet, without deciding anything: the
// checker's findings on its texts and, together with them, its field errors
// (an Invalid problem) or any other refusal Open or Apply would give. c is
// nil when the form opens a case. Pages use it to show findings and errors
// at once; the findings are the ones Apply keeps with the event.
func Review(d *Definition, c *Case, actor Actor, action string, in Input, env Env) ([]Finding, error) {
	fields := d.Fields
	var known map[string]any
	if c != nil {
		fields, known = nil, c.Fields
		if st := d.state(c.State); st != nil && st.Action(action) != nil {
			fields = st.Action(action).Fields
		}
	}
	f := newForm(env, known)
	f.strict = in.Strict
	f.lang = in.Lang
	f.values(fields, in.Fields, "")
	f.comment(in.Comment)
	if err := f.err(); err != nil {
		return f.findings, err
	}
	if c != nil {
		if st := d.state(c.State); st != nil && st.Action(action) != nil {
			f.findings = append(f.findings, openItems(c, st.Action(action))...)
		}
	}
	var err error
	if c == nil {
		_, err = Open(d, actor, in, env)
	} else {
		_, err = Apply(d, *c, actor, action, in, env)
	}
	return f.findings, err
}

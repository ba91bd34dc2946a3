package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/liaison-dev/liaison/internal/web"
	"net/http"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
)

// shown is one field value as the case page prints it.
type shown struct {
	Label   string
	Text    string
	Columns []string
	Rows    [][]string
	Sub     []shown
}

// waitingRow says who must act now.
type waitingRow struct {
	Role   string
	People string
}

// eventRow is one entry of the timeline.
type eventRow struct {
	Seq      int
	At       string
	Actor    string
	Kind     string // the event type, for styling
	What     string // translated: 发起, 承接, 提醒 …
	State    string
	Fields   []shown
	Comment  string
	Findings []finding
}

// noticeRow is one notification of the case.
type noticeRow struct {
	At, Kind, Recipient, Channel, Status, Reason string
	Failed                                       bool
}

// caseView is the case page's data.
type caseView struct {
	C             cases.View
	ProcessName   string
	Template      string
	StateName     string
	Due           string
	Left          string
	Paused        string // since when the clock waits for the other side
	Fields        []shown
	Waiting       []waitingRow
	Participants  []cases.ParticipantView
	Signatures    []eventRow
	Forms         []formView
	Events        []eventRow
	Notifications []noticeRow
	ShowNotices   bool
	Documents     []document.Document
	CanSendLink   bool // an open case with an external contact, seen by staff
	LinkSent      bool
	Links         []linkRow // the external contacts' current links (links.go)
	LinkDone      string    // the message after a link button
	Warnings      []string  // failed deliveries to external contacts, on top
	Records       recordsView
	Steps         []step           // the step indicator (steps.go)
	Deciding      *eventRow        // what the open decision is about, shown above the action forms
	Milestones    []milestoneRow   // a customer case's milestones, for staff
	HasMilestones bool             // the process plans milestones (customer cases)
	FollowUps     []cases.FollowUp // the cases that may be opened from this one now (linked)
	Reassign      []reassignRow    // the roles the viewer may give to someone else (a head, an administrator)
}

// reassignRow is one role of the case that the viewer may hand over
// (CONTRACT §10: the head of the role's department or above, or an
// administrator), with the people it may go to.
type reassignRow struct {
	Role, RoleName, Holder string
	Candidates             []option
}

// reassignRows lists the roles of c that v may reassign: each held by a
// user through a field of the case, in a department v oversees (or any,
// for an administrator). The candidates are that department's people and,
// for a head, those of the departments below it that the head oversees;
// the service checks again. A role that one of the step's own actions
// (forms) already hands over (§6's reassign, while a request waits for
// its answer) is left to that action, not offered twice.
func reassignRows(d *process.Definition, c cases.View, v visitor, opts options, forms []formView, lang string) []reassignRow {
	if c.Terminal {
		return nil
	}
	byAction := func(field string) bool {
		return slices.ContainsFunc(forms, func(f formView) bool {
			return slices.ContainsFunc(f.Inputs, func(in input) bool { return in.Name == field })
		})
	}
	var out []reassignRow
	for _, p := range c.Participants {
		r := d.Role(p.Role)
		if r == nil || r.Field == "" || p.Login == "" || p.Party != "" || p.Dept == "" || byAction(r.Field) {
			continue
		}
		heads := slices.Contains(v.User.Oversees, p.Dept)
		if !v.User.Admin && !heads {
			continue
		}
		row := reassignRow{Role: p.Role, RoleName: inLang(p.RoleName, lang), Holder: p.Name}
		for _, o := range opts.Users {
			if o.Value != p.Login && (o.Dept == p.Dept || (heads && slices.Contains(v.User.Oversees, o.Dept))) {
				row.Candidates = append(row.Candidates, o)
			}
		}
		if len(row.Candidates) > 0 {
			out = append(out, row)
		}
	}
	return out
}

// handleCase serves GET /cases/{id}.
func (u *UI) handleCase(w http.ResponseWriter, r *http.Request) {
	u.showCase(w, r, http.StatusOK, "", "", formState{})
}

func (u *UI) caseID(r *http.Request) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	return id, err == nil && id > 0
}

// showCase renders the case page; failed names the action whose form is
// re-shown with st (its values, errors and findings), errKey an error on top.
func (u *UI) showCase(w http.ResponseWriter, r *http.Request, status int, failed, topError string, st formState) {
	vis := visitorFrom(r.Context())
	ctx := r.Context()
	id, ok := u.caseID(r)
	if !ok {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	c, err := u.Cases.Get(ctx, vis.viewer(), id)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	d, ok := u.Cases.Processes().Get(c.Process)
	if !ok {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	names, err := u.userNames(ctx)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	opts, err := u.options(ctx, vis.Lang)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	now, err := u.Cases.Now(ctx)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	lang := vis.Lang
	// An outside party acts as party:ID: the timeline names its contact
	// and the party, as the participants' table does.
	for _, p := range c.Participants {
		if p.Party != "" {
			names["party:"+p.Party] = partyActor(p.Name, partyName(opts, p.Party), lang)
		}
	}
	cv := caseView{C: c, ProcessName: inLang(d.Name, lang), Template: inLang(d.Template, lang), StateName: inLang(c.StateName, lang),
		Fields: u.shownFields(d.Fields, c.Fields, opts, names, lang), Participants: c.Participants}
	cv.Steps = u.caseSteps(d, c, names, lang)
	cv.Milestones = u.milestoneRows(c.Milestones, lang)
	cv.HasMilestones = d.ID == "customer-requirement" || len(c.Milestones) > 0
	if c.DueAt != nil {
		cv.Due = formatTime(c.DueAt.In(u.location()), lang)
		cv.Left = u.timeLeft(now, *c.DueAt, lang, c.DueClock)
	}
	if c.PausedSince != nil {
		cv.Paused = formatTime(c.PausedSince.In(u.location()), lang)
	}
	for _, role := range c.Waiting {
		wr := waitingRow{Role: role}
		var people []string
		for _, p := range c.Participants {
			if p.Role != role {
				continue
			}
			wr.Role = inLang(p.RoleName, lang)
			switch {
			case p.Name != "":
				people = append(people, p.Name)
			case p.Login != "":
				people = append(people, names[p.Login])
			case p.Email != "":
				people = append(people, p.Email)
			case p.Dept != "":
				people = append(people, u.cat.T(lang, "case.any_member", deptName(opts, p.Dept)))
			}
		}
		wr.People = strings.Join(people, "、")
		cv.Waiting = append(cv.Waiting, wr)
	}
	for _, sg := range c.Signatures {
		role := sg.Role
		for _, rl := range d.Roles {
			if rl.ID == sg.Role {
				role = inLang(rl.Name, lang)
			}
		}
		cv.Signatures = append(cv.Signatures, eventRow{At: u.when(sg.At, lang), Actor: nameOf(names, sg.Login), What: role})
	}
	if cv.FollowUps, err = u.Cases.FollowUps(ctx, vis.viewer(), c.ID); err != nil {
		u.fail(w, r, err)
		return
	}
	st0 := d.State(c.State)
	for _, aid := range c.Actions {
		fv := formView{Action: fmt.Sprintf("/cases/%d/actions/%s", c.ID, aid), Version: c.Version, ActionID: aid}
		fst := formState{Values: url.Values{}}
		if aid == failed {
			fst = st
		}
		if aid == "comment" {
			fv.Name = u.cat.T(lang, "case.comment")
			fv.Submit = fv.Name
			fv.Comment = commentInput(aid, fst, u.cat.T(lang, "case.comment_text"), true)
		} else {
			var a *process.Action
			if st0 != nil {
				a = st0.Action(aid)
			}
			if a == nil {
				continue
			}
			fv.Name, fv.Submit = inLang(a.Name, lang), inLang(a.Name, lang)
			ins := withChoices(formInputs(a.Fields, "", fst, opts, lang), c.Choices[aid])
			for i, f := range a.Fields {
				// A commitment says, before it is sent, the date it should not pass.
				if lim, ok := c.Fields[f.NotAfter].(string); ok && f.NotAfter != "" {
					if t, err := time.ParseInLocation("2006-01-02", lim, u.location()); err == nil {
						ins[i].Limit, ins[i].LimitText = lim, formatDay(t, lang)
					}
				}
			}
			fv.Inputs = prefixIDs(ins, "a-"+aid+"-")
			fv.Comment = commentInput(aid, fst, u.cat.T(lang, "case.note"), false)
		}
		if isSignature(d, c.State, aid) {
			fv.Sign = u.signPreview(d, c, opts, names, lang, fst)
		}
		errs := map[string]string{}
		for k, v := range fst.Errors {
			if k != confirmField {
				errs[k] = v
			}
		}
		fv.Orphans = orphanErrors(errs, append(fv.Inputs, fv.Comment))
		fv.CaseFindings = fst.Findings[process.OpenItemsField]
		fv.Review = aid == failed && len(st.Findings) > 0
		if aid != failed {
			// Warned before sending: what the case itself would warn of
			// (milestones still open before a delivery).
			fv.CaseFindings = formFindings(c.Warnings[aid], nil)[process.OpenItemsField]
		}
		// A link from a chat card (?act=ACTION#act-ACTION) opens that action's form.
		fv.Focus = r.URL.Query().Get("act") == aid
		cv.Forms = append(cv.Forms, fv)
	}
	prev := ""
	for _, e := range c.Events {
		row := u.eventRow(d, e, opts, names, lang)
		cv.Events = append(cv.Events, row)
		// The move into the current state carries what is to be decided
		// now (a solution and its quote, a delivery): shown right above
		// the decision, but not to the one who made that move (a contact
		// does not decide on their own acceptance).
		if e.State != "" && e.State != prev && e.State == c.State && len(row.Fields) > 0 && e.Actor != vis.User.Login {
			r := row
			cv.Deciding = &r
		} else if e.State != "" && e.State != prev {
			cv.Deciding = nil
		}
		if e.State != "" {
			prev = e.State
		}
	}
	mustAct := slices.ContainsFunc(c.Participants, func(p cases.ParticipantView) bool {
		return p.Login == vis.User.Login && slices.Contains(c.Waiting, p.Role)
	})
	if len(cv.Forms) == 0 || c.Terminal || !mustAct {
		cv.Deciding = nil // only the one who decides needs it on top; the timeline has it for all
	}
	cv.Documents = document.Build(d, c)
	// Whoever may see the case may ask for a link to be sent (the service
	// decides), and sees its notifications (CONTRACT §10).
	cv.CanSendLink = !c.Terminal && slices.ContainsFunc(c.Participants, func(p cases.ParticipantView) bool { return p.Party != "" })
	cv.LinkSent = r.URL.Query().Get("done") == "link"
	cv.Reassign = reassignRows(d, c, vis, opts, cv.Forms, lang)
	if cv.Records, err = u.caseRecords(r, c); err != nil {
		u.fail(w, r, err)
		return
	}
	for i := range cv.Records.Attachments { // the uploader by name, as the timeline writes them
		cv.Records.Attachments[i].Uploader = u.actorName(cv.Records.Attachments[i].Uploader, names, lang)
	}
	if done := r.URL.Query().Get("done"); done == "link_revoked" || done == "link_renewed" {
		cv.LinkDone = u.cat.T(lang, "link."+strings.TrimPrefix(done, "link_"))
	}
	if cv.Links, err = u.linkRows(ctx, vis, c.ID); err != nil {
		u.fail(w, r, err)
		return
	}
	{
		cv.ShowNotices = true
		list, err := u.Cases.Notifications(ctx, vis.actor(), c.ID, cases.Page{})
		if err != nil {
			u.fail(w, r, err)
			return
		}
		for _, n := range list.Items {
			rcpt := n.Recipient
			if nm, ok := names[rcpt]; ok {
				rcpt = nm
			}
			row := noticeRow{At: formatTime(n.CreatedAt.In(u.location()), lang),
				Kind: u.cat.Label(lang, "notice.", n.Kind), Recipient: rcpt, Channel: u.cat.Label(lang, "channel.", n.Channel), Status: u.cat.Label(lang, "status.", n.Status)}
			if n.Status == "failed" || (n.Status == "pending" && n.Attempts > 0) {
				row.Reason, row.Failed = notify.Explain(n.LastError, lang), n.Status == "failed"
			}
			cv.Notifications = append(cv.Notifications, row)
		}
		cv.Warnings = u.failedToParties(list.Items, lang)
	}
	v := view{Nav: "cases", V: cv, Notice: r.URL.Query().Get("notice")} // a reassignment's result (org.go)
	if topError != "" {
		v.Error = topError
	}
	// After an action, say it was done (the page came back by redirect).
	if done := r.URL.Query().Get("done"); done != "" && topError == "" {
		switch a := d.Action(done); {
		case a != nil:
			v.Notice = u.cat.T(lang, "case.done", inLang(a.Name, lang))
		case done == "comment":
			v.Notice = u.cat.T(lang, "case.done", u.cat.T(lang, "case.comment_done"))
		}
	}
	u.render(w, r, status, "case", "case.title", v)
}

func commentInput(aid string, st formState, label string, required bool) input {
	return input{Name: "comment", ID: "a-" + aid + "-comment", Label: label, Control: process.ShapeLines.String(), Required: required,
		Value: st.Values.Get("comment"), Error: st.Errors["comment"], Findings: st.Findings["comment"], Check: "text"}
}

// prefixIDs makes element ids unique when several forms share a page.
func prefixIDs(list []input, p string) []input {
	for i := range list {
		list[i].ID = p + list[i].ID
		list[i].Sub = prefixIDs(list[i].Sub, p)
		for j := range list[i].Rows {
			list[i].Rows[j] = prefixIDs(list[i].Rows[j], p)
		}
	}
	return list
}

// handleAct serves POST /cases/{id}/actions/{action}.
func (u *UI) handleAct(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	id, ok := u.caseID(r)
	if !ok {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	aid := r.PathValue("action")
	vals, ok := u.postForm(w, r)
	if !ok {
		return
	}
	c, err := u.Cases.Get(r.Context(), vis.viewer(), id)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	var fields []process.Field
	if aid != "comment" {
		d, _ := u.Cases.Processes().Get(c.Process)
		if d != nil && d.State(c.State) != nil && d.State(c.State).Action(aid) != nil {
			fields = d.State(c.State).Action(aid).Fields
		}
	}
	in := process.Input{Fields: parseForm(fields, "", vals, u.location()), Comment: strings.TrimSpace(vals.Get("comment")), Lang: vis.Lang}
	in.Version, _ = strconv.Atoi(vals.Get("version"))
	// What the service would say, at once: field errors and the checker's
	// findings on the texts and the comment.
	found, err := u.Cases.ReviewAct(r.Context(), vis.actor(), id, aid, in)
	findings := formFindings(found, vals)
	st := formState{Values: vals, Errors: map[string]string{}, Findings: findings}
	if aid != "comment" {
		st.Errors = formErrors(invalidFields(err), vis.Lang)
	}
	if len(st.Errors) > 0 {
		u.showCase(w, r, web.Status(problem.Invalid), aid, u.cat.T(vis.Lang, "form.has_errors"), st)
		return
	}
	if blocking(findings) || (len(findings) > 0 && vals.Get("ack") != "1") {
		u.showCase(w, r, web.Status(problem.Invalid), aid, u.cat.T(vis.Lang, "form.review"), st)
		return
	}
	if d, _ := u.Cases.Processes().Get(c.Process); d != nil && isSignature(d, c.State, aid) && vals.Get(confirmField) != "1" {
		st.Errors[confirmField] = u.cat.T(vis.Lang, "sign.confirm_needed")
		u.showCase(w, r, web.Status(problem.Invalid), aid, u.cat.T(vis.Lang, "form.has_errors"), st)
		return
	}
	if aid == "comment" && in.Comment == "" {
		st.Errors["comment"] = u.cat.T(vis.Lang, "form.required")
		u.showCase(w, r, web.Status(problem.Invalid), aid, u.cat.T(vis.Lang, "form.has_errors"), st)
		return
	}
	if _, err := u.Cases.Act(r.Context(), vis.actor(), id, aid, in); err != nil {
		p := problem.As(err)
		switch p.Code {
		case problem.Invalid:
			st.Errors = formErrors(p.Fields, vis.Lang)
			u.showCase(w, r, web.Status(problem.Invalid), aid, u.cat.T(vis.Lang, "form.has_errors"), st)
		case problem.Conflict:
			u.showCase(w, r, web.Status(problem.Conflict), aid, u.cat.T(vis.Lang, "case.conflict")+" "+message(p, vis.Lang), st)
		default:
			u.fail(w, r, err)
		}
		return
	}
	http.Redirect(w, r, fmt.Sprintf("/cases/%d?done=%s#timeline", id, url.QueryEscape(aid)), http.StatusSeeOther)
}

// when formats a time of a view for people, in the calendar's zone.
func (u *UI) when(t time.Time, lang string) string {
	return formatTime(t.In(u.location()), lang)
}

// eventRow turns an event into a line of the timeline.
func (u *UI) eventRow(d *process.Definition, e cases.EventView, opts options, names map[string]string, lang string) eventRow {
	er := eventRow{Seq: e.Seq, At: u.when(e.At, lang), Actor: u.actorName(e.Actor, names, lang), Kind: e.Type, Comment: e.Comment}
	er.What = u.cat.Label(lang, "event.", e.Type)
	var fields []process.Field
	if e.Type == "opened" {
		fields = d.Fields
	}
	if a := d.Action(e.Action); a != nil && e.Type == "action" {
		er.What = inLang(a.Name, lang)
		fields = a.Fields
	}
	if e.Type == "opened" {
		// The opening form is printed in full above; the timeline needs
		// only the event itself.
		fields = nil
	} else if len(e.Fields) > 0 {
		if fields == nil {
			keys := make([]string, 0, len(e.Fields))
			for k := range e.Fields {
				if k != "id" && k != "case_id" { // row numbers of the database, nothing to a reader
					keys = append(keys, k)
				}
			}
			sort.Strings(keys)
			vals := map[string]any{}
			for _, k := range keys {
				prefix := "field."
				if _, ok := u.cat["zh"]["field."+e.Type+"."+k]; ok {
					prefix = "field." + e.Type + "." // a reassignment's from and to
				}
				label := process.Text{Zh: u.cat.Label("zh", prefix, k), En: u.cat.Label("en", prefix, k)}
				fields = append(fields, process.Field{Name: k, Label: label, Type: "text"})
				vals[k] = u.eventValue(d, e.Type, k, e.Fields[k], names, lang)
			}
			e.Fields = vals
		}
		er.Fields = u.shownFields(fields, e.Fields, opts, names, lang)
	}
	if st := d.State(e.State); st != nil {
		er.State = inLang(st.Name, lang)
	}
	for _, f := range e.Findings {
		er.Findings = append(er.Findings, finding{Rule: f.Rule, Severity: string(f.Severity), Message: f.Message, Suggestion: f.Suggestion})
	}
	return er
}

// eventValue writes a value the engine recorded in words: roles and people
// by name, an instant as a time, a rule and its span as the page says them.
func (u *UI) eventValue(d *process.Definition, typ, k string, v any, names map[string]string, lang string) any {
	switch k {
	case "role":
		if rl, ok := v.(string); ok && d.Role(rl) != nil {
			return inLang(d.Role(rl).Name, lang) // a signature's role, in words
		}
	case "to", "from":
		var list []any
		switch x := v.(type) {
		case string:
			list = []any{x}
		case []any:
			list = x
		}
		var who []string
		for _, x := range list {
			s, _ := x.(string)
			if r := d.Role(s); r != nil && typ != "reassigned" {
				who = append(who, inLang(r.Name, lang))
			} else if s != "" {
				who = append(who, nameOf(names, s))
			}
		}
		if len(who) > 0 {
			sep := "、"
			if lang == "en" {
				sep = ", "
			}
			return strings.Join(who, sep)
		}
	case "due_at":
		if t, ok := process.DateTimeValue(v); ok {
			return u.when(t, lang)
		}
	case "rule":
		if s, ok := v.(string); ok {
			return u.cat.Label(lang, "rule.", s)
		}
	case "every":
		if s, ok := v.(string); ok {
			return u.spanWords(s, lang)
		}
	case "error":
		if s, ok := v.(string); ok && typ == "delivery_failed" {
			return notify.Explain(s, lang) // as the table of notifications says it
		}
	}
	return v
}

func (u *UI) actorName(a string, names map[string]string, lang string) string {
	switch {
	case a == "system" || a == "":
		return u.cat.T(lang, "case.system")
	case strings.HasPrefix(a, "customer:"):
		return strings.TrimPrefix(a, "customer:")
	}
	return nameOf(names, a)
}

// partyActor is who acted for a party: 张伟（华信科技）, or either name alone.
func partyActor(contact, party, lang string) string {
	switch {
	case contact == "" || contact == party:
		return party
	case party == "":
		return contact
	case lang == "en":
		return contact + " (" + party + ")"
	}
	return contact + "（" + party + "）"
}

func partyName(o options, id string) string {
	for _, p := range o.Parties {
		if p.Value == id {
			return p.Label
		}
	}
	return id
}

func nameOf(names map[string]string, login string) string {
	if n, ok := names[login]; ok && n != "" {
		return n
	}
	return login
}

func deptName(o options, id string) string {
	for _, d := range o.Departments {
		if d.Value == id {
			return d.Label
		}
	}
	return id
}

// userNames maps logins to names for display.
func (u *UI) userNames(ctx context.Context) (map[string]string, error) {
	dir, err := u.Admin.Directory(ctx, visitorFrom(ctx).User)
	return dir.Names(), err
}

// shownFields prints values in the order of their definitions.
func (u *UI) shownFields(fields []process.Field, vals map[string]any, opts options, names map[string]string, lang string) []shown {
	var out []shown
	for _, f := range fields {
		v, ok := vals[f.Name]
		if !ok || v == nil {
			out = append(out, shown{Label: inLang(f.Label, lang), Text: "—"})
			continue
		}
		out = append(out, u.shownValue(f, v, opts, names, lang))
	}
	return out
}

func (u *UI) shownValue(f process.Field, v any, opts options, names map[string]string, lang string) shown {
	s := shown{Label: inLang(f.Label, lang)}
	switch process.TypeOf(f).Shape() {
	case process.ShapeRows:
		list, _ := v.([]any)
		for _, c := range f.Columns {
			s.Columns = append(s.Columns, inLang(c.Label, lang))
		}
		for _, row := range list {
			m, _ := row.(map[string]any)
			var cells []string
			for _, c := range f.Columns {
				cells = append(cells, u.shownValue(c, m[c.Name], opts, names, lang).Text)
			}
			s.Rows = append(s.Rows, cells)
		}
	case process.ShapeObject:
		m, _ := v.(map[string]any)
		s.Sub = u.shownFields(f.Columns, m, opts, names, lang)
	case process.ShapeQuote:
		m, _ := v.(map[string]any)
		s.Columns = []string{u.cat.T(lang, "quote.item"), u.cat.T(lang, "quote.qty"), u.cat.T(lang, "quote.unit_price"), u.cat.T(lang, "quote.amount")}
		items, _ := m["items"].([]any)
		for _, it := range items {
			im, _ := it.(map[string]any)
			s.Rows = append(s.Rows, []string{text(im["name"]), text(im["qty"]), i18n.Amount(text(im["unit_price"])), i18n.Amount(text(im["amount"]))})
		}
		// As the printed quote writes them: 120,000.00 and 税率 6%, not 0.0600.
		s.Text = u.cat.T(lang, "quote.totals", text(m["currency"]), i18n.Amount(text(m["subtotal"])), i18n.Rate(text(m["tax_rate"])), i18n.Amount(text(m["tax"])), i18n.Amount(text(m["total"])))
	default:
		s.Text = process.ShowCell(f, v, u.show(opts, names, lang))
	}
	if s.Text == "" && s.Rows == nil && s.Sub == nil {
		s.Text = "—"
	}
	return s
}

// show is how the pages write a value for people: days and times as the
// manual does, in the server's zone, people, departments and parties by
// their names.
func (u *UI) show(opts options, names map[string]string, lang string) process.Show {
	return process.Show{Lang: lang, Location: u.location(), Names: pageNames{opts, names},
		Day:  func(t time.Time) string { return formatDay(t, lang) },
		Time: func(t time.Time) string { return formatTime(t, lang) }}
}

// pageNames resolves ids to names from the form's options and the
// directory; an unknown id is shown as it is.
type pageNames struct {
	opts  options
	users map[string]string
}

func (n pageNames) User(login string) string { return nameOf(n.users, login) }

func (n pageNames) Department(id string) string { return deptName(n.opts, id) }

func (n pageNames) Party(id string) string {
	for _, p := range n.opts.Parties {
		if p.Value == id {
			return p.Label
		}
	}
	return id
}

// text prints a stored value; maps and lists (unexpected here) as JSON.
func text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64, int64, int, json.Number, bool:
		return fmt.Sprint(x)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// handleSendLink serves POST /cases/{id}/link: mail the external contact a
// fresh link to the case.
func (u *UI) handleSendLink(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	id, ok := u.caseID(r)
	if !ok {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	if _, err := u.Cases.SendLink(r.Context(), vis.actor(), id); err != nil {
		u.caseRefusal(w, r, err)
		return
	}
	http.Redirect(w, r, "/cases/"+strconv.FormatInt(id, 10)+"?done=link", http.StatusSeeOther)
}

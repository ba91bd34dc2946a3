package document

import (
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// The manual's documents of 客户需求对接 (4.(二)) beyond the opening form.
var (
	nameSolution = label("document.customer_solution_with_quote")
	nameMinutes  = label("document.solution_meeting_minutes")
	nameWeekly   = label("document.weekly_project_report")
	nameFeedback = label("document.customer_feedback_sheet")
	nameContract = label("document.contract_approval")
)

// customerDocs are the solution, the minutes, the weekly reports, the
// feedback sheets and the contract of a customer-requirement case.
func customerDocs(d *process.Definition, v cases.View) []Document {
	var docs []Document
	minutes, weekly := 0, 0
	// The solution and the contract may be returned and submitted again:
	// only the latest submission is the document, placed where it was made.
	solution, contract := -1, -1
	for i, e := range v.Events {
		switch e.Action {
		case "submit_solution":
			solution = i
		case "submit_contract":
			contract = i
		}
	}
	for i, e := range v.Events {
		if e.Type != "action" {
			continue
		}
		a := d.Action(e.Action)
		if a == nil {
			continue
		}
		switch {
		case e.Action == "submit_solution" && i == solution:
			docs = append(docs, solutionDoc(d, v, a, i))
		case e.Action == "record_minutes":
			minutes++
			docs = append(docs, recordDoc(v, a, e, "minutes-"+strconv.Itoa(minutes), KindMinutes, nameMinutes, label("document.recorder")))
		case e.Action == "weekly_report":
			weekly++
			docs = append(docs, recordDoc(v, a, e, "weekly-"+strconv.Itoa(weekly), KindWeekly, nameWeekly, label("document.project_lead")))
		case e.Action == "feedback":
			if id, ok := number(e.Fields["feedback_id"]); ok {
				docs = append(docs, feedbackDoc(d, v, id, i))
			}
		case e.Action == "submit_contract" && i == contract:
			docs = append(docs, contractDoc(d, v, a, i))
		}
	}
	return docs
}

// customerSection heads the documents sent to or about the customer.
func customerSection(d *process.Definition, v cases.View) Section {
	s := Section{Title: label("document.customer")}
	for _, name := range []string{"customer", "contact"} {
		s.Entries = append(s.Entries, entry(field(d.Fields, name), v.Fields[name]))
	}
	return s
}

func solutionDoc(d *process.Definition, v cases.View, a *process.Action, i int) Document {
	e := v.Events[i]
	doc := Document{ID: "solution", Kind: KindSolution, Name: nameSolution, At: e.At,
		Signatures: []cases.SignatureView{{Role: "account_manager", Login: e.Actor, At: e.At}},
		Signers: []Signer{
			{Role: "account_manager", Label: label("document.prepared_account_manager")},
			{Role: "reviewer", Label: label("document.approved_head_of_department")},
		}}
	doc.Sections = []Section{
		customerSection(d, v),
		{Title: label("document.solution_and_milestones"), Entries: []Entry{
			entry(field(a.Fields, "summary"), e.Fields["summary"]),
			entry(field(a.Fields, "milestones"), e.Fields["milestones"]),
		}},
		{Title: label("document.quote"), Entries: []Entry{entry(field(a.Fields, "quote"), e.Fields["quote"])}},
	}
	// The head's approval of this submission is the second signature; one
	// that came before it approved an earlier draft.
	if sg, ok := after(v, i, "approve_solution", "reviewer"); ok {
		doc.Signatures = append(doc.Signatures, sg)
	}
	return doc
}

func contractDoc(d *process.Definition, v cases.View, a *process.Action, i int) Document {
	e := v.Events[i]
	doc := Document{ID: "contract", Kind: KindContract, Name: nameContract, At: e.At,
		Signatures: []cases.SignatureView{{Role: "account_manager", Login: e.Actor, At: e.At}},
		Signers: []Signer{
			{Role: "account_manager", Label: label("document.drafted_account_manager")},
			{Role: "legal", Label: label("document.reviewed_legal")},
		}}
	terms := Section{Title: label("document.terms"), Entries: entries(a.Fields, e.Fields)}
	// The customer's seal is recorded after legal's approval; the date it
	// was signed belongs on the same sheet. Signed through the link, the
	// sheet names the signer, the time and the stamped scan uploaded there.
	var signed []Entry
	for _, later := range v.Events[i+1:] {
		ra := d.Action(later.Action)
		if ra == nil || later.Type != "action" { // the stamped scan's upload names the action too
			continue
		}
		switch later.Action {
		case "record_signature":
			terms.Entries = append(terms.Entries, entry(field(ra.Fields, "signed_on"), later.Fields["signed_on"]))
		case "sign_contract":
			signed = append(signed, entries(ra.Fields, later.Fields)...)
			signed = append(signed, Entry{Name: "signed_at", Label: label("document.signed_at"), Type: "datetime", Value: stamp(later.At)})
			doc.Signatures = append(doc.Signatures, cases.SignatureView{Role: "customer", Login: later.Actor, At: later.At})
		}
	}
	doc.Sections = []Section{customerSection(d, v), terms}
	if len(signed) > 0 {
		doc.Sections = append(doc.Sections, Section{Title: label("document.signed_customer"), Entries: signed})
	}
	doc.Signers = append(doc.Signers, Signer{Role: "customer", Label: label("document.customer_s_signature_and")})
	for _, a := range attachments(v) {
		if a.Action == "sign_contract" {
			doc.Attachments = append(doc.Attachments, a)
		}
	}
	if sg, ok := after(v, i, "legal_approve", "legal"); ok {
		doc.Signatures = append(doc.Signatures, sg)
	}
	return doc
}

// confirmation is the section of 《客户需求确认表》 that says whether the
// customer confirmed the requirement as it stands (after any corrections),
// who confirmed it and when; recorded for the customer, with the evidence.
func confirmation(v cases.View) Section {
	s := Section{Title: label("document.customer_s_confirmation")}
	at, actor, evidence, corrections := "", "", "", 0
	for _, e := range v.Events {
		switch e.Action {
		case "correct":
			corrections++
			at, actor, evidence = "", "", ""
		case "confirm":
			at, actor = stamp(e.At), e.Actor
			evidence, _ = e.Fields["evidence"].(string)
		}
	}
	// The status and how it was confirmed are enums, named in the
	// paper's language: an English paper said 客户已确认无理解偏差.
	status := "awaiting"
	if at != "" {
		status = "confirmed"
	}
	s.Entries = append(s.Entries,
		Entry{Name: "confirmation", Label: label("document.confirmation_status"), Type: "enum", Value: status,
			Options: map[string]process.Text{"awaiting": label("document.awaiting_customer"), "confirmed": label("document.confirmed_customer")}},
		Entry{Name: "corrections", Label: label("document.corrections_customer"), Type: "int", Value: corrections})
	if at == "" {
		return s
	}
	via := "link"
	if evidence != "" {
		via = "recorded"
	}
	s.Entries = append(s.Entries,
		Entry{Name: "confirmed_by", Label: label("document.confirmed"), Type: "text", Value: nameOf(v, actor)},
		Entry{Name: "confirmed_via", Label: label("document.confirmed_via"), Type: "enum", Value: via,
			Options: map[string]process.Text{"link": label("document.confirmed_via_link"), "recorded": label("document.confirmed_via_recorded")}},
		Entry{Name: "confirmed_at", Label: label("document.confirmed_at"), Type: "datetime", Value: at})
	if evidence != "" {
		s.Entries = append(s.Entries, Entry{Name: "evidence", Label: label("document.evidence"), Type: "longtext", Value: evidence})
	}
	return s
}

// nameOf is how an event's actor reads on a document: the external
// party's contact for party:ID, the participant's name for a login.
func nameOf(v cases.View, actor string) string {
	party, isParty := strings.CutPrefix(actor, "party:")
	for _, p := range v.Participants {
		if (isParty && p.Party == party) || (!isParty && actor != "" && p.Login == actor) {
			if p.Name != "" {
				return p.Name
			}
		}
	}
	if actor == "" {
		return "未指定"
	}
	return actor
}

// recordDoc is a document that is one action's form: minutes, a weekly report.
func recordDoc(v cases.View, a *process.Action, e cases.EventView, id, kind string, name, signer process.Text) Document {
	role := roleOf(v, e.Actor)
	return Document{ID: id, Kind: kind, Name: name, At: e.At,
		Sections:   []Section{{Title: a.Name, Entries: entries(a.Fields, e.Fields)}},
		Signatures: []cases.SignatureView{{Role: role, Login: e.Actor, At: e.At}},
		Signers:    []Signer{{Role: role, Label: signer}},
	}
}

// feedbackDoc is template 4 for one feedback item: what was reported, the
// response and plan, and the resolution, each from its own event.
func feedbackDoc(d *process.Definition, v cases.View, id, opened int) Document {
	e := v.Events[opened]
	doc := Document{ID: "feedback-" + strconv.Itoa(id), Kind: KindFeedback, Name: nameFeedback, At: e.At, Signatures: []cases.SignatureView{}}
	reported := Section{Title: label("document.reported"), Entries: []Entry{
		{Name: "feedback_id", Label: label("document.feedback_no"), Type: "int", Value: id},
		{Name: "reported_at", Label: label("document.reported_at"), Type: "datetime", Value: stamp(e.At)},
	}}
	if a := d.Action("feedback"); a != nil {
		reported.Entries = append(reported.Entries, entries(a.Fields, e.Fields)...)
	}
	for _, it := range v.Feedback {
		if it.ID == id {
			reported.Entries = append(reported.Entries,
				Entry{Name: "status", Label: label("document.handling_status"), Type: "status", Value: it.Status},
				Entry{Name: "due_at", Label: label("document.respond"), Type: "datetime", Value: stampOf(it.DueAt)})
		}
	}
	doc.Sections = append(doc.Sections, reported)
	steps := []struct {
		action string
		title  process.Text
		signer process.Text
	}{
		{"respond", label("document.response_and_plan"), label("document.responded")},
		{"resolve", label("document.resolution"), label("document.resolved")},
	}
	for _, st := range steps {
		a := d.Action(st.action)
		if a == nil {
			continue
		}
		var fields []process.Field
		for _, f := range a.Fields {
			if f.Name != "feedback_id" {
				fields = append(fields, f)
			}
		}
		role := ""
		for _, later := range v.Events[opened+1:] {
			if n, ok := number(later.Fields["feedback_id"]); later.Action != st.action || !ok || n != id {
				continue
			}
			at := Entry{Name: st.action + "_at", Label: label("document.at"), Type: "datetime", Value: stamp(later.At)}
			doc.Sections = append(doc.Sections, Section{Title: st.title, Entries: append([]Entry{at}, entries(fields, later.Fields)...)})
			role = roleOf(v, later.Actor)
			doc.Signatures = append(doc.Signatures, cases.SignatureView{Role: role, Login: later.Actor, At: later.At})
		}
		doc.Signers = append(doc.Signers, Signer{Role: role, Label: st.signer})
	}
	return doc
}

// after finds the first event of action after event i, before the next
// submission, as a signature of role.
func after(v cases.View, i int, action, role string) (cases.SignatureView, bool) {
	submitted := v.Events[i].Action
	for _, e := range v.Events[i+1:] {
		if e.Action == submitted {
			break
		}
		if e.Action == action {
			return cases.SignatureView{Role: role, Login: e.Actor, At: e.At}, true
		}
	}
	return cases.SignatureView{}, false
}

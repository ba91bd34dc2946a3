package document

import (
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// The manual's documents of 客户需求对接 (4.(二)) beyond the opening form.
var (
	nameSolution = process.Text{Zh: "《客户解决方案书》", En: "Customer solution (with quote)"}
	nameMinutes  = process.Text{Zh: "《方案沟通纪要》", En: "Solution meeting minutes"}
	nameWeekly   = process.Text{Zh: "《项目周报》", En: "Weekly project report"}
	nameFeedback = process.Text{Zh: "《客户反馈处理表》", En: "Customer feedback sheet"}
	nameContract = process.Text{Zh: "《合同审批单》", En: "Contract approval"}
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
			docs = append(docs, recordDoc(v, a, e, "minutes-"+strconv.Itoa(minutes), KindMinutes, nameMinutes, process.Text{Zh: "记录人", En: "Recorded by"}))
		case e.Action == "weekly_report":
			weekly++
			docs = append(docs, recordDoc(v, a, e, "weekly-"+strconv.Itoa(weekly), KindWeekly, nameWeekly, process.Text{Zh: "项目负责人", En: "Project lead"}))
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
	s := Section{Title: process.Text{Zh: "客户信息", En: "Customer"}}
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
			{Role: "account_manager", Label: process.Text{Zh: "编制(客户经理)", En: "Prepared by (account manager)"}},
			{Role: "reviewer", Label: process.Text{Zh: "审核(部门负责人)", En: "Approved by (head of department)"}},
		}}
	doc.Sections = []Section{
		customerSection(d, v),
		{Title: process.Text{Zh: "方案与交付节点", En: "Solution and milestones"}, Entries: []Entry{
			entry(field(a.Fields, "summary"), e.Fields["summary"]),
			entry(field(a.Fields, "milestones"), e.Fields["milestones"]),
		}},
		{Title: process.Text{Zh: "报价单", En: "Quote"}, Entries: []Entry{entry(field(a.Fields, "quote"), e.Fields["quote"])}},
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
			{Role: "account_manager", Label: process.Text{Zh: "拟定(客户经理)", En: "Drafted by (account manager)"}},
			{Role: "legal", Label: process.Text{Zh: "审核(法务部)", En: "Reviewed by (legal)"}},
		}}
	terms := Section{Title: process.Text{Zh: "合同条款", En: "Terms"}, Entries: entries(a.Fields, e.Fields)}
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
			signed = append(signed, Entry{Name: "signed_at", Label: process.Text{Zh: "签署时间", En: "Signed at"}, Type: "datetime", Value: stamp(later.At)})
			doc.Signatures = append(doc.Signatures, cases.SignatureView{Role: "customer", Login: later.Actor, At: later.At})
		}
	}
	doc.Sections = []Section{customerSection(d, v), terms}
	if len(signed) > 0 {
		doc.Sections = append(doc.Sections, Section{Title: process.Text{Zh: "客户签章", En: "Signed by the customer"}, Entries: signed})
	}
	doc.Signers = append(doc.Signers, Signer{Role: "customer", Label: process.Text{Zh: "客户签字盖章", En: "Customer's signature and seal"}})
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
	s := Section{Title: process.Text{Zh: "客户确认", En: "Customer's confirmation"}}
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
	status := process.Text{Zh: "待客户确认", En: "Awaiting the customer"}
	if at != "" {
		status = process.Text{Zh: "客户已确认无理解偏差", En: "Confirmed by the customer"}
	}
	s.Entries = append(s.Entries,
		Entry{Name: "confirmation", Label: process.Text{Zh: "确认状态", En: "Status"}, Type: "text", Value: status.Zh},
		Entry{Name: "corrections", Label: process.Text{Zh: "客户更正次数", En: "Corrections by the customer"}, Type: "int", Value: corrections})
	if at == "" {
		return s
	}
	who := nameOf(v, actor)
	if evidence != "" {
		who += "(客户经理代录 recorded for the customer)"
	}
	s.Entries = append(s.Entries,
		Entry{Name: "confirmed_by", Label: process.Text{Zh: "确认人", En: "Confirmed by"}, Type: "text", Value: who},
		Entry{Name: "confirmed_at", Label: process.Text{Zh: "确认时间", En: "Confirmed at"}, Type: "datetime", Value: at})
	if evidence != "" {
		s.Entries = append(s.Entries, Entry{Name: "evidence", Label: process.Text{Zh: "确认凭据", En: "Evidence"}, Type: "longtext", Value: evidence})
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
	reported := Section{Title: process.Text{Zh: "问题登记", En: "Reported"}, Entries: []Entry{
		{Name: "feedback_id", Label: process.Text{Zh: "反馈编号", En: "Feedback no."}, Type: "int", Value: id},
		{Name: "reported_at", Label: process.Text{Zh: "登记时间", En: "Reported at"}, Type: "datetime", Value: stamp(e.At)},
	}}
	if a := d.Action("feedback"); a != nil {
		reported.Entries = append(reported.Entries, entries(a.Fields, e.Fields)...)
	}
	for _, it := range v.Feedback {
		if it.ID == id {
			reported.Entries = append(reported.Entries,
				Entry{Name: "status", Label: process.Text{Zh: "处理状态", En: "Status"}, Type: "status", Value: it.Status},
				Entry{Name: "due_at", Label: process.Text{Zh: "响应时限", En: "Respond by"}, Type: "datetime", Value: stampOf(it.DueAt)})
		}
	}
	doc.Sections = append(doc.Sections, reported)
	steps := []struct {
		action string
		title  process.Text
		signer process.Text
	}{
		{"respond", process.Text{Zh: "响应与解决方案", En: "Response and plan"}, process.Text{Zh: "响应人", En: "Responded by"}},
		{"resolve", process.Text{Zh: "解决结果", En: "Resolution"}, process.Text{Zh: "解决确认人", En: "Resolved by"}},
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
			at := Entry{Name: st.action + "_at", Label: process.Text{Zh: "时间", En: "At"}, Type: "datetime", Value: stamp(later.At)}
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

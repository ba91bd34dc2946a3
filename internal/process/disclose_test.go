package process

import (
	"maps"
	"slices"
	"testing"
)

// partyTable is what an external party reads of each built-in definition:
// the fields of the opening form marked for it, the actions whose events
// it reads, and those it reads only once approved (action → approver).
// Every other action, and every field not listed, is internal.
var partyTable = map[string]struct {
	form  []string
	read  []string
	after map[string]string
}{
	"customer-complaint": {
		form: []string{"customer", "contact", "title", "description", "severity"},
		read: []string{"respond", "reject", "resolve", "confirm_solved", "reopen"},
	},
	"customer-requirement": {
		form:  []string{"customer", "contact", "title", "requirements", "expected_by"},
		read:  []string{"send_confirmation", "confirm", "correct", "record_minutes", "sign_contract", "weekly_report", "milestone_done", "confirm_milestone", "object_milestone", "answer_objection", "propose_milestone_date", "accept_milestone_date", "reject_milestone_date", "deliver", "feedback", "respond", "resolve", "confirm_fix", "reject_fix", "close"},
		after: map[string]string{"submit_solution": "approve_solution"},
	},
	"internal-collab": {},
	"issue-report":    {},
	"meeting":         {},
	"monthly-report":  {},
	"partner-collab": {
		form: []string{"partner", "contact", "title", "goal", "scope", "start_on", "end_by"},
		read: []string{"submit_plan", "terminate", "confirm_plan", "request_changes", "weekly_sync", "escalate", "milestone_done", "deliver", "accept_delivery", "reject_delivery", "sign"},
	},
	"progress-report":  {},
	"resource-request": {},
	"supplier-complaint": {
		form: []string{"supplier", "contact", "title", "category", "related_order", "description", "expected_remedy", "urgency"},
		read: []string{"respond", "withdraw", "close_unresolved", "report_fixed", "accept_fix", "reject_fix"},
	},
	"supplier-inquiry": {
		form: []string{"supplier", "contact", "title", "items", "quote_by", "delivery_needed", "notes"},
		read: []string{"submit_quote", "decline_inquiry", "cancel", "accept_quote", "reject_quote", "request_revision"},
	},
	"supplier-order": {
		form: []string{"supplier", "contact", "title", "order", "required_by", "delivery_address", "terms"},
		read: []string{"confirm_order", "decline_order", "cancel_order", "revise_order", "chase", "batch_received", "request_reschedule", "receive", "accept_reschedule", "reject_reschedule", "inspect", "rectify_plan"},
	},
}

// sample fills every field of fs, and the values the engine adds, with a
// value naming it.
func sample(d *Definition, fs []Field, a *Action) map[string]any {
	out := map[string]any{}
	for _, f := range fs {
		out[f.Name] = "v-" + f.Name
	}
	if a != nil {
		for _, k := range engineKeys(d, a) {
			out[k] = "v-" + k
		}
	}
	return out
}

func actionIDs(d *Definition) []string {
	var out []string
	for _, st := range d.States {
		for _, a := range st.Actions {
			if !slices.Contains(out, a.ID) {
				out = append(out, a.ID)
			}
		}
	}
	return out
}

// TestDisclosureTable: for every built-in definition, the party reads
// exactly the form fields and the events of the table; of a readable event
// every field but staff logins, evidence and fields hidden from it; staff
// read everything.
func TestDisclosureTable(t *testing.T) {
	reg := registry(t)
	var ids []string
	for _, d := range reg.All() {
		ids = append(ids, d.ID)
	}
	if want := slices.Sorted(maps.Keys(partyTable)); !slices.Equal(slices.Sorted(slices.Values(ids)), want) {
		t.Fatalf("built-in definitions %v; the table covers %v", ids, want)
	}
	party := Reader{Party: "p"}
	for _, d := range reg.All() {
		row := partyTable[d.ID]
		t.Run(d.ID, func(t *testing.T) {
			if (len(PartyRoles(d)) == 0) != (len(row.read)+len(row.after) == 0) {
				t.Fatalf("party roles %v, but the table says the party reads %v %v", PartyRoles(d), row.read, row.after)
			}
			form := sample(d, d.Fields, nil)
			opened := Record{Type: "opened", Fields: form}
			got := Disclose(d, party, []Record{opened}, form)
			if len(got.Events) != 1 {
				t.Fatalf("the opening event is not read: %v", got.Events)
			}
			if names := slices.Sorted(maps.Keys(got.Fields[0])); !slices.Equal(names, slices.Sorted(slices.Values(row.form))) {
				t.Errorf("form fields read %v, want %v", names, row.form)
			}
			if names := slices.Sorted(maps.Keys(got.Case)); !slices.Equal(names, slices.Sorted(slices.Values(row.form))) {
				t.Errorf("case fields read %v, want %v", names, row.form)
			}
			for _, id := range actionIDs(d) {
				a := d.Action(id)
				recs := []Record{opened, {Type: "action", Action: id, Fields: sample(d, a.Fields, a)}}
				approver, gated := row.after[id]
				if gated {
					recs = append(recs, Record{Type: "action", Action: approver})
				}
				got := Disclose(d, party, recs, form)
				read := slices.Contains(got.Events, 1)
				if want := slices.Contains(row.read, id) || gated; read != want {
					t.Errorf("%s: read = %v, want %v", id, read, want)
					continue
				}
				if gated && len(recs) == 3 {
					// Without the approval the same record stays internal.
					if g := Disclose(d, party, recs[:2], form); slices.Contains(g.Events, 1) || g.Milestones {
						t.Errorf("%s: read before %s approved it", id, approver)
					}
				}
				if !read {
					continue
				}
				fields := got.Fields[slices.Index(got.Events, 1)]
				for _, f := range a.Fields {
					_, kept := fields[f.Name]
					hidden := f.Type == "user" || f.Name == "evidence" || f.Party == PartyHiddenField
					if kept == hidden {
						t.Errorf("%s: field %s (%s, party %q) read = %v", id, f.Name, f.Type, f.Party, kept)
					}
					replaces := f.Replace && slices.Contains(row.form, f.Name)
					if _, inCase := got.Case[f.Name]; inCase != (!hidden && (f.Keep || replaces)) {
						t.Errorf("%s: kept field %s in the case = %v", id, f.Name, inCase)
					}
				}
			}
			// No other kind of event reaches the party.
			for _, typ := range []string{"comment", "reminder", "escalation", "link_sent", "link_requested", "reassigned", "paused", "resumed", "question", "milestone_notice"} {
				if g := Disclose(d, party, []Record{{Type: typ, Action: "comment", Fields: map[string]any{"x": "y"}}}, nil); len(g.Events) != 0 {
					t.Errorf("a %s event is read", typ)
				}
			}
			// Staff read everything, unchanged.
			var recs []Record
			recs = append(recs, opened, Record{Type: "comment"})
			for _, id := range actionIDs(d) {
				recs = append(recs, Record{Type: "action", Action: id, Fields: sample(d, d.Action(id).Fields, d.Action(id))})
			}
			staff := Disclose(d, Reader{}, recs, form)
			if len(staff.Events) != len(recs) || !maps.Equal(staff.Case, form) || !staff.Milestones {
				t.Errorf("staff read %d of %d events", len(staff.Events), len(recs))
			}
		})
	}
}

// TestInternalFieldsStayInternal: the account manager's background on the
// customer (客户背景) and how the requirement came in are the house's; the
// customer reads neither, in the opening event or in the case's fields.
func TestInternalFieldsStayInternal(t *testing.T) {
	d, _ := registry(t).Get("customer-requirement")
	form := map[string]any{"background": "客户对价格敏感", "source": "meeting", "title": "工单系统"}
	got := Disclose(d, Reader{Party: "huaxin"}, []Record{{Type: "opened", Fields: form}}, form)
	for _, m := range []map[string]any{got.Fields[0], got.Case} {
		if _, ok := m["background"]; ok {
			t.Errorf("background read: %v", m)
		}
		if _, ok := m["source"]; ok {
			t.Errorf("source read: %v", m)
		}
		if m["title"] != "工单系统" {
			t.Errorf("title not read: %v", m)
		}
	}
	// A field the definition hides from the party stays hidden in an event it reads.
	a := d.Action("send_confirmation")
	saved := a.Fields[0].Party
	a.Fields[0].Party = PartyHiddenField
	defer func() { a.Fields[0].Party = saved }()
	got = Disclose(d, Reader{Party: "huaxin"}, []Record{{Type: "action", Action: a.ID, Fields: map[string]any{"summary": "复述"}}}, nil)
	if _, ok := got.Fields[0]["summary"]; ok || len(got.Events) != 1 {
		t.Errorf("a hidden field of a readable event is read: %v", got)
	}
}

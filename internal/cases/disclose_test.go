package cases

import (
	"maps"
	"slices"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
)

// TestDisclosurePerEventKind: for every action of the customer's process,
// the party sees its event only when the rule says so — what it does, what
// it is told of, what hands it the case, minutes always, a solution only once
// that version is approved — and never a staff login or the evidence.
func TestDisclosurePerEventKind(t *testing.T) {
	reg, err := process.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := reg.Get("customer-requirement")
	shown := map[string]bool{
		"send_confirmation": true, "confirm": true, "correct": true,
		"submit_solution": false, "approve_solution": false, "return_solution": false,
		"record_minutes": true, "submit_contract": false, "legal_approve": false, "legal_return": false,
		"record_signature": false, "weekly_report": true, "milestone_done": true, "deliver": true,
		"record_callback": false, "feedback": true, "respond": true, "resolve": true, "close": true,
		"sign_contract": true, "start_project": false, "confirm_milestone": true, "object_milestone": true,
		"answer_objection": true, "confirm_fix": true, "reject_fix": true,
		"propose_milestone_date": true, "accept_milestone_date": true, "reject_milestone_date": true,
	}
	var all []string
	for _, st := range d.States {
		for _, a := range st.Actions {
			all = append(all, a.ID)
		}
	}
	slices.Sort(all)
	want := slices.Sorted(maps.Keys(shown))
	if !slices.Equal(all, want) {
		t.Fatalf("the process's actions %v; the table covers %v", all, want)
	}
	opened := EventView{Seq: 1, Type: "opened", Fields: map[string]any{"background": "背景"}}
	for _, id := range all {
		t.Run(id, func(t *testing.T) {
			a := d.Action(id)
			fields := map[string]any{}
			for _, fd := range a.Fields {
				fields[fd.Name] = "value-of-" + fd.Name
			}
			ev := EventView{Seq: 2, Type: "action", Action: id, Fields: fields}
			v := Disclose(d, process.Reader{Party: "huaxin"}, View{Events: []EventView{opened, ev}})
			got := len(v.Events) == 2
			if got != shown[id] {
				t.Fatalf("shown = %v, want %v", got, shown[id])
			}
			if got {
				for _, fd := range a.Fields {
					if _, kept := v.Events[1].Fields[fd.Name]; kept == fd.PartyHidden() {
						t.Errorf("field %s (%s) kept = %v", fd.Name, fd.Type, kept)
					}
				}
			}
		})
	}
	// An approval-gated record: shown only in the version that was approved.
	sub := func(seq int) EventView { return EventView{Seq: seq, Type: "action", Action: "submit_solution"} }
	act := func(seq int, id string) EventView { return EventView{Seq: seq, Type: "action", Action: id} }
	for _, tc := range []struct {
		name  string
		evs   []EventView
		shown []int // seqs of submit_solution shown
	}{
		{"submitted", []EventView{sub(2)}, nil},
		{"returned", []EventView{sub(2), act(3, "return_solution")}, nil},
		{"approved", []EventView{sub(2), act(3, "approve_solution")}, []int{2}},
		{"returned, resubmitted, approved", []EventView{sub(2), act(3, "return_solution"), sub(4), act(5, "approve_solution")}, []int{4}},
		{"returned, resubmitted", []EventView{sub(2), act(3, "return_solution"), sub(4)}, nil},
	} {
		v := Disclose(d, process.Reader{Party: "huaxin"}, View{Events: tc.evs})
		var got []int
		for _, e := range v.Events {
			if e.Action == "submit_solution" {
				got = append(got, e.Seq)
			}
		}
		if !slices.Equal(got, tc.shown) {
			t.Errorf("%s: submit_solution shown %v, want %v", tc.name, got, tc.shown)
		}
	}
}

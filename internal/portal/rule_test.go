package portal

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// TestPartyViewShowsOnlyWhatTheRuleAllows: for every built-in definition
// with an external party, a case holding one event of every action (each
// field, each comment and each actor marked with its own token), plus
// comments, reminders and escalations, is seen through the party view —
// cases.Disclose, then the portal's JSON and its page. A token appears on
// either only where process.Disclose lets the party read it, and every
// token it allows is in the JSON.
func TestPartyViewShowsOnlyWhatTheRuleAllows(t *testing.T) {
	reg, err := process.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, d := range reg.All() {
		if len(process.PartyRoles(d)) == 0 {
			continue
		}
		checked++
		t.Run(d.ID, func(t *testing.T) {
			n := 0
			token := func() string { n++; return fmt.Sprintf("ZQ%04dZ", n) }
			fill := func(fs []process.Field) map[string]any {
				out := map[string]any{}
				for _, f := range fs {
					out[f.Name] = shaped(f, token())
				}
				return out
			}
			caseFields := fill(d.Fields)
			v := cases.View{ID: 1, Key: "K-1", Process: d.ID, State: d.Initial, Fields: map[string]any{},
				Milestones: []cases.MilestoneView{{Name: token(), Date: "2026-12-01"}}}
			v.Events = append(v.Events, cases.EventView{Seq: 1, Type: "opened", Actor: token(), Fields: caseFields, Comment: token()})
			for _, st := range d.States {
				for _, a := range st.Actions {
					fs := fill(a.Fields)
					fs["role"] = token()
					if a.Item != nil {
						fs[a.Item.Kind+"_id"] = token()
					}
					v.Events = append(v.Events, cases.EventView{Seq: len(v.Events) + 1, Type: "action", Action: a.ID, Actor: token(), Fields: fs, Comment: token()})
					for _, f := range a.Fields {
						if f.Keep {
							caseFields[f.Name] = fs[f.Name]
						}
					}
				}
			}
			for _, typ := range []string{"comment", "reminder", "escalation", "link_sent", "reassigned", "paused"} {
				v.Events = append(v.Events, cases.EventView{Seq: len(v.Events) + 1, Type: typ, Action: "comment", Actor: token(), Fields: map[string]any{"x": token()}, Comment: token()})
			}
			for k, x := range caseFields {
				v.Fields[k] = x
			}
			// What the rule allows, asked of the rule itself.
			recs := make([]process.Record, len(v.Events))
			for i, e := range v.Events {
				recs[i] = process.Record{Type: e.Type, Action: e.Action, Fields: e.Fields}
			}
			rule := process.Disclose(d, process.Reader{Party: "p"}, recs, v.Fields)
			allowed := map[string]bool{}
			mark := func(x any) {
				b, _ := json.Marshal(x)
				for _, tok := range tokens(string(b)) {
					allowed[tok] = true
				}
			}
			for _, f := range rule.Fields {
				mark(f)
			}
			mark(rule.Case)
			if rule.Milestones {
				mark(v.Milestones)
			}
			if len(allowed) == 0 {
				t.Fatal("the rule lets the party read nothing at all")
			}

			pv := cases.Disclose(d, process.Reader{Party: "p"}, v)
			b, err := json.Marshal(wire.CaseOf(pv)) // the portal's JSON
			if err != nil {
				t.Fatal(err)
			}
			var page strings.Builder
			pd := build(d, pv, show(nil, time.UTC))
			pd.Forms = forms(d, pv, "", nil, nil, "", show(nil, time.UTC))
			if err := pages.ExecuteTemplate(&page, "page.html", pd); err != nil {
				t.Fatal(err)
			}
			inJSON := map[string]bool{}
			for _, tok := range tokens(string(b)) {
				inJSON[tok] = true
				if !allowed[tok] {
					t.Errorf("the JSON shows %s, which the rule does not allow", tok)
				}
			}
			for _, tok := range tokens(page.String()) {
				if !allowed[tok] {
					t.Errorf("the page shows %s, which the rule does not allow", tok)
				}
			}
			for tok := range allowed {
				if !inJSON[tok] {
					t.Errorf("the rule allows %s, the JSON lacks it", tok)
				}
			}
		})
	}
	if checked < 6 {
		t.Fatalf("only %d built-in definitions have a party", checked)
	}
}

// shaped is a value of f's type that carries tok in every leaf.
func shaped(f process.Field, tok string) any {
	switch f.Type {
	case "rows":
		row := map[string]any{}
		for _, c := range f.Columns {
			row[c.Name] = tok + "." + c.Name
		}
		return []any{row}
	case "object":
		m := map[string]any{}
		for _, c := range f.Columns {
			m[c.Name] = tok + "." + c.Name
		}
		return m
	case "quote":
		line := map[string]any{"name": tok, "qty": tok, "unit_price": tok, "amount": tok}
		return map[string]any{"currency": tok, "tax_rate": tok, "subtotal": tok, "tax": tok, "total": tok, "items": []any{line}}
	}
	return tok
}

// tokens are the ZQnnnnZ tokens in s.
func tokens(s string) []string {
	var out []string
	for {
		i := strings.Index(s, "ZQ")
		if i < 0 || i+7 > len(s) {
			return out
		}
		if s[i+6] == 'Z' {
			out = append(out, s[i:i+7])
		}
		s = s[i+2:]
	}
}

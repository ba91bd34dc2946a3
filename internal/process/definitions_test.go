package process

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var builtinIDs = []string{
	"customer-complaint", "customer-requirement", "internal-collab", "issue-report", "meeting", "monthly-report", "partner-collab", "progress-report",
	"resource-request", "supplier-complaint", "supplier-inquiry", "supplier-order",
}

// TestBuiltinsLoad checks every built-in definition: it loads, names
// everything in both languages, has its own key prefix, and every state can
// still end — each case closes its loop with an explicit result.
func TestBuiltinsLoad(t *testing.T) {
	r := registry(t)
	var ids []string
	prefixes := map[string]string{}
	for _, d := range r.All() {
		ids = append(ids, d.ID)
		if other, ok := prefixes[d.KeyPrefix]; ok {
			t.Errorf("%s and %s share key prefix %s", d.ID, other, d.KeyPrefix)
		}
		prefixes[d.KeyPrefix] = d.ID
		if d.Name.Zh == "" || d.Name.En == "" || d.Template.Zh == "" {
			t.Errorf("%s: names %+v template %+v", d.ID, d.Name, d.Template)
		}
		for _, ro := range d.Roles {
			if ro.Name.Zh == "" || ro.Name.En == "" {
				t.Errorf("%s: role %s lacks a name", d.ID, ro.ID)
			}
		}
		checkLabels(t, d.ID, d.Fields)
		ends := canEnd(d)
		for _, st := range d.States {
			if st.Name.Zh == "" || st.Name.En == "" {
				t.Errorf("%s: state %s lacks a name", d.ID, st.ID)
			}
			if !ends[st.ID] {
				t.Errorf("%s: no way from %s to a terminal state", d.ID, st.ID)
			}
			if dl := st.Deadline; dl != nil && dl.Remind == "" && len(dl.Escalate) == 0 {
				t.Errorf("%s: %s has a deadline but escalates to no one", d.ID, st.ID)
			}
			for _, a := range st.Actions {
				if a.Name.Zh == "" || a.Name.En == "" {
					t.Errorf("%s: action %s.%s lacks a name", d.ID, st.ID, a.ID)
				}
				checkLabels(t, d.ID+"."+a.ID, a.Fields)
				if len(a.OnBehalf) > 0 && !slices.ContainsFunc(a.Fields, func(f Field) bool { return f.Name == "evidence" }) {
					t.Errorf("%s: %s may be recorded on behalf but has no evidence field", d.ID, a.ID)
				}
			}
		}
	}
	if !slices.Equal(ids, builtinIDs) {
		t.Fatalf("built-ins %v, want %v", ids, builtinIDs)
	}
}

func checkLabels(t *testing.T, where string, fields []Field) {
	t.Helper()
	for _, f := range fields {
		if f.Label.Zh == "" || f.Label.En == "" {
			t.Errorf("%s: field %s lacks a label", where, f.Name)
		}
		checkLabels(t, where+"."+f.Name, f.Columns)
	}
}

// canEnd returns the states from which some terminal state is reachable.
func canEnd(d *Definition) map[string]bool {
	ends := map[string]bool{}
	for _, st := range d.States {
		if st.Terminal {
			ends[st.ID] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for _, st := range d.States {
			if ends[st.ID] {
				continue
			}
			for _, a := range st.Actions {
				if slices.ContainsFunc(a.Targets(), func(s string) bool { return ends[s] }) {
					ends[st.ID], changed = true, true
				}
			}
		}
	}
	return ends
}

const tinyDefinition = `id: tiny
name: {zh: 小流程, en: Tiny}
key_prefix: TN
roles:
  - {id: asker, name: {zh: 发起人}, opener: true}
  - {id: boss, name: {zh: 负责人}, head_of_role: asker}
fields:
  - {name: title, label: {zh: 标题}, type: text, required: true}
  - {name: urgency, label: {zh: 紧急程度}, type: enum, options: [normal, urgent], default: normal}
initial: open
states:
  - id: open
    name: {zh: 待处理}
    actors: [boss]
    deadline: {in: 1 workday, escalate: [boss]}
    actions:
      - id: finish
        name: {zh: 完成}
        by: [boss]
        to: done
      - id: note
        name: {zh: 备注}
        by: [asker]
  - {id: done, name: {zh: 已完成}, terminal: true}
`

// TestValidationNamesTheLine feeds small broken definitions to Parse: each
// is refused with a message naming the line marked "# <-".
func TestValidationNamesTheLine(t *testing.T) {
	if _, err := Parse("tiny.yaml", []byte(tinyDefinition)); err != nil {
		t.Fatalf("the base definition is refused: %v", err)
	}
	tests := []struct {
		name     string
		old, new string
		want     string
	}{
		{"unreachable state", "  - {id: done, name: {zh: 已完成}, terminal: true}\n",
			"  - {id: done, name: {zh: 已完成}, terminal: true}\n  - {id: orphan, name: {zh: 孤立}, terminal: true} # <-\n", `state "orphan" cannot be reached`},
		{"action to unknown state", "      - id: finish\n        name: {zh: 完成}\n        by: [boss]\n        to: done\n",
			"      - id: finish # <-\n        name: {zh: 完成}\n        by: [boss]\n        to: nowhere\n", `goes to unknown state "nowhere"`},
		{"route to unknown state", "        to: done\n",
			"        to: done\n      - {id: route, name: {zh: 分流}, by: [boss], routes: [{field: urgency, equals: urgent, to: moon}]} # <-\n", `goes to unknown state "moon"`},
		{"route on unknown field", "        to: done\n",
			"        to: done\n      - {id: route, name: {zh: 分流}, by: [boss], routes: [{field: colour, equals: red, to: done}]} # <-\n", `routes on unknown field "colour"`},
		{"deadline without owner", "  - id: open\n    name: {zh: 待处理}\n    actors: [boss]\n",
			"  - id: open # <-\n    name: {zh: 待处理}\n", "has a deadline but no owner"},
		{"non-terminal state with no way out", "  - {id: done, name: {zh: 已完成}, terminal: true}\n",
			"  - {id: done, name: {zh: 已完成}, actions: [{id: reopen, name: {zh: 重开}, by: [asker]}]} # <-\n", `state "done" has no way out but is not terminal`},
		{"terminal state with an action", "  - {id: done, name: {zh: 已完成}, terminal: true}\n",
			"  - {id: done, name: {zh: 已完成}, terminal: true, actions: [{id: reopen, name: {zh: 重开}, by: [asker], to: open}]} # <-\n", `terminal state "done" can have no actions`},
		{"party_reads after an unknown action", "      - id: note\n        name: {zh: 备注}\n",
			"      - id: note # <-\n        name: {zh: 备注}\n        party_reads: after approve\n", `party_reads is always, never or after ACTION`},
		{"party_reads of another kind", "      - id: note\n        name: {zh: 备注}\n",
			"      - id: note # <-\n        name: {zh: 备注}\n        party_reads: sometimes\n", `party_reads is always, never or after ACTION`},
		{"party of another kind", "  - {name: title, label: {zh: 标题}, type: text, required: true}\n",
			"  - {name: title, label: {zh: 标题}, type: text, required: true, party: maybe} # <-\n", `field "title": party is read or hidden`},
		{"a login marked for the party", "  - {name: title, label: {zh: 标题}, type: text, required: true}\n",
			"  - {name: title, label: {zh: 标题}, type: text, required: true}\n  - {name: who, label: {zh: 人}, type: user, party: read} # <-\n", `field "who": staff logins and evidence are never read by a party`},
		{"unknown role in by", "        by: [asker]\n",
			"        by: [ghost]\n", `action note names unknown role "ghost"`},
		{"unknown role in escalate", "  - id: open\n    name: {zh: 待处理}\n    actors: [boss]\n    deadline: {in: 1 workday, escalate: [boss]}\n",
			"  - id: open # <-\n    name: {zh: 待处理}\n    actors: [boss]\n    deadline: {in: 1 workday, escalate: [ceo]}\n", `escalate of open names unknown role "ceo"`},
		{"unknown role in head_of_role", "  - {id: boss, name: {zh: 负责人}, head_of_role: asker}\n",
			"  - {id: boss, name: {zh: 负责人}, head_of_role: nobody} # <-\n", `head_of_role names unknown role "nobody"`},
		{"role saying two things", "  - {id: boss, name: {zh: 负责人}, head_of_role: asker}\n",
			"  - {id: boss, name: {zh: 负责人}, head_of_role: asker, dept: legal} # <-\n", "must say exactly one of"},
		{"bad span", "    deadline: {in: 1 workday, escalate: [boss]}\n",
			"    deadline: {in: 2 fortnights, escalate: [boss]}\n", `deadline "2 fortnights"`},
		{"zero span", "    deadline: {in: 1 workday, escalate: [boss]}\n",
			"    deadline: {in: 0 hours, escalate: [boss]}\n", `deadline "0 hours"`},
		{"bad reminder span", "    deadline: {in: 1 workday, escalate: [boss]}\n",
			"    deadline: {in: 1 workday, remind: soon, escalate: [boss]}\n", `remind "soon"`},
		{"in_by on a text field", "    deadline: {in: 1 workday, escalate: [boss]}\n",
			"    deadline: {in_by: {field: title, values: {x: 2h}, default: 24h}, escalate: [boss]}\n", `in_by field "title" is no enum field`},
		{"in_by value not an option", "    deadline: {in: 1 workday, escalate: [boss]}\n",
			"    deadline: {in_by: {field: urgency, values: {critical: 2h}, default: 24h}, escalate: [boss]}\n", `in_by value "critical" is not an option`},
		{"in_by bad span", "    deadline: {in: 1 workday, escalate: [boss]}\n",
			"    deadline: {in_by: {field: urgency, values: {urgent: 2 moons}, default: 24h}, escalate: [boss]}\n", `in_by urgent "2 moons"`},
		{"in_by without default", "    deadline: {in: 1 workday, escalate: [boss]}\n",
			"    deadline: {in_by: {field: urgency, values: {urgent: 2h}}, escalate: [boss]}\n", "in_by needs a default span"},
		{"in and in_by", "    deadline: {in: 1 workday, escalate: [boss]}\n",
			"    deadline: {in: 1 workday, in_by: {field: urgency, values: {urgent: 2h}, default: 24h}, escalate: [boss]}\n", "deadline takes one of in, in_by or at_field"},
		{"at_field not a date", "    deadline: {in: 1 workday, escalate: [boss]}\n",
			"    deadline: {at_field: title, escalate: [boss]}\n", `at_field "title" is no date field`},
		{"enum default not an option", "  - {name: urgency, label: {zh: 紧急程度}, type: enum, options: [normal, urgent], default: normal}\n",
			"  - {name: urgency, label: {zh: 紧急程度}, type: enum, options: [normal, urgent], default: asap} # <-\n", `default "asap" is not one of its options`},
		{"user default other than head", "  - {name: title, label: {zh: 标题}, type: text, required: true}\n",
			"  - {name: title, label: {zh: 标题}, type: text, required: true}\n  - {name: who, label: {zh: 谁}, type: user, default: lina} # <-\n", "default can only be head"},
		{"unknown field type", "  - {name: title, label: {zh: 标题}, type: text, required: true}\n",
			"  - {name: title, label: {zh: 标题}, type: string, required: true} # <-\n", `unknown type "string"`},
		{"weekly on a missing action", "    deadline: {in: 1 workday, escalate: [boss]}\n",
			"    weekly: {weekday: friday, due: \"18:00\", action: report, escalate: [boss]}\n", `weekly action "report" is not an action`},
		{"weekly at 25:00", "    deadline: {in: 1 workday, escalate: [boss]}\n",
			"    weekly: {weekday: friday, due: \"25:00\", action: note, escalate: [boss]}\n", "weekly due and remind are HH:MM"},
		{"unknown key", "    actors: [boss]\n", "    actors: [boss]\n    owner: [boss] # <-\n", "field owner not found"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(tinyDefinition, tc.old) {
				t.Fatalf("the base has no %q", tc.old)
			}
			src := strings.Replace(tinyDefinition, tc.old, tc.new, 1)
			_, err := Parse("tiny.yaml", []byte(src))
			if err == nil {
				t.Fatalf("accepted:\n%s", src)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "tiny.yaml: ") || !strings.Contains(msg, tc.want) {
				t.Fatalf("error %q, want the file and %q", msg, tc.want)
			}
			line := markedLine(src)
			if line == 0 {
				line = changedLine(tinyDefinition, src)
			}
			if !strings.Contains(msg, "line "+strconv.Itoa(line)+":") {
				t.Fatalf("error %q does not name line %d:\n%s", msg, line, src)
			}
		})
	}
}

// markedLine is the number of the line carrying "# <-", or 0.
func markedLine(src string) int {
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, "# <-") {
			return i + 1
		}
	}
	return 0
}

// changedLine is the line of the state or action holding the first line
// that differs: the nearest line above it starting a list element.
func changedLine(a, b string) int {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	i := 0
	for i < len(al) && i < len(bl) && al[i] == bl[i] {
		i++
	}
	for j := i; j >= 0; j-- {
		if strings.HasPrefix(strings.TrimSpace(bl[j]), "- ") {
			return j + 1
		}
	}
	return 0
}

// TestLoadFolder adds and overrides definitions from an administrator's
// folder, and refuses a bad file naming it and the line.
func TestLoadFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("tiny.yaml", tinyDefinition)
	override, _ := registry(t).Get("issue-report")
	write("issue-report.yaml", strings.Replace(override.Source, "values: {urgent: 2h}", "values: {urgent: 1h}", 1))
	write("notes.txt", "not a definition")
	r, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.All()) != len(builtinIDs)+1 {
		t.Fatalf("%d definitions", len(r.All()))
	}
	if d, ok := r.Get("tiny"); !ok || r.All()[len(r.All())-1] != d {
		t.Fatalf("tiny not added last")
	}
	d, _ := r.Get("issue-report")
	if d.State("reported").Deadline.InBy.Values["urgent"] != "1h" || !strings.HasSuffix(d.File, "issue-report.yaml") || strings.HasPrefix(d.File, "definitions/") {
		t.Fatalf("override not used: %+v from %s", d.State("reported").Deadline.InBy, d.File)
	}

	write("zz-broken.yaml", strings.Replace(tinyDefinition, "to: done", "to: nowhere", 1))
	_, err = Load(dir)
	if err == nil || !strings.Contains(err.Error(), "zz-broken.yaml") || !strings.Contains(err.Error(), "line 17:") {
		t.Fatalf("broken file: %v", err)
	}
}

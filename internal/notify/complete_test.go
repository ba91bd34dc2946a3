package notify

import (
	"github.com/liaison-dev/liaison/internal/i18n"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"
)

// recipientKinds are the people a message may reach, each as the case
// service fills the message for them (internal/cases/queue.go).
var recipientKinds = []string{"actor", "head", "copied", "external", "robot"}

// channelParts are the renderings each channel sends.
var channelParts = map[string][]string{
	ChannelInbox:    {"subject", "text"},
	ChannelEmail:    {"subject", "text", "html"},
	ChannelDingTalk: {"subject", "markdown"},
	ChannelWeCom:    {"markdown"},
	ChannelFeishu:   {"subject", "markdown"},
	ChannelWebhook:  {"subject", "text"},
}

// optionalFields are every template value a message may carry or lack.
var optionalFields = []string{
	"summary", "reason", "alternative", "comment", "decision", "deliverables", "period",
	"progress", "next_week", "risks", "milestone", "milestone_date", "severity", "description",
	"count", "items", "expires_at", "email", "every", "overdue_since", "level", "missing", "item",
	"percent", "next_steps", "question", "name", "date", "previous_date", "proposed_date", "replan_reason", "escalates", "reassigned", "last_plan", "milestones_done", "milestones_next", "asker", "message", "pending", "closed", "details",
}

// filledValue is a realistic value of each optional field.
func filledValue(name, lang string) string {
	switch name {
	case "milestone_date", "date", "previous_date", "proposed_date", "period":
		return "2026-12-07"
	case "milestones_done", "milestones_next":
		return "2026-12-07 原型完成\n2027-01-04 正式交付"
	case "expires_at", "overdue_since":
		return "2026-12-03T18:00:00+08:00"
	case "severity":
		return "critical"
	case "count", "level", "item", "question":
		return "2"
	case "percent":
		return "60"
	case "every":
		return "7 days"
	case "email":
		return "zhang.wei@huaxin.example"
	}
	if lang == "en" {
		return "value of " + name
	}
	return name + "的内容"
}

// message builds the message a recipient of kind rk gets, with every
// optional field and the deadline empty, or all of them filled.
func message(kind, rk, lang string, filled bool) Message {
	m := Message{
		Kind: kind, Lang: lang, CaseKey: "XZ-2026-0001", CaseTitle: "产品V2.0版本开发需求支持",
		CaseURL: "https://liaison.example/cases/42", ProcessName: "跨部门协作请求", State: "requested",
		Actor: "王芳", Fields: map[string]string{"recipient": "陈杰", "state_name": "待确认"},
	}
	if kind == KindDigest {
		m.CaseKey, m.CaseTitle, m.CaseURL, m.ProcessName, m.State = "", "", "", "", ""
	}
	for _, f := range optionalFields {
		m.Fields[f] = ""
		if filled {
			m.Fields[f] = filledValue(f, lang)
		}
	}
	if filled {
		d := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
		m.DueAt = &d
	}
	switch rk {
	case "actor":
		m.Action = "accept"
		if filled {
			m.Fields["action_name"] = "承接"
		}
	case "head":
		m.Action = "accept"
		if filled {
			m.Fields["action_name"], m.Fields["assignee"] = "承接", "陈杰"
		}
	case "copied":
	case "external":
		m.ProcessName, m.State = "", ""
		delete(m.Fields, "state_name")
		if filled {
			m.Fields["link"] = "https://liaison.example/portal/tok"
		}
	case "robot":
		delete(m.Fields, "recipient")
	}
	return m
}

// holes are the marks of a slot left empty.
var holes = []string{"「」", "『』", "《》", `""`, "“”", "()", "（）", "于前", "于完成", "应由于", "<no value>", "{{", "%!", "nil", "：。", ": .", " .", " ,", "  "}

var zeroTime = regexp.MustCompile(`(^|[^0-9])(1|1970)年1月1日|Jan (0001|1970)`)

// TestNoEmptySlots renders every kind for every recipient kind, channel and
// language, once with every field that can be empty left empty and once with
// all of them filled, and fails on any slot left blank.
func TestNoEmptySlots(t *testing.T) {
	for _, kind := range Kinds {
		for _, rk := range recipientKinds {
			for _, lang := range []string{"zh", "en"} {
				for _, filled := range []bool{false, true} {
					m := message(kind, rk, lang, filled)
					r, err := Render(m, nil)
					if err != nil {
						t.Fatalf("%s/%s/%s: %v", kind, rk, lang, err)
					}
					parts := map[string]string{"subject": r.Subject, "text": r.Text, "html": html.UnescapeString(r.HTML), "markdown": r.Markdown}
					for ch, names := range channelParts {
						for _, name := range names {
							body := parts[name]
							if name == "markdown" {
								// Two trailing spaces are Markdown's line break.
								body = strings.ReplaceAll(body, "  \n", "\n")
							}
							if name == "html" {
								body = strings.ReplaceAll(body, "  ", " ")
							}
							for _, h := range holes {
								if strings.Contains(body, h) {
									t.Errorf("%s to %s on %s (%s, filled=%v): %s has %q:\n%s", kind, rk, ch, lang, filled, name, h, body)
								}
							}
							if zeroTime.MatchString(body) {
								t.Errorf("%s to %s on %s (%s, filled=%v): %s shows a zero time:\n%s", kind, rk, ch, lang, filled, name, body)
							}
						}
					}
					if !filled {
						continue
					}
					// Filled, every value the kind uses reaches the reader.
					if m.DueAt != nil && strings.Contains(kindUses(lang, kind), ".Due") && !strings.Contains(r.Text, i18n.Deadline(m.DueAt.In(i18n.Zone()), lang)) {
						t.Errorf("%s to %s (%s): the deadline is missing:\n%s", kind, rk, lang, r.Text)
					}
					if a := m.Fields["assignee"]; a != "" && !strings.Contains(r.Text, a) {
						t.Errorf("%s to %s (%s): who owes the step is missing:\n%s", kind, rk, lang, r.Text)
					}
				}
			}
		}
	}
}

// kindUses is the source of a kind's subject and body in lang.
func kindUses(lang, kind string) string {
	var b strings.Builder
	for _, part := range []string{".subject", ".body"} {
		if tp := catalogues[lang].Lookup(kind + part); tp != nil && tp.Tree != nil {
			b.WriteString(tp.Tree.Root.String())
		}
	}
	return b.String()
}

// TestNoEmptySlotsCatchesAHole proves the test above fails on a hole: a
// template value that is missing shows up as one of the marks.
func TestNoEmptySlotsCatchesAHole(t *testing.T) {
	for _, s := range []string{"请于前完成", "「」中的", `Overdue: "" was due`, "2026年12月3日 <no value>"} {
		found := false
		for _, h := range holes {
			if strings.Contains(s, h) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q is not caught", s)
		}
	}
	if !zeroTime.MatchString(i18n.Deadline(time.Time{}, "zh")) || !zeroTime.MatchString(i18n.Deadline(time.Time{}, "en")) {
		t.Errorf("a zero time is not caught: %q", i18n.Deadline(time.Time{}, "zh"))
	}
}

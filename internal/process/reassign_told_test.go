package process

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/i18n"
)

// TestReassignTellsBothInTheirLanguage: the §6 action reassign and the
// §10 Reassign both tell the new contact the work is theirs and the former
// one that it is not any more, in words each reader's language renders —
// not a Chinese sentence with an English tail.
func TestReassignTellsBothInTheirLanguage(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	org.Users["liwei"] = User{Login: "liwei", Name: "李伟", Dept: "tech", Email: "liwei@liaison-demo.example"}
	d, _ := registry(t).Get("internal-collab")
	env := Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}
	in := collabInput()
	in.Fields["expected_by"] = "2026-12-18"
	dec, _ := Open(d, actor(org, "wangfang"), in, env)
	c := dec.Case

	_, byAction := step(t, d, c, "zhaolei", "reassign", map[string]any{"contact": "liwei"}, env)
	byRole, err := Reassign(d, c, actor(org, "zhaolei"), "contact", "liwei", env)
	if err != nil {
		t.Fatal(err)
	}
	for name, dec := range map[string]Decision{"action reassign": byAction, "Reassign": byRole} {
		var told *Notice
		for i, n := range dec.Notices {
			if n.Recipient.Login == "chenjie" && n.Kind == "decided" {
				told = &dec.Notices[i]
			}
		}
		if told == nil {
			t.Errorf("%s: the former contact is not told: %+v", name, dec.Notices)
			continue
		}
		handed := false
		for _, n := range dec.Notices {
			handed = handed || n.Kind == "assigned" && n.Recipient.Login == "liwei" && n.Fields["reassigned"] == "1"
		}
		if !handed {
			t.Errorf("%s: the new contact is not told the work was handed over: %+v", name, dec.Notices)
		}
		zh, en := i18n.Render("zh", told.Fields["decision"]), i18n.Render("en", told.Fields["decision"])
		if zh != "「协作对接人」已改派给 李伟" || en != "Contact reassigned to 李伟" {
			t.Errorf("%s: the former contact reads %q / %q", name, zh, en)
		}
	}
}

package process

import "testing"

// TestCCSaysWhoOwesWhat: a copied reader is told who owes the first step,
// which step it is, and that its lateness comes to them only where the
// deadline escalates to their role — the collaboration request's heads,
// not a meeting's attendees.
func TestCCSaysWhoOwesWhat(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	env := Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}
	ccOf := func(process, opener string, fields map[string]any) map[string]map[string]string {
		d, ok := registry(t).Get(process)
		if !ok {
			t.Fatal(process)
		}
		dec, err := Open(d, actor(org, opener), Input{Fields: fields}, env)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]map[string]string{}
		for _, n := range dec.Notices {
			if n.Kind == "cc" {
				out[n.Recipient.Login] = n.Fields
			}
		}
		return out
	}
	in := collabInput()
	in.Fields["expected_by"] = "2026-12-18"
	collab := ccOf("internal-collab", "wangfang", in.Fields)
	for _, head := range []string{"lina", "zhaolei"} {
		if f := collab[head]; f["assignee"] != "陈杰" || f["step"] != "accept" || f["escalates"] != "1" {
			t.Errorf("collab cc to %s: %v", head, f)
		}
	}
	meeting := ccOf("meeting", "wangfang", meetingFields())
	if f := meeting["chenjie"]; f["assignee"] != "王芳" || f["step"] != "record_minutes" || f["escalates"] != "" {
		t.Errorf("meeting cc to an attendee: %v", f)
	}
}

package process

import (
	"testing"
)

// TestRowChecksUseTheForm: a task row under a form that names a contact and
// a date is not a request missing them (issue 17); a row that says it itself
// is checked as before.
func TestRowChecksUseTheForm(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	d, _ := registry(t).Get("internal-collab")
	env := Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}
	tests := []struct {
		item string
		want []string // rules found on tasks[0].item
	}{
		{"整理华信科技的展会物料清单", nil},
		{"接口文档评审", nil},
		{"尽快整理展会物料清单", []string{"vague-time"}},
	}
	for _, tc := range tests {
		in := collabInput()
		in.Fields["expected_by"] = "2026-12-18"
		in.Fields["tasks"] = []any{map[string]any{"item": tc.item, "standard": "清单经双方确认"}}
		found, err := Review(d, nil, actor(org, "wangfang"), "", in, env)
		if err != nil {
			t.Fatalf("%s: %v", tc.item, err)
		}
		var got []string
		for _, f := range found {
			if f.Field == "tasks[0].item" {
				got = append(got, f.Rule)
			}
		}
		if len(got) != len(tc.want) || (len(got) > 0 && got[0] != tc.want[0]) {
			t.Errorf("%s: findings %v, want %v", tc.item, got, tc.want)
		}
	}
}

func TestFormContext(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	f := newForm(Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}, nil)
	ctx := f.formContext(map[string]any{"item": "x"}, map[string]any{"to_dept": "tech", "contact": "chenjie", "expected_by": "2026-12-18"})
	if ctx.Owner != "陈杰" || ctx.Contact != "陈杰" || ctx.Dept != "技术部" || ctx.Due != "2026-12-18" {
		t.Errorf("context %+v", ctx)
	}
	// Without a contact, the department's head is the one to name.
	ctx = f.formContext(map[string]any{"due": "2026-12-09"}, map[string]any{"to_dept": "legal"})
	if ctx.Owner != "" || ctx.Contact != "孙丽" || ctx.Dept != "法务部" || ctx.Due != "2026-12-09" {
		t.Errorf("context %+v", ctx)
	}
}

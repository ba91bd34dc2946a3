package process

import (
	"strings"
	"testing"
)

// TestDeptNeedsOfBuiltins: the departments the built-in processes rely on
// come from their definitions, with what each needs them for.
func TestDeptNeedsOfBuiltins(t *testing.T) {
	reg, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	needs := DeptNeeds(reg.All())
	depts := map[string]bool{}
	for _, n := range needs {
		depts[n.Dept] = true
	}
	for _, id := range []string{"management", "legal", "after-sales", "purchasing", "finance", "admin-office"} {
		if !depts[id] {
			t.Errorf("no need of %q derived: %+v", id, needs)
		}
	}
	if len(depts) != 6 {
		t.Errorf("needs name %d departments, want the 6 docs/operations.md lists: %v", len(depts), depts)
	}
	find := func(dept, process string) DeptNeed {
		for _, n := range needs {
			if n.Dept == dept && n.Process == process {
				return n
			}
		}
		t.Fatalf("no need of %s by %s", dept, process)
		return DeptNeed{}
	}
	order := find("purchasing", "supplier-order")
	if !order.Head || order.Role != "purchasing_head" {
		t.Errorf("supplier-order's need of purchasing: %+v", order)
	}
	uses := strings.Join(func() []string {
		var s []string
		for _, u := range order.Uses {
			s = append(s, u.Zh)
		}
		return s
	}(), "、")
	if !strings.Contains(uses, "升级至采购部负责人") || !strings.Contains(uses, "抄送采购部负责人") {
		t.Errorf("supplier-order's uses of purchasing: %s", uses)
	}
	if legal := find("legal", "customer-requirement"); legal.Head || legal.Uses[0].En != "Legal acts" {
		t.Errorf("legal: %+v", legal)
	}
	if d := find("admin-office", "issue-report"); d.Head || !strings.Contains(d.Uses[0].Zh, "默认值") {
		t.Errorf("admin-office: %+v", d)
	}

	// An organisation with purch instead of purchasing, and legal without a head.
	org := map[string]bool{"management": true, "legal": false, "after-sales": true, "purch": true, "finance": true, "admin-office": true}
	gaps := DeptGaps(needs, func(id string) (bool, bool) { h, ok := org[id]; return ok, h })
	if len(gaps) != 1 || gaps[0].Dept != "purchasing" || !gaps[0].Missing || len(gaps[0].Needs) != 3 {
		t.Fatalf("gaps: %+v", gaps)
	}
	zh := gaps[0].In("zh")
	if !strings.HasPrefix(zh, "流程所需部门缺失：purchasing（") || !strings.Contains(zh, "；采购下单与催交货期：抄送采购部负责人、通知采购部负责人、升级至采购部负责人）") {
		t.Errorf("zh: %s", zh)
	}
	if en := gaps[0].In("en"); !strings.HasPrefix(en, "Department the processes need is missing: purchasing (") || !strings.Contains(en, "escalation to Head of purchasing") {
		t.Errorf("en: %s", en)
	}
	// A head is needed of management: without one it is a gap; legal's
	// role is any member, so legal without a head is none.
	org["management"] = false
	gaps = DeptGaps(needs, func(id string) (bool, bool) { h, ok := org[id]; return ok, h })
	if len(gaps) != 2 || gaps[0].Dept != "management" || gaps[0].Missing || !strings.HasPrefix(gaps[0].In("zh"), "部门没有负责人") {
		t.Errorf("gaps: %+v", gaps)
	}
	for _, n := range gaps[0].Needs {
		if !n.Head {
			t.Errorf("management has no head, yet a need of its members is listed: %+v", n)
		}
	}
}

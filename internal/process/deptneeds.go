package process

import (
	"slices"
	"strings"

	"github.com/liaison-dev/liaison/internal/i18n"
)

// DeptNeed is one thing a process relies on of a department named by its
// id in the definition (a role head_of_dept or dept, a department field's
// default), or the product itself relies on (TopDepartment).
type DeptNeed struct {
	Dept    string `json:"dept"`
	Head    bool   `json:"head"`    // its head is needed, not only the department
	Process string `json:"process"` // a definition's id; "" = every process
	// ProcessName is the process's name (or what of the product needs it).
	ProcessName Text   `json:"process_name"`
	Role        string `json:"role,omitempty"` // the definition's role
	// Uses says what for, in both languages: 升级至采购部负责人.
	Uses []Text `json:"uses"`
}

// DeptGap is a department the processes need that the organisation lacks
// (Missing), or has without a head where a need is its head.
type DeptGap struct {
	Dept    string     `json:"dept"`
	Missing bool       `json:"missing"`
	Needs   []DeptNeed `json:"needs"`
}

// The ways a definition uses a role, in the order shown.
var roleUses = []string{"act", "cc", "notify", "escalate", "role"}

// DeptNeeds derives from defs which department ids they rely on and for
// what: every role that is the head of or any member of a fixed department,
// with the lists that name it, and every department field whose default is
// a department. Top of the list, when any state's deadline escalates, the
// head of TopDepartment (the last level of a climbing escalation) and
// ManagementDept, whose members read every case (CONTRACT §10).
func DeptNeeds(defs []*Definition) []DeptNeed {
	var out []DeptNeed
	climbs := false
	for _, d := range defs {
		uses := roleUsage(d)
		for _, s := range d.States {
			if s.Deadline != nil && len(s.Deadline.Escalate) > 0 {
				climbs = true
			}
		}
		for _, r := range d.Roles {
			dept, head := r.HeadOfDept, true
			if dept == "" {
				dept, head = r.Dept, false
			}
			if dept == "" {
				continue
			}
			n := DeptNeed{Dept: dept, Head: head, Process: d.ID, ProcessName: d.Name, Role: r.ID}
			for _, u := range roleUses {
				if uses[r.ID][u] || (u == "role" && len(uses[r.ID]) == 0) {
					n.Uses = append(n.Uses, useText("process.dept_use."+u, r.Name))
				}
			}
			out = append(out, n)
		}
		walkFields(d, func(f Field) {
			if f.Type == "department" && f.Default != "" {
				out = append(out, DeptNeed{Dept: f.Default, Process: d.ID, ProcessName: d.Name,
					Uses: []Text{useText("process.dept_use.default", f.Label)}})
			}
		})
	}
	var top []DeptNeed
	if climbs {
		top = append(top, DeptNeed{Dept: TopDepartment, Head: true, ProcessName: textOf("process.dept_use.every"),
			Uses: []Text{textOf("process.dept_use.top")}})
	}
	top = append(top, DeptNeed{Dept: ManagementDept, ProcessName: textOf("process.dept_use.every"),
		Uses: []Text{textOf("process.dept_use.read_all")}})
	return append(top, out...)
}

// DeptGaps is what of needs the organisation lacks: dept says whether a
// department exists and whether it has a head. Departments come in the
// order of their first need.
func DeptGaps(needs []DeptNeed, dept func(id string) (exists, hasHead bool)) []DeptGap {
	var out []DeptGap
	at := map[string]int{}
	for _, n := range needs {
		exists, hasHead := dept(n.Dept)
		if exists && (hasHead || !n.Head) {
			continue
		}
		i, ok := at[n.Dept]
		if !ok {
			i = len(out)
			at[n.Dept] = i
			out = append(out, DeptGap{Dept: n.Dept, Missing: !exists})
		}
		out[i].Needs = append(out[i].Needs, n)
	}
	return out
}

// In is the gap as one line: 流程所需部门缺失：purchasing（供应商订单：升级至采购部负责人）.
// A process's needs make one part, each use said once.
func (g DeptGap) In(lang string) string {
	var parts []string
	var names []Text
	uses := map[Text][]string{}
	for _, n := range g.Needs {
		if _, ok := uses[n.ProcessName]; !ok {
			names = append(names, n.ProcessName)
			uses[n.ProcessName] = []string{}
		}
		for _, u := range n.Uses {
			if !slices.Contains(uses[n.ProcessName], u.In(lang)) {
				uses[n.ProcessName] = append(uses[n.ProcessName], u.In(lang))
			}
		}
	}
	for _, name := range names {
		parts = append(parts, i18n.T(lang, "process.dept_need", name, strings.Join(uses[name], i18n.T(lang, "process.dept_use_sep"))))
	}
	key := "process.dept_missing"
	if !g.Missing {
		key = "process.dept_no_head"
	}
	return i18n.T(lang, key, g.Dept, strings.Join(parts, i18n.T(lang, "process.dept_need_sep")))
}

func textOf(key string) Text {
	return Text{Zh: i18n.T("zh", key), En: i18n.T("en", key)}
}

func useText(key string, role Text) Text {
	return Text{Zh: i18n.T("zh", key, role.In("zh")), En: i18n.T("en", key, role.In("en"))}
}

// roleUsage is, for each role, which of roleUses the definition makes of it.
func roleUsage(d *Definition) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	mark := func(use string, roles ...[]string) {
		for _, list := range roles {
			for _, r := range list {
				if out[r] == nil {
					out[r] = map[string]bool{}
				}
				out[r][use] = true
			}
		}
	}
	mark("cc", d.CC)
	for _, s := range d.States {
		mark("act", s.Actors)
		if dl := s.Deadline; dl != nil {
			mark("act", dl.By)
			mark("notify", dl.RemindTo)
			mark("escalate", dl.Escalate)
		}
		if s.Recur != nil {
			mark("notify", s.Recur.RemindTo)
		}
		if w := s.Weekly; w != nil {
			mark("notify", w.RemindTo)
			mark("escalate", w.Escalate)
		}
		for _, a := range s.Actions {
			mark("act", a.By, a.OnBehalf, a.Countersign)
			for _, n := range a.Notify {
				mark("notify", n.To)
			}
			if it := a.Item; it != nil {
				mark("notify", it.RemindTo)
				mark("escalate", it.Escalate)
			}
			if m := a.Milestones; m != nil {
				mark("act", m.Owner)
				mark("notify", m.Notify)
				mark("escalate", m.Escalate)
			}
			if as := a.Assign; as != nil {
				mark("escalate", as.Escalate)
			}
		}
	}
	return out
}

// walkFields calls f for every field of the form and of its actions,
// columns included.
func walkFields(d *Definition, f func(Field)) {
	var walk func([]Field)
	walk = func(fs []Field) {
		for _, x := range fs {
			f(x)
			walk(x.Columns)
		}
	}
	walk(d.Fields)
	for _, s := range d.States {
		for _, a := range s.Actions {
			walk(a.Fields)
		}
	}
}

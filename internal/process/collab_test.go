package process

import (
	"errors"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
)

func registry(t testing.TB) *Registry {
	t.Helper()
	r, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func collabInput() Input {
	return Input{Fields: map[string]any{
		"title":       "产品V2.0版本开发需求支持",
		"to_dept":     "tech",
		"background":  "为满足Q3客户引流需求,需开发功能模块。",
		"tasks":       []any{map[string]any{"item": "需求分析:输出《需求规格说明书》", "standard": "含用户故事、功能流程图,经双方评审通过"}},
		"expected_by": "2026-03-20",
		"contact":     "chenjie",
	}}
}

// step applies an action and folds the decision into the case, as the
// service does.
func step(t *testing.T, d *Definition, c Case, who, action string, fields map[string]any, env Env) (Case, Decision) {
	t.Helper()
	dec, err := Apply(d, c, actor(env.Org.(*Directory), who), action, Input{Fields: fields}, env)
	if err != nil {
		t.Fatalf("%s by %s: %v", action, who, err)
	}
	return dec.Case, dec
}

func timerAt(t *testing.T, dec Decision, name string) time.Time {
	t.Helper()
	for _, tm := range dec.SetTimers {
		if tm.Name == name {
			return tm.At
		}
	}
	t.Fatalf("no timer %q in %+v", name, dec.SetTimers)
	return time.Time{}
}

func wantTime(t *testing.T, what string, got time.Time, want string) {
	t.Helper()
	if w := at(want); !got.Equal(w) {
		t.Errorf("%s = %s, want %s", what, got.In(shanghai).Format("2006-01-02 15:04:05 Mon"), w.Format("2006-01-02 15:04:05 Mon"))
	}
}

func TestCollabWalkAcrossSpringFestival(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	d, _ := registry(t).Get("internal-collab")
	env := Env{Now: at("2026-02-13 16:00"), Time: cal, Org: org}
	dec, err := Open(d, actor(org, "wangfang"), collabInput(), env)
	if err != nil {
		t.Fatal(err)
	}
	c := dec.Case
	if c.State != "requested" || c.DueAt == nil {
		t.Fatalf("state %s due %v", c.State, c.DueAt)
	}
	// CONTRACT §3: Fri 16:00 + 2 working days = Tue 02-24 16:00.
	wantTime(t, "due", *c.DueAt, "2026-02-24 16:00")
	wantTime(t, "escalation", timerAt(t, dec, "requested.escalate"), "2026-02-24 16:00")
	// Half of 18 working hours: Fri 2h + Sat (make-up day) 7h.
	wantTime(t, "reminder", timerAt(t, dec, "requested.remind"), "2026-02-14 16:00")
	roles := map[string]string{}
	for _, p := range c.Participants {
		roles[p.Role] = p.Login
	}
	if roles["contact"] != "chenjie" || roles["requester_head"] != "lina" || roles["counterpart_head"] != "zhaolei" {
		t.Fatalf("participants %+v", c.Participants)
	}
	if !hasNotice(dec, "assigned", "chenjie") || !hasNotice(dec, "cc", "lina") || !hasNotice(dec, "cc", "zhaolei") {
		t.Fatalf("notices %+v", dec.Notices)
	}

	// The escalation at the deadline goes to the contact and both heads.
	fired := Fire(d, c, Timer{Name: "requested.escalate", Scope: "requested", Kind: "escalate", At: *c.DueAt}, Env{Now: *c.DueAt, Time: cal, Org: org})
	for _, who := range []string{"chenjie", "lina", "zhaolei"} {
		if !hasNotice(fired, "escalation", who) {
			t.Errorf("escalation does not reach %s: %+v", who, fired.Notices)
		}
	}

	env.Now = at("2026-02-24 10:00")
	c, dec = step(t, d, c, "chenjie", "accept", map[string]any{"committed_by": "2026-03-06"}, env)
	if c.State != "in_progress" {
		t.Fatalf("state %s", c.State)
	}
	wantTime(t, "committed_by deadline", *c.DueAt, "2026-03-06 18:00")
	wantTime(t, "progress rule", timerAt(t, dec, "in_progress.recur"), "2026-03-03 10:00")
	if len(dec.CancelScopes) != 1 || dec.CancelScopes[0] != "requested" {
		t.Fatalf("cancel %v", dec.CancelScopes)
	}
	env.Now = at("2026-03-02 11:00")
	c, dec = step(t, d, c, "wangfang", "progress", map[string]any{"summary": "需求分析完成", "percent": 40, "next_steps": "3月4日前完成原型评审"}, env)
	wantTime(t, "progress rule restarted", timerAt(t, dec, "in_progress.recur"), "2026-03-09 11:00")
	env.Now = at("2026-03-05 15:00")
	c, dec = step(t, d, c, "chenjie", "deliver", map[string]any{"summary": "已完成", "deliverables": "《需求规格说明书》v1.0"}, env)
	wantTime(t, "acceptance due (3 working days)", *c.DueAt, "2026-03-10 15:00")
	if !hasNotice(dec, "delivered", "wangfang") {
		t.Fatalf("notices %+v", dec.Notices)
	}
	env.Now = at("2026-03-06 09:30")
	c, dec = step(t, d, c, "wangfang", "accept_delivery", nil, env)
	if c.State != "signing" || c.DueAt == nil {
		t.Fatalf("state %s due %v", c.State, c.DueAt)
	}
	wantTime(t, "both signatures due (default 2 working days)", *c.DueAt, "2026-03-10 09:30")
	wantTime(t, "signing reminder", timerAt(t, dec, "signing.remind"), "2026-03-09 09:30")
	c, _ = step(t, d, c, "wangfang", "sign", nil, env)
	if c.State != "signing" {
		t.Fatalf("one signature archived the case")
	}
	if _, err := Apply(d, c, actor(org, "wangfang"), "sign", Input{}, env); problem.CodeOf(err) != problem.Conflict {
		t.Fatalf("second signature by the same person: %v", err)
	}
	c, dec = step(t, d, c, "chenjie", "sign", nil, env)
	if c.State != "archived" || len(c.Signatures) != 2 {
		t.Fatalf("state %s signatures %+v", c.State, c.Signatures)
	}
	if c.Version != 7 {
		t.Errorf("version %d", c.Version)
	}
}

func hasNotice(dec Decision, kind, login string) bool {
	for _, n := range dec.Notices {
		if n.Kind == kind && n.Recipient.Login == login {
			return true
		}
	}
	return false
}

func TestCollabRefusals(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	d, _ := registry(t).Get("internal-collab")
	env := Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}
	in := collabInput()
	in.Fields["expected_by"] = "2026-12-18"
	opened, err := Open(d, actor(org, "wangfang"), in, env)
	if err != nil {
		t.Fatal(err)
	}
	c := opened.Case
	tests := []struct {
		name   string
		who    string
		action string
		in     Input
		code   problem.Code
		field  string
	}{
		{"decline without alternative", "chenjie", "decline", Input{Fields: map[string]any{"reason": "人手不足"}}, problem.Invalid, "alternative"},
		{"decline without reason", "chenjie", "decline", Input{Fields: map[string]any{"alternative": "建议找外包"}}, problem.Invalid, "reason"},
		{"vague commitment", "chenjie", "accept", Input{Fields: map[string]any{"committed_by": "尽快"}}, problem.Invalid, "committed_by"},
		{"date in the past", "chenjie", "accept", Input{Fields: map[string]any{"committed_by": "2026-11-30"}}, problem.Invalid, "committed_by"},
		{"unknown field", "chenjie", "accept", Input{Fields: map[string]any{"committed_by": "2026-12-10", "bonus": 1}}, problem.Invalid, "bonus"},
		{"requester cannot accept", "wangfang", "accept", Input{Fields: map[string]any{"committed_by": "2026-12-10"}}, problem.Forbidden, ""},
		{"outsider cannot accept", "sunli", "accept", Input{Fields: map[string]any{"committed_by": "2026-12-10"}}, problem.Forbidden, ""},
		{"deliver before accepting", "chenjie", "deliver", Input{Fields: map[string]any{"summary": "x", "deliverables": "y"}}, problem.Conflict, ""},
		{"unknown action", "chenjie", "explode", Input{}, problem.NotFound, ""},
		{"stale version", "chenjie", "accept", Input{Version: 7, Fields: map[string]any{"committed_by": "2026-12-10"}}, problem.Conflict, ""},
		{"reassign outside the department", "zhaolei", "reassign", Input{Fields: map[string]any{"contact": "wangfang"}}, problem.Invalid, "contact"},
		{"reassign by the contact", "chenjie", "reassign", Input{Fields: map[string]any{"contact": "zhaolei"}}, problem.Forbidden, ""},
		{"withdraw by the contact", "chenjie", "withdraw", Input{Fields: map[string]any{"reason": "不需要了"}}, problem.Forbidden, ""},
		{"empty comment", "wangfang", "comment", Input{}, problem.Invalid, "comment"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Apply(d, c, actor(org, tc.who), tc.action, tc.in, env)
			var pe *problem.Error
			if !errors.As(err, &pe) || pe.Code != tc.code {
				t.Fatalf("got %v, want %s", err, tc.code)
			}
			if tc.field != "" && pe.Fields[tc.field] == "" {
				t.Fatalf("field %q not named: %v", tc.field, pe.Fields)
			}
		})
	}
	// The refusals changed nothing.
	if c.State != "requested" || c.Version != 1 || c.Fields["contact"] != "chenjie" {
		t.Fatalf("case changed: %+v", c)
	}
}

func TestCollabOpenRefusals(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	d, _ := registry(t).Get("internal-collab")
	env := Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}
	mutate := func(f func(m map[string]any)) Input {
		in := collabInput()
		in.Fields["expected_by"] = "2026-12-18"
		f(in.Fields)
		return in
	}
	tests := []struct {
		name  string
		in    Input
		field string
	}{
		{"vague expected date", mutate(func(m map[string]any) { m["expected_by"] = "尽快" }), "expected_by"},
		{"no tasks", mutate(func(m map[string]any) { m["tasks"] = []any{} }), "tasks"},
		{"task without standard", mutate(func(m map[string]any) { m["tasks"] = []any{map[string]any{"item": "开发"}} }), "tasks[0].standard"},
		{"contact outside to_dept", mutate(func(m map[string]any) { m["contact"] = "sunli" }), "contact"},
		{"unknown department", mutate(func(m map[string]any) { m["to_dept"] = "moon" }), "to_dept"},
		{"missing title", mutate(func(m map[string]any) { delete(m, "title") }), "title"},
		{"title too long", mutate(func(m map[string]any) { m["title"] = string(make([]rune, 201)) }), "title"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Open(d, actor(org, "wangfang"), tc.in, env)
			var pe *problem.Error
			if !errors.As(err, &pe) || pe.Code != problem.Invalid || pe.Fields[tc.field] == "" {
				t.Fatalf("got %v, want invalid %s", err, tc.field)
			}
		})
	}
	// One task at least, said in good English too.
	_, err := Open(d, actor(org, "wangfang"), mutate(func(m map[string]any) { m["tasks"] = []any{} }), env)
	if got := i18n.Render("en", problem.As(err).Fields["tasks"]); got != "at least 1 row" {
		t.Errorf("no tasks reads %q in English, want %q", got, "at least 1 row")
	}
	// The contact defaults to the counterpart's head.
	in := mutate(func(m map[string]any) { delete(m, "contact") })
	dec, err := Open(d, actor(org, "wangfang"), in, env)
	if err != nil || dec.Case.Fields["contact"] != "zhaolei" {
		t.Fatalf("default contact: %v %v", err, dec.Case.Fields["contact"])
	}
}

func TestCollabDeclineWithdrawReassign(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	d, _ := registry(t).Get("internal-collab")
	env := Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}
	in := collabInput()
	in.Fields["expected_by"] = "2026-12-18"
	dec, _ := Open(d, actor(org, "wangfang"), in, env)
	c := dec.Case

	declined, _ := step(t, d, c, "chenjie", "decline", map[string]any{"reason": "本月排期已满", "alternative": "建议联系外包团队,或12月20日后再排"}, env)
	if declined.State != "declined" || declined.DueAt != nil {
		t.Fatalf("decline: %s", declined.State)
	}
	withdrawn, _ := step(t, d, c, "wangfang", "withdraw", map[string]any{"reason": "需求取消"}, env)
	if withdrawn.State != "withdrawn" {
		t.Fatalf("withdraw: %s", withdrawn.State)
	}
	re, rdec := step(t, d, c, "zhaolei", "reassign", map[string]any{"contact": "zhaolei"}, env)
	if re.State != "requested" || re.Fields["contact"] != "zhaolei" || !re.DueAt.Equal(*c.DueAt) {
		t.Fatalf("reassign: %+v", re)
	}
	_ = rdec
	// The new contact may act, the old one may not.
	if _, err := Apply(d, re, actor(org, "chenjie"), "accept", Input{Fields: map[string]any{"committed_by": "2026-12-10"}}, env); problem.CodeOf(err) != problem.Forbidden {
		t.Fatalf("old contact: %v", err)
	}
	// Comments are allowed in a closed case.
	cm, err := Apply(d, declined, actor(org, "wangfang"), "comment", Input{Comment: "收到,谢谢。"}, env)
	if err != nil || cm.Events[0].Type != "comment" {
		t.Fatalf("comment: %v", err)
	}
}

// TestRejectedAfterCommittedDateEscalatesNow: the delivery is refused after
// the committed date has passed; the case is overdue at once and the
// escalation is set for now, not for a moment in the past.
func TestRejectedAfterCommittedDateEscalatesNow(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	d, _ := registry(t).Get("internal-collab")
	env := Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}
	in := collabInput()
	in.Fields["expected_by"] = "2026-12-18"
	dec, _ := Open(d, actor(org, "wangfang"), in, env)
	c, _ := step(t, d, dec.Case, "chenjie", "accept", map[string]any{"committed_by": "2026-12-03"}, env)
	env.Now = at("2026-12-03 17:00")
	c, _ = step(t, d, c, "chenjie", "deliver", map[string]any{"summary": "完成", "deliverables": "说明书"}, env)
	env.Now = at("2026-12-07 10:00")
	c, dec = step(t, d, c, "wangfang", "reject_delivery", map[string]any{"reason": "缺少流程图,请陈杰于12月9日前补充"}, env)
	wantTime(t, "due", *c.DueAt, "2026-12-03 18:00")
	wantTime(t, "escalation", timerAt(t, dec, "in_progress.escalate"), "2026-12-07 10:00")
}

// TestReviewGivesFindingsAndErrorsTogether: a form with a vague word in a
// text and a missing field gets both answers at once, decided nothing.
func TestReviewGivesFindingsAndErrorsTogether(t *testing.T) {
	org, cal := demoOrg(), testCalendar(t)
	d, _ := registry(t).Get("internal-collab")
	env := Env{Now: at("2026-12-01 10:00"), Time: cal, Org: org}
	in := collabInput()
	in.Fields["expected_by"] = "2026-12-18"
	in.Fields["background"] = "请技术部尽快支持。"
	delete(in.Fields, "title")
	found, err := Review(d, nil, actor(org, "wangfang"), "", in, env)
	var pe *problem.Error
	if !errors.As(err, &pe) || pe.Fields["title"] == "" {
		t.Fatalf("missing title not reported: %v", err)
	}
	if len(found) == 0 || found[0].Field != "background" || found[0].Rule != "vague-time" {
		t.Fatalf("findings %+v", found)
	}
	// On a case: the same, for an action's fields and the comment.
	in.Fields["title"] = "需求支持"
	dec, err := Open(d, actor(org, "wangfang"), in, env)
	if err != nil {
		t.Fatal(err)
	}
	found, err = Review(d, &dec.Case, actor(org, "chenjie"), "accept", Input{Fields: map[string]any{"committed_by": "尽快"}, Comment: "收到!!!"}, env)
	if !errors.As(err, &pe) || pe.Fields["committed_by"] == "" || len(found) != 1 || found[0].Field != "comment" {
		t.Fatalf("review of accept: %v %+v", err, found)
	}
	found, err = Review(d, &dec.Case, actor(org, "chenjie"), "accept", Input{Fields: map[string]any{"committed_by": "2026-12-10"}}, env)
	if err != nil || len(found) != 0 {
		t.Fatalf("a clean form: %v %+v", err, found)
	}
}

// TestEscalationClimbsPastALateHead: when the head an escalation goes to is
// the one who is late, it reaches the level above at once: the head of the
// department above, and in a flat organisation management (issue 12's ladder).
func TestEscalationClimbsPastALateHead(t *testing.T) {
	for _, parent := range []string{"", "management"} {
		org, cal := demoOrg(), testCalendar(t)
		tech := org.Departments["tech"]
		tech.Parent = parent
		org.Departments["tech"] = tech
		d, _ := registry(t).Get("internal-collab")
		in := collabInput()
		in.Fields["contact"] = "zhaolei" // the head of 技术部 answers himself
		dec, err := Open(d, actor(org, "wangfang"), in, Env{Now: at("2026-03-02 10:00"), Time: cal, Org: org})
		if err != nil {
			t.Fatal(err)
		}
		c := dec.Case
		fired := Fire(d, c, Timer{Name: "requested.escalate", Scope: "requested", Kind: "escalate", At: *c.DueAt}, Env{Now: *c.DueAt, Time: cal, Org: org})
		if got, want := hasNotice(fired, "escalation", "gaojun"), true; got != want {
			t.Errorf("parent %q: the head above told = %v, want %v (%+v)", parent, got, want, fired.Notices)
		}
		if !hasNotice(fired, "escalation", "lina") {
			t.Errorf("parent %q: the requester's head is not told", parent)
		}
	}
}

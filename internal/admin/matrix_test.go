package admin_test

import (
	"context"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

const clientIP = "203.0.113.7"

var start = casestest.At("2026-03-02 09:00")

// fixture is the demo organisation plus what the operations act on: a
// disabled user (whose stale session is kept), an empty department, a
// channel and an internal-collab case from 市场部 to 技术部.
type fixture struct {
	db     *store.DB
	svc    *admin.Service
	cases  *cases.Service
	caseID int64
	users  map[string]auth.User
}

func setup(t *testing.T, db *store.DB) *fixture {
	t.Helper()
	ctx := context.Background()
	cs := casestest.New(t, db, start, nil)
	a := auth.New(db, auth.Options{Params: casestest.Cheap})
	f := &fixture{db: db, cases: cs, users: map[string]auth.User{},
		svc: admin.New(admin.Config{DB: db, Auth: a, Now: cs.Now, CalendarChanged: cs.ReloadCalendar})}
	cli := admin.CLI()
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(f.svc.CreateUser(ctx, cli, admin.UserInput{Login: "gone", Name: admin.Of("离职者"), Dept: admin.Of("market"), Password: admin.Of("gone-pass-1")}))
	must(f.svc.CreateDepartment(ctx, cli, admin.DepartmentInput{ID: "empty", Name: admin.Of("空部门")}))
	must(f.svc.AddChannel(ctx, cli, admin.ChannelInput{Dept: "market", Kind: "webhook", Name: "hook1", URL: "https://hooks.example/x"}))
	for _, l := range []string{"admin", "lina", "zhaolei", "liuyang", "zhoumin", "gaojun", "wangfang", "gone"} {
		u, err := a.UserByLogin(ctx, l)
		if err != nil {
			t.Fatal(err)
		}
		f.users[l] = u
	}
	must(f.svc.UpdateUser(ctx, cli, "gone", admin.UserInput{Disabled: admin.Of(true)}))
	v, err := cs.Open(ctx, f.users["wangfang"].Actor(), "internal-collab", process.Input{Fields: map[string]any{
		"title": "产品V2.0版本开发需求支持", "to_dept": "tech", "background": "为满足Q3客户引流需求,需开发功能模块。",
		"tasks":       []any{map[string]any{"item": "需求分析", "standard": "含用户故事"}},
		"expected_by": "2026-03-20",
	}})
	if err != nil {
		t.Fatal(err)
	}
	f.caseID = v.ID
	return f
}

// op calls one operation as a; audit names the keys its audit entry's
// detail must hold (nil: the operation writes none).
type op struct {
	run   func(ctx context.Context, f *fixture, a auth.User) error
	audit []string
}

func ignore[T any](_ T, err error) error { return err }

var csvUsers = []byte("login,name,dept,email,head,admin\nnewbie,新人,market,newbie@x.example,否,0\n")
var csvParties = []byte("id,kind,name,contact_name,contact_email,contact_phone\nacme,customer,Acme,王五,w@acme.example,\n")
var holidays = []byte(`{"year":2027,"days":[{"name":"测试","date":"2027-03-03","isOffDay":true}]}`)

// ops has an entry for every operation the services list (admin.Ops).
var ops = map[string]op{
	"Departments": {run: func(ctx context.Context, f *fixture, a auth.User) error { return ignore(f.svc.Departments(ctx, a)) }},
	"CreateDepartment": {audit: []string{"after"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.CreateDepartment(ctx, a, admin.DepartmentInput{ID: "hr", Name: admin.Of("人力资源部"), Parent: admin.Of("management")}))
	}},
	"UpdateDepartment": {audit: []string{"before", "after"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.UpdateDepartment(ctx, a, "market", admin.DepartmentInput{NameEn: admin.Of("Market"), Parent: admin.Of("management")}))
	}},
	"DeleteDepartment": {audit: []string{"before"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return f.svc.DeleteDepartment(ctx, a, "empty")
	}},
	"Users": {run: func(ctx context.Context, f *fixture, a auth.User) error { return ignore(f.svc.Users(ctx, a)) }},
	"CreateUser": {audit: []string{"after"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.CreateUser(ctx, a, admin.UserInput{Login: "hire", Name: admin.Of("新员工"), Dept: admin.Of("tech")}))
	}},
	"UpdateUser": {audit: []string{"before", "after"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.UpdateUser(ctx, a, "wangfang", admin.UserInput{Email: admin.Of("wf@liaison-demo.example")}))
	}},
	"Duties": {run: func(ctx context.Context, f *fixture, a auth.User) error {
		_, _, err := f.svc.DutiesPage(ctx, a, "zhaolei", time.UTC, store.Page{})
		return err
	}},
	"Parties":   {run: func(ctx context.Context, f *fixture, a auth.User) error { return ignore(f.svc.Parties(ctx, a)) }},
	"Party":     {run: func(ctx context.Context, f *fixture, a auth.User) error { return ignore(f.svc.Party(ctx, a, "huaxin")) }},
	"Directory": {run: func(ctx context.Context, f *fixture, a auth.User) error { return ignore(f.svc.Directory(ctx, a)) }},
	"CreateParty": {audit: []string{"after"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.CreateParty(ctx, a, admin.PartyInput{ID: "acme", Kind: admin.Of("partner"), Name: admin.Of("Acme")}))
	}},
	"UpdateParty": {audit: []string{"before", "after"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.UpdateParty(ctx, a, "huaxin", admin.PartyInput{Name: admin.Of("华信科技有限公司")}))
	}},
	"ImportUsers": {audit: []string{"created", "updated"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.ImportUsers(ctx, a, csvUsers, "text/csv", false))
	}},
	"ImportParties": {audit: []string{"created", "updated"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.ImportParties(ctx, a, csvParties, "text/csv", false))
	}},
	"Channels": {run: func(ctx context.Context, f *fixture, a auth.User) error { return ignore(f.svc.Channels(ctx, a)) }},
	"AddChannel": {audit: []string{"after"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.AddChannel(ctx, a, admin.ChannelInput{Dept: "tech", Kind: "webhook", Name: "hook2", URL: "https://hooks.example/y"}))
	}},
	"DeleteChannel": {audit: []string{"before"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		list, err := f.svc.Channels(ctx, admin.CLI())
		if err != nil {
			return err
		}
		id := int64(1 << 40) // none such, once the administrator has deleted it
		if len(list) > 0 {
			id = list[0].ID
		}
		return f.svc.DeleteChannel(ctx, a, id)
	}},
	"Integrations": {run: func(ctx context.Context, f *fixture, a auth.User) error { return ignore(f.svc.Integrations(ctx, a)) }},
	"SetIntegration": {audit: []string{"before", "after", "secret_changed"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.SetIntegration(ctx, a, "wecom_app", map[string]string{"corpid": "ww1", "corpsecret": "s3cret", "agentid": "1000002"}))
	}},
	"DeleteIntegration": {audit: []string{"before"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		// Stored as a setup, without an audit entry of its own.
		_ = f.db.PutIntegrationSetting(ctx, "feishu_app", "app_id=cli_1&app_secret=s3cret", "cli", time.Now())
		return f.svc.DeleteIntegration(ctx, a, "feishu_app")
	}},
	"Audit":    {run: func(ctx context.Context, f *fixture, a auth.User) error { return ignore(f.svc.Audit(ctx, a, 10)) }},
	"Diagnose": {run: func(ctx context.Context, f *fixture, a auth.User) error { return f.svc.Diagnose(ctx, a) }},
	"CalendarOverrides": {run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.CalendarOverrides(ctx, a))
	}},
	"ImportCalendar": {audit: []string{"days"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.ImportCalendar(ctx, a, holidays))
	}},
	"UncheckedYears": {run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.UncheckedYears(ctx, a))
	}},
	"ConfirmCalendarYear": {audit: []string{"year"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return f.svc.ConfirmCalendarYear(ctx, a, 2027)
	}},
	"SetPreferences": {audit: []string{"before", "after"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return ignore(f.svc.SetPreferences(ctx, a, "wangfang", admin.Preferences{Lang: admin.Of("en")}))
	}},
	"ChangePassword": {audit: []string{"sessions_ended"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		return f.svc.ChangePassword(ctx, a, "demo1234", "a-new-password", "")
	}},
	"Reassign": {audit: []string{"before", "after"}, run: func(ctx context.Context, f *fixture, a auth.User) error {
		v, err := f.cases.Get(ctx, cases.ViewerOf(f.users["admin"].Actor()), f.caseID)
		if err != nil {
			return err
		}
		to := "chenjie"
		for _, p := range v.Participants {
			if p.Role == "contact" && p.Login == "chenjie" {
				to = "zhaolei"
			}
		}
		return ignore(f.cases.Reassign(ctx, a.Actor(), f.caseID, "contact", to))
	}},
}

// actors are the kinds of caller of the matrix. concerned is the head of
// the department an operation concerns (市场部 for the organisation, the
// contact's 技术部 for the case).
var actors = []string{"administrator", "head concerned", "head of another", "employee", "management", "disabled", "nobody"}

func (f *fixture) actor(kind string, rule admin.Rule) auth.User {
	switch kind {
	case "administrator":
		return f.users["admin"]
	case "head concerned":
		if rule == admin.RoleHeads {
			return f.users["zhaolei"]
		}
		return f.users["lina"]
	case "head of another":
		return f.users["liuyang"]
	case "employee":
		if rule == admin.SelfAdmin {
			return f.users["wangfang"] // the operation's subject
		}
		return f.users["zhoumin"]
	case "management":
		return f.users["gaojun"]
	case "disabled":
		return f.users["gone"] // the user as their session knew them before they were disabled
	}
	return auth.User{}
}

// expect is the outcome the rule promises: "" for success, else the code.
func expect(rule admin.Rule, kind string) problem.Code {
	switch kind {
	case "disabled", "nobody":
		return problem.Unauthorized
	case "administrator":
		return ""
	}
	switch rule {
	case admin.Anyone:
		return ""
	case admin.SelfAdmin:
		if kind == "employee" {
			return ""
		}
		return problem.Forbidden
	case admin.RoleHeads:
		switch kind {
		case "head concerned":
			return ""
		case "management":
			return problem.Forbidden // sees every case, may change none
		}
		return problem.NotFound // a case one has no part in does not exist for one
	}
	return problem.Forbidden
}

func TestPermissionMatrix(t *testing.T) {
	for _, o := range admin.Ops {
		if _, ok := ops[o.Name]; !ok {
			t.Errorf("operation %s has no entry in the matrix", o.Name)
		}
	}
	if len(ops) != len(admin.Ops) {
		t.Errorf("the matrix has %d operations, the services list %d", len(ops), len(admin.Ops))
	}
	for _, o := range admin.Ops {
		t.Run(o.Name, func(t *testing.T) {
			storetest.Each(t, func(t *testing.T, db *store.DB) {
				f := setup(t, db)
				ctx := cases.WithClient(context.Background(), clientIP)
				for _, kind := range actors {
					a := f.actor(kind, o.Rule)
					before := lastAudit(t, f.db)
					err := ops[o.Name].run(ctx, f, a)
					want := expect(o.Rule, kind)
					if got := code(err); got != want {
						t.Errorf("%s as %s (%s): got %q (%v), want %q", o.Name, kind, a.Login, got, err, want)
						continue
					}
					after := lastAudit(t, f.db)
					if err != nil || ops[o.Name].audit == nil {
						if after.ID != before.ID {
							t.Errorf("%s as %s wrote audit entry %+v", o.Name, kind, after)
						}
						continue
					}
					checkAudit(t, o.Name, after, before, a.Login, ops[o.Name].audit, f)
				}
			})
		})
	}
}

func code(err error) problem.Code {
	if err == nil {
		return ""
	}
	return problem.CodeOf(err)
}

func lastAudit(t *testing.T, db *store.DB) store.AuditEntry {
	t.Helper()
	list, err := db.RecentAudit(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) == 0 {
		return store.AuditEntry{}
	}
	return list[0]
}

// checkAudit: each change names the actor, the client's address (no
// port), the server's (simulated) time, and what changed.
func checkAudit(t *testing.T, name string, e, before store.AuditEntry, actor string, keys []string, f *fixture) {
	t.Helper()
	if e.ID == before.ID {
		t.Errorf("%s by %s: no audit entry", name, actor)
		return
	}
	now, _ := f.cases.Now(context.Background())
	if e.Actor != actor || e.IP != clientIP || !e.At.Equal(now) {
		t.Errorf("%s: audit %q from %q at %v, want %q from %q at %v", name, e.Actor, e.IP, e.At, actor, clientIP, now)
	}
	for _, k := range keys {
		if _, ok := e.Detail[k]; !ok {
			t.Errorf("%s: audit detail %v lacks %q", name, e.Detail, k)
		}
	}
}

package admin_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

var cli = admin.CLI()

// TestBadInput: every refusal of the issue, each answered with its code
// and, where a field is at fault, the field; nothing changes.
func TestBadInput(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := setup(t, db)
		s := f.svc
		tests := []struct {
			name  string
			run   func() error
			code  problem.Code
			field string
		}{
			{"duplicate department", func() error {
				return ignore(s.CreateDepartment(ctx, cli, admin.DepartmentInput{ID: "market", Name: admin.Of("x")}))
			}, problem.Conflict, ""},
			{"bad department id", func() error {
				return ignore(s.CreateDepartment(ctx, cli, admin.DepartmentInput{ID: "Human Resources", Name: admin.Of("x")}))
			}, problem.Invalid, "id"},
			{"department name taken", func() error {
				return ignore(s.CreateDepartment(ctx, cli, admin.DepartmentInput{ID: "market2", Name: admin.Of("市场部")}))
			}, problem.Invalid, "name"},
			{"department renamed to a taken name", func() error {
				return ignore(s.UpdateDepartment(ctx, cli, "tech", admin.DepartmentInput{Name: admin.Of(" 市场部 ")}))
			}, problem.Invalid, "name"},
			{"department English name taken", func() error {
				return ignore(s.UpdateDepartment(ctx, cli, "tech", admin.DepartmentInput{NameEn: admin.Of("marketing")}))
			}, problem.Invalid, "name_en"},
			{"head not in the department", func() error {
				return ignore(s.UpdateDepartment(ctx, cli, "market", admin.DepartmentInput{Head: admin.Of("zhaolei")}))
			}, problem.Invalid, "head"},
			{"parent makes a cycle", func() error {
				if _, err := s.UpdateDepartment(ctx, cli, "tech", admin.DepartmentInput{Parent: admin.Of("market")}); err != nil {
					return err
				}
				return ignore(s.UpdateDepartment(ctx, cli, "market", admin.DepartmentInput{Parent: admin.Of("tech")}))
			}, problem.Invalid, "parent"},
			{"parent is itself", func() error {
				return ignore(s.UpdateDepartment(ctx, cli, "sales", admin.DepartmentInput{Parent: admin.Of("sales")}))
			}, problem.Invalid, "parent"},
			{"delete a department with users", func() error { return s.DeleteDepartment(ctx, cli, "legal") }, problem.Conflict, ""},
			{"delete a department with an open case", func() error {
				// 技术部 plays the contact of the fixture's open case; move its people away first.
				for _, l := range []string{"zhaolei", "chenjie"} {
					if _, err := s.UpdateUser(ctx, cli, l, admin.UserInput{Dept: admin.Of("legal"), Head: admin.Of(false)}); err != nil {
						return err
					}
				}
				return s.DeleteDepartment(ctx, cli, "tech")
			}, problem.Conflict, ""},
			{"duplicate login", func() error {
				return ignore(s.CreateUser(ctx, cli, admin.UserInput{Login: "lina", Name: admin.Of("x"), Dept: admin.Of("market")}))
			}, problem.Conflict, ""},
			{"reserved login", func() error {
				return ignore(s.CreateUser(ctx, cli, admin.UserInput{Login: "cli", Name: admin.Of("x"), Dept: admin.Of("market")}))
			}, problem.Invalid, "login"},
			{"the timers' login", func() error { // events by "system" are the timers'
				return ignore(s.CreateUser(ctx, cli, admin.UserInput{Login: "system", Name: admin.Of("x"), Dept: admin.Of("market")}))
			}, problem.Invalid, "login"},
			{"unknown department", func() error {
				return ignore(s.CreateUser(ctx, cli, admin.UserInput{Login: "x1", Name: admin.Of("x"), Dept: admin.Of("nowhere")}))
			}, problem.Invalid, "dept"},
			{"short password", func() error {
				return ignore(s.UpdateUser(ctx, cli, "lina", admin.UserInput{Password: admin.Of("short")}))
			}, problem.Invalid, "password"},
			{"disable the last administrator", func() error {
				return ignore(s.UpdateUser(ctx, cli, "admin", admin.UserInput{Disabled: admin.Of(true)}))
			}, problem.Conflict, ""},
			{"demote the last administrator", func() error {
				return ignore(s.UpdateUser(ctx, cli, "admin", admin.UserInput{Admin: admin.Of(false), Dept: admin.Of("management")}))
			}, problem.Conflict, ""},
			{"duplicate party", func() error {
				return ignore(s.CreateParty(ctx, cli, admin.PartyInput{ID: "huaxin", Kind: admin.Of("customer"), Name: admin.Of("x")}))
			}, problem.Conflict, ""},
			{"bad party kind", func() error {
				return ignore(s.CreateParty(ctx, cli, admin.PartyInput{ID: "p1", Kind: admin.Of("friend"), Name: admin.Of("x")}))
			}, problem.Invalid, "kind"},
			// Control and direction characters broke mail headers and logs
			// (the contact's name with CR LF); a name of U+200B was empty.
			{"department name with NUL", func() error {
				return ignore(s.CreateDepartment(ctx, cli, admin.DepartmentInput{ID: "nul", Name: admin.Of("a\x00b")}))
			}, problem.Invalid, "name"},
			{"department name invisible", func() error {
				return ignore(s.CreateDepartment(ctx, cli, admin.DepartmentInput{ID: "zw", Name: admin.Of("\u200b")}))
			}, problem.Invalid, "name"},
			{"department English name with a line break", func() error {
				return ignore(s.UpdateDepartment(ctx, cli, "tech", admin.DepartmentInput{NameEn: admin.Of("Tech\r\nBcc: x")}))
			}, problem.Invalid, "name_en"},
			{"party name reversed", func() error {
				return ignore(s.CreateParty(ctx, cli, admin.PartyInput{ID: "p2", Kind: admin.Of("customer"), Name: admin.Of("公司\u202eexe")}))
			}, problem.Invalid, "name"},
			{"party contact name with CR LF", func() error {
				return ignore(s.UpdateParty(ctx, cli, "huaxin", admin.PartyInput{Contacts: admin.Of([]admin.Contact{{Name: "张\r\n伟", Email: "z@huaxin.example"}})}))
			}, problem.Invalid, "contacts[0].name"},
			{"party contact phone with NUL", func() error {
				return ignore(s.UpdateParty(ctx, cli, "huaxin", admin.PartyInput{Contacts: admin.Of([]admin.Contact{{Name: "张伟", Phone: "010\x00"}})}))
			}, problem.Invalid, "contacts[0].phone"},
			{"role with NUL", func() error {
				return ignore(s.UpdateUser(ctx, cli, "lina", admin.UserInput{Roles: admin.Of([]string{"account_manager", "a\x00"})}))
			}, problem.Invalid, "roles"},
			{"role with a line break", func() error {
				return ignore(s.UpdateUser(ctx, cli, "lina", admin.UserInput{Roles: admin.Of([]string{"a\nb"})}))
			}, problem.Invalid, "roles"},
			{"wrong old password", func() error {
				return s.ChangePassword(ctx, f.users["lina"], "not-it", "a-new-password", "")
			}, problem.Invalid, "old"},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				before := lastAudit(t, db)
				err := tc.run()
				if code(err) != tc.code {
					t.Fatalf("got %v, want %s", err, tc.code)
				}
				if tc.field != "" {
					if _, ok := problem.As(err).Fields[tc.field]; !ok {
						t.Errorf("fields %v do not name %q", problem.As(err).Fields, tc.field)
					}
				}
				if tc.name != "delete a department with an open case" && tc.name != "parent makes a cycle" {
					if lastAudit(t, db).ID != before.ID {
						t.Errorf("a refused change was audited")
					}
				}
			})
		}
	})
}

func TestImportUsers(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := setup(t, db)
		s := f.svc
		count := func() int {
			us, err := s.Users(ctx, cli)
			if err != nil {
				t.Fatal(err)
			}
			return len(us)
		}
		n0 := count()

		// One bad row: 422 naming the row as a spreadsheet numbers it, nothing written.
		bad := "\ufefflogin,name,dept,email,head,admin\nok1,甲,market,,否,\nok2,乙,nowhere,,,\nok3,丙,tech,,maybe,\n"
		_, err := s.ImportUsers(ctx, cli, []byte(bad), "text/csv", false)
		p := problem.As(err)
		if p.Code != problem.Invalid || p.Fields["row 3: dept"] == "" || p.Fields["row 4: head"] == "" || len(p.Fields) != 2 {
			t.Fatalf("bad rows: %v %v", err, p.Fields)
		}
		if count() != n0 {
			t.Fatal("a refused import wrote users")
		}

		// GBK is refused clearly.
		gbk := []byte("login,name,dept,email,head,admin\nx9,\xd5\xc5\xc8\xfd,market,,,\n") // 张三 in GBK
		_, err = s.ImportUsers(ctx, cli, gbk, "text/csv", false)
		if p := problem.As(err); p.Code != problem.Invalid || !strings.Contains(p.Reasons("zh")["file"], "UTF-8") {
			t.Fatalf("GBK: %v %v", err, p.Fields)
		}

		// A dry run says what would change and writes nothing.
		good := "login,name,dept,email,head,admin,password\nok1,甲,market,ok1@x.example,否,0,\nlina,李娜(新),market,,是,,\nok2,乙,tech,,,1,secret-pass-1\n"
		res, err := s.ImportUsers(ctx, cli, []byte(good), "text/csv", true)
		if err != nil || !res.DryRun || res.Created != 2 || res.Updated != 1 || count() != n0 || len(res.InitialPasswords) != 0 {
			t.Fatalf("dry run: %+v %v (users %d)", res, err, count())
		}
		res, err = s.ImportUsers(ctx, cli, []byte(good), "text/csv", false)
		if err != nil || res.Created != 2 || res.Updated != 1 || count() != n0+2 {
			t.Fatalf("import: %+v %v", res, err)
		}
		if pw := res.InitialPasswords["ok1"]; pw == "" || res.InitialPasswords["ok2"] != "" {
			t.Fatalf("one-time passwords %v", res.InitialPasswords)
		}
		a := auth.New(db, auth.Options{Params: nil})
		if _, _, err := a.Login(ctx, "ok1", res.InitialPasswords["ok1"], "10.0.0.1"); err != nil {
			t.Errorf("sign in with the one-time password: %v", err)
		}
		if _, _, err := a.Login(ctx, "ok2", "secret-pass-1", "10.0.0.1"); err != nil {
			t.Errorf("sign in with the imported password: %v", err)
		}
		// Importing the same file again changes nothing but the password given.
		res, err = s.ImportUsers(ctx, cli, []byte(good), "text/csv", false)
		if err != nil || res.Created != 0 || res.Unchanged != 2 || res.Updated != 1 {
			t.Fatalf("again: %+v %v", res, err)
		}
	})
}

func xlsx(t *testing.T, rows [][]any, formulas map[string]string) []byte {
	t.Helper()
	x := excelize.NewFile()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	for cell, fm := range formulas {
		if err := x.SetCellFormula("Sheet1", cell, fm); err != nil {
			t.Fatal(err)
		}
		if err := x.SetCellValue("Sheet1", cell, "cached"); err == nil {
			_ = x.SetCellFormula("Sheet1", cell, fm)
		}
	}
	var b bytes.Buffer
	if err := x.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestImportXLSX: a sheet works like a CSV; a formula is kept as its text
// and never evaluated.
func TestImportXLSX(t *testing.T) {
	ctx := context.Background()
	db := storetest.SQLite(t)
	f := setup(t, db)
	data := xlsx(t, [][]any{
		{"id", "kind", "name", "contact_name", "contact_email", "contact_phone"},
		{"sino", "supplier", "placeholder", "赵六", "z@sino.example", "010-1"},
		{"sino", "supplier", "placeholder", "钱七", "q@sino.example", ""},
	}, map[string]string{"C2": "HYPERLINK(\"http://evil.example\",\"x\")", "C3": "HYPERLINK(\"http://evil.example\",\"x\")"})
	res, err := f.svc.ImportParties(ctx, cli, data, "", false)
	if err != nil || res.Created != 1 {
		t.Fatalf("import: %+v %v", res, err)
	}
	p, err := f.svc.Party(ctx, cli, "sino")
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != `=HYPERLINK("http://evil.example","x")` || len(p.Contacts) != 2 || !p.Contacts[0].Primary || p.Contacts[1].Primary {
		t.Fatalf("party %+v", p)
	}
}

// TestImportTenThousand: 10,000 rows in one transaction.
func TestImportTenThousand(t *testing.T) {
	if testing.Short() {
		t.Skip("10,000 rows")
	}
	ctx := context.Background()
	db := storetest.SQLite(t)
	f := setup(t, db)
	var b strings.Builder
	b.WriteString("login,name,dept,email,head,admin\n")
	for i := range 10000 {
		fmt.Fprintf(&b, "u%05d,员工%d,tech,u%05d@x.example,,\n", i, i, i)
	}
	res, err := f.svc.ImportUsers(ctx, cli, []byte(b.String()), "text/csv", false)
	if err != nil || res.Created != 10000 || len(res.InitialPasswords) != 10000 {
		t.Fatalf("import: created %d, %v", res.Created, err)
	}
	list, err := db.RecentAudit(ctx, 1)
	if err != nil || list[0].Action != "import_users" {
		t.Fatalf("audit %+v %v", list, err)
	}
}

// TestDisabledUser: sign-in answers as for a wrong password, sessions stop
// at once, the name stays on the case's history, duties are listed.
func TestDisabledUser(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		f := setup(t, db)
		a := auth.New(db, auth.Options{Params: nil})
		tok, _, err := a.Login(ctx, "zhaolei", "demo1234", "10.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		duties, _, err := f.svc.DutiesPage(ctx, cli, "zhaolei", start.Location(), store.Page{})
		if err != nil || len(duties) == 0 || duties[0].CaseID != f.caseID {
			t.Fatalf("duties %+v %v", duties, err)
		}
		if _, err := f.svc.UpdateUser(ctx, cli, "zhaolei", admin.UserInput{Disabled: admin.Of(true)}); err != nil {
			t.Fatal(err)
		}
		if _, err := a.Authenticate(ctx, tok); code(err) != problem.Unauthorized {
			t.Errorf("token after disabling: %v", err)
		}
		_, _, wrong := a.Login(ctx, "zhaolei", "not-the-password", "10.0.0.2")
		_, _, disabled := a.Login(ctx, "zhaolei", "demo1234", "10.0.0.3")
		if wrong == nil || disabled == nil || wrong.Error() != disabled.Error() || code(wrong) != code(disabled) {
			t.Errorf("disabled sign-in %v differs from a wrong password %v", disabled, wrong)
		}
		dir, err := f.svc.Directory(ctx, f.users["wangfang"])
		if err != nil || dir.Names()["zhaolei"] != "赵磊" {
			t.Errorf("the disabled user's name is gone: %v", err)
		}
		// The head of 技术部 left: an administrator gives the contact to 陈杰.
		v, err := f.cases.Reassign(cases.WithClient(ctx, clientIP), f.users["admin"].Actor(), f.caseID, "contact", "chenjie")
		if err != nil {
			t.Fatal(err)
		}
		inbox, err := f.cases.Inbox(ctx, cases.ViewerOf(caseActor(t, f, "chenjie")), cases.Page{})
		if err != nil || len(inbox.Items) != 1 || inbox.Items[0].CaseID != v.ID {
			t.Errorf("陈杰's inbox %+v %v", inbox, err)
		}
		ns, err := f.cases.Notifications(ctx, f.users["admin"].Actor(), f.caseID, cases.Page{})
		if err != nil {
			t.Fatal(err)
		}
		told := map[string]string{}
		for _, n := range ns.Items {
			if n.Channel == "inbox" {
				told[n.Recipient] = n.Kind
			}
		}
		if told["chenjie"] != "assigned" || told["zhaolei"] == "" {
			t.Errorf("told %v", told)
		}
	})
}

func caseActor(t *testing.T, f *fixture, login string) process.Actor {
	t.Helper()
	u, err := auth.New(f.db, auth.Options{}).UserByLogin(context.Background(), login)
	if err != nil {
		t.Fatal(err)
	}
	return u.Actor()
}

// TestFirstContactIsPrimary: a party's first contact is its primary one
// unless another says so (docs/api.md), and the answer says which.
func TestFirstContactIsPrimary(t *testing.T) {
	ctx := context.Background()
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		s := setup(t, db).svc
		p, err := s.CreateParty(ctx, cli, admin.PartyInput{ID: "haitong", Kind: admin.Of("customer"), Name: admin.Of("海通机械"),
			Contacts: admin.Of([]admin.Contact{{Name: "刘经理", Email: "liu@haitong.example"}, {Name: "王工", Email: "wang@haitong.example"}})})
		if err != nil {
			t.Fatal(err)
		}
		if !p.Contacts[0].Primary || p.Contacts[1].Primary {
			t.Errorf("primary flags %v %v, want the first contact primary", p.Contacts[0].Primary, p.Contacts[1].Primary)
		}
		p, err = s.UpdateParty(ctx, cli, "haitong", admin.PartyInput{Contacts: admin.Of([]admin.Contact{{Name: "刘经理", Email: "liu@haitong.example"}, {Name: "王工", Email: "wang@haitong.example", Primary: true}})})
		if err != nil {
			t.Fatal(err)
		}
		if p.Contacts[0].Primary || !p.Contacts[1].Primary {
			t.Errorf("primary flags %v %v, want the second contact primary", p.Contacts[0].Primary, p.Contacts[1].Primary)
		}
	})
}

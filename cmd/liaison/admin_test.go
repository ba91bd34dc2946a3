package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/app"
)

// TestAdministrationCommands: dept, user, party and import through the
// administration service, refusals in one line with exit 2, and every
// change (the calendar import too) in the audit trail as actor cli.
func TestAdministrationCommands(t *testing.T) {
	t.Setenv("LIAISON_DB", "")
	t.Setenv("LIAISON_OIDC", "")
	dir := t.TempDir()
	db := filepath.Join(dir, "org.db")
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	steps := []struct {
		stdin string
		args  []string
		code  int
		out   string // in stdout (code 0) or stderr
	}{
		{"", []string{"dept", "add", "hr", "--name", "人力资源部"}, 0, "department hr"},
		{"", []string{"dept", "add", "hr", "--name", "x"}, exitUsage, "exists"},
		{"", []string{"dept", "add", "qa", "--name", "质量部", "--parent", "hr"}, 0, "parent hr"},
		{"", []string{"dept", "edit", "hr", "--parent", "qa"}, exitUsage, "cycle"},
		{"first-pass-1\n", []string{"user", "add", "--login", "boss", "--name", "老板", "--dept", "hr", "--head", "--admin"}, 0, "added user boss"},
		{"", []string{"dept", "edit", "qa", "--head", "boss"}, exitUsage, "not in department"},
		{"", []string{"import", "users", write("u.csv", "login,name,dept,email,head,admin\nann,安,qa,,1,\nbob,鲍,nowhere,,,\n")}, exitUsage, "row 3: dept"},
		{"", []string{"import", "users", write("u2.csv", "login,name,dept,email,head,admin\nann,安,qa,,1,\n"), "--dry-run"}, 0, "would import users: 1 created"},
		{"", []string{"import", "users", filepath.Join(dir, "u2.csv")}, 0, "one-time password of ann"},
		{"", []string{"party", "add", "acme", "--kind", "customer", "--name", "Acme", "--contact-name", "王五", "--contact-email", "w@acme.example"}, 0, "1 contacts"},
		{"", []string{"import", "parties", write("p.csv", "id,kind,name,contact_name,contact_email,contact_phone\nsino,supplier,中诺,赵六,z@sino.example,\n")}, 0, "1 created"},
		{"", []string{"user", "edit", "ann", "--mobile", "13800000001", "--wecom-id", "ann01"}, 0, "ann"},
		{"", []string{"user", "edit", "ann", "--feishu-id", "bad id"}, exitUsage, "chat_ids.feishu"},
		{"", []string{"import", "users", write("u3.csv", "login,name,dept,email,head,admin,mobile,dingtalk_id\nann,安,qa,,1,,13800000001,ding-ann\nbob,鲍,qa,,,,x,\n")}, exitUsage, "row 3: mobile"},
		{"", []string{"import", "users", write("u4.csv", "login,name,dept,email,head,admin,dingtalk_id,feishu_id\nann,安,qa,,1,,ding-ann,has space\n")}, exitUsage, "row 2: feishu_id"},
		{"", []string{"import", "users", write("u5.csv", "login,name,dept,email,head,admin,dingtalk_id\nann,安,qa,,1,,ding-ann\n")}, 0, "1 updated"},
		{"", []string{"user", "link-oidc", "ann", "--subject", "u-77"}, exitUsage, "issuer"},
		{"", []string{"user", "link-oidc", "ann", "--subject", "u-77", "--issuer", "https://idp.example"}, 0, "linked u-77 (https://idp.example) to user ann"},
		{"", []string{"user", "link-oidc", "boss", "--subject", "u-77", "--issuer", "https://idp.example"}, exitUsage, "already"},
		{"", []string{"user", "unlink-oidc", "ann", "--subject", "u-77", "--issuer", "https://idp.example"}, 0, "unlinked u-77"},
		{"new-pass-22\n", []string{"user", "reset-password", "ann"}, 0, "reset-password: user ann"},
		{"", []string{"user", "disable", "boss"}, exitUsage, "last active administrator"},
		{"", []string{"user", "disable", "ann"}, 0, "disabled"},
		{"", []string{"dept", "delete", "qa"}, exitUsage, "still has 1 users"},
		{"", []string{"calendar", "import", write("h.json", `{"year":2028,"days":[{"name":"年会","date":"2028-03-03","isOffDay":true}]}`)}, 0, "imported 1"},
		{"", []string{"user", "list"}, 0, "ann"},
		{"", []string{"dept", "list"}, 0, "质量部"},
	}
	for _, st := range steps {
		code, out, errOut := runCmd(t, st.stdin, append(st.args, "--db", db)...)
		text := out
		if code != 0 {
			text = errOut
		}
		if code != st.code || !strings.Contains(text, st.out) {
			t.Errorf("%v: %d %q %q, want %d with %q", st.args, code, out, errOut, st.code, st.out)
		}
	}
	tools, err := app.OpenTools(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer tools.Close()
	users, err := tools.Admin.Users(context.Background(), admin.CLI())
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		if u.Login == "ann" && (u.Mobile != "13800000001" || u.ChatIDs["wecom"] != "ann01" || u.ChatIDs["dingtalk"] != "ding-ann" || len(u.ChatIDs) != 2) {
			t.Errorf("ann's chat identity after edit and import: %q %v", u.Mobile, u.ChatIDs)
		}
	}
	audit, err := tools.Admin.Audit(context.Background(), admin.CLI(), 100)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range audit {
		if e.Actor == "cli" {
			seen[e.Action] = true
		}
	}
	for _, a := range []string{"department_added", "user_added", "import_users", "party_added", "import_parties", "user_changed", "calendar_import"} {
		if !seen[a] {
			t.Errorf("no %s by cli in the audit trail: %v", a, seen)
		}
	}
}

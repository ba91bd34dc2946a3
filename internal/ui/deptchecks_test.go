package ui

import (
	"net/http"
	"net/url"
	"testing"
)

// TestAdminNamesMissingDepartments: a company whose purchasing department
// has another id (purch) is told on the admin page, in its language, which
// department id the processes need and for what; the demo organisation,
// which has them all, is told nothing.
func TestAdminNamesMissingDepartments(t *testing.T) {
	e := newEnv(t, "2026-12-01 10:00")
	a := e.browser().signIn("admin")
	a.get("/admin").want(http.StatusOK, `id="depts-h"`)
	a.lacks(`id="dept-checks"`, "流程所需部门缺失")

	for _, q := range []string{
		`INSERT INTO departments (id, name_zh, name_en) VALUES ('purch', '采购部', 'Purchasing')`,
		`UPDATE users SET dept_id = 'purch' WHERE dept_id = 'purchasing'`,
		`UPDATE departments SET head_login = (SELECT head_login FROM departments WHERE id = 'purchasing') WHERE id = 'purch'`,
		`UPDATE departments SET parent_id = 'purch' WHERE parent_id = 'purchasing'`,
		`DELETE FROM departments WHERE id = 'purchasing'`,
	} {
		if _, err := e.db.SQL().ExecContext(t.Context(), q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	a.get("/admin").want(http.StatusOK, `id="dept-checks"`, "以下部门 ID 由流程定义引用",
		"<li>流程所需部门缺失：purchasing（",
		"采购下单与催交货期：抄送采购部负责人、通知采购部负责人、升级至采购部负责人）</li>")
	a.lacks("management（", "legal（")
	a.post("/lang", url.Values{"csrf": {a.csrf()}, "lang": {"en"}, "back": {"/admin"}})
	a.get("/admin").want(http.StatusOK, `id="dept-checks"`, "The process definitions refer to these department ids",
		"<li>Department the processes need is missing: purchasing (",
		"escalation to Head of purchasing)</li>")
	a.lacks("流程所需部门缺失")

	// A head who is disabled heads nothing: the engine skips them.
	if _, err := e.db.SQL().ExecContext(t.Context(), `UPDATE users SET disabled = 1 WHERE login = 'gaojun'`); err != nil {
		t.Fatal(err)
	}
	a.get("/admin").want(http.StatusOK, "<li>Department has no head (or only a disabled one), but the processes need its head: management (Every process: its head is the last level of an overdue escalation; ")
	a.lacks("its members read every case")
}

package app_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
)

// The server's start logs, once, the department ids the processes need that
// the organisation lacks, with what for; a department that is there is not
// named.
func TestServeLogsMissingDepartments(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	if log, _ := serveOnce(t, path); strings.Count(log, "level=WARN msg=\"流程所需部门缺失") != 1 || !strings.Contains(log, "legal（") {
		t.Errorf("a fresh database: the missing departments are not named once:\n%s", log)
	}
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"management", "legal", "after-sales", "finance", "admin-office", "purch"} {
		if err := store.In(db.SQL()).UpsertDepartment(context.Background(), store.Department{ID: id, NameZh: id, NameEn: id}); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	log, _ := serveOnce(t, path)
	var lines []string
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, "部门") && strings.Contains(l, "level=WARN msg=\"") && !strings.Contains(l, "尚无管理员") {
			lines = append(lines, l)
		}
	}
	if len(lines) != 1 {
		t.Fatalf("%d warnings of missing departments, want 1:\n%s", len(lines), log)
	}
	for _, want := range []string{"level=WARN", "流程所需部门缺失：purchasing（", "升级至采购部负责人", "Department the processes need is missing: purchasing (", "escalation to Head of purchasing",
		"部门没有负责人（或负责人已停用），而流程需要其负责人：management（", "after-sales", "departments=management,after-sales,purchasing"} {
		if !strings.Contains(lines[0], want) {
			t.Errorf("the warning lacks %q:\n%s", want, lines[0])
		}
	}
	if strings.Contains(lines[0], "purch（") || strings.Contains(lines[0], "legal（") {
		t.Errorf("a department that is there is named:\n%s", lines[0])
	}
}

package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

// TestDemoLoginsTable: the sign-in list lines up in a terminal (Chinese
// names take two columns each) and says what each user is in words.
func TestDemoLoginsTable(t *testing.T) {
	var b bytes.Buffer
	writeTable(&b, loginsTable())
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) < 10 {
		t.Fatalf("table:\n%s", b.String())
	}
	col := -1
	for _, l := range lines[1:] {
		i := strings.LastIndex(l, "demo")
		if i < 0 {
			t.Fatalf("no password on %q", l)
		}
		c := cellWidth(l[:i])
		if col >= 0 && c != col {
			t.Errorf("password column at %d on %q, want %d:\n%s", c, l, col, b.String())
		}
		col = c
		fields := strings.Fields(l)
		role := fields[2]
		if strings.ContainsFunc(role, func(r rune) bool { return r < unicode.MaxASCII && unicode.IsLetter(r) }) || strings.Contains(role, "(") {
			t.Errorf("role %q is not in words", role)
		}
	}
	if !strings.Contains(b.String(), "销售部客户经理") || !strings.Contains(b.String(), "系统管理员") || !strings.Contains(b.String(), "市场部负责人") {
		t.Errorf("roles:\n%s", b.String())
	}
}

// TestDemoLoggerQuiet: request lines stay off the demo's console unless
// asked for; other lines show, with times in the given zone.
func TestDemoLoggerQuiet(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	var b bytes.Buffer
	log := demoLogger(&b, loc, false)
	log.Info("http", "path", "/inbox")
	log.Info("timer fired", "due", time.Date(2026, 3, 3, 2, 0, 0, 0, time.UTC))
	out := b.String()
	if strings.Contains(out, "/inbox") || !strings.Contains(out, "timer fired") || !strings.Contains(out, "2026-03-03T10:00:00.000+08:00") {
		t.Fatalf("console:\n%s", out)
	}
	b.Reset()
	demoLogger(&b, loc, true).With("x", 1).Info("http", "path", "/inbox")
	if !strings.Contains(b.String(), "/inbox") {
		t.Fatalf("--log-requests: %s", b.String())
	}
}

// TestAdministrationListsLineUp: dept list (like user and party list) pads
// by display width, so the column after a Chinese name starts where its
// header does.
func TestAdministrationListsLineUp(t *testing.T) {
	t.Setenv("LIAISON_DB", "")
	db := filepath.Join(t.TempDir(), "org.db")
	for _, args := range [][]string{
		{"dept", "add", "prod", "--name", "生产部", "--name-en", "Production"},
		{"dept", "add", "hr", "--name", "人力资源部", "--name-en", "Human Resources"},
	} {
		if code, _, errOut := runCmd(t, "", append(args, "--db", db)...); code != 0 {
			t.Fatalf("%v: %d %s", args, code, errOut)
		}
	}
	code, out, errOut := runCmd(t, "", "dept", "list", "--db", db)
	if code != 0 {
		t.Fatalf("dept list: %d %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	at := func(line, word string) int { return cellWidth(line[:strings.Index(line, word)]) }
	want := at(lines[0], "name_en")
	for _, l := range lines[1:] {
		for _, w := range []string{"Production", "Human Resources"} {
			if strings.Contains(l, w) && at(l, w) != want {
				t.Errorf("%q starts at column %d, its header at %d:\n%s", w, at(l, w), want, out)
			}
		}
	}
}

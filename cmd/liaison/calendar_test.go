package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCalendarImportAndShow(t *testing.T) {
	t.Setenv("LIAISON_DB", "")
	dir := t.TempDir()
	db := filepath.Join(dir, "cal.db")
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// A company day off and a make-up Saturday in 2028, before any notice.
	good := write("2028.json", `{"year":2028,"days":[
 {"name":"公司年会","date":"2028-03-03","isOffDay":true},
 {"name":"公司年会","date":"2028-03-04","isOffDay":false}]}`)
	bad := write("bad.json", `{"year":2028,"days":[
 {"name":"好","date":"2028-05-01","isOffDay":true},
 {"name":"坏","date":"2028-02-30","isOffDay":true}]}`)

	code, _, stderr := runCmd(t, "", "calendar", "import", bad, "--db", db)
	if code != exitUsage || !strings.Contains(stderr, "2028-02-30") || strings.Count(stderr, "\n") != 1 {
		t.Fatalf("bad file: %d %q", code, stderr)
	}
	if _, err := os.Stat(db); err == nil {
		t.Fatal("a refused import created the database")
	}
	if code, out, stderr := runCmd(t, "", "calendar", "import", good, "--db", db); code != 0 || !strings.Contains(out, "imported 2") {
		t.Fatalf("import: %d %s %s", code, out, stderr)
	}
	code, out, _ := runCmd(t, "", "calendar", "show", "2028", "--db", db)
	if code != 0 || !strings.Contains(out, "2028年3月") || !strings.Contains(out, "公司年会") {
		t.Fatalf("show: %d %s", code, out)
	}
	for _, args := range [][]string{
		{"calendar"}, {"calendar", "show"}, {"calendar", "show", "20x6"}, {"calendar", "import"},
		{"calendar", "import", filepath.Join(dir, "missing.json")}, {"calendar", "sing", "2026"},
	} {
		if code, _, stderr := runCmd(t, "", args...); code != exitUsage || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: %d %q", args, code, stderr)
		}
	}
}

// TestCalendarSubcommandHelp: every command answers --help (CONTRACT §1),
// also after its subcommand, where it used to be taken for the YEAR or
// FILE and refused with exit 2.
func TestCalendarSubcommandHelp(t *testing.T) {
	for _, args := range [][]string{{"calendar", "--help"}, {"calendar", "show", "--help"}, {"calendar", "import", "-h"}} {
		code, out, stderr := runCmd(t, "", args...)
		if code != exitOK || !strings.Contains(out+stderr, "calendar show YEAR") {
			t.Errorf("%v: %d %q %q", args, code, out, stderr)
		}
	}
}

func TestCheckCommand(t *testing.T) {
	code, out, _ := runCmd(t, "", "check", "请尽快处理!!!")
	if code != exitError || !strings.Contains(out, "vague-time") || !strings.Contains(out, "shouting") {
		t.Fatalf("vague: %d %s", code, out)
	}
	code, out, _ = runCmd(t, "请王芳于2030年12月4日18:00前提交报告。", "check", "--kind", "request")
	if code != exitOK || !strings.Contains(out, "no findings") {
		t.Fatalf("clear text from stdin: %d %s", code, out)
	}
	if code, _, _ := runCmd(t, "", "check", "--kind", "poem", "x"); code != exitUsage {
		t.Fatalf("bad kind: %d", code)
	}
}

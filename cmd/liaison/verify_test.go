package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/records/recordstest"
	"github.com/liaison-dev/liaison/internal/store"
)

// TestVerifyCommand: verify passes an untouched bundle (exit 0, the key it
// trusted printed), fails a changed byte, a wrong pinned key and a file
// that is no bundle (exit 1, naming the problem); verify --db passes the
// live database and names an event edited behind the application's back;
// keys rotate adds a key; bad usage exits 2.
func TestVerifyCommand(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "records.db")
	ctx := context.Background()
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	f := recordstest.New(t, db, 0)
	v := f.ArchivedCollab(t, "命令行校验")
	bundle := f.Bundle(t, v.ID)
	db.Close()
	good := filepath.Join(dir, "good.zip")
	bad := filepath.Join(dir, "bad.zip")
	junk := filepath.Join(dir, "junk.zip")
	changed := append([]byte(nil), bundle...)
	i := strings.Index(string(changed), `"state": "archived"`)
	if i < 0 {
		t.Fatal("case.json lacks its state")
	}
	copy(changed[i:], `"state": "archiveD"`)
	for name, b := range map[string][]byte{good: bundle, bad: changed, junk: []byte("not a zip")} {
		if err := os.WriteFile(name, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	rep := archive.Verify(strings.NewReader(string(bundle)), int64(len(bundle)), archive.Options{})
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"untouched", []string{"verify", good}, 0, "trusted key: " + rep.Key},
		{"pinned, flag after the file", []string{"verify", good, "--key", archive.Short(rep.Key)}, 0, "pinned with --key"},
		{"wrong pin", []string{"verify", "--key", strings.Repeat("ab", 8), good}, 1, `file "manifest.sig": the manifest is signed by key`},
		{"wrong pin is not called pinned", []string{"verify", "--key", strings.Repeat("ab", 8), good}, 1, "(not the key pinned with --key)"},
		{"changed byte", []string{"verify", bad}, 1, `file "case.json": changed`},
		{"not a zip", []string{"verify", junk}, 1, "not a readable ZIP"},
		{"missing file", []string{"verify", filepath.Join(dir, "none.zip")}, 1, "no such file"},
		{"database", []string{"verify", "--db", dbPath}, 0, "OK: every hash and signature holds"},
		{"one case", []string{"verify", "--db", dbPath, "--case", v.Key}, 0, "OK"},
		{"no such case", []string{"verify", "--db", dbPath, "--case", "XZ-1999-0001"}, 2, "XZ-1999-0001"},
		{"no database at the path", []string{"verify", "--db", filepath.Join(dir, "typo.db")}, 2, "no database there"},
		{"nothing to verify", []string{"verify"}, 2, "give one bundle"},
		{"both", []string{"verify", good, "--db", dbPath}, 2, "not both"},
		{"key with db", []string{"verify", "--db", dbPath, "--key", rep.Key}, 2, "--key"},
		{"rotate", []string{"keys", "rotate", "--db", dbPath}, 0, "new signing key"},
		{"list", []string{"keys", "list", "--db", dbPath}, 0, "retired"},
		{"keys without subcommand", []string{"keys"}, 2, "keys rotate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", tc.args...)
			if code != tc.code || !strings.Contains(out+errs, tc.want) {
				t.Fatalf("exit %d (want %d)\nstdout: %s\nstderr: %s\nwant %q", code, tc.code, out, errs, tc.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "typo.db")); err == nil {
		t.Error("verifying a mistyped path created a database there")
	}
	// An event edited directly in the database.
	db, err = store.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().ExecContext(ctx, `UPDATE case_events SET body = REPLACE(body, '完成', '未完成') WHERE seq = 3`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	code, out, _ := runCmd(t, "", "verify", "--db", dbPath)
	if code != 1 || !strings.Contains(out, "event 3: case "+v.Key) {
		t.Fatalf("edited event: exit %d\n%s", code, out)
	}
}

// TestReportCountsUnlisted: the verdict counts the problems a check found
// beyond those it lists, and says how many were left out.
func TestReportCountsUnlisted(t *testing.T) {
	var b strings.Builder
	code := report(&b, archive.Report{Problems: []archive.Problem{{Where: "case XZ-2026-0001", What: "event 2 changed"}}, Unlisted: 2})
	if code != exitError || !strings.Contains(b.String(), "FAILED: 3 problem(s)") || !strings.Contains(b.String(), "2 more problem(s) not listed") {
		t.Errorf("exit %d:\n%s", code, b.String())
	}
}

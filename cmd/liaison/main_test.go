package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestUsageErrors: a bad flag or value prints one line, exits 2 and writes
// nothing — not even the database file.
func TestUsageErrors(t *testing.T) {
	t.Setenv("LIAISON_DB", "")
	t.Setenv("LIAISON_ADDR", "")
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	tests := []struct {
		name  string
		stdin string
		args  []string
	}{
		{"no command", "", nil},
		{"unknown command", "", []string{"frobnicate"}},
		{"serve unknown flag", "", []string{"serve", "--db", db, "--frob"}},
		{"serve bad addr", "", []string{"serve", "--db", db, "--addr", "localhost"}},
		{"serve bad port", "", []string{"serve", "--db", db, "--addr", "127.0.0.1:99999"}},
		{"serve bad bool", "", []string{"serve", "--db", db, "--dev-clock=maybe"}},
		{"serve stray argument", "", []string{"serve", "--db", db, "extra"}},
		{"serve empty db", "", []string{"serve", "--db", ""}},
		{"serve bad postgres url", "", []string{"serve", "--db", "postgres://%zz"}},
		{"demo bad addr", "", []string{"demo", "--db", db, "--addr", ":abc"}},
		{"demo flag without value", "", []string{"demo", "--db"}},
		{"migrate unknown flag", "", []string{"migrate", "--db", db, "-x"}},
		{"migrate sqlite path with ?", "", []string{"migrate", "--db", db + "?mode=ro"}},
		{"seed without --demo", "", []string{"seed", "--db", db}},
		{"user without subcommand", "", []string{"user"}},
		{"user unknown subcommand", "", []string{"user", "remove"}},
		{"dept without subcommand", "", []string{"dept"}},
		{"dept unknown subcommand", "", []string{"dept", "remove", "hr"}},
		{"dept empty db", "", []string{"dept", "list", "--db", ""}},
		{"party unknown subcommand", "", []string{"party", "delete", "huaxin"}},
		{"party sqlite path with ?", "", []string{"party", "list", "--db", db + "?mode=ro"}},
		{"migrate foreign url", "", []string{"migrate", "--db", "mysql://root@db/liaison"}},
		{"user list stray argument", "", []string{"user", "list", "ann", "--db", db}},
		{"dept list stray argument", "", []string{"dept", "list", "tech", "--db", db}},
		{"party list stray argument", "", []string{"party", "list", "huaxin", "--db", db}},
		{"user list no database", "", []string{"user", "list", "--db", db}},
		{"user duties no database", "", []string{"user", "duties", "ann", "--db", db}},
		{"dept list no database", "", []string{"dept", "list", "--db", db}},
		{"party list no database", "", []string{"party", "list", "--db", db}},
		{"keys list no database", "", []string{"keys", "list", "--db", db}},
		{"user add no password", "", []string{"user", "add", "--db", db, "--login", "ann", "--name", "Ann", "--dept", "market"}},
		{"user add short password", "short\n", []string{"user", "add", "--db", db, "--login", "ann", "--name", "Ann", "--dept", "market"}},
		{"user add bad login", "longenough\n", []string{"user", "add", "--db", db, "--login", "Ann!", "--name", "Ann", "--dept", "market"}},
		{"user add no name", "longenough\n", []string{"user", "add", "--db", db, "--login", "ann", "--dept", "market"}},
		{"user add no dept", "longenough\n", []string{"user", "add", "--db", db, "--login", "ann", "--name", "Ann"}},
		{"user add bad lang", "longenough\n", []string{"user", "add", "--db", db, "--login", "ann", "--name", "Ann", "--dept", "market", "--lang", "fr"}},
		{"user add bad email", "longenough\n", []string{"user", "add", "--db", db, "--login", "ann", "--name", "Ann", "--dept", "market", "--email", "ann"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tc.stdin, tc.args...)
			if code != exitUsage {
				t.Errorf("exit %d, want 2; stderr %q", code, stderr)
			}
			if tc.args != nil && (strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "liaison")) {
				t.Errorf("stderr is not one line: %q", stderr)
			}
			if stdout != "" {
				t.Errorf("stdout %q", stdout)
			}
			if _, err := os.Stat(db); !os.IsNotExist(err) {
				t.Errorf("database file written: %v", err)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"demo", "--help"}, {"serve", "-h"}, {"migrate", "--help"},
		{"seed", "--help"}, {"user", "--help"}, {"user", "add", "--help"}, {"dept", "--help"}, {"party", "help"}} {
		code, stdout, stderr := runCmd(t, "", args...)
		if code != 0 || !strings.Contains(stdout, "liaison") || stderr != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, stdout, stderr)
		}
	}
}

func TestDatabaseCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	t.Setenv("LIAISON_DB", db) // the default for --db
	steps := []struct {
		stdin string
		args  []string
		code  int
		out   string // expected on stdout (0) or stderr (2)
	}{
		{"", []string{"migrate"}, 0, "migrated " + db},
		{"", []string{"seed", "--demo"}, 0, "seeded"},
		{"", []string{"seed", "--demo"}, 0, "seeded"}, // idempotent
		{"s3cret-pass\n", []string{"user", "add", "--login", "ann", "--name", "Ann", "--dept", "tech", "--head", "--email", "ann@x.example"}, 0, "added user ann"},
		{"s3cret-pass\n", []string{"user", "add", "--login", "ann", "--name", "Ann", "--dept", "tech"}, 2, "taken"},
		{"s3cret-pass\n", []string{"user", "add", "--login", "bob", "--name", "Bob", "--dept", "nowhere"}, 2, "no department nowhere"},
		{"s3cret-pass\r\n", []string{"user", "add", "--login", "root", "--name", "Root", "--admin"}, 0, "added user root"},
	}
	for _, s := range steps {
		code, stdout, stderr := runCmd(t, s.stdin, s.args...)
		got := stdout
		if code != 0 {
			got = stderr
		}
		if code != s.code || !strings.Contains(got, s.out) {
			t.Fatalf("%v: exit %d, stdout %q, stderr %q", s.args, code, stdout, stderr)
		}
	}
}

// TestDemo starts `liaison demo` on a free port, reads the URL it prints,
// checks the server answers, and stops it as SIGINT would.
func TestDemo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	pr, pw := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"demo", "--addr", "127.0.0.1:0", "--db", filepath.Join(t.TempDir(), "demo.db")}, strings.NewReader(""), pw, &stderr)
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	var url string
	var lines []string
	for sc.Scan() {
		line := sc.Text()
		lines = append(lines, line)
		if f := strings.Fields(line); len(f) > 2 && f[0] == "liaison" && f[1] == "demo:" {
			url = f[2]
		}
		if strings.HasPrefix(line, "Try:") {
			break
		}
	}
	go io.Copy(io.Discard, pr)
	out := strings.Join(lines, "\n")
	for _, want := range []string{"zhoumin", "周敏", "销售部", "demo1234", "admin"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if !strings.HasPrefix(url, "http://127.0.0.1:") {
		t.Fatalf("no URL in output:\n%s", out)
	}
	resp, err := http.Post(url+"/api/v1/login", "application/json", strings.NewReader(`{"login":"lina","password":"demo1234"}`))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("login on the demo: %v %v", resp, err)
	}
	resp.Body.Close()
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("demo exited %d: %s", code, stderr.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("demo did not stop")
	}
}

// TestBadEnvironment: a bad setting in the environment is a bad value like
// a bad flag: one line, exit 2, and no database file written.
func TestBadEnvironment(t *testing.T) {
	t.Setenv("LIAISON_DB", "")
	t.Setenv("LIAISON_ADDR", "")
	for _, env := range [][2]string{
		{"LIAISON_SMTP", "ftp://mail.example"},
		{"LIAISON_SMTP", "smtp://mail.example?tls=maybe"},
		{"LIAISON_IMAP", "http://mail.example"},
		{"LIAISON_MAX_ATTACHMENT", "lots"},
		{"LIAISON_OIDC", "issuer=idp"},
		{"LIAISON_DINGTALK_APP", "appkey=k"},
		{"LIAISON_PDF_FONT", "/nowhere/font.ttf"},
	} {
		for _, cmd := range [][]string{{"serve", "--addr", "127.0.0.1:0"}, {"demo", "--addr", "127.0.0.1:0"}, {"link", "show", "--case", "1"}} {
			t.Run(env[0]+"/"+cmd[0], func(t *testing.T) {
				t.Setenv(env[0], env[1])
				db := filepath.Join(t.TempDir(), "x.db")
				code, _, stderr := runCmd(t, "", append(cmd, "--db", db)...)
				if code != exitUsage || strings.Count(stderr, "\n") != 1 {
					t.Errorf("%s=%s liaison %s: exit %d, stderr %q", env[0], env[1], cmd[0], code, stderr)
				}
				if _, err := os.Stat(db); !os.IsNotExist(err) {
					t.Errorf("database file written: %v", err)
				}
			})
		}
	}
}

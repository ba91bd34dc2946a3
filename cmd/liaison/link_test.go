package main

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
)

// TestLinkCommand: liaison link show|renew|revoke goes through the same
// service as the page and the API, beside a running server on the same
// SQLite file; bad input exits 2 and changes nothing.
func TestLinkCommand(t *testing.T) {
	ctx := context.Background()
	t.Setenv("LIAISON_DB", "")
	t.Setenv("LIAISON_PUBLIC_URL", "https://liaison.example")
	db := filepath.Join(t.TempDir(), "link.db")
	a, err := app.New(ctx, app.Config{DB: db, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), ManualDelivery: true,
		PasswordParams: &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Seed(ctx, a.DB(), time.Now(), &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}); err != nil {
		t.Fatal(err)
	}
	zhou := process.Actor{Login: "zhoumin", Dept: "market", Roles: []string{"account_manager"}}
	v, err := a.Cases().Open(ctx, zhou, "customer-requirement", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
		"background": "华信科技计划上线客户门户。", "requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建与分派"}},
		"expected_by": "2027-01-15", "source": "meeting"}})
	if err != nil {
		t.Fatal(err)
	}
	// The server keeps running (and holding the SQLite file's lock): staff
	// hand links over while it serves.
	defer func() {
		if err := a.Shutdown(ctx); err != nil {
			t.Error(err)
		}
	}()

	code, out, errs := runCmd(t, "", "link", "show", "--case", v.Key, "--db", db)
	if code != 0 || !strings.Contains(out, "zhangwei@huaxin.example\t"+cases.LinkNone) {
		t.Fatalf("show before any link: %d %q %q", code, out, errs)
	}
	code, out, errs = runCmd(t, "", "link", "renew", "--case", v.Key, "--db", db)
	if code != 0 || !strings.Contains(out, "\t"+cases.LinkValid+"\t") || !strings.Contains(out, "https://liaison.example/p/") {
		t.Fatalf("renew: %d %q %q", code, out, errs)
	}
	link := out[strings.LastIndex(out, "\t")+1:]
	code, out, _ = runCmd(t, "", "link", "show", "--case", "1", "--db", db)
	if code != 0 || !strings.Contains(out, strings.TrimSpace(link)) {
		t.Fatalf("show by number: %d %q, want %q", code, out, link)
	}
	for _, bad := range [][]string{
		{"link"},
		{"link", "frob", "--case", v.Key, "--db", db},
		{"link", "renew", "--db", db},
		{"link", "renew", "--case", "XX-1999-0001", "--db", db},
		{"link", "renew", "--case", v.Key, "--email", "nobody@else.example", "--db", db},
		{"link", "revoke", "--case", v.Key, "--frob", "--db", db},
	} {
		if code, _, errs := runCmd(t, "", bad...); code != exitUsage || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: exit %d, stderr %q", bad, code, errs)
		}
	}
	code, out, _ = runCmd(t, "", "link", "show", "--case", v.Key, "--db", db)
	if code != 0 || !strings.Contains(out, strings.TrimSpace(link)) {
		t.Fatalf("bad input changed the link: %q", out)
	}
	code, out, errs = runCmd(t, "", "link", "revoke", "--case", v.Key, "--db", db)
	if code != 0 || !strings.Contains(out, "\t"+cases.LinkRevoked+"\t") {
		t.Fatalf("revoke: %d %q %q", code, out, errs)
	}
}

package app_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/store"
)

// firstAdmin is the command the hint names (CONTRACT §1: the password is
// read from standard input).
const firstAdmin = "liaison user add --login admin --name"

// serveOnce starts the server on path, returns its log and the sign-in
// page, and stops it.
func serveOnce(t *testing.T, path string) (log, page string) {
	t.Helper()
	ctx := context.Background()
	var buf bytes.Buffer
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: path, Logger: slog.New(slog.NewTextHandler(&buf, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get(a.URL() + "/login")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err := a.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	return buf.String(), string(b)
}

// On a fresh database the server's log and the sign-in page say how to
// create the first administrator; once there is one, neither does.
func TestFirstAdministratorHint(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	log, page := serveOnce(t, path)
	var hint string
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, firstAdmin) {
			hint = l
		}
	}
	for _, want := range []string{"--admin", "尚无管理员", "标准输入", "No administrator yet", "standard input"} {
		if !strings.Contains(hint, want) {
			t.Errorf("the log's hint lacks %q:\n%s", want, log)
		}
	}
	if !strings.Contains(page, firstAdmin) || !strings.Contains(page, "尚无管理员") {
		t.Errorf("the sign-in page of a fresh database does not say how to create the administrator:\n%s", page)
	}

	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateUser(context.Background(), store.User{Login: "admin", Name: "管理员", Admin: true, Lang: "zh", PasswordHash: "x"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	log, page = serveOnce(t, path)
	if strings.Contains(log, firstAdmin) || strings.Contains(page, firstAdmin) {
		t.Errorf("the hint stays with an administrator:\n%s\n%s", log, page)
	}
}

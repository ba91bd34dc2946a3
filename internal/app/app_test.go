package app_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/app"
)

// TestShutdownFinishesInFlightRequests starts a request, shuts down while its
// handler is reading the body, then sends the rest: the request must still be
// answered. "Expect: 100-continue" tells us exactly when the handler is running:
// the server sends "100 Continue" when the handler first reads the body.
func TestShutdownFinishesInFlightRequests(t *testing.T) {
	ctx := context.Background()
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: filepath.Join(t.TempDir(), "x.db"),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	conn, err := net.Dial("tcp", a.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := `{"login":"x","password":"y"}`
	fmt.Fprintf(conn, "POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"+
		"Content-Length: %d\r\nExpect: 100-continue\r\n\r\n", len(body))
	br := bufio.NewReader(conn)
	line, err := br.ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "HTTP/1.1 100") {
		t.Fatalf("expected 100 Continue, got %q, %v", line, err)
	}
	if _, err := br.ReadString('\n'); err != nil { // the blank line after the interim response
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- a.Shutdown(ctx) }()
	if _, err := io.WriteString(conn, body); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("in-flight request: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("in-flight request got %d, want 401", resp.StatusCode)
	}
	if err := <-done; err != nil {
		t.Errorf("shutdown: %v", err)
	}
	if _, err := http.Get(a.URL() + "/healthz"); err == nil {
		t.Error("still serving after shutdown")
	}
}

func TestNewFailsOnBadDatabase(t *testing.T) {
	_, err := app.New(context.Background(), app.Config{Addr: "127.0.0.1:0", DB: filepath.Join(t.TempDir(), "no", "such", "dir.db")})
	if err == nil {
		t.Fatal("New succeeded on an unusable database path")
	}
}

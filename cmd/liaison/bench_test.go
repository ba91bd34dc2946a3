package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// asBinary makes this test binary the liaison binary for the servers
// `liaison bench` starts (it runs os.Executable()): TestMain hands the
// arguments to run when the variable is set.
const asBinary = "LIAISON_TEST_AS_BINARY"

func TestMain(m *testing.M) {
	if os.Getenv(asBinary) == "1" {
		os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestBenchEndToEnd runs a short mix against a server the bench starts,
// with a CPU profile, an execution trace and a heap profile of it: the
// report names every operation, and the files are what their tools read.
func TestBenchEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server")
	}
	t.Setenv(asBinary, "1")
	dir := t.TempDir()
	prof, trace, heap := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "run.trace"), filepath.Join(dir, "heap.prof")
	code, out, errs := runCmd(t, "", "bench", "--db", filepath.Join(dir, "b.db"), "--cases", "20", "--clients", "2",
		"--duration", "4s", "--raw", "200ms", "--profile", prof, "--trace", trace, "--heap", heap)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{"open", "accept", "progress", "read case", "read inbox", "writes:", "raw rate", "peak RSS"} {
		if !strings.Contains(out, want) {
			t.Errorf("report without %q:\n%s", want, out)
		}
	}
	if strings.Contains(errs, "profile:") || strings.Contains(errs, "trace:") || strings.Contains(errs, "heap:") {
		t.Errorf("bench: %s", errs)
	}
	p, err := os.ReadFile(prof)
	if err != nil || !bytes.HasPrefix(p, []byte{0x1f, 0x8b}) {
		t.Errorf("CPU profile: %d bytes, %v (want gzip)", len(p), err)
	}
	if h, err := os.ReadFile(heap); err != nil || !bytes.HasPrefix(h, []byte{0x1f, 0x8b}) {
		t.Errorf("heap profile: %d bytes, %v (want gzip)", len(h), err)
	}
	tr, err := os.ReadFile(trace)
	if err != nil || !bytes.HasPrefix(tr, []byte("go 1.")) {
		t.Errorf("trace: %d bytes, %v (want a Go execution trace)", len(tr), err)
	}
}

package bench

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Server is a `liaison serve` child process started by the bench.
type Server struct {
	URL     string
	Startup time.Duration // from exec to the first answer of /healthz
	cmd     *exec.Cmd
	log     *os.File
}

func discard() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// freeAddr returns a free 127.0.0.1 port.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// StartServer runs binary serve on dsn at a free port and waits until it
// answers; its log goes to logPath.
func StartServer(ctx context.Context, binary, dsn, logPath string, extra ...string) (*Server, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	f, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	args := append([]string{"serve", "--db", dsn, "--addr", addr}, extra...)
	cmd := exec.Command(binary, args...)
	cmd.Stdout, cmd.Stderr = f, f
	start := time.Now()
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, err
	}
	s := &Server{URL: "http://" + addr, cmd: cmd, log: f}
	for {
		resp, err := http.Get(s.URL + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				s.Startup = time.Since(start)
				return s, nil
			}
		}
		if time.Since(start) > 30*time.Second || ctx.Err() != nil {
			s.Stop()
			return nil, fmt.Errorf("bench: the server did not start (see %s)", logPath)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// PID is the server's process id.
func (s *Server) PID() int { return s.cmd.Process.Pid }

// PeakRSS returns the server's peak resident memory so far (VmHWM), in bytes.
func (s *Server) PeakRSS() (int64, error) { return peakRSS(s.PID()) }

func peakRSS(pid int) (int64, error) {
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb * 1024, err
		}
	}
	return 0, errors.New("bench: no VmHWM in /proc status")
}

// Kill ends the server at once (SIGKILL), as a crash would.
func (s *Server) Kill() error {
	err := s.cmd.Process.Signal(syscall.SIGKILL)
	s.cmd.Wait()
	s.log.Close()
	return err
}

// Stop asks the server to shut down (SIGTERM) and waits for it.
func (s *Server) Stop() error {
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		s.log.Close()
		return err
	case <-time.After(30 * time.Second):
		return s.Kill()
	}
}

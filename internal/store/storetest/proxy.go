package storetest

import (
	"encoding/binary"
	"io"
	"net"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// Proxy stands between servers and PostgreSQL, so that a test can cut
// every connection, refuse new ones (a database that is away), or lose a
// COMMIT on its way there or its answer on the way back.
type Proxy struct {
	t      testing.TB
	ln     net.Listener
	target string

	mu    sync.Mutex
	conns map[net.Conn]bool
	down  bool
	arm   string // "before" or "after": what the next COMMIT loses
	trips int    // client messages that ask for an answer: Sync, or a simple Query
}

// NewProxy listens on a free local port and forwards to target (host:port);
// it stops when the test ends.
func NewProxy(t testing.TB, target string) *Proxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &Proxy{t: t, ln: ln, target: target, conns: map[net.Conn]bool{}}
	t.Cleanup(func() { ln.Close(); p.Cut() })
	go p.serve()
	return p
}

// Addr is the proxy's host:port.
func (p *Proxy) Addr() string { return p.ln.Addr().String() }

// PostgresURLThrough is PostgresURL (a fresh schema) and the same URL
// through a new proxy in front of the server.
func PostgresURLThrough(t testing.TB) (direct, proxied string, p *Proxy) {
	t.Helper()
	direct = PostgresURL(t)
	u, err := url.Parse(direct)
	if err != nil {
		t.Fatal(err)
	}
	p = NewProxy(t, u.Host)
	u.Host = p.Addr()
	return direct, u.String(), p
}

func (p *Proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		down := p.down
		p.mu.Unlock()
		if down {
			c.Close()
			continue
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns[c], p.conns[s] = true, true
		p.mu.Unlock()
		go p.pipe(c, s)
	}
}

// pipe copies server answers as they come and client messages one by one,
// looking for COMMIT.
func (p *Proxy) pipe(c, s net.Conn) {
	defer c.Close()
	defer s.Close()
	var (
		muteMu sync.Mutex
		mute   bool
		heard  = make(chan struct{}, 1)
	)
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := s.Read(buf)
			if n > 0 {
				muteMu.Lock()
				m := mute
				muteMu.Unlock()
				if m {
					select {
					case heard <- struct{}{}:
					default:
					}
				} else if _, err := c.Write(buf[:n]); err != nil {
					return
				}
			}
			if err != nil {
				c.Close()
				return
			}
		}
	}()
	// The startup message has no type byte.
	if !forward(c, s, false) {
		return
	}
	// A COMMIT comes as a simple query, or (a batch, store's pgTx) as the
	// Bind of a statement whose Parse said COMMIT, then Execute and Sync.
	stmts := map[string]string{} // prepared statement → its text
	lostAfter := false           // COMMIT's answer to be lost once its Sync is through
	for {
		var hdr [5]byte
		if _, err := io.ReadFull(c, hdr[:]); err != nil {
			return
		}
		body := make([]byte, int(binary.BigEndian.Uint32(hdr[1:]))-4)
		if _, err := io.ReadFull(c, body); err != nil {
			return
		}
		commit := false
		switch hdr[0] {
		case 'Q':
			commit = isCommit(string(body))
		case 'P':
			if f := cstrings(body, 2); len(f) == 2 {
				stmts[f[0]] = f[1]
			}
		case 'B':
			if f := cstrings(body, 2); len(f) == 2 {
				commit = isCommit(stmts[f[1]])
			}
		}
		if commit {
			p.mu.Lock()
			arm := p.arm
			p.arm = ""
			p.mu.Unlock()
			switch arm {
			case "before": // the COMMIT never arrives: the server rolls back
				return
			case "after": // the COMMIT is done, its answer is lost
				muteMu.Lock()
				mute = true
				muteMu.Unlock()
				lostAfter = true
			}
		}
		if hdr[0] == 'Q' || hdr[0] == 'S' {
			p.mu.Lock()
			p.trips++
			p.mu.Unlock()
		}
		if _, err := s.Write(append(hdr[:], body...)); err != nil {
			return
		}
		if lostAfter && (hdr[0] == 'Q' || hdr[0] == 'S') {
			select {
			case <-heard:
			case <-time.After(10 * time.Second):
				p.t.Error("no answer to COMMIT")
			}
			return
		}
	}
}

func isCommit(query string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(query)), "commit")
}

// cstrings reads the first n NUL-terminated strings of a message body.
func cstrings(body []byte, n int) []string {
	var out []string
	for len(out) < n {
		i := strings.IndexByte(string(body), 0)
		if i < 0 {
			return out
		}
		out = append(out, string(body[:i]))
		body = body[i+1:]
	}
	return out
}

func forward(c, s net.Conn, typed bool) bool {
	var n [4]byte
	if _, err := io.ReadFull(c, n[:]); err != nil {
		return false
	}
	body := make([]byte, int(binary.BigEndian.Uint32(n[:]))-4)
	if _, err := io.ReadFull(c, body); err != nil {
		return false
	}
	_, err := s.Write(append(n[:], body...))
	return err == nil
}

// Cut closes every connection through the proxy.
func (p *Proxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for c := range p.conns {
		c.Close()
		delete(p.conns, c)
	}
}

// SetDown takes the database away (every connection cut, new ones
// refused) or brings it back.
func (p *Proxy) SetDown(down bool) {
	p.mu.Lock()
	p.down = down
	p.mu.Unlock()
	if down {
		p.Cut()
	}
}

// Arm makes the next COMMIT lost "before" it reaches the server (which then
// rolls back) or "after" (it is done, its answer lost).
func (p *Proxy) Arm(what string) {
	p.mu.Lock()
	p.arm = what
	p.mu.Unlock()
}

// RoundTrips counts the round trips made through the proxy so far: each
// simple Query, and each Sync that ends a run of extended-protocol
// messages (one statement, or a pipelined batch of them), is one wait for
// the server's answer.
func (p *Proxy) RoundTrips() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.trips
}

// Fired reports whether the COMMIT armed for has passed (and been lost):
// a test that arms and sees no COMMIT tests nothing.
func (p *Proxy) Fired() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.arm == ""
}

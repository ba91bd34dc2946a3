package store_test

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// pgProxy stands between the store and PostgreSQL, so that a test can cut
// every connection, refuse new ones, or lose a COMMIT on its way there or
// its answer on the way back.
type pgProxy struct {
	t      *testing.T
	ln     net.Listener
	target string

	mu    sync.Mutex
	conns map[net.Conn]bool
	down  bool
	arm   string // "before" or "after": what the next COMMIT loses
}

func newProxy(t *testing.T, target string) *pgProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &pgProxy{t: t, ln: ln, target: target, conns: map[net.Conn]bool{}}
	t.Cleanup(func() { ln.Close(); p.cut() })
	go p.serve()
	return p
}

func (p *pgProxy) serve() {
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
func (p *pgProxy) pipe(c, s net.Conn) {
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
	for {
		var hdr [5]byte
		if _, err := io.ReadFull(c, hdr[:]); err != nil {
			return
		}
		body := make([]byte, int(binary.BigEndian.Uint32(hdr[1:]))-4)
		if _, err := io.ReadFull(c, body); err != nil {
			return
		}
		if hdr[0] == 'Q' && strings.HasPrefix(strings.ToLower(string(body)), "commit") {
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
				if _, err := s.Write(append(hdr[:], body...)); err != nil {
					return
				}
				select {
				case <-heard:
				case <-time.After(10 * time.Second):
					p.t.Error("no answer to COMMIT")
				}
				return
			}
		}
		if _, err := s.Write(append(hdr[:], body...)); err != nil {
			return
		}
	}
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

// cut closes every connection through the proxy.
func (p *pgProxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for c := range p.conns {
		c.Close()
		delete(p.conns, c)
	}
}

func (p *pgProxy) setDown(down bool) {
	p.mu.Lock()
	p.down = down
	p.mu.Unlock()
	if down {
		p.cut()
	}
}

func (p *pgProxy) arming(what string) {
	p.mu.Lock()
	p.arm = what
	p.mu.Unlock()
}

// throughProxy opens a fresh schema twice: directly, and through a proxy.
func throughProxy(t *testing.T) (direct, proxied *store.DB, p *pgProxy) {
	t.Helper()
	raw := storetest.PostgresURL(t)
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	p = newProxy(t, u.Host)
	u.Host = p.ln.Addr().String()
	ctx := context.Background()
	if direct, err = store.Open(ctx, raw); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { direct.Close() })
	if err := direct.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if proxied, err = store.Open(ctx, u.String()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { proxied.Close() })
	return direct, proxied, p
}

func insert(target string) func(tx *sql.Tx) error {
	return func(tx *sql.Tx) error {
		return store.InsertAudit(context.Background(), tx, store.AuditEntry{At: time.Now(), Action: "outage_test", Target: target})
	}
}

func countTarget(t *testing.T, db *store.DB, target string) int {
	t.Helper()
	var n int
	if err := db.SQL().QueryRow(`SELECT count(*) FROM audit_log WHERE action = 'outage_test' AND target = $1`, target).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestLostCommitIsReadBack: the connection dies during COMMIT. Whether the
// commit happened is learnt by reading back the attempt's commit token:
// done, Tx succeeds without running again; not done, it runs again. Each
// way the row is there exactly once.
func TestLostCommitIsReadBack(t *testing.T) {
	direct, db, p := throughProxy(t)
	ctx := context.Background()
	for _, lose := range []string{"after", "before"} {
		t.Run("commit lost "+lose, func(t *testing.T) {
			target := "lost-" + lose
			p.arming(lose)
			if err := db.Tx(ctx, insert(target)); err != nil {
				t.Fatalf("Tx: %v", err)
			}
			if n := countTarget(t, direct, target); n != 1 {
				t.Fatalf("%d rows, want exactly 1", n)
			}
		})
	}
}

// TestOutageUnderLoad: PostgreSQL goes away (every connection cut, new
// ones refused) while 8 clients write, then comes back. No transaction
// fails with anything but Unavailable (503), none is applied twice or lost
// once acknowledged, and writes go on after it is back. A database away for
// longer than the retry budget answers Unavailable, reads included.
func TestOutageUnderLoad(t *testing.T) {
	direct, db, p := throughProxy(t)
	ctx := context.Background()
	var (
		mu    sync.Mutex
		acked []string
		other []error
		wg    sync.WaitGroup
		stop  = make(chan struct{})
	)
	for w := range 8 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				target := fmt.Sprintf("w%d-%d", w, i)
				err := db.Tx(ctx, insert(target))
				mu.Lock()
				switch {
				case err == nil:
					acked = append(acked, target)
				case problem.CodeOf(err) != problem.Unavailable:
					other = append(other, err)
				}
				mu.Unlock()
			}
		})
	}
	wait := func(n int) {
		for {
			mu.Lock()
			got := len(acked)
			mu.Unlock()
			if got >= n {
				return
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	wait(40)
	p.setDown(true)
	time.Sleep(300 * time.Millisecond) // the outage; the assertions below hold however long it lasts
	p.setDown(false)
	mu.Lock()
	before := len(acked)
	mu.Unlock()
	wait(before + 40)
	close(stop)
	wg.Wait()
	if len(other) > 0 {
		t.Fatalf("%d transactions failed with something other than unavailable, e.g. %v", len(other), other[0])
	}
	var n int
	if err := direct.SQL().QueryRow(`SELECT count(*) FROM audit_log WHERE action = 'outage_test'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	var dup int
	if err := direct.SQL().QueryRow(`SELECT count(*) FROM (SELECT target FROM audit_log WHERE action = 'outage_test' GROUP BY target HAVING count(*) > 1) d`).Scan(&dup); err != nil {
		t.Fatal(err)
	}
	if dup > 0 {
		t.Errorf("%d transactions were applied twice", dup)
	}
	for _, target := range acked {
		if countTarget(t, direct, target) != 1 {
			t.Errorf("acknowledged %s is not there exactly once", target)
		}
	}
	if n < len(acked) {
		t.Errorf("%d rows for %d acknowledged transactions", n, len(acked))
	}

	// Away for longer than the budget: Unavailable, for writes and reads.
	db.RetryFor = 200 * time.Millisecond
	p.setDown(true)
	if err := db.Tx(ctx, insert("too-late")); problem.CodeOf(err) != problem.Unavailable {
		t.Errorf("Tx while away: %v, want unavailable", err)
	}
	_, err := db.UserByLogin(ctx, "nobody")
	if err == nil || errors.Is(err, store.ErrNotFound) || problem.CodeOf(store.AsUnavailable(err)) != problem.Unavailable {
		t.Errorf("read while away: %v, want a lost connection (unavailable)", err)
	}
	p.setDown(false)
	if err := db.Tx(ctx, insert("back")); err != nil {
		t.Errorf("after the outage: %v", err)
	}
}

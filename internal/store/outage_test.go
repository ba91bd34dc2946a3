package store_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// throughProxy opens a fresh schema twice: directly, and through a proxy.
func throughProxy(t *testing.T) (direct, proxied *store.DB, p *storetest.Proxy) {
	t.Helper()
	raw, through, p := storetest.PostgresURLThrough(t)
	ctx := context.Background()
	var err error
	if direct, err = store.Open(ctx, raw); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { direct.Close() })
	if err := direct.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if proxied, err = store.Open(ctx, through); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { proxied.Close() })
	return direct, proxied, p
}

func insert(target string) func(tx store.Tx) error {
	return func(tx store.Tx) error {
		return store.In(tx).InsertAudit(context.Background(), store.AuditEntry{At: time.Now(), Action: "outage_test", Target: target})
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
			p.Arm(lose)
			if err := db.Tx(ctx, insert(target)); err != nil {
				t.Fatalf("Tx: %v", err)
			}
			if !p.Fired() {
				t.Fatal("no COMMIT passed the proxy")
			}
			if n := countTarget(t, direct, target); n != 1 {
				t.Fatalf("%d rows, want exactly 1", n)
			}
		})
	}
}

// TestReadOnlyTxWritesNoToken: a transaction that changed nothing (a
// dispatcher's claim that found no work) writes no commit token, so its
// COMMIT needs no WAL flush; one that wrote leaves exactly its token. A
// read-only transaction whose COMMIT is lost runs again and succeeds.
func TestReadOnlyTxWritesNoToken(t *testing.T) {
	direct, db, p := throughProxy(t)
	ctx := context.Background()
	tokens := func() int {
		var n int
		if err := direct.SQL().QueryRow(`SELECT count(*) FROM tx_commits`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	read := func(runs *int) func(tx store.Tx) error {
		return func(tx store.Tx) error {
			*runs++
			var n int
			return tx.QueryRowContext(context.Background(), `SELECT count(*) FROM audit_log`).Scan(&n)
		}
	}
	before := tokens()
	var runs int
	if err := db.Tx(ctx, read(&runs)); err != nil {
		t.Fatal(err)
	}
	if n := tokens(); n != before {
		t.Errorf("a read-only transaction left %d commit tokens", n-before)
	}
	if err := db.Tx(ctx, insert("token-write")); err != nil {
		t.Fatal(err)
	}
	if n := tokens(); n != before+1 {
		t.Errorf("a writing transaction left %d commit tokens, want 1", n-before)
	}
	runs = 0
	p.Arm("before")
	if err := db.Tx(ctx, read(&runs)); err != nil {
		t.Fatalf("read-only Tx with its COMMIT lost: %v", err)
	}
	if !p.Fired() {
		t.Fatal("no COMMIT passed the proxy")
	}
	if runs != 2 {
		t.Errorf("ran %d times, want 2 (its COMMIT lost, no token to read back)", runs)
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
	p.SetDown(true)
	time.Sleep(300 * time.Millisecond) // the outage; the assertions below hold however long it lasts
	p.SetDown(false)
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
	p.SetDown(true)
	if err := db.Tx(ctx, insert("too-late")); problem.CodeOf(err) != problem.Unavailable {
		t.Errorf("Tx while away: %v, want unavailable", err)
	}
	_, err := db.UserByLogin(ctx, "nobody")
	if err == nil || errors.Is(err, store.ErrNotFound) || problem.CodeOf(dberr.AsUnavailable(err)) != problem.Unavailable {
		t.Errorf("read while away: %v, want a lost connection (unavailable)", err)
	}
	p.SetDown(false)
	if err := db.Tx(ctx, insert("back")); err != nil {
		t.Errorf("after the outage: %v", err)
	}
}

// TestDeadlockIsRunAgain: two transactions that take two rows in opposite
// orders deadlock; PostgreSQL rolls one back (40P01), and Tx runs it again
// instead of failing the request with a 500. Both succeed, each once.
func TestDeadlockIsRunAgain(t *testing.T) {
	db := storetest.Postgres(t)
	ctx := context.Background()
	if _, err := db.SQL().ExecContext(ctx, `CREATE TABLE lock_test (id INT PRIMARY KEY, n INT NOT NULL); INSERT INTO lock_test VALUES (1, 0), (2, 0)`); err != nil {
		t.Fatal(err)
	}
	var (
		wg       sync.WaitGroup
		holding  sync.WaitGroup
		attempts [2]int
		errs     [2]error
	)
	holding.Add(2)
	for w, order := range [2][2]int{{1, 2}, {2, 1}} {
		wg.Go(func() {
			errs[w] = db.Tx(ctx, func(tx store.Tx) error {
				attempts[w]++
				if _, err := tx.ExecContext(ctx, `UPDATE lock_test SET n = n + 1 WHERE id = $1`, order[0]); err != nil {
					return err
				}
				if attempts[w] == 1 {
					holding.Done() // both hold their first row before taking the second
					holding.Wait()
				}
				_, err := tx.ExecContext(ctx, `UPDATE lock_test SET n = n + 1 WHERE id = $1`, order[1])
				return err
			})
		})
	}
	wg.Wait()
	for w, err := range errs {
		if err != nil {
			t.Errorf("transaction %d: %v", w, err)
		}
	}
	if attempts[0]+attempts[1] < 3 {
		t.Errorf("attempts %v: no deadlock happened, the test proves nothing", attempts)
	}
	var sum int
	if err := db.SQL().QueryRowContext(ctx, `SELECT sum(n) FROM lock_test`).Scan(&sum); err != nil {
		t.Fatal(err)
	}
	if sum != 4 {
		t.Errorf("rows updated %d times, want 4 (each transaction once)", sum)
	}
}

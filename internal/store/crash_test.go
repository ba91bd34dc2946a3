package store_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
)

// crashEnv names the database a crash child works on.
const crashEnv = "LIAISON_TEST_CRASH_CHILD"

// TestGroupCommitSurvivesKill runs a load of read-check-write actions
// through group commit in a child process, kills it with SIGKILL once it
// has answered enough of them, and then checks the database: every action
// the child answered as done is there, exactly once; no action appears
// twice; every action that failed (on purpose, after writing) left
// nothing; and each action's two writes are all there or not at all.
func TestGroupCommitSurvivesKill(t *testing.T) {
	if os.Getenv(crashEnv) != "" {
		t.Skip("this is the child's process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err = db.SQL().Exec(`CREATE TABLE crash_log (k INTEGER NOT NULL, note TEXT NOT NULL)`); err == nil {
		_, err = db.SQL().Exec(`CREATE TABLE crash_total (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, n INTEGER NOT NULL)`)
		if err == nil {
			_, err = db.SQL().Exec(`INSERT INTO crash_total (id, version, n) VALUES (1, 0, 0)`)
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	acked, failed := map[int]bool{}, map[int]bool{}
	sc := bufio.NewScanner(out)
	for sc.Scan() && len(acked) < 400 {
		kind, num, ok := strings.Cut(sc.Text(), " ")
		k, err := strconv.Atoi(num)
		if !ok || err != nil {
			continue // the test framework's own lines
		}
		switch kind {
		case "ack":
			acked[k] = true
		case "fail":
			failed[k] = true
		}
	}
	cmd.Process.Kill() // SIGKILL, under load
	cmd.Wait()
	if len(acked) < 400 {
		t.Fatalf("the child answered only %d actions", len(acked))
	}

	db, err = store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.SQL().Query(`SELECT k, COUNT(*) FROM crash_log GROUP BY k`)
	if err != nil {
		t.Fatal(err)
	}
	present := map[int]bool{}
	for rows.Next() {
		var k, n int
		if err := rows.Scan(&k, &n); err != nil {
			t.Fatal(err)
		}
		if n != 1 {
			t.Errorf("action %d applied %d times", k, n)
		}
		if failed[k] {
			t.Errorf("action %d failed yet left its write", k)
		}
		present[k] = true
	}
	rows.Close()
	for k := range acked {
		if !present[k] {
			t.Errorf("action %d was answered as done but is lost", k)
		}
	}
	var version, n, logged int
	if err := db.SQL().QueryRow(`SELECT version, n FROM crash_total WHERE id = 1`).Scan(&version, &n); err != nil {
		t.Fatal(err)
	}
	if err := db.SQL().QueryRow(`SELECT COUNT(*) FROM crash_log`).Scan(&logged); err != nil {
		t.Fatal(err)
	}
	if n != logged || version != logged {
		t.Errorf("the counter says %d (version %d) but %d actions are logged: an action was applied in part", n, version, logged)
	}
	var check string
	if err := db.SQL().QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Errorf("integrity check: %s %v", check, err)
	}
	t.Logf("%d answered, %d in the database, %d failed on purpose", len(acked), len(present), len(failed))
}

// TestCrashChild is the child of TestGroupCommitSurvivesKill: sixteen
// workers run actions until the parent kills the process. Each action reads
// the counter, updates it at the version it read, and logs its number;
// every seventh then fails on purpose. "ack K" is printed only after Tx
// returned nil, "fail K" after it returned the error.
func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("run by TestGroupCommitSurvivesKill")
	}
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var next atomic.Int64
	var mu sync.Mutex
	say := func(kind string, k int64) {
		mu.Lock()
		fmt.Fprintf(os.Stdout, "%s %d\n", kind, k)
		mu.Unlock()
	}
	errOnPurpose := errors.New("fails on purpose")
	var wg sync.WaitGroup
	for range 16 {
		wg.Go(func() {
			for {
				k := next.Add(1)
				err := db.Tx(ctx, func(tx store.Tx) error {
					var v int
					if err := tx.QueryRowContext(context.Background(), `SELECT version FROM crash_total WHERE id = 1`).Scan(&v); err != nil {
						return err
					}
					res, err := tx.ExecContext(context.Background(), `UPDATE crash_total SET version = version + 1, n = n + 1 WHERE id = 1 AND version = $1`, v)
					if err != nil {
						return err
					}
					if m, _ := res.RowsAffected(); m != 1 {
						return store.ErrStale
					}
					if _, err := tx.ExecContext(context.Background(), `INSERT INTO crash_log (k, note) VALUES ($1, 'done')`, k); err != nil {
						return err
					}
					if k%7 == 0 {
						return errOnPurpose
					}
					return nil
				})
				switch {
				case err == nil:
					say("ack", k)
				case errors.Is(err, errOnPurpose):
					say("fail", k)
				default:
					say("error", k)
				}
			}
		})
	}
	wg.Wait()
}

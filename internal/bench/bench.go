// Package bench is `liaison bench`: it seeds an organisation and N cases
// through the case service (templates in every state, then bulk copies),
// starts `liaison serve` (or drives a given URL), drives a realistic mix
// of requests at a given concurrency, and prints per operation throughput
// and latency, errors, the server's peak resident memory, and the raw
// durable transaction rate of the same database measured in the same run.
package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"

	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// Modes of a run.
const (
	ModeMix    = "mix"    // open, accept, two progress updates, read the case and the inbox
	ModeReads  = "reads"  // read a case, the inbox, the case list and a seeded case
	ModeTimers = "timers" // timers due within seconds; the lag from due to fired
)

// Config is one run.
type Config struct {
	Binary   string        // the liaison executable to start servers with
	DB       string        // SQLite path or postgres:// URL
	URL      string        // drive this running server (on DB) instead of starting one
	Cases    int           // seed the database up to this many cases
	Clients  int           // concurrent clients
	Duration time.Duration // how long to drive the load
	Mode     string
	Replicas int           // servers to start (PostgreSQL only for more than one)
	Timers   int           // timers to schedule in timer mode
	Window   time.Duration // timer mode: timers fall due over this long
	RawFor   time.Duration // how long each raw rate measurement runs
	Profile  string        // write a CPU profile of the first server under load to this file
	Trace    string        // write an execution trace (3 s) of the first server under load to this file
	Heap     string        // write a heap profile (in use and allocated) of the first server, taken near the end of the load, to this file
	List     bool          // reads mode: read the case list too
	Out      io.Writer
	Logf     func(format string, args ...any)
}

// Run performs one bench run and prints its report to cfg.Out.
func Run(ctx context.Context, cfg Config) error {
	if cfg.Logf == nil {
		cfg.Logf = func(string, ...any) {}
	}
	if cfg.Replicas < 1 {
		cfg.Replicas = 1
	}
	db, err := store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	if err := db.Migrate(ctx); err != nil {
		db.Close()
		return err
	}
	err = SeedOrg(ctx, db, cfg.Clients)
	db.Close()
	if err != nil {
		return err
	}
	cfg.Logf("seeding up to %d cases", cfg.Cases)
	t0 := time.Now()
	if err := SeedCases(ctx, cfg.DB, cfg.Cases, cfg.Logf); err != nil {
		return err
	}
	cfg.Logf("seeded in %s", time.Since(t0).Round(time.Millisecond))
	db, err = store.Open(ctx, cfg.DB)
	if err != nil {
		return err
	}
	defer db.Close()
	var timers []time.Time
	if cfg.Mode == ModeTimers {
		if timers, err = scheduleTimers(ctx, db, cfg); err != nil {
			return err
		}
	}
	raw1, err := db.RawTxRate(ctx, cfg.RawFor)
	if err != nil {
		return err
	}
	cfg.Logf("raw rate before: %.0f transactions/s", raw1)

	var servers []*Server
	urls := []string{cfg.URL}
	if cfg.URL == "" {
		urls = nil
		for i := range cfg.Replicas {
			var extra []string
			if cfg.Profile != "" || cfg.Trace != "" || cfg.Heap != "" {
				extra = append(extra, "--pprof")
			}
			s, err := StartServer(ctx, cfg.Binary, cfg.DB, filepath.Join(os.TempDir(), "liaison-bench-server-"+strconv.Itoa(i)+".log"), extra...)
			if err != nil {
				stopAll(servers)
				return err
			}
			servers = append(servers, s)
			urls = append(urls, s.URL)
			cfg.Logf("server %d at %s (pid %d) started in %s", i, s.URL, s.PID(), s.Startup.Round(time.Millisecond))
		}
	}
	defer stopAll(servers) // on an early return; stopping twice is harmless

	rec := NewRecorder()
	var elapsed time.Duration
	var lag []time.Duration
	switch cfg.Mode {
	case ModeTimers:
		start := time.Now()
		lag, err = watchTimers(ctx, db, timers)
		elapsed = time.Since(start)
	default:
		elapsed, err = drive(ctx, cfg, urls, rec)
	}
	if err != nil {
		return err
	}
	// The servers' peak memory is read before they stop, and the raw rate
	// measured again once they have: their background work (deliveries)
	// must not compete with it.
	rss := make([]int64, len(servers))
	for i, s := range servers {
		rss[i], _ = s.PeakRSS()
	}
	stopAll(servers)
	raw2, err := db.RawTxRate(ctx, cfg.RawFor)
	if err != nil {
		return err
	}
	report(cfg, db, rec, elapsed, raw1, raw2, servers, rss, lag)
	return nil
}

func stopAll(servers []*Server) {
	for _, s := range servers {
		s.Stop()
	}
}

// client is one simulated user pair with its tokens on one server.
type client struct {
	api                *api
	requester, contact string // tokens
	bulk               string // the bulk contact's token (reads mode)
	contactLogin       string
	list               bool
	own                int64 // a case of its own (reads mode)
	bulkMax            int64
}

// drive signs the clients in and runs the mode for cfg.Duration.
func drive(ctx context.Context, cfg Config, urls []string, rec *Recorder) (time.Duration, error) {
	apis := make([]*api, len(urls))
	for i, u := range urls {
		apis[i] = newAPI(u, cfg.Clients)
	}
	clients := make([]*client, cfg.Clients)
	// All clients sign in at once, twice (requester and contact): the
	// server's peak memory must hold with that many argon2id hashes asked
	// for together.
	var wg sync.WaitGroup
	errs := make([]error, cfg.Clients)
	for i := range clients {
		c := &client{api: apis[i%len(apis)], contactLogin: contact(i), list: cfg.List}
		clients[i] = c
		wg.Go(func() {
			var err error
			if c.requester, err = c.api.login(ctx, requester(i)); err == nil {
				c.contact, err = c.api.login(ctx, contact(i))
			}
			errs[i] = err
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return 0, fmt.Errorf("bench: sign in: %w", err)
	}
	if cfg.Mode == ModeReads {
		bulk, err := apis[0].login(ctx, bulkContact)
		if err != nil {
			return 0, err
		}
		var list []struct {
			ID int64 `json:"id"`
		}
		if err := apis[0].call(ctx, "GET", "/api/v1/cases", bulk, nil, &list); err != nil {
			return 0, err
		}
		var top int64
		for _, c := range list {
			top = max(top, c.ID)
		}
		for _, c := range clients {
			c.bulk, c.bulkMax = bulk, top
			id, err := c.open(ctx, nil)
			if err != nil {
				return 0, err
			}
			c.own = id
		}
	}
	// The profiles' administrator signs in before the load: a sign-in
	// taken in the run's last second (the heap's) could outlast the run.
	var admin string
	if cfg.Profile != "" || cfg.Trace != "" || cfg.Heap != "" {
		t, err := signInAdmin(ctx, apis[0])
		if err != nil {
			return 0, fmt.Errorf("bench: sign in for the profiles: %w", err)
		}
		admin = t
	}
	ctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	defer cancel()
	start := time.Now()
	if cfg.Profile != "" {
		secs := strconv.Itoa(max(1, int(cfg.Duration.Seconds()/2)))
		wg.Go(func() {
			if err := profile(ctx, apis[0], admin, cfg.Profile, "/debug/pprof/profile?seconds="+secs); err != nil {
				cfg.Logf("profile: %v", err)
			}
		})
	}
	if cfg.Trace != "" {
		// Three seconds from the middle of the run: a trace grows by
		// megabytes a second under load.
		wg.Go(func() {
			select {
			case <-time.After(max(0, cfg.Duration/2-1500*time.Millisecond)):
			case <-ctx.Done():
				return
			}
			if err := profile(ctx, apis[0], admin, cfg.Trace, "/debug/pprof/trace?seconds=3"); err != nil {
				cfg.Logf("trace: %v", err)
			}
		})
	}
	if cfg.Heap != "" {
		// Near the end, so that what the load keeps is in use and what it
		// allocates is counted over most of the run.
		wg.Go(func() {
			select {
			case <-time.After(max(0, cfg.Duration-time.Second)):
			case <-ctx.Done():
				return
			}
			if err := profile(ctx, apis[0], admin, cfg.Heap, "/debug/pprof/heap"); err != nil {
				cfg.Logf("heap: %v", err)
			}
		})
	}
	for _, c := range clients {
		wg.Go(func() {
			for ctx.Err() == nil {
				if cfg.Mode == ModeReads {
					c.reads(ctx, rec)
				} else {
					c.mix(ctx, rec)
				}
			}
		})
	}
	wg.Wait()
	return time.Since(start), nil
}

// timed runs f, records it under op unless the run ended meanwhile, and
// reports whether it succeeded.
func timed(ctx context.Context, rec *Recorder, op string, f func() error) bool {
	t := time.Now()
	err := f()
	if ctx.Err() != nil && err != nil {
		return false
	}
	rec.Add(op, time.Since(t), err)
	return err == nil
}

type caseRef struct {
	ID int64 `json:"id"`
}

func (c *client) open(ctx context.Context, rec *Recorder) (int64, error) {
	var v caseRef
	now := time.Now().In(i18n.Zone())
	body := map[string]any{"process": "internal-collab", "fields": map[string]any{
		"title": "产品V2.0版本开发需求支持", "to_dept": "tech", "contact": c.contactLogin,
		"background":  "为满足第三季度客户引流需求,需要技术部开发数据导出功能模块。",
		"tasks":       []any{map[string]any{"item": "需求分析:输出《需求规格说明书》", "standard": "含用户故事、功能流程图,经双方评审通过"}},
		"expected_by": now.AddDate(0, 2, 0).Format("2006-01-02"),
	}}
	return v.ID, c.api.call(ctx, "POST", "/api/v1/cases", c.requester, body, &v)
}

// The write operations of the mix, for the write rate.
var writeOps = []string{"open", "accept", "progress"}

func (c *client) mix(ctx context.Context, rec *Recorder) {
	var id int64
	var openErr error
	if !timed(ctx, rec, "open", func() error { id, openErr = c.open(ctx, nil); return openErr }) {
		return
	}
	path := "/api/v1/cases/" + strconv.FormatInt(id, 10)
	now := time.Now().In(i18n.Zone())
	if !timed(ctx, rec, "accept", func() error {
		return c.api.call(ctx, "POST", path+"/actions/accept", c.contact, map[string]any{"fields": map[string]any{"committed_by": now.AddDate(0, 1, 0).Format("2006-01-02")}}, nil)
	}) {
		return
	}
	for k := range 2 {
		if !timed(ctx, rec, "progress", func() error {
			return c.api.call(ctx, "POST", path+"/actions/progress", c.contact, map[string]any{"fields": map[string]any{
				"summary": fmt.Sprintf("完成%d%%的开发与自测", 30+k*30), "percent": 30 + k*30,
				"next_steps": "陈杰于" + now.AddDate(0, 0, 7).Format("1月2日") + "前完成联调", "risks": "无"}}, nil)
		}) {
			return
		}
	}
	timed(ctx, rec, "read case", func() error { return c.api.call(ctx, "GET", path, c.contact, nil, nil) })
	timed(ctx, rec, "read inbox", func() error { return c.api.call(ctx, "GET", "/api/v1/inbox?limit="+pageSize, c.contact, nil, nil) })
}

// pageSize is the page the clients read the inbox and the case list in,
// as the web pages do (ui.pageOf); an API call without a limit gets up to
// 500 items (CONTRACT §2).
const pageSize = "50"

func (c *client) reads(ctx context.Context, rec *Recorder) {
	timed(ctx, rec, "read case", func() error {
		return c.api.call(ctx, "GET", "/api/v1/cases/"+strconv.FormatInt(c.own, 10), c.contact, nil, nil)
	})
	timed(ctx, rec, "read inbox", func() error { return c.api.call(ctx, "GET", "/api/v1/inbox?limit="+pageSize, c.contact, nil, nil) })
	if c.list {
		timed(ctx, rec, "read list", func() error { return c.api.call(ctx, "GET", "/api/v1/cases?limit="+pageSize, c.contact, nil, nil) })
	}
	if c.bulkMax > 0 {
		id := 1 + rand.Int64N(c.bulkMax)
		// Every id up to the newest seeded one is a seeded case: the
		// clients open theirs after seeding.
		timed(ctx, rec, "read seeded case", func() error {
			return c.api.call(ctx, "GET", "/api/v1/cases/"+strconv.FormatInt(id, 10), c.bulk, nil, nil)
		})
	}
}

// scheduleTimers sets cfg.Timers reminders on seeded cases that await an
// answer, falling due over cfg.Window starting a few seconds from now
// (after the server has started), and returns their due times, sorted.
func scheduleTimers(ctx context.Context, db *store.DB, cfg Config) ([]time.Time, error) {
	ids, err := db.CaseIDsInState(ctx, "requested", cfg.Timers)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, errors.New("bench: no case awaits an answer to set timers on; seed more cases")
	}
	first := time.Now().Add(5 * time.Second)
	due := make([]time.Time, cfg.Timers)
	for i := range due {
		due[i] = first.Add(time.Duration(int64(cfg.Window) * int64(i) / int64(max(1, cfg.Timers))))
	}
	for from := 0; from < len(due); from += 1000 {
		err := db.Tx(ctx, func(tx store.Tx) error {
			for i := from; i < min(from+1000, len(due)); i++ {
				t := process.Timer{Name: "bench-" + strconv.Itoa(i), Scope: "requested", Kind: "remind", At: due[i]}
				if err := store.In(tx).SetTimers(ctx, ids[i%len(ids)], []process.Timer{t}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return due, nil
}

// watchTimers polls the earliest pending bench timer until none is left:
// the runner fires in due order, so every bench timer due before the
// earliest one left has fired (its row is deleted in the transaction of
// its effects). The lag of each is the time of the poll that saw it gone
// minus its due time, an upper bound by the poll interval (2 ms).
func watchTimers(ctx context.Context, db *store.DB, due []time.Time) ([]time.Duration, error) {
	var lag []time.Duration
	next := 0
	deadline := due[len(due)-1].Add(2 * time.Minute)
	for next < len(due) {
		if time.Now().After(deadline) {
			return lag, fmt.Errorf("bench: %d timers had not fired 2 minutes after the last was due", len(due)-next)
		}
		earliest, ok, err := db.EarliestTimer(ctx, "bench-")
		if err != nil {
			return nil, err
		}
		seen := time.Now()
		for next < len(due) && (!ok || due[next].Before(earliest)) {
			lag = append(lag, max(0, seen.Sub(due[next])))
			next++
		}
		time.Sleep(2 * time.Millisecond)
	}
	return lag, nil
}

// signInAdmin signs the demo administrator in and returns the token.
func signInAdmin(ctx context.Context, a *api) (string, error) {
	var out struct {
		Token string `json:"token"`
	}
	err := a.call(ctx, "POST", "/api/v1/login", "", map[string]string{"login": "admin", "password": demo.Password}, &out)
	return out.Token, err
}

// profile saves what the server's pprof endpoint at path (a CPU or heap
// profile, an execution trace) answers the administrator's token.
func profile(ctx context.Context, a *api, token, file, path string) error {
	var b []byte
	if err := a.call(context.WithoutCancel(ctx), "GET", path, token, nil, &b); err != nil {
		return err
	}
	return os.WriteFile(file, b, 0o644)
}

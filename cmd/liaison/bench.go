package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"github.com/liaison-dev/liaison/internal/bench"
)

const benchSynopsis = "bench [--db DB] [--url URL] [--cases N] [--clients C] [--duration D] [--mode mix|reads|timers] [--replicas R] [--timers N] [--profile F] [--trace F] [--heap F]"

// cmdBench seeds a database and measures a server on it (internal/bench).
func cmdBench(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	db := fs.String("db", "./liaison-bench.db", "SQLite file `path` or postgres:// URL to seed and serve (never a production database)")
	url := fs.String("url", "", "drive the server at this `URL` (serving --db) instead of starting one")
	n := fs.Int("cases", 1000, "seed the database up to this many cases")
	clients := fs.Int("clients", 32, "concurrent clients")
	dur := fs.Duration("duration", 30*time.Second, "how long to drive the load")
	mode := fs.String("mode", bench.ModeMix, "mix (open, accept, 2 progress updates, read case and inbox), reads, or timers")
	replicas := fs.Int("replicas", 1, "servers to start on the database (more than one needs PostgreSQL)")
	timers := fs.Int("timers", 1000, "timer mode: timers to schedule")
	window := fs.Duration("window", 5*time.Second, "timer mode: the timers fall due over this long")
	rawFor := fs.Duration("raw", 3*time.Second, "how long each raw transaction rate measurement runs")
	list := fs.Bool("list", false, "reads mode: read the case list (GET /api/v1/cases) too")
	prof := fs.String("profile", "", "save a CPU profile of the server under load to this `file`")
	trace := fs.String("trace", "", "save an execution trace of 3 s of the server under load to this `file` (go tool trace)")
	heap := fs.String("heap", "", "save a heap profile of the server near the end of the load to this `file` (go tool pprof -sample_index=alloc_space)")
	clientProf := fs.String("client-profile", "", "save a CPU profile of the load tool itself (its clients) to this `file`")
	if code, stop := parse(e, fs, benchSynopsis, args); stop {
		return code
	}
	if err := checkDB(*db); err != nil {
		return fail(e, "bench", err)
	}
	switch {
	case *mode != bench.ModeMix && *mode != bench.ModeReads && *mode != bench.ModeTimers:
		return fail(e, "bench", badUsage("--mode %q: want mix, reads or timers", *mode))
	case *n < 0 || *clients < 1 || *replicas < 1 || *timers < 1 || *dur <= 0 || *window <= 0 || *rawFor <= 0:
		return fail(e, "bench", badUsage("--cases, --clients, --replicas, --timers, --duration, --window and --raw must be positive"))
	case *replicas > 1 && !isPostgres(*db):
		return fail(e, "bench", badUsage("--replicas %d needs a postgres:// database", *replicas))
	}
	bin, err := os.Executable()
	if err != nil {
		return fail(e, "bench", err)
	}
	if *clientProf != "" {
		// The load tool shares the machine with the server: its own cost
		// belongs next to the server's when reading a run's figures.
		f, err := os.Create(*clientProf)
		if err != nil {
			return fail(e, "bench", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fail(e, "bench", err)
		}
		defer pprof.StopCPUProfile()
	}
	err = bench.Run(ctx, bench.Config{Binary: bin, DB: *db, URL: *url, Cases: *n, Clients: *clients, Duration: *dur, Mode: *mode,
		Replicas: *replicas, Timers: *timers, Window: *window, RawFor: *rawFor, Profile: *prof, Trace: *trace, Heap: *heap, List: *list, Out: e.stdout,
		Logf: func(f string, a ...any) { fmt.Fprintf(e.stderr, "liaison bench: "+f+"\n", a...) }})
	if err != nil {
		return fail(e, "bench", err)
	}
	return exitOK
}

func isPostgres(db string) bool {
	return len(db) > 11 && (db[:11] == "postgres://" || (len(db) > 13 && db[:13] == "postgresql://"))
}

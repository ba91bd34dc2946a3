package main

import (
	"context"
	"flag"
	"os"
	"runtime/debug"

	"github.com/liaison-dev/liaison/internal/app"
)

func cmdServe(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", defaultAddr("127.0.0.1:8080"), "listen on `HOST:PORT` (LIAISON_ADDR)")
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	devClock := fs.Bool("dev-clock", false, "enable the simulated clock (POST /api/v1/dev/clock) for testing")
	pprof := fs.Bool("pprof", false, "serve Go profiles at /debug/pprof/ to administrators")
	procs := fs.String("processes", os.Getenv("LIAISON_PROCESSES"), "a `folder` of *.yaml process definitions that add to or override the built-in ones (LIAISON_PROCESSES)")
	if code, stop := parse(e, fs, "serve [--addr HOST:PORT] [--db DB] [--dev-clock] [--pprof] [--processes DIR]", args); stop {
		return code
	}
	if err := checkAddr(*addr); err != nil {
		return fail(e, "serve", err)
	}
	if err := checkDB(*db); err != nil {
		return fail(e, "serve", err)
	}
	if *procs != "" {
		if st, err := os.Stat(*procs); err != nil || !st.IsDir() {
			return fail(e, "serve", badUsage("--processes %q is not a folder", *procs))
		}
	}
	if err := app.CheckEnv(nil); err != nil {
		return fail(e, "serve", badUsage("%v", err))
	}
	setMemoryLimit()
	a, err := app.New(ctx, app.Config{Addr: *addr, DB: *db, DevClock: *devClock, Pprof: *pprof, Processes: *procs, Logger: e.log})
	if err != nil {
		return fail(e, "serve", err)
	}
	if err := a.Run(ctx); err != nil {
		return fail(e, "serve", err)
	}
	return exitOK
}

// memoryLimit is the Go heap's soft limit for the server unless GOMEMLIMIT
// says otherwise: the garbage collector works harder as the heap nears it,
// which keeps resident memory under the 150 MB target (docs/benchmarks.md)
// after bursts of sign-ins, each of which needs a 19 MiB argon2id buffer.
// The rest of the target is memory the Go runtime does not manage (SQLite's
// page caches, about 2 MB per connection) and the binary's own pages: at
// one million cases 100 MiB gave peaks of 160–172 MB, 80 MiB 139–141 MB
// (docs/benchmarks.md, third round).
const memoryLimit = 80 << 20

func setMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

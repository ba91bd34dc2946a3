package main

import (
	"context"
	"flag"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/demo"
)

// cmdDemo ignores LIAISON_DB and LIAISON_ADDR on purpose: a demo must never
// add its well-known passwords to a real database by accident.
func cmdDemo(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	db := fs.String("db", "./liaison-demo.db", "SQLite file `path` or postgres:// URL of the demo database")
	requests := fs.Bool("log-requests", false, "log every HTTP request on the console too")
	if code, stop := parse(e, fs, "demo [--addr 127.0.0.1:8080] [--db ./liaison-demo.db] [--log-requests]", args); stop {
		return code
	}
	if err := checkAddr(*addr); err != nil {
		return fail(e, "demo", err)
	}
	if err := checkDB(*db); err != nil {
		return fail(e, "demo", err)
	}
	if err := app.CheckEnv(nil); err != nil {
		return fail(e, "demo", badUsage("%v", err))
	}
	setMemoryLimit()
	// The console is the demo's banner and its sign-in list: request lines
	// stay off it unless asked for, and times are the users' (the
	// calendar's zone), not UTC.
	log := demoLogger(e.stderr, i18n.Zone(), *requests)
	a, err := app.New(ctx, app.Config{Addr: *addr, DB: *db, Logger: log})
	if err != nil {
		return fail(e, "demo", err)
	}
	if err := app.SeedDemo(ctx, a.DB()); err != nil {
		a.Shutdown(ctx)
		return fail(e, "demo", err)
	}
	if err := demo.SeedCases(ctx, a.DB(), a.Cases()); err != nil {
		a.Shutdown(ctx)
		return fail(e, "demo", err)
	}
	if err := a.Start(ctx); err != nil {
		a.Shutdown(ctx)
		return fail(e, "demo", err)
	}
	fmt.Fprintf(e.stdout, "liaison demo: %s  (database %s; Ctrl-C stops)\n\n", a.URL(), *db)
	writeTable(e.stdout, loginsTable())
	fmt.Fprintf(e.stdout, "\nTry: curl -s %s/api/v1/login -d '{\"login\":\"lina\",\"password\":\"%s\"}'\n", a.URL(), demo.Password)
	if err := a.Wait(ctx); err != nil {
		return fail(e, "demo", err)
	}
	return exitOK
}

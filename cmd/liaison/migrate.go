package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/liaison-dev/liaison/internal/app"
)

func cmdMigrate(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	if code, stop := parse(e, fs, "migrate [--db DB]", args); stop {
		return code
	}
	if err := checkDB(*db); err != nil {
		return fail(e, "migrate", err)
	}
	d, err := openMigrated(ctx, *db)
	if err != nil {
		return fail(e, "migrate", err)
	}
	d.Close()
	fmt.Fprintf(e.stdout, "migrated %s\n", *db)
	return exitOK
}

func cmdSeed(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("seed", flag.ContinueOnError)
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	withDemo := fs.Bool("demo", false, "add the demo organisation (departments, users, parties); idempotent")
	if code, stop := parse(e, fs, "seed --demo [--db DB]", args); stop {
		return code
	}
	if !*withDemo {
		return fail(e, "seed", badUsage("nothing to seed: pass --demo"))
	}
	if err := checkDB(*db); err != nil {
		return fail(e, "seed", err)
	}
	d, err := openMigrated(ctx, *db)
	if err != nil {
		return fail(e, "seed", err)
	}
	defer d.Close()
	if err := d.SeedDemo(ctx); err != nil {
		return fail(e, "seed", err)
	}
	fmt.Fprintf(e.stdout, "seeded the demo organisation into %s\n", *db)
	return exitOK
}

// openChecked refuses a bad --db value (exit 2) before it opens db and
// brings its schema up to date.
func openChecked(ctx context.Context, db string) (*app.Tools, error) {
	if err := checkDB(db); err != nil {
		return nil, err
	}
	return openMigrated(ctx, db)
}

// openMigrated opens db and brings its schema up to date.
func openMigrated(ctx context.Context, db string) (*app.Tools, error) { return app.OpenTools(ctx, db) }

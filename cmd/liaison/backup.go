package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/liaison-dev/liaison/internal/app"
)

// cmdBackup serves `liaison backup [--db DB] FILE`: a consistent copy of a
// SQLite database while the server runs; on PostgreSQL, a pointer to
// pg_dump after checking the connection.
func cmdBackup(ctx context.Context, e *env, args []string) int {
	const synopsis = "backup [--db DB] FILE"
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	// FILE may come before or after the flags.
	var file string
	var flags []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--db" || a == "-db":
			flags = append(flags, a)
			if i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
		case strings.HasPrefix(a, "-"):
			flags = append(flags, a)
		case file == "":
			file = a
		default:
			return fail(e, "backup", badUsage("unexpected argument %q", a))
		}
	}
	if code, stop := parse(e, fs, synopsis, flags); stop {
		return code
	}
	if file == "" {
		return fail(e, "backup", badUsage("name the backup FILE (see 'liaison backup --help')"))
	}
	if err := checkDB(*db); err != nil {
		return fail(e, "backup", err)
	}
	if err := existingDB(*db, "back up"); err != nil {
		return fail(e, "backup", err)
	}
	err := app.Backup(ctx, *db, file)
	if errors.Is(err, app.ErrUsePgDump) {
		fmt.Fprintf(e.stderr, "liaison backup: %v\n", err)
		return exitError
	}
	if err != nil {
		return fail(e, "backup", err)
	}
	fmt.Fprintf(e.stdout, "backed up %s to %s\n", *db, file)
	return exitOK
}

package main

import (
	"context"
	"flag"
	"fmt"
	"github.com/liaison-dev/liaison/internal/admin"
	"os"
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/calendar"
)

const calendarSynopsis = "calendar show YEAR | calendar import FILE [--db DB]"

// isHelp reports whether a is a request for help.
func isHelp(a string) bool { return a == "-h" || a == "--help" || a == "-help" }

func cmdCalendar(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		return fail(e, "calendar", badUsage("want 'show YEAR' or 'import FILE' (see 'liaison calendar --help')"))
	}
	sub, rest := args[0], args[1:]
	fs := flag.NewFlagSet("calendar", flag.ContinueOnError)
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB); overrides live there")
	if isHelp(sub) || len(rest) > 0 && isHelp(rest[0]) { // calendar --help, calendar show --help
		code, _ := parse(e, fs, calendarSynopsis, []string{"--help"})
		return code
	}
	// The positional argument comes first; flags may follow it.
	var arg string
	if len(rest) > 0 {
		arg, rest = rest[0], rest[1:]
	}
	if code, stop := parse(e, fs, calendarSynopsis, rest); stop {
		return code
	}
	if err := checkDB(*db); err != nil {
		return fail(e, "calendar", err)
	}
	switch sub {
	case "show":
		year, err := strconv.Atoi(arg)
		if err != nil || year < 1970 || year > 2199 {
			return fail(e, "calendar", badUsage("show: YEAR must be a year from 1970 to 2199, got %q", arg))
		}
		cal, err := loadCalendar(ctx, *db)
		if err != nil {
			return fail(e, "calendar", err)
		}
		if err := cal.WriteYear(e.stdout, year); err != nil {
			return fail(e, "calendar", err)
		}
		return exitOK
	case "import":
		if arg == "" {
			return fail(e, "calendar", badUsage("import: give the holiday-cn JSON FILE"))
		}
		data, err := os.ReadFile(arg)
		if err != nil {
			return fail(e, "calendar", badUsage("import: %v", err))
		}
		// Parse before opening the database: a bad file writes nothing.
		if _, err := calendar.ParseHolidayCN(data); err != nil {
			return fail(e, "calendar", err)
		}
		d, err := openMigrated(ctx, *db)
		if err != nil {
			return fail(e, "calendar", err)
		}
		defer d.Close()
		n, err := d.Admin.ImportCalendar(ctx, admin.CLI(), data)
		if err != nil {
			return fail(e, "calendar", err)
		}
		fmt.Fprintf(e.stdout, "imported %d days from %s\n", n, arg)
		return exitOK
	}
	return fail(e, "calendar", badUsage("unknown subcommand %q: want show or import", sub))
}

// loadCalendar builds the calendar with the database's overrides; a
// database that does not exist yet has none.
func loadCalendar(ctx context.Context, db string) (*calendar.Calendar, error) {
	isURL := strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
	if _, err := os.Stat(db); err != nil && !isURL {
		return calendar.New(calendar.DefaultConfig(), nil)
	}
	d, err := openMigrated(ctx, db)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	return d.Calendar(ctx)
}

// Command liaison is the whole product in one binary: the server, its
// database tools and (with later issues) the calendar, checker and verifier.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/signal"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"github.com/liaison-dev/liaison/internal/problem"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the command was right but failed (database unreachable, …)
	exitUsage = 2 // a bad command, flag or value; nothing was written
)

const usage = `liaison — communication standard, enforced

Usage:
  liaison demo [--addr 127.0.0.1:8080] [--db ./liaison-demo.db] [--log-requests]
  liaison serve [--addr HOST:PORT] [--db DB] [--dev-clock] [--pprof] [--processes DIR]
  liaison migrate [--db DB]
  liaison backup [--db DB] FILE
  liaison seed --demo [--db DB]
  liaison user add --login L --name N --dept D [--head] [--admin] [--email E] [--role R] [--lang zh|en] [--db DB]
  liaison user edit|disable|enable|reset-password|duties|link-oidc|unlink-oidc LOGIN … | user list
  liaison dept add|edit|delete ID … | dept list
  liaison party add|edit ID … | party list
  liaison import users|parties FILE [--dry-run] [--db DB]
  liaison calendar show YEAR [--db DB]
  liaison calendar import FILE [--db DB]
  liaison check [--lang zh|en] [--kind text|request|date|standard] [TEXT]
  liaison link show|revoke|renew --case ID|KEY [--email E] [--db DB]
  liaison verify BUNDLE.zip [--key FINGERPRINT]
  liaison verify --db DB [--case KEY]
  liaison keys rotate|list [--db DB]
  liaison bench [--db DB] [--cases N] [--clients C] [--duration D] [--mode mix|reads|timers]

DB is a SQLite file path or a postgres:// URL. LIAISON_DB and LIAISON_ADDR
set the defaults of --db and --addr. Every command answers --help.
`

// env carries what every command needs.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

// run is main without the process: tests call it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "demo":
		return cmdDemo(ctx, e, rest)
	case "serve":
		return cmdServe(ctx, e, rest)
	case "migrate":
		return cmdMigrate(ctx, e, rest)
	case "seed":
		return cmdSeed(ctx, e, rest)
	case "user":
		return cmdUser(ctx, e, rest)
	case "calendar":
		return cmdCalendar(ctx, e, rest)
	case "dept":
		return cmdDept(ctx, e, rest)
	case "party":
		return cmdParty(ctx, e, rest)
	case "import":
		return cmdImport(ctx, e, rest)
	case "check":
		return cmdCheck(ctx, e, rest)
	case "backup":
		return cmdBackup(ctx, e, rest)
	case "link":
		return cmdLink(ctx, e, rest)
	case "verify":
		return cmdVerify(ctx, e, rest)
	case "keys":
		return cmdKeys(ctx, e, rest)
	case "bench":
		return cmdBench(ctx, e, rest)
	default:
		fmt.Fprintf(stderr, "liaison: unknown command %q (see 'liaison --help')\n", cmd)
		return exitUsage
	}
}

// usageError is a bad flag or value: reported in one line, exit 2.
type usageError struct{ msg string }

func (u *usageError) Error() string { return u.msg }

func badUsage(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// parse parses args into fs. It returns (code, true) when the command should
// stop: --help (usage on stdout, 0) or a bad flag (one line on stderr, 2).
func parse(e *env, fs *flag.FlagSet, synopsis string, args []string) (int, bool) {
	fs.SetOutput(io.Discard) // the flag package's own report is several lines; ours is one
	err := fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(e.stdout, "Usage: liaison %s\n\n", synopsis)
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
		return exitOK, true
	}
	if err == nil && fs.NArg() > 0 {
		err = fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "liaison %s: %v (see 'liaison %s --help')\n", fs.Name(), err, fs.Name())
		return exitUsage, true
	}
	return 0, false
}

// fail reports err in one line and returns the exit code it deserves.
func fail(e *env, name string, err error) int {
	var ue *usageError
	var pe *problem.Error
	switch {
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "liaison %s: %s\n", name, ue.msg)
		return exitUsage
	case errors.As(err, &pe) && pe.Code != problem.Internal:
		fmt.Fprintf(e.stderr, "liaison %s: %s\n", name, oneLine(pe))
		return exitUsage
	default:
		fmt.Fprintf(e.stderr, "liaison %s: %v\n", name, err)
		return exitError
	}
}

// oneLine renders a problem with its fields, sorted, on one line, each
// text in Chinese and then, when it differs, in English: the command line
// has no reader's language.
func oneLine(p *problem.Error) string {
	both := func(zh, en string) string {
		if zh == en {
			return zh
		}
		return zh + " (" + en + ")"
	}
	msg := both(p.Text("zh"), p.Text("en"))
	if len(p.Fields) == 0 {
		return msg
	}
	zh, en := p.Reasons("zh"), p.Reasons("en")
	names := make([]string, 0, len(zh))
	for f := range zh {
		names = append(names, f)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, f := range names {
		parts[i] = f + ": " + both(zh[f], en[f])
	}
	return msg + ": " + strings.Join(parts, "; ")
}

// defaultDB is LIAISON_DB, else fallback.
func defaultDB(fallback string) string {
	if v := os.Getenv("LIAISON_DB"); v != "" {
		return v
	}
	return fallback
}

// defaultAddr is LIAISON_ADDR, else fallback.
func defaultAddr(fallback string) string {
	if v := os.Getenv("LIAISON_ADDR"); v != "" {
		return v
	}
	return fallback
}

// checkAddr refuses anything that is not HOST:PORT with a port in range.
func checkAddr(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return badUsage("--addr %q: want HOST:PORT, e.g. 127.0.0.1:8080", addr)
	}
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return badUsage("--addr %q: port must be a number from 0 to 65535", addr)
	}
	return nil
}

// checkDB refuses an empty database or a malformed postgres URL.
func checkDB(db string) error {
	if db == "" {
		return badUsage("--db is empty: give a SQLite file path or a postgres:// URL")
	}
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		if u, err := url.Parse(db); err != nil || u.Host == "" {
			return badUsage("--db %q is not a valid postgres:// URL", db)
		}
		return nil
	}
	if strings.ContainsAny(db, "?#") {
		return badUsage("--db %q: a SQLite path must not contain '?' or '#'", db)
	}
	if u, err := url.Parse(db); err == nil && len(u.Scheme) > 1 && strings.HasPrefix(db, u.Scheme+"://") {
		return badUsage("--db %q: want a SQLite file path or a postgres:// URL", db)
	}
	return nil
}

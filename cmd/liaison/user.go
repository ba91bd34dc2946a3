package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/liaison-dev/liaison/internal/auth"
)

func cmdUser(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		return fail(e, "user", badUsage("missing subcommand: liaison user add --help"))
	}
	switch args[0] {
	case "add":
		return cmdUserAdd(ctx, e, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(e.stdout, "Usage: liaison user add --login L --name N --dept D [--head] [--admin] [--email E] [--role R] [--lang zh|en] [--db DB]")
		return exitOK
	default:
		return fail(e, "user", badUsage("unknown subcommand %q (only 'add' exists)", args[0]))
	}
}

// roles collects repeated --role flags.
type roles []string

func (r *roles) String() string { return strings.Join(*r, ",") }

func (r *roles) Set(v string) error {
	if v == "" {
		return errors.New("empty role")
	}
	*r = append(*r, v)
	return nil
}

func cmdUserAdd(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("user add", flag.ContinueOnError)
	var n auth.NewUser
	var rs roles
	fs.StringVar(&n.Login, "login", "", "the sign-in `name` (required)")
	fs.StringVar(&n.Name, "name", "", "the person's full `name` (required)")
	fs.StringVar(&n.Dept, "dept", "", "department `id`, e.g. market (required unless --admin)")
	fs.BoolVar(&n.Head, "head", false, "make the user the head of --dept")
	fs.BoolVar(&n.Admin, "admin", false, "make the user an administrator")
	fs.StringVar(&n.Email, "email", "", "email `address`")
	fs.Var(&rs, "role", "a `role`, e.g. account_manager (repeatable)")
	fs.StringVar(&n.Lang, "lang", "zh", "interface language: zh or en")
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	if code, stop := parse(e, fs, "user add --login L --name N --dept D [--head] [--admin] [--email E] [--role R] [--lang zh|en] [--db DB]\n\nThe password is read from standard input (one line, at least 8 characters).", args); stop {
		return code
	}
	n.Roles = rs
	if err := checkDB(*db); err != nil {
		return fail(e, "user add", err)
	}
	pw, err := readPassword(e.stdin)
	if err != nil {
		return fail(e, "user add", err)
	}
	n.Password = pw
	// Everything that can be checked without the database is checked before
	// the database is opened: a bad value writes nothing, not even a file.
	if err := n.Validate(); err != nil {
		return fail(e, "user add", err)
	}
	d, err := openMigrated(ctx, *db)
	if err != nil {
		return fail(e, "user add", err)
	}
	defer d.Close()
	u, err := auth.New(d, auth.Options{Logger: e.log}).CreateUser(ctx, n, "-", "")
	if err != nil {
		return fail(e, "user add", err)
	}
	fmt.Fprintf(e.stdout, "added user %s (%s)\n", u.Login, u.Name)
	return exitOK
}

// readPassword reads the first line of r, without its line ending.
func readPassword(r io.Reader) (string, error) {
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("reading the password from standard input: %w", err)
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", badUsage("no password on standard input (one line, at least %d characters)", auth.MinPasswordLength)
	}
	return line, nil
}

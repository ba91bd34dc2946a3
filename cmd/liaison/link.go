package main

import (
	"context"
	"flag"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"io"
	"log/slog"
	"time"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

const linkSynopsis = "link show|revoke|renew --case ID|KEY [--email E] [--db DB] [--dev-clock]\n\n" +
	"show:   each external contact's current portal link, its state and expiry\n" +
	"revoke: revoke the contact's links (all contacts' without --email); opening one answers 410\n" +
	"renew:  revoke the contact's links and print a fresh one (nothing is mailed)\n" +
	"Links are absolute when LIAISON_PUBLIC_URL is set. The actor is recorded as 'cli'."

// cmdLink handles a case's portal links from the command line, through the
// same service as the case page and the API.
func cmdLink(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		return fail(e, "link", badUsage("missing subcommand: liaison link --help"))
	}
	sub := args[0]
	switch sub {
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(e.stdout, "Usage: liaison "+linkSynopsis)
		return exitOK
	case "show", "revoke", "renew":
	default:
		return fail(e, "link", badUsage("unknown subcommand %q (show, revoke or renew)", sub))
	}
	fs := flag.NewFlagSet("link "+sub, flag.ContinueOnError)
	ref := fs.String("case", "", "the case's `number or key`, e.g. KH-2026-0001 (required)")
	email := fs.String("email", "", "the external contact's `address` (needed when the case has several)")
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	devClock := fs.Bool("dev-clock", false, "judge expiry on the database's simulated clock (a server run with --dev-clock)")
	if code, stop := parse(e, fs, linkSynopsis, args[1:]); stop {
		return code
	}
	if *ref == "" {
		return fail(e, "link "+sub, badUsage("--case is required"))
	}
	if err := checkDB(*db); err != nil {
		return fail(e, "link "+sub, err)
	}
	if err := app.CheckEnv(nil); err != nil {
		return fail(e, "link "+sub, badUsage("%v", err))
	}
	a, err := app.New(ctx, app.Config{DB: *db, DevClock: *devClock, Command: true,
		Logger: slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelError}))})
	if err != nil {
		return fail(e, "link "+sub, err)
	}
	defer func() { _ = a.Shutdown(context.Background()) }()
	id, err := a.Cases().CaseID(ctx, *ref)
	if err != nil {
		return fail(e, "link "+sub, err)
	}
	cli := process.Actor{Login: "cli", Name: "cli", Admin: true}
	var list []cases.PartyLink
	switch sub {
	case "show":
		list, err = a.Links().CaseLinks(ctx, cli, id)
	case "revoke":
		list, err = a.Links().RevokeLinks(ctx, cli, id, *email)
	case "renew":
		var l cases.PartyLink
		l, err = a.Links().RenewLink(ctx, cli, id, *email)
		list = []cases.PartyLink{l}
	}
	if err != nil {
		return fail(e, "link "+sub, err)
	}
	printLinks(e.stdout, list)
	return exitOK
}

// printLinks writes one line per contact: address, state, expiry, URL.
func printLinks(w io.Writer, list []cases.PartyLink) {
	loc := i18n.Zone()
	for _, l := range list {
		exp := "-"
		if l.ExpiresAt != nil {
			exp = l.ExpiresAt.In(loc).Format(time.RFC3339)
		}
		url := l.URL
		if l.Status != cases.LinkValid || url == "" {
			url = "-"
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", l.Party, l.Email, l.Status, exp, url)
	}
}

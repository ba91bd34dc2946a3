package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/process"
)

// cliActor is the command line as it acts: an administrator named cli
// (admin.CLILogin), as the audit trail records it.
var cliActor = process.Actor{Login: admin.CLILogin, Admin: true}

const verifySynopsis = "verify BUNDLE.zip [--key FINGERPRINT] | verify --db DB [--case KEY]"

// cmdVerify checks an archive bundle offline, or the live database.
func cmdVerify(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	db := fs.String("db", "", "check this database (SQLite `path` or postgres:// URL) instead of a bundle")
	key := fs.String("key", "", "the `FINGERPRINT` (or its first 16 hex digits) the bundle must be signed by")
	caseKey := fs.String("case", "", "with --db: check only the case with this `KEY`")
	// Flags may come before or after the bundle's name.
	var flags, files []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case !strings.HasPrefix(a, "-") || a == "-":
			files = append(files, a)
		case a == "--":
			files = append(files, args[i+1:]...)
			i = len(args)
		default:
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && fs.Lookup(name) != nil && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
		}
	}
	if code, stop := parse(e, fs, verifySynopsis, flags); stop {
		return code
	}
	switch {
	case *db != "" && len(files) > 0:
		return fail(e, "verify", badUsage("give a bundle or --db, not both"))
	case *db != "":
		if *key != "" {
			return fail(e, "verify", badUsage("--key pins a bundle's key; with --db the database's own keys are used"))
		}
		if err := checkDB(*db); err != nil {
			return fail(e, "verify", err)
		}
		if err := existingDB(*db, "verify"); err != nil {
			return fail(e, "verify", err)
		}
		return verifyDB(ctx, e, *db, *caseKey)
	case len(files) != 1:
		return fail(e, "verify", badUsage("give one bundle (a .zip file) or --db DB"))
	case *caseKey != "":
		return fail(e, "verify", badUsage("--case applies to --db"))
	}
	return verifyBundle(e, files[0], *key)
}

func verifyBundle(e *env, name, key string) int {
	f, err := os.Open(name)
	if err != nil {
		return fail(e, "verify", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fail(e, "verify", err)
	}
	rep := archive.Verify(f, st.Size(), archive.Options{Key: key})
	fmt.Fprintf(e.stdout, "bundle %s: case %s, %d files, %d events, %d signatures, %d attachments\n",
		name, orDash(rep.Case), rep.Files, rep.Events, rep.Signatures, rep.Attachments)
	switch {
	case rep.Key == "":
	case rep.Pinned:
		fmt.Fprintf(e.stdout, "trusted key: %s (pinned with --key)\n", rep.Key)
	case key != "":
		fmt.Fprintf(e.stdout, "signed by key: %s (not the key pinned with --key)\n", rep.Key)
	default:
		fmt.Fprintf(e.stdout, "trusted key: %s (named by the bundle; compare it with 'liaison keys list' on the server, or pin it with --key)\n", rep.Key)
	}
	return report(e.stdout, rep)
}

func verifyDB(ctx context.Context, e *env, db, caseKey string) int {
	d, err := openMigrated(ctx, db)
	if err != nil {
		return fail(e, "verify", err)
	}
	defer d.Close()
	rep, err := d.Records.VerifyDB(ctx, cliActor, caseKey)
	if err != nil {
		return fail(e, "verify", err)
	}
	fmt.Fprintf(e.stdout, "database %s: %d events, %d signatures, %d attachments checked\n", db, rep.Events, rep.Signatures, rep.Attachments)
	if rep.Key != "" {
		fmt.Fprintf(e.stdout, "signing key in use: %s\n", rep.Key)
	}
	return report(e.stdout, rep)
}

// report prints the verdict and each problem; exit 0 only if none.
func report(w io.Writer, rep archive.Report) int {
	if rep.OK() {
		fmt.Fprintln(w, "OK: every hash and signature holds")
		return exitOK
	}
	fmt.Fprintf(w, "FAILED: %d problem(s)\n", rep.Found())
	for _, p := range rep.Problems {
		fmt.Fprintf(w, "  %s\n", strings.ReplaceAll(p.String(), "\n", " "))
	}
	if rep.Unlisted > 0 {
		fmt.Fprintf(w, "  … and %d more problem(s) not listed\n", rep.Unlisted)
	}
	return exitError
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// cmdKeys rotates or lists the installation's signing keys.
func cmdKeys(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || (args[0] != "rotate" && args[0] != "list") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			fmt.Fprintln(e.stdout, "Usage: liaison keys rotate|list [--db DB]")
			return exitOK
		}
		return fail(e, "keys", badUsage("want 'keys rotate' or 'keys list'"))
	}
	sub := args[0]
	fs := flag.NewFlagSet("keys "+sub, flag.ContinueOnError)
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	if code, stop := parse(e, fs, "keys "+sub+" [--db DB]", args[1:]); stop {
		return code
	}
	if err := checkDB(*db); err != nil {
		return fail(e, "keys", err)
	}
	if sub == "list" {
		if err := existingDB(*db, "list keys of"); err != nil { // nor makes a key in a new one
			return fail(e, "keys", err)
		}
	}
	d, err := openMigrated(ctx, *db)
	if err != nil {
		return fail(e, "keys", err)
	}
	defer d.Close()
	rec := d.Records
	if sub == "rotate" {
		fp, err := rec.Rotate(ctx, cliActor)
		if err != nil {
			return fail(e, "keys", err)
		}
		fmt.Fprintf(e.stdout, "new signing key %s (short %s); the old keys stay for verification\n", fp, archive.Short(fp))
		return exitOK
	}
	if _, err := rec.EnsureKey(ctx); err != nil {
		return fail(e, "keys", err)
	}
	keys, err := rec.Keys(ctx)
	if err != nil {
		return fail(e, "keys", err)
	}
	for _, k := range keys {
		state := "in use"
		if k.RetiredAt != "" {
			state = "retired " + k.RetiredAt
		}
		fmt.Fprintf(e.stdout, "%s  created %s  %s\n", k.Fingerprint, k.CreatedAt, state)
	}
	return exitOK
}

// existingDB refuses a SQLite path with no database at it: verifying (or
// backing up) a mistyped path would create an empty database and report
// that it holds (or was copied); purpose says what the command meant to do.
func existingDB(db, purpose string) error {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return nil
	}
	if fi, err := os.Stat(db); err != nil || fi.IsDir() {
		return badUsage("--db %q: no database there to %s", db, purpose)
	}
	return nil
}

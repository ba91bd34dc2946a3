package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/notify"
)

const userSynopsis = `user add --login L --name N --dept D [--head] [--admin] [--email E] [--role R] [--lang zh|en] [--db DB]
       liaison user edit LOGIN [--name N] [--dept D] [--email E] [--head=true|false] [--admin=true|false] [--role R] [--lang zh|en]
                 [--mobile M] [--dingtalk-id ID] [--wecom-id ID] [--feishu-id ID] [--db DB]
       liaison user disable LOGIN | enable LOGIN | reset-password LOGIN | duties LOGIN [--db DB]
       liaison user list [--db DB]
       liaison user link-oidc LOGIN --subject SUB [--issuer URL] | unlink-oidc LOGIN --subject SUB [--issuer URL] [--db DB]`

func cmdUser(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		return fail(e, "user", badUsage("missing subcommand: add, edit, disable, enable, reset-password, duties, list, link-oidc or unlink-oidc"))
	}
	switch args[0] {
	case "add":
		return cmdUserAdd(ctx, e, args[1:])
	case "edit", "disable", "enable", "reset-password":
		return cmdUserChange(ctx, e, args[0], args[1:])
	case "list", "duties":
		return cmdUserList(ctx, e, args[0], args[1:])
	case "link-oidc", "unlink-oidc":
		return cmdUserIdentity(ctx, e, args[0], args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(e.stdout, "Usage: liaison "+userSynopsis)
		return exitOK
	default:
		return fail(e, "user", badUsage("unknown subcommand %q (add, edit, disable, enable, reset-password, duties, list, link-oidc, unlink-oidc)", args[0]))
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
	in := admin.UserInput{Login: n.Login, Name: admin.Of(n.Name), Dept: admin.Of(n.Dept), Email: admin.Of(n.Email), Head: admin.Of(n.Head),
		Admin: admin.Of(n.Admin), Roles: admin.Of([]string(rs)), Lang: admin.Of(n.Lang), Password: admin.Of(pw)}
	u, err := d.Admin.CreateUser(ctx, admin.CLI(), in)
	if err != nil {
		return fail(e, "user add", err)
	}
	fmt.Fprintf(e.stdout, "added user %s (%s)\n", u.Login, u.Name)
	return exitOK
}

// optString and optBool are flags that record whether they were given.
func optString(fs *flag.FlagSet, o *admin.Opt[string], name, usage string) {
	fs.Func(name, usage, func(v string) error { *o = admin.Of(v); return nil })
}

func optBool(fs *flag.FlagSet, o *admin.Opt[bool], name, usage string) {
	fs.BoolFunc(name, usage, func(v string) error {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("want true or false, got %q", v)
		}
		*o = admin.Of(b)
		return nil
	})
}

// positional takes the first argument when it is not a flag.
func positional(args []string) (string, []string) {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		return args[0], args[1:]
	}
	return "", args
}

func cmdUserChange(ctx context.Context, e *env, sub string, args []string) int {
	name := "user " + sub
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	login, rest := positional(args)
	var in admin.UserInput
	var rs roles
	if sub == "edit" {
		optString(fs, &in.Name, "name", "the person's full `name`")
		optString(fs, &in.Dept, "dept", "department `id`")
		optString(fs, &in.Email, "email", "email `address`")
		optBool(fs, &in.Head, "head", "head of their department (true/false)")
		optBool(fs, &in.Admin, "admin", "administrator (true/false)")
		optString(fs, &in.Lang, "lang", "interface language: zh or en")
		fs.Var(&rs, "role", "a `role`, e.g. account_manager (repeatable; replaces the roles)")
		optString(fs, &in.Mobile, "mobile", "mobile `number`, to find the user on DingTalk, WeCom or Feishu")
		for _, p := range notify.Platforms {
			fs.Func(p+"-id", "the user's `id` on "+p+" for personal work notifications (empty removes it)", func(v string) error {
				if !in.ChatIDs.Set {
					in.ChatIDs = admin.Of(map[string]string{})
				}
				in.ChatIDs.Value[p] = v
				return nil
			})
		}
	}
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	synopsis := "user " + sub + " LOGIN [--db DB]"
	if sub == "reset-password" {
		synopsis += "\n\nThe new password is read from standard input (one line, at least 8 characters); the user's sessions end."
	}
	if sub == "edit" {
		synopsis = "user edit LOGIN [--name N] [--dept D] [--email E] [--head=true|false] [--admin=true|false] [--role R] [--lang zh|en]\n          [--mobile M] [--dingtalk-id ID] [--wecom-id ID] [--feishu-id ID] [--db DB]"
	}
	if code, stop := parse(e, fs, synopsis, rest); stop {
		return code
	}
	if login == "" {
		return fail(e, name, badUsage("give the user's LOGIN"))
	}
	if err := checkDB(*db); err != nil {
		return fail(e, name, err)
	}
	if len(rs) > 0 {
		in.Roles = admin.Of([]string(rs))
	}
	switch sub {
	case "disable":
		in.Disabled = admin.Of(true)
	case "enable":
		in.Disabled = admin.Of(false)
	case "reset-password":
		pw, err := readPassword(e.stdin)
		if err != nil {
			return fail(e, name, err)
		}
		in.Password = admin.Of(pw)
	}
	d, err := openMigrated(ctx, *db)
	if err != nil {
		return fail(e, name, err)
	}
	defer d.Close()
	u, err := d.Admin.UpdateUser(ctx, admin.CLI(), login, in)
	if err != nil {
		return fail(e, name, err)
	}
	state := "enabled"
	if u.Disabled {
		state = "disabled"
	}
	fmt.Fprintf(e.stdout, "%s: user %s (%s), %s\n", sub, u.Login, u.Name, state)
	return exitOK
}

func cmdUserList(ctx context.Context, e *env, sub string, args []string) int {
	name := "user " + sub
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	login, rest := positional(args)
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	synopsis := "user list [--db DB]"
	if sub == "duties" {
		synopsis = "user duties LOGIN [--db DB]\n\nThe open cases where the user must act or owns a role."
	}
	if code, stop := parse(e, fs, synopsis, rest); stop {
		return code
	}
	if sub == "duties" && login == "" {
		return fail(e, name, badUsage("give the user's LOGIN"))
	}
	if sub == "list" && login != "" {
		return fail(e, name, badUsage("unexpected argument %q (see 'liaison user list --help')", login))
	}
	if err := existingDB(*db, "read"); err != nil { // a listing never creates a database
		return fail(e, name, err)
	}
	d, err := openChecked(ctx, *db)
	if err != nil {
		return fail(e, name, err)
	}
	defer d.Close()
	tw := newTable(e.stdout)
	defer tw.Flush()
	if sub == "duties" {
		// A page at a time, each written out before the next is read: a
		// contact with half a million cases waiting took 480 MB listed whole.
		fmt.Fprintln(tw, "case\tkey\trole\tacts now\tdue\ttitle")
		for p := (cases.Page{Limit: cases.MaxPage}); ; {
			list, next, err := d.Admin.DutiesPage(ctx, admin.CLI(), login, i18n.Zone(), p)
			if err != nil {
				return fail(e, name, err)
			}
			for _, x := range list {
				due := "—"
				if x.DueAt != nil {
					due = x.DueAt.Format(time.RFC3339)
				}
				fmt.Fprintf(tw, "%d\t%s\t%s\t%v\t%s\t%s\n", x.CaseID, x.Key, x.Role, x.Acts, due, x.Title)
			}
			if next == "" {
				return exitOK
			}
			tw.Flush()
			p.Cursor = next
		}
	}
	list, err := d.Admin.Users(ctx, admin.CLI())
	if err != nil {
		return fail(e, name, err)
	}
	fmt.Fprintln(tw, "login\tname\tdept\thead\tadmin\tdisabled\temail")
	for _, u := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%v\t%v\t%v\t%s\n", u.Login, u.Name, deref(u.Dept), u.Head, u.Admin, u.Disabled, u.Email)
	}
	return exitOK
}

func deref(s *string) string {
	if s == nil {
		return "—"
	}
	return *s
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

// cmdUserIdentity links or unlinks an OpenID Connect subject to a user: the
// administrator's mapping, which wins over matching by email. The issuer
// defaults to the configured provider's (LIAISON_OIDC, else the one an
// administrator stored).
func cmdUserIdentity(ctx context.Context, e *env, sub string, args []string) int {
	name := "user " + sub
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	login, rest := positional(args)
	var in admin.IdentityInput
	fs.StringVar(&in.Subject, "subject", "", "the provider's subject (the sub claim) (required)")
	fs.StringVar(&in.Issuer, "issuer", "", "the provider's issuer `URL` (default: the configured provider's)")
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	if code, stop := parse(e, fs, "user "+sub+" LOGIN --subject SUB [--issuer URL] [--db DB]", rest); stop {
		return code
	}
	if login == "" {
		return fail(e, name, badUsage("give the user's LOGIN"))
	}
	d, err := openChecked(ctx, *db)
	if err != nil {
		return fail(e, name, err)
	}
	defer d.Close()
	if sub == "unlink-oidc" {
		if err := d.Admin.UnlinkIdentity(ctx, admin.CLI(), login, in); err != nil {
			return fail(e, name, err)
		}
		fmt.Fprintf(e.stdout, "unlinked %s from user %s\n", in.Subject, login)
		return exitOK
	}
	id, err := d.Admin.LinkIdentity(ctx, admin.CLI(), login, in)
	if err != nil {
		return fail(e, name, err)
	}
	fmt.Fprintf(e.stdout, "linked %s (%s) to user %s\n", id.Subject, id.Issuer, login)
	return exitOK
}

package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/liaison-dev/liaison/internal/admin"
)

// subcommand reads the first argument of a command with subcommands
// (group): it answers --help with synopsis, and refuses a missing or
// unknown one (exit 2); stop says the command is done, with code.
func subcommand(e *env, group, synopsis string, args []string, known ...string) (sub string, code int, stop bool) {
	list := strings.Join(known, ", ")
	if len(args) == 0 {
		return "", fail(e, group, badUsage("missing subcommand: %s", list)), true
	}
	sub = args[0]
	if sub == "-h" || sub == "--help" || sub == "-help" || sub == "help" {
		fmt.Fprintln(e.stdout, "Usage: liaison "+synopsis)
		return sub, exitOK, true
	}
	if !slices.Contains(known, sub) {
		return sub, fail(e, group, badUsage("unknown subcommand %q (%s)", sub, list)), true
	}
	return sub, 0, false
}

const deptSynopsis = `dept add ID --name N [--name-en E] [--head LOGIN] [--parent ID] [--db DB]
       liaison dept edit ID [--name N] [--name-en E] [--head LOGIN|""] [--parent ID|""] [--db DB]
       liaison dept delete ID [--db DB]
       liaison dept list [--db DB]`

func cmdDept(ctx context.Context, e *env, args []string) int {
	sub, code, stop := subcommand(e, "dept", deptSynopsis, args, "add", "edit", "delete", "list")
	if stop {
		return code
	}
	name := "dept " + sub
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	id, rest := positional(args[1:])
	var in admin.DepartmentInput
	if sub == "add" || sub == "edit" {
		optString(fs, &in.Name, "name", "the department's `name` (Chinese)")
		optString(fs, &in.NameEn, "name-en", "the department's English `name`")
		optString(fs, &in.Head, "head", "the head's `login` (a member of the department; \"\" for none)")
		optString(fs, &in.Parent, "parent", "the `id` of the department above (\"\" for none)")
	}
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	if code, stop := parse(e, fs, deptSynopsis, rest); stop {
		return code
	}
	if sub != "list" && id == "" {
		return fail(e, name, badUsage("give the department's ID"))
	}
	if sub == "list" && id != "" {
		return fail(e, name, badUsage("unexpected argument %q (see 'liaison dept list --help')", id))
	}
	if sub == "list" {
		if err := existingDB(*db, "list"); err != nil { // a listing never creates a database
			return fail(e, name, err)
		}
	}
	d, err := openChecked(ctx, *db)
	if err != nil {
		return fail(e, name, err)
	}
	defer d.Close()
	in.ID = id
	var out admin.Department
	switch sub {
	case "add":
		out, err = d.Admin.CreateDepartment(ctx, admin.CLI(), in)
	case "edit":
		out, err = d.Admin.UpdateDepartment(ctx, admin.CLI(), id, in)
	case "delete":
		if err = d.Admin.DeleteDepartment(ctx, admin.CLI(), id); err == nil {
			fmt.Fprintf(e.stdout, "deleted department %s\n", id)
			return exitOK
		}
	case "list":
		list, err := d.Admin.Departments(ctx, admin.CLI())
		if err != nil {
			return fail(e, name, err)
		}
		tw := newTable(e.stdout)
		fmt.Fprintln(tw, "id\tname\tname_en\thead\tparent")
		for _, x := range list {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", x.ID, x.Name, x.NameEn, deref(x.Head), deref(x.Parent))
		}
		tw.Flush()
		return exitOK
	}
	if err != nil {
		return fail(e, name, err)
	}
	fmt.Fprintf(e.stdout, "%s: department %s (%s), head %s, parent %s\n", sub, out.ID, out.Name, deref(out.Head), deref(out.Parent))
	return exitOK
}

const partySynopsis = `party add ID --kind customer|supplier|partner --name N [--contact-name N --contact-email E --contact-phone P] [--db DB]
       liaison party edit ID [--kind K] [--name N] [--contact-name N --contact-email E --contact-phone P] [--db DB]
       liaison party list [--db DB]`

func cmdParty(ctx context.Context, e *env, args []string) int {
	sub, code, stop := subcommand(e, "party", partySynopsis, args, "add", "edit", "list")
	if stop {
		return code
	}
	name := "party " + sub
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	id, rest := positional(args[1:])
	var in admin.PartyInput
	var c admin.Contact
	if sub != "list" {
		optString(fs, &in.Kind, "kind", "customer, supplier or partner")
		optString(fs, &in.Name, "name", "the party's `name`")
		fs.StringVar(&c.Name, "contact-name", "", "the primary contact's `name` (replaces the contacts)")
		fs.StringVar(&c.Email, "contact-email", "", "the primary contact's email `address`")
		fs.StringVar(&c.Phone, "contact-phone", "", "the primary contact's `phone`")
	}
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	if code, stop := parse(e, fs, partySynopsis, rest); stop {
		return code
	}
	if sub != "list" && id == "" {
		return fail(e, name, badUsage("give the party's ID"))
	}
	if sub == "list" && id != "" {
		return fail(e, name, badUsage("unexpected argument %q (see 'liaison party list --help')", id))
	}
	if sub == "list" {
		if err := existingDB(*db, "list"); err != nil { // a listing never creates a database
			return fail(e, name, err)
		}
	}
	if c != (admin.Contact{}) {
		c.Primary = true
		in.Contacts = admin.Of([]admin.Contact{c})
	}
	d, err := openChecked(ctx, *db)
	if err != nil {
		return fail(e, name, err)
	}
	defer d.Close()
	in.ID = id
	var out admin.Party
	switch sub {
	case "add":
		out, err = d.Admin.CreateParty(ctx, admin.CLI(), in)
	case "edit":
		out, err = d.Admin.UpdateParty(ctx, admin.CLI(), id, in)
	case "list":
		list, err := d.Admin.Parties(ctx, admin.CLI())
		if err != nil {
			return fail(e, name, err)
		}
		tw := newTable(e.stdout)
		fmt.Fprintln(tw, "id\tkind\tname\tcontacts")
		for _, p := range list {
			var cs []string
			for _, c := range p.Contacts {
				cs = append(cs, strings.TrimSpace(c.Name+" <"+c.Email+"> "+c.Phone))
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", p.ID, p.Kind, p.Name, strings.Join(cs, "; "))
		}
		tw.Flush()
		return exitOK
	}
	if err != nil {
		return fail(e, name, err)
	}
	fmt.Fprintf(e.stdout, "%s: party %s (%s, %s), %d contacts\n", sub, out.ID, out.Name, out.Kind, len(out.Contacts))
	return exitOK
}

const importSynopsis = `import users|parties FILE [--dry-run] [--db DB]

FILE is a CSV (UTF-8) or XLSX sheet with a header row:
  users:   login,name,dept,email,head,admin[,password]
  parties: id,kind,name,contact_name,contact_email,contact_phone
All or nothing: a bad row is reported as "row N: column" and nothing is written.
Users created without a password get a one-time one, printed once.`

func cmdImport(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" || args[0] == "help" {
		if len(args) == 0 {
			return fail(e, "import", badUsage("want 'users FILE' or 'parties FILE'"))
		}
		fmt.Fprintln(e.stdout, "Usage: liaison "+importSynopsis)
		return exitOK
	}
	what := args[0]
	if what != "users" && what != "parties" {
		return fail(e, "import", badUsage("unknown import %q: want users or parties", what))
	}
	name := "import " + what
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	file, rest := positional(args[1:])
	dry := fs.Bool("dry-run", false, "show what would change and write nothing")
	db := fs.String("db", defaultDB("./liaison.db"), "SQLite file `path` or postgres:// URL (LIAISON_DB)")
	if code, stop := parse(e, fs, importSynopsis, rest); stop {
		return code
	}
	if file == "" {
		return fail(e, name, badUsage("give the FILE to import"))
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return fail(e, name, badUsage("%v", err))
	}
	d, err := openChecked(ctx, *db)
	if err != nil {
		return fail(e, name, err)
	}
	defer d.Close()
	run := d.Admin.ImportUsers
	if what == "parties" {
		run = d.Admin.ImportParties
	}
	ct := "text/csv"
	if strings.HasSuffix(strings.ToLower(file), ".xlsx") {
		ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	res, err := run(ctx, admin.CLI(), data, ct, *dry)
	if err != nil {
		return fail(e, name, err)
	}
	verb := "imported"
	if res.DryRun {
		verb = "dry run, nothing written; would import"
	}
	fmt.Fprintf(e.stdout, "%s %s: %d created, %d updated, %d unchanged\n", verb, what, res.Created, res.Updated, res.Unchanged)
	for _, r := range res.Rows {
		if r.Change != "unchanged" {
			fmt.Fprintf(e.stdout, "  row %d: %s %s\n", r.Row, r.Change, r.ID)
		}
	}
	for login, pw := range res.InitialPasswords {
		fmt.Fprintf(e.stdout, "  one-time password of %s: %s\n", login, pw)
	}
	return exitOK
}

package admin

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// ImportResult says what an import did, or (dry run) would do.
type ImportResult struct {
	Created          int               `json:"created"`
	Updated          int               `json:"updated"`
	Unchanged        int               `json:"unchanged"`
	DryRun           bool              `json:"dry_run"`
	InitialPasswords map[string]string `json:"initial_passwords,omitempty"`
	Rows             []ImportRow       `json:"rows"`
}

// ImportRow is what happens to one row: "create", "update" or "unchanged".
type ImportRow struct {
	Row    int    `json:"row"`
	ID     string `json:"id"`
	Change string `json:"change"`
}

// errDryRun rolls a dry run back after it did everything else.
var errDryRun = errors.New("admin: dry run")

// UserColumns and PartyColumns are the import files' header rows (CONTRACT §10).
var (
	UserColumns  = []string{"login", "name", "dept", "email", "head", "admin"}
	PartyColumns = []string{"id", "kind", "name", "contact_name", "contact_email", "contact_phone"}
	// UserOptionalColumns may follow the user columns: a column that is
	// present sets the field for every row (empty clears it); one that is
	// absent leaves it as it is.
	UserOptionalColumns = []string{"password", "mobile", "dingtalk_id", "wecom_id", "feishu_id"}
)

// ImportUsers creates or updates users from a CSV or XLSX file, all or
// nothing, in one transaction. A bad row is a 422 naming "row N: column"
// and nothing is written; a dry run does everything but commit. Users
// created without a password get a one-time one, returned once.
func (s *Service) ImportUsers(ctx context.Context, a auth.User, data []byte, contentType string, dryRun bool) (ImportResult, error) {
	t, err := readTable(data, contentType, UserColumns, UserOptionalColumns)
	if err != nil {
		return ImportResult{}, err
	}
	res := ImportResult{DryRun: dryRun, InitialPasswords: map[string]string{}, Rows: []ImportRow{}}
	err = s.importRows(ctx, a, "import_users", dryRun, &res, func(tx store.Tx, now time.Time, bad map[string]string) (map[string]any, error) {
		seen := map[string]int{}
		var created, updated []string
		for _, r := range t.rows {
			in := UserInput{Login: t.get(r, "login")}
			at := func(col string) string { return fmt.Sprintf("row %d: %s", r.n, col) }
			if prev, dup := seen[in.Login]; dup && in.Login != "" {
				bad[at("login")] = i18n.Ref("reason.also_in_row", prev)
				continue
			}
			seen[in.Login] = r.n
			in.Name, in.Dept, in.Email = Of(t.get(r, "name")), Of(t.get(r, "dept")), Of(t.get(r, "email"))
			ok := true
			for _, col := range []string{"head", "admin"} {
				b, valid := parseBool(t.get(r, col))
				if !valid {
					bad[at(col)] = "reason.true_false_1_0_or"
					ok = false
				}
				if col == "head" {
					in.Head = Of(b)
				} else {
					in.Admin = Of(b)
				}
			}
			if pw := t.get(r, "password"); pw != "" {
				in.Password = Of(pw)
			}
			if _, has := t.cols["mobile"]; has {
				in.Mobile = Of(t.get(r, "mobile"))
			}
			ids := map[string]string{}
			for _, p := range notify.Platforms {
				if _, has := t.cols[p+"_id"]; has {
					ids[p] = t.get(r, p+"_id")
				}
			}
			if len(ids) > 0 {
				in.ChatIDs = Of(ids)
			}
			if !ok {
				continue
			}
			_, err := store.In(tx).UserByLogin(ctx, in.Login)
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				return nil, err
			}
			v, err := s.putUser(ctx, tx, in, err != nil, now)
			if p := problem.As(err); err != nil && p.Code != problem.Internal {
				for f, why := range p.Fields {
					if pl, ok := strings.CutPrefix(f, "chat_ids."); ok {
						f = pl + "_id" // the column's name
					}
					bad[at(f)] = why
				}
				if len(p.Fields) == 0 {
					bad[at("login")] = p.Ref()
				}
				continue
			} else if err != nil {
				return nil, err
			}
			row := ImportRow{Row: r.n, ID: in.Login}
			switch {
			case v.created:
				row.Change = "create"
				res.Created++
				created = append(created, in.Login)
				if v.initial != "" {
					res.InitialPasswords[in.Login] = v.initial
				}
			case in.Password.Set || !reflect.DeepEqual(v.before, v.after):
				row.Change = "update"
				res.Updated++
				updated = append(updated, in.Login)
			default:
				row.Change = "unchanged"
				res.Unchanged++
			}
			res.Rows = append(res.Rows, row)
		}
		return map[string]any{"rows": len(t.rows), "created": created, "updated": updated}, nil
	})
	if dryRun {
		res.InitialPasswords = nil // nothing was made
	}
	return res, err
}

// ImportParties creates or updates parties from a CSV or XLSX file; rows
// with the same id are one party's contacts (the first is the primary).
// All or nothing, as ImportUsers.
func (s *Service) ImportParties(ctx context.Context, a auth.User, data []byte, contentType string, dryRun bool) (ImportResult, error) {
	t, err := readTable(data, contentType, PartyColumns, nil)
	if err != nil {
		return ImportResult{}, err
	}
	res := ImportResult{DryRun: dryRun, Rows: []ImportRow{}}
	err = s.importRows(ctx, a, "import_parties", dryRun, &res, func(tx store.Tx, now time.Time, bad map[string]string) (map[string]any, error) {
		type group struct {
			first int
			in    PartyInput
		}
		var order []string
		groups := map[string]*group{}
		for _, r := range t.rows {
			id := t.get(r, "id")
			g, ok := groups[id]
			if !ok {
				g = &group{first: r.n, in: PartyInput{ID: id, Kind: Of(t.get(r, "kind")), Name: Of(t.get(r, "name")), Contacts: Of([]Contact{})}}
				groups[id] = g
				order = append(order, id)
			} else if t.get(r, "kind") != g.in.Kind.Value || t.get(r, "name") != g.in.Name.Value {
				bad[fmt.Sprintf("row %d: name", r.n)] = i18n.Ref("reason.party_named_differently", id, g.first)
			}
			if c := (Contact{Name: t.get(r, "contact_name"), Email: t.get(r, "contact_email"), Phone: t.get(r, "contact_phone")}); c != (Contact{}) {
				c.Primary = len(g.in.Contacts.Value) == 0
				g.in.Contacts.Value = append(g.in.Contacts.Value, c)
			}
		}
		var created, updated []string
		for _, id := range order {
			g := groups[id]
			_, err := store.In(tx).Party(ctx, id)
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				return nil, err
			}
			v, err := s.putParty(ctx, tx, g.in, err != nil)
			if p := problem.As(err); err != nil && p.Code != problem.Internal {
				for f, why := range p.Fields {
					col := f
					if strings.HasPrefix(f, "contacts[") {
						col = "contact_" + f[strings.LastIndex(f, ".")+1:]
					}
					bad[fmt.Sprintf("row %d: %s", g.first, col)] = why
				}
				continue
			} else if err != nil {
				return nil, err
			}
			row := ImportRow{Row: g.first, ID: id}
			switch {
			case v.created:
				row.Change = "create"
				res.Created++
				created = append(created, id)
			case !reflect.DeepEqual(v.before, v.after):
				row.Change = "update"
				res.Updated++
				updated = append(updated, id)
			default:
				row.Change = "unchanged"
				res.Unchanged++
			}
			res.Rows = append(res.Rows, row)
		}
		return map[string]any{"rows": len(t.rows), "created": created, "updated": updated}, nil
	})
	return res, err
}

// importRows runs an import in one transaction: rows collects field errors
// in bad; any makes a 422 and nothing is written; a dry run rolls back.
func (s *Service) importRows(ctx context.Context, a auth.User, action string, dryRun bool, res *ImportResult, rows func(tx store.Tx, now time.Time, bad map[string]string) (map[string]any, error)) error {
	err := s.change(ctx, a, Admins, "", func(tx store.Tx, now time.Time) (entry, error) {
		bad := map[string]string{}
		detail, err := rows(tx, now, bad)
		if err != nil {
			return entry{}, err
		}
		if len(bad) > 0 {
			return entry{}, problem.FieldsKey("problem.import_has_errors", bad, len(bad))
		}
		if dryRun {
			return entry{}, errDryRun
		}
		return entry{Action: action, Target: fmt.Sprintf("%d rows", detail["rows"]), Detail: detail}, nil
	})
	if errors.Is(err, errDryRun) {
		return nil
	}
	return err
}

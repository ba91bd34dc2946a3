package admin

import (
	"context"
	"errors"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// User is a user as the API shows it (CONTRACT §10). The password hash is
// never shown; InitialPassword only once, in the answer to a create.
type User struct {
	Login       string   `json:"login"`
	Name        string   `json:"name"`
	Dept        *string  `json:"dept"`
	Email       string   `json:"email"`
	Head        bool     `json:"head"`
	Admin       bool     `json:"admin"`
	Roles       []string `json:"roles"`
	Disabled    bool     `json:"disabled"`
	Lang        string   `json:"lang"`
	EmailNotify bool     `json:"email_notify"`
	Mobile      string   `json:"mobile"`
	// ChatIDs is the user's identity on each chat platform, for personal
	// work notifications: {"dingtalk":"userid","wecom":"UserID","feishu":"user_id"}.
	ChatIDs         map[string]string `json:"chat_ids"`
	InitialPassword string            `json:"initial_password,omitempty"`
}

// UserInput creates a user or (PATCH) changes one; absent fields stay.
type UserInput struct {
	Login       string        `json:"login"`
	Name        Opt[string]   `json:"name"`
	Dept        Opt[string]   `json:"dept"`
	Email       Opt[string]   `json:"email"`
	Head        Opt[bool]     `json:"head"`
	Admin       Opt[bool]     `json:"admin"`
	Roles       Opt[[]string] `json:"roles"`
	Password    Opt[string]   `json:"password"`
	Disabled    Opt[bool]     `json:"disabled"`
	Lang        Opt[string]   `json:"lang"`
	EmailNotify Opt[bool]     `json:"email_notify"`
	Mobile      Opt[string]   `json:"mobile"`
	// ChatIDs changes the named platforms only; an empty id removes one.
	ChatIDs Opt[map[string]string] `json:"chat_ids"`
}

func viewUser(u store.User, head bool) User {
	roles := u.Roles
	if roles == nil {
		roles = []string{}
	}
	ids := map[string]string{}
	for k, v := range u.ChatIDs {
		ids[k] = v
	}
	return User{Login: u.Login, Name: u.Name, Dept: nullable(u.DeptID), Email: u.Email, Head: head, Admin: u.Admin,
		Roles: roles, Disabled: u.Disabled, Lang: u.Lang, EmailNotify: u.EmailNotify, Mobile: u.Mobile, ChatIDs: ids}
}

// Users lists every user, disabled ones included (administrators).
func (s *Service) Users(ctx context.Context, a auth.User) ([]User, error) {
	var out []User
	err := s.read(ctx, a, Admins, "", func(q store.Querier) error {
		heads, err := headsOf(ctx, q)
		if err != nil {
			return err
		}
		list, err := s.cfg.DB.Users(ctx)
		for _, u := range list {
			out = append(out, viewUser(u, heads[u.Login] == u.DeptID && u.DeptID != ""))
		}
		return err
	})
	if out == nil {
		out = []User{}
	}
	return out, err
}

// headsOf maps each head's login to the department they head (the user's
// own department, where there are several).
func headsOf(ctx context.Context, q store.Querier) (map[string]string, error) {
	ds, err := store.In(q).Departments(ctx)
	out := map[string]string{}
	for _, d := range ds {
		if d.HeadLogin != "" {
			if _, ok := out[d.HeadLogin]; !ok {
				out[d.HeadLogin] = d.ID
			}
		}
	}
	return out, err
}

// NeedsFirstAdmin says whether no active administrator exists — a fresh
// database — so that the server's log and the sign-in page say how to
// create one. It needs no actor: before the first administrator nobody
// can sign in to ask.
func (s *Service) NeedsFirstAdmin(ctx context.Context) (bool, error) {
	n, err := s.cfg.DB.ActiveAdmins(ctx)
	return n == 0, err
}

// CreateUser adds a user (201). Without a password the server makes a
// one-time one and returns it once, in InitialPassword. A taken login is a 409.
func (s *Service) CreateUser(ctx context.Context, a auth.User, in UserInput) (User, error) {
	var out User
	err := s.change(ctx, a, Admins, "", func(tx store.Tx, now time.Time) (entry, error) {
		v, err := s.putUser(ctx, tx, in, true, now)
		if err != nil {
			return entry{}, err
		}
		out = v.after
		e := entry{Action: "user_added", Target: v.after.Login, After: v.after}
		out.InitialPassword = v.initial
		return e, nil
	})
	return out, err
}

// UpdateUser changes a user: name, department, email, head, administrator,
// roles, language, a new password (which ends their sessions), or
// disabled (which ends their sessions at once). Disabling or demoting the
// last active administrator is a 409.
func (s *Service) UpdateUser(ctx context.Context, a auth.User, login string, in UserInput) (User, error) {
	var out User
	err := s.change(ctx, a, Admins, "", func(tx store.Tx, now time.Time) (entry, error) {
		if in.Login != "" && in.Login != login {
			return entry{}, problem.FieldsKey("problem.invalid_user", map[string]string{"login": "reason.login_cannot_change"})
		}
		in.Login = login
		v, err := s.putUser(ctx, tx, in, false, now)
		if err != nil {
			return entry{}, err
		}
		out = v.after
		e := entry{Action: "user_changed", Target: login, Before: v.before, After: v.after}
		if in.Password.Set {
			e.Detail = map[string]any{"password": "reset"}
		}
		return e, nil
	})
	return out, err
}

// put is what putUser did: the user before and after, and a one-time
// password it made.
type put struct {
	before, after User
	initial       string
	created       bool
}

// putUser creates or changes one user inside tx: everything the API, the
// pages, the command line and the import share.
func (s *Service) putUser(ctx context.Context, tx store.Tx, in UserInput, create bool, now time.Time) (put, error) {
	in.Login = strings.TrimSpace(in.Login)
	old, err := store.In(tx).UserByLogin(ctx, in.Login)
	exists := err == nil
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return put{}, err
	}
	if create && exists {
		return put{}, problem.Key(problem.Conflict, "problem.login_is_taken", in.Login)
	}
	if !create && !exists {
		return put{}, problem.Key(problem.NotFound, "problem.no_user", in.Login)
	}
	heads, err := headsOf(ctx, tx)
	if err != nil {
		return put{}, err
	}
	wasHead := exists && old.DeptID != "" && heads[old.Login] == old.DeptID
	u := old
	if !exists {
		u = store.User{Login: in.Login, Lang: "zh", EmailNotify: true, CreatedAt: now}
	}
	in.Name.apply(&u.Name)
	in.Dept.apply(&u.DeptID)
	in.Email.apply(&u.Email)
	in.Admin.apply(&u.Admin)
	in.Roles.apply(&u.Roles)
	in.Lang.apply(&u.Lang)
	in.EmailNotify.apply(&u.EmailNotify)
	in.Disabled.apply(&u.Disabled)
	in.Mobile.apply(&u.Mobile)
	u.Name, u.Email, u.DeptID = strings.TrimSpace(u.Name), strings.TrimSpace(u.Email), strings.TrimSpace(u.DeptID)
	u.Mobile = strings.TrimSpace(u.Mobile)
	chatBad := mergeChatIDs(&u, in.ChatIDs)
	head := wasHead && u.DeptID == old.DeptID
	in.Head.apply(&head)

	// Validation: auth's rules for a user, with a stand-in password when
	// none is being set.
	pw := "unchanged"
	if in.Password.Set {
		pw = in.Password.Value
	}
	n := auth.NewUser{Login: u.Login, Name: u.Name, Email: u.Email, Dept: u.DeptID, Head: head, Admin: u.Admin, Roles: u.Roles, Lang: u.Lang, Password: pw}
	bad := map[string]string{}
	if err := n.Validate(); err != nil {
		for f, why := range problem.As(err).Fields {
			if f == "login" && !create {
				continue // an existing login stays as it is
			}
			bad[f] = why
		}
	}
	if in.Password.Set {
		if why := auth.PasswordReason(u.Login, in.Password.Value); why != "" {
			bad["password"] = why
		}
	}
	if create && u.Login == CLILogin {
		bad["login"] = "reason.reserved_for_command_line"
	}
	if create && u.Login == process.SystemLogin {
		bad["login"] = "reason.reserved_for_timers"
	}
	for f, why := range chatBad {
		bad[f] = why
	}
	if u.Mobile != "" && !mobileRe.MatchString(u.Mobile) {
		bad["mobile"] = "reason.mobile_number_digits_optionally_starting"
	}
	for _, r := range u.Roles {
		if process.Blank(r) {
			bad["roles"] = "reason.role_must_not_be_empty"
		} else if why := process.SingleLineReason(r); why != "" {
			bad["roles"] = why // a NUL or line break was stored as a role
		}
	}
	if u.DeptID != "" && bad["dept"] == "" {
		if _, err := store.In(tx).Department(ctx, u.DeptID); errors.Is(err, store.ErrNotFound) {
			bad["dept"] = i18n.Ref("reason.no_department", u.DeptID)
		} else if err != nil {
			return put{}, err
		}
	}
	if len(bad) > 0 {
		return put{}, problem.FieldsKey("problem.invalid_user", bad)
	}
	if exists && old.Admin && !old.Disabled && (!u.Admin || u.Disabled) {
		n, err := store.In(tx).ActiveAdmins(ctx)
		if err != nil {
			return put{}, err
		}
		if n <= 1 {
			return put{}, problem.Key(problem.Conflict, "problem.last_admin", u.Login)
		}
	}

	out := put{created: !exists}
	switch {
	case in.Password.Set:
		if u.PasswordHash, err = s.hash(in.Password.Value); err != nil {
			return put{}, err
		}
	case !exists:
		if out.initial, u.PasswordHash, err = auth.OneTimePassword(); err != nil {
			return put{}, err
		}
	}
	if exists {
		out.before = viewUser(old, wasHead)
		if err := store.In(tx).UpdateUser(ctx, u); err != nil {
			return put{}, err
		}
		if in.Password.Set || u.Disabled {
			if _, err := store.In(tx).DeleteUserSessions(ctx, old.ID, ""); err != nil {
				return put{}, err
			}
		}
	} else if _, err := store.In(tx).CreateUser(ctx, u); err != nil {
		return put{}, err
	}
	if wasHead && (!head || u.DeptID != old.DeptID) {
		if err := store.In(tx).SetDepartmentHead(ctx, old.DeptID, ""); err != nil {
			return put{}, err
		}
	}
	if head && !(wasHead && u.DeptID == old.DeptID) {
		if err := store.In(tx).SetDepartmentHead(ctx, u.DeptID, u.Login); err != nil {
			return put{}, err
		}
	}
	out.after = viewUser(u, head)
	return out, nil
}

// Duty is an open case in which a user plays a role: what to reassign
// when they leave. Duties gives its DueAt in the caller's zone; web shapes
// its JSON (dutyJSON).
type Duty = store.Duty

// DutiesPage is one page (CONTRACT §2) of the open cases where login must
// act or owns a role, soonest due first, and the next page's cursor (""
// at the end). Administrators only.
func (s *Service) DutiesPage(ctx context.Context, a auth.User, login string, loc *time.Location, p store.Page) ([]Duty, string, error) {
	out, next := []Duty{}, ""
	err := s.read(ctx, a, Admins, "", func(q store.Querier) error {
		if _, err := store.In(q).UserByLogin(ctx, login); err != nil {
			return dberr.Problem(err, "thing.user", login)
		}
		list, n, err := store.In(q).DutiesPage(ctx, login, p)
		out, next = append(out, inZone(list, loc)...), n
		return pageErr(err)
	})
	return out, next, err
}

// inZone writes the duties' deadlines in loc.
func inZone(list []Duty, loc *time.Location) []Duty {
	for i, d := range list {
		if d.DueAt != nil {
			t := d.DueAt.In(loc)
			list[i].DueAt = &t
		}
	}
	return list
}

// ChangePassword changes the actor's own password (≥ 8 characters): the
// old one must be right; every other session and token of theirs ends,
// the one named by keepToken stays.
func (s *Service) ChangePassword(ctx context.Context, a auth.User, old, new, keepToken string) error {
	return s.change(ctx, a, Anyone, "", func(tx store.Tx, _ time.Time) (entry, error) {
		u, err := store.In(tx).UserByLogin(ctx, a.Login)
		if err != nil {
			return entry{}, err
		}
		bad := map[string]string{}
		ok, err := s.checkPassword(ctx, old, u.PasswordHash)
		if err != nil {
			return entry{}, err
		}
		if !ok {
			bad["old"] = "reason.not_current_password"
		}
		if why := auth.PasswordReason(a.Login, new); why != "" {
			bad["new"] = why
		}
		if len(bad) > 0 {
			return entry{}, problem.FieldsKey("problem.password_not_changed", bad)
		}
		if u.PasswordHash, err = s.hash(new); err != nil {
			return entry{}, err
		}
		if err := store.In(tx).UpdateUser(ctx, u); err != nil {
			return entry{}, err
		}
		n, err := store.In(tx).DeleteUserSessions(ctx, u.ID, auth.TokenHash(keepToken))
		if err != nil {
			return entry{}, err
		}
		return entry{Action: "password_changed", Target: u.Login, Detail: map[string]any{"sessions_ended": n}}, nil
	})
}

// Preferences are a user's own settings.
type Preferences struct {
	Lang        Opt[string] `json:"lang"`
	EmailNotify Opt[bool]   `json:"email_notify"`
}

// SetPreferences changes a user's language and whether they get email;
// the user themself or an administrator.
func (s *Service) SetPreferences(ctx context.Context, a auth.User, login string, p Preferences) (map[string]any, error) {
	var out map[string]any
	err := s.change(ctx, a, SelfAdmin, login, func(tx store.Tx, _ time.Time) (entry, error) {
		u, err := store.In(tx).UserByLogin(ctx, login)
		if err != nil {
			return entry{}, dberr.Problem(err, "thing.user", login)
		}
		before := map[string]any{"lang": u.Lang, "email_notify": u.EmailNotify}
		p.Lang.apply(&u.Lang)
		p.EmailNotify.apply(&u.EmailNotify)
		if u.Lang != "zh" && u.Lang != "en" {
			return entry{}, problem.FieldsKey("problem.invalid_preferences", map[string]string{"lang": "reason.must_be_zh_or_en"})
		}
		if err := store.In(tx).UpdateUser(ctx, u); err != nil {
			return entry{}, err
		}
		out = map[string]any{"login": login, "lang": u.Lang, "email_notify": u.EmailNotify}
		return entry{Action: "user_preferences", Target: login, Before: before, After: map[string]any{"lang": u.Lang, "email_notify": u.EmailNotify}}, nil
	})
	return out, err
}

var (
	mobileRe = regexp.MustCompile(`^\+?[0-9]{5,20}$`)
	chatIDRe = regexp.MustCompile(`^[A-Za-z0-9_@.:-]{1,64}$`)
)

// mergeChatIDs applies a change of chat identities to u: each platform
// named is set (or, with an empty id, removed); null removes them all.
// It returns the reasons for the fields it refused.
func mergeChatIDs(u *store.User, in Opt[map[string]string]) map[string]string {
	bad := map[string]string{}
	if !in.Set {
		return bad
	}
	ids := map[string]string{}
	for k, v := range u.ChatIDs {
		ids[k] = v
	}
	if in.Null {
		ids = map[string]string{}
	}
	for k, v := range in.Value {
		v = strings.TrimSpace(v)
		switch {
		case !slices.Contains(notify.Platforms, k):
			bad["chat_ids."+k] = "reason.chat_platform"
		case v == "":
			delete(ids, k)
		case !chatIDRe.MatchString(v):
			bad["chat_ids."+k] = "reason.chat_id_pattern"
		default:
			ids[k] = v
		}
	}
	u.ChatIDs = ids
	return bad
}

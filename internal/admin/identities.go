package admin

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// Identity is an OpenID Connect subject that signs in as a user.
type Identity struct {
	Issuer    string `json:"issuer"`
	Subject   string `json:"subject"`
	Email     string `json:"email,omitempty"`
	CreatedAt string `json:"created_at"`
}

// IdentityInput links a subject to a user; issuer defaults to the
// configured provider's.
type IdentityInput struct {
	Issuer  string `json:"issuer"`
	Subject string `json:"subject"`
}

func viewIdentity(id store.Identity) Identity {
	return Identity{Issuer: id.Issuer, Subject: id.Subject, Email: id.Email, CreatedAt: id.CreatedAt.In(i18n.Zone()).Format(time.RFC3339)}
}

// Identities lists the identities that sign in as login (administrators).
func (s *Service) Identities(ctx context.Context, a auth.User, login string) ([]Identity, error) {
	out := []Identity{}
	err := s.read(ctx, a, Admins, "", func(q store.Querier) error {
		if _, err := store.In(q).UserByLogin(ctx, login); err != nil {
			return dberr.Problem(err, "thing.user", login)
		}
		list, err := store.In(q).IdentitiesOf(ctx, login)
		for _, id := range list {
			out = append(out, viewIdentity(id))
		}
		return err
	})
	return out, err
}

func (s *Service) identityInput(ctx context.Context, in IdentityInput) (IdentityInput, error) {
	in.Issuer, in.Subject = strings.TrimSpace(in.Issuer), strings.TrimSpace(in.Subject)
	if in.Issuer == "" && s.cfg.Integrations != nil {
		if c, ok := s.cfg.Integrations.OIDC(ctx); ok {
			in.Issuer = c.Issuer
		}
	}
	bad := map[string]string{}
	if in.Issuer == "" {
		bad["issuer"] = "reason.no_identity_provider_is_configured"
	}
	if in.Subject == "" || len(in.Subject) > 255 {
		bad["subject"] = "reason.provider_s_subject_sub_1"
	}
	if len(bad) > 0 {
		return in, problem.FieldsKey("problem.invalid_identity", bad)
	}
	return in, nil
}

// LinkIdentity makes an identity sign in as login (201): the administrator's
// mapping, which wins over matching by email. A subject linked already is a 409.
func (s *Service) LinkIdentity(ctx context.Context, a auth.User, login string, in IdentityInput) (Identity, error) {
	in, err := s.identityInput(ctx, in)
	if err != nil {
		return Identity{}, err
	}
	var out Identity
	err = s.change(ctx, a, Admins, "", func(tx store.Tx, now time.Time) (entry, error) {
		if _, err := store.In(tx).UserByLogin(ctx, login); err != nil {
			return entry{}, dberr.Problem(err, "thing.user", login)
		}
		// A subject signs in as one user: the service decides before the
		// insert, so that the answer can say what to do.
		if _, err := store.In(tx).IdentityLogin(ctx, in.Issuer, in.Subject); err == nil {
			return entry{}, problem.Key(problem.Conflict, "problem.subject_already_signs_in_as_user", in.Subject)
		} else if !errors.Is(err, store.ErrNotFound) {
			return entry{}, err
		}
		id := store.Identity{Issuer: in.Issuer, Subject: in.Subject, Login: login, CreatedAt: now}
		if err := store.In(tx).LinkIdentity(ctx, id); err != nil {
			return entry{}, dberr.Problem(err, "thing.identity_link", in.Subject)
		}
		out = viewIdentity(id)
		return entry{Action: "identity_linked", Target: login, After: out}, nil
	})
	return out, err
}

// UnlinkIdentity removes an identity of login (204).
func (s *Service) UnlinkIdentity(ctx context.Context, a auth.User, login string, in IdentityInput) error {
	in, err := s.identityInput(ctx, in)
	if err != nil {
		return err
	}
	return s.change(ctx, a, Admins, "", func(tx store.Tx, now time.Time) (entry, error) {
		if err := store.In(tx).UnlinkIdentity(ctx, login, in.Issuer, in.Subject); err != nil {
			return entry{}, dberr.Problem(err, "thing.identity_of", in.Subject, login)
		}
		return entry{Action: "identity_unlinked", Target: login, Before: in}, nil
	})
}

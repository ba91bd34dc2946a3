// Package portal is the customer's (or supplier's) window on one case: signed,
// expiring links sent by email, a page at /p/{token} to read the case and act
// on it without an account, and the same through /api/v1/portal/{token}.
package portal

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store"
)

// DefaultTTL is how long a link lasts when Config.TTL is zero.
const DefaultTTL = 30 * 24 * time.Hour

// RenewEvery is the least time between two requests for a new link.
const RenewEvery = time.Hour

// macLen is the length of a token's signature; with the 8-byte id the token
// is 32 bytes, 43 characters of base64url.
const macLen = 24

// Config holds what the portal needs.
type Config struct {
	DB      *store.DB
	Cases   *cases.Service
	BaseURL func() string // the server's public base, e.g. https://liaison.example; "" gives relative links
	TTL     time.Duration // how long a new link lasts; DefaultTTL when zero
	Logger  *slog.Logger
	// Secret signs the links. Empty: a random key is made on first use and
	// kept in the database (table portal_secret), so links survive restarts.
	Secret []byte
	// Records stores the files a party uploads; without it links take none.
	Records *records.Service
}

// Portal makes, checks and serves the links.
type Portal struct {
	cfg Config
	mu  sync.Mutex
	key []byte // the signing key once known to be committed
}

// New returns a portal.
func New(cfg Config) *Portal {
	if cfg.TTL <= 0 {
		cfg.TTL = DefaultTTL
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.BaseURL == nil {
		cfg.BaseURL = func() string { return "" }
	}
	p := &Portal{cfg: cfg}
	if len(cfg.Secret) > 0 {
		p.key = deriveKey(cfg.Secret)
	}
	return p
}

// deriveKey separates the portal's key from any other use of the secret.
func deriveKey(secret []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("liaison portal links v1"))
	return m.Sum(nil)
}

// signingKey returns the key, reading (or making) it through q. A key made
// in q's transaction is not remembered until a later call reads it back,
// because the transaction may still roll back.
func (p *Portal) signingKey(ctx context.Context, q store.Querier) ([]byte, error) {
	p.mu.Lock()
	k := p.key
	p.mu.Unlock()
	if k != nil {
		return k, nil
	}
	var fresh [32]byte
	if _, err := rand.Read(fresh[:]); err != nil {
		return nil, fmt.Errorf("portal: key: %w", err)
	}
	h, created, err := store.PortalSecret(ctx, q, hex.EncodeToString(fresh[:]), time.Now())
	if err != nil {
		return nil, err
	}
	raw, err := hex.DecodeString(h)
	if err != nil || len(raw) < 16 {
		return nil, errors.New("portal: the stored key is not valid hex")
	}
	k = deriveKey(raw)
	if !created {
		p.mu.Lock()
		p.key = k
		p.mu.Unlock()
	}
	return k, nil
}

// token is the link's secret: base64url(id || HMAC(key, id || nonce)[:24]).
func token(key []byte, id int64, nonce string) string {
	var b [8 + macLen]byte
	binary.BigEndian.PutUint64(b[:8], uint64(id))
	copy(b[8:], mac(key, id, nonce))
	return base64.RawURLEncoding.EncodeToString(b[:])
}

func mac(key []byte, id int64, nonce string) []byte {
	m := hmac.New(sha256.New, key)
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(id))
	m.Write([]byte("link\x00"))
	m.Write(b[:])
	m.Write([]byte(nonce))
	return m.Sum(nil)[:macLen]
}

// csrf is the hidden form value for a link: bound to the token, so a form
// from one link cannot be replayed against another.
func csrf(key []byte, tok string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("csrf\x00"))
	m.Write([]byte(tok))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil)[:18])
}

// Errors of resolve; the handlers map them to 404 and 410.
var (
	errUnknown = problem.New(problem.NotFound, "链接无效 (unknown link)")
)

// linkState says why a well-signed link cannot be used.
type linkState int

const (
	linkValid linkState = iota
	linkExpired
	linkRevoked
)

// resolve checks tok and returns its link; a token that does not parse, has
// no row or a wrong signature is errUnknown, whichever it is, so that a
// guesser learns nothing. The link's last use is recorded.
func (p *Portal) resolve(ctx context.Context, tok string) (store.PortalLink, linkState, error) {
	raw, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(raw) != 8+macLen {
		return store.PortalLink{}, 0, errUnknown
	}
	id := int64(binary.BigEndian.Uint64(raw[:8]))
	if id <= 0 {
		return store.PortalLink{}, 0, errUnknown
	}
	key, err := p.signingKey(ctx, p.cfg.DB.SQL())
	if err != nil {
		return store.PortalLink{}, 0, err
	}
	l, err := store.PortalLinkByID(ctx, p.cfg.DB.SQL(), id)
	if errors.Is(err, store.ErrNotFound) {
		return store.PortalLink{}, 0, errUnknown
	}
	if err != nil {
		return store.PortalLink{}, 0, err
	}
	if subtle.ConstantTimeCompare(raw[8:], mac(key, id, l.Nonce)) != 1 {
		return store.PortalLink{}, 0, errUnknown
	}
	now, err := p.cfg.Cases.Now(ctx)
	if err != nil {
		return store.PortalLink{}, 0, err
	}
	if err := store.TouchPortalLink(ctx, p.cfg.DB.SQL(), l.ID, now); err != nil {
		p.cfg.Logger.WarnContext(ctx, "portal: last use not recorded", "link", l.ID, "err", err)
	}
	switch {
	case l.RevokedAt != nil:
		return l, linkRevoked, nil
	case !now.Before(l.ExpiresAt):
		return l, linkExpired, nil
	}
	return l, linkValid, nil
}

// Linker returns the function the case service calls, inside the transaction
// that notifies an external contact, for the link to put in the mail. It
// reuses the contact's unrevoked link to the case while that has at least
// half its lifetime left, so a busy case does not mint a link per mail.
func (p *Portal) Linker() cases.PortalLinker {
	return func(ctx context.Context, tx *sql.Tx, caseID int64, party, email string, now time.Time) (string, time.Time, error) {
		email = strings.ToLower(strings.TrimSpace(email))
		key, err := p.signingKey(ctx, tx)
		if err != nil {
			return "", time.Time{}, err
		}
		l, ok, err := store.ReusablePortalLink(ctx, tx, caseID, party, email, now.Add(p.cfg.TTL/2))
		if err != nil {
			return "", time.Time{}, err
		}
		if !ok {
			if l, err = p.mint(ctx, tx, caseID, party, email, now); err != nil {
				return "", time.Time{}, err
			}
		}
		return p.url(token(key, l.ID, l.Nonce)), l.ExpiresAt, nil
	}
}

func (p *Portal) url(tok string) string {
	return strings.TrimRight(p.cfg.BaseURL(), "/") + "/p/" + tok
}

// Revoke revokes every link of the case sent to email (every link of the
// case when email is empty); the next use of one is refused with 410 and an
// offer to request a new link.
func (p *Portal) Revoke(ctx context.Context, caseID int64, email string) error {
	now, err := p.cfg.Cases.Now(ctx)
	if err != nil {
		return err
	}
	return p.cfg.DB.Tx(ctx, func(tx *sql.Tx) error {
		_, err := store.RevokePortalLinks(ctx, tx, caseID, strings.ToLower(strings.TrimSpace(email)), now)
		return err
	})
}

// Package links is the service behind the portal's links: it makes them
// (signed, expiring, reused while fresh), checks them, revokes them and
// records requests for new ones. The portal only translates HTTP.
package links

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// DefaultTTL is how long a link lasts when Config.TTL is zero.
const DefaultTTL = 30 * 24 * time.Hour

// RenewEvery is the least time between two requests for a new link.
const RenewEvery = time.Hour

// macLen is the length of a token's signature; with the 8-byte id the token
// is 32 bytes, 43 characters of base64url.
const macLen = 24

// Config holds what the link service needs.
type Config struct {
	DB      *store.DB
	Cases   *cases.Service
	BaseURL func() string // the server's public base, e.g. https://liaison.example; "" gives relative links
	TTL     time.Duration // how long a new link lasts; DefaultTTL when zero
	Logger  *slog.Logger
	// Secret signs the links. Empty: a random key is made on first use and
	// kept in the database (table portal_secret), so links survive restarts.
	Secret []byte
}

// Service makes, checks, revokes and renews the links.
type Service struct {
	cfg Config
	mu  sync.Mutex
	key []byte // the signing key once known to be committed
}

// New returns the link service.
func New(cfg Config) *Service {
	if cfg.TTL <= 0 {
		cfg.TTL = DefaultTTL
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.BaseURL == nil {
		cfg.BaseURL = func() string { return "" }
	}
	p := &Service{cfg: cfg}
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
func (p *Service) signingKey(ctx context.Context, q store.Querier) ([]byte, error) {
	p.mu.Lock()
	k := p.key
	p.mu.Unlock()
	if k != nil {
		return k, nil
	}
	var fresh [32]byte
	if _, err := rand.Read(fresh[:]); err != nil {
		return nil, fmt.Errorf("links: key: %w", err)
	}
	h, created, err := store.In(q).PortalSecret(ctx, hex.EncodeToString(fresh[:]), time.Now())
	if err != nil {
		return nil, err
	}
	raw, err := hex.DecodeString(h)
	if err != nil || len(raw) < 16 {
		return nil, errors.New("links: the stored key is not valid hex")
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

// errUnknown answers every link that does not check out (404).
var errUnknown = problem.Key(problem.NotFound, "problem.unknown_link")

// Link is one link as stored.
type Link = store.PortalLink

// State says why a well-signed link cannot be used.
type State int

// The states of a link.
const (
	Valid State = iota
	Expired
	Revoked
)

// Resolve checks tok and returns its link; a token that does not parse, has
// no row or a wrong signature is errUnknown, whichever it is, so that a
// guesser learns nothing. The link's last use is recorded.
func (p *Service) Resolve(ctx context.Context, tok string) (Link, State, error) {
	raw, ok := decodeToken(tok)
	if !ok {
		return Link{}, 0, errUnknown
	}
	id := int64(binary.BigEndian.Uint64(raw[:8]))
	if id <= 0 {
		return Link{}, 0, errUnknown
	}
	key, err := p.signingKey(ctx, p.cfg.DB.SQL())
	if err != nil {
		return Link{}, 0, err
	}
	l, err := p.cfg.DB.PortalLinkByID(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return Link{}, 0, errUnknown
	}
	if err != nil {
		return Link{}, 0, err
	}
	if subtle.ConstantTimeCompare(raw[8:], mac(key, id, l.Nonce)) != 1 {
		return Link{}, 0, errUnknown
	}
	now, err := p.cfg.Cases.Now(ctx)
	if err != nil {
		return Link{}, 0, err
	}
	if err := p.cfg.DB.TouchPortalLink(ctx, l.ID, now); err != nil {
		p.cfg.Logger.WarnContext(ctx, "links: last use not recorded", "link", l.ID, "err", err)
	}
	switch {
	case l.RevokedAt != nil:
		return l, Revoked, nil
	case !now.Before(l.ExpiresAt):
		return l, Expired, nil
	}
	return l, Valid, nil
}

// tokenLen is the length of every token: 32 bytes of base64url, unpadded.
const tokenLen = 43

// decodeToken decodes tok strictly: exactly tokenLen characters of the
// base64url alphabet (Go's decoder skips CR and LF, even in strict mode) and
// zero unused bits in the last character, so that a token has one spelling.
func decodeToken(tok string) ([]byte, bool) {
	if len(tok) != tokenLen {
		return nil, false
	}
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			return nil, false
		}
	}
	raw, err := base64.RawURLEncoding.Strict().DecodeString(tok)
	if err != nil || len(raw) != 8+macLen {
		return nil, false
	}
	return raw, true
}

// Linker returns the function the case service calls, inside the transaction
// that notifies an external contact, for the link to put in the mail (its
// id; Expand makes the URL at send time). It
// reuses the contact's unrevoked link to the case while that has at least
// half its lifetime left, so a busy case does not mint a link per mail.
func (p *Service) Linker() cases.PortalLinker {
	return func(ctx context.Context, tx store.Tx, caseID int64, party, email string, now time.Time) (string, time.Time, error) {
		email = strings.ToLower(strings.TrimSpace(email))
		// The key is made (if it is the first link) in the same transaction.
		if _, err := p.signingKey(ctx, tx); err != nil {
			return "", time.Time{}, err
		}
		l, ok, err := store.In(tx).ReusablePortalLink(ctx, caseID, party, email, now.Add(p.cfg.TTL/2))
		if err != nil {
			return "", time.Time{}, err
		}
		if !ok {
			if l, err = p.mint(ctx, tx, caseID, party, email, now); err != nil {
				return "", time.Time{}, err
			}
		}
		return strconv.FormatInt(l.ID, 10), l.ExpiresAt, nil
	}
}

// Expand puts the link into a message about to be sent: the outbox row
// keeps only the link's id (Fields["link_id"]), as the database keeps only
// the nonce, and the URL with its token is made here, at send time.
// notify.Dispatcher calls it (DispatcherOptions.Expand).
func (p *Service) Expand(ctx context.Context, m notify.Message) (notify.Message, error) {
	ref := m.Fields["link_id"]
	if ref == "" {
		return m, nil
	}
	id, err := strconv.ParseInt(ref, 10, 64)
	if err != nil {
		return m, fmt.Errorf("links: link id %q: %w", ref, err)
	}
	url, err := p.LinkURL(ctx, id)
	if err != nil {
		return m, err
	}
	m.Fields = maps.Clone(m.Fields)
	delete(m.Fields, "link_id")
	m.Fields["link"] = url
	return m, nil
}

// LinkURL returns the URL of link id, with its token.
func (p *Service) LinkURL(ctx context.Context, id int64) (string, error) {
	key, err := p.signingKey(ctx, p.cfg.DB.SQL())
	if err != nil {
		return "", err
	}
	l, err := p.cfg.DB.PortalLinkByID(ctx, id)
	if err != nil {
		return "", fmt.Errorf("links: link %d: %w", id, err)
	}
	return p.url(token(key, l.ID, l.Nonce)), nil
}

func (p *Service) url(tok string) string {
	return strings.TrimRight(p.cfg.BaseURL(), "/") + "/p/" + tok
}

// Revoke revokes every link of the case sent to email (every link of the
// case when email is empty); the next use of one is refused with 410 and an
// offer to request a new link.
func (p *Service) Revoke(ctx context.Context, caseID int64, email string) error {
	now, err := p.cfg.Cases.Now(ctx)
	if err != nil {
		return err
	}
	return p.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		_, err := store.In(tx).RevokePortalLinks(ctx, caseID, strings.ToLower(strings.TrimSpace(email)), now)
		return err
	})
}

// Key is the signing key (made and stored on first use); forms bind
// their tokens to it.
func (p *Service) Key(ctx context.Context) ([]byte, error) { return p.signingKey(ctx, p.cfg.DB.SQL()) }

// RequestRenewal records a request for a new link, at most once per
// RenewEvery per link: an event in the case that tells the staff member who
// opened it, and an audit entry naming the case, the party and the address.
// It reports 0 when the request was recorded or, when one was already
// asked, how long until another can be (a 429's Retry-After).
func (p *Service) RequestRenewal(ctx context.Context, l Link, ip string) (time.Duration, error) {
	now, err := p.cfg.Cases.Now(ctx)
	if err != nil {
		return 0, err
	}
	recorded := false
	err = p.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		ok, err := store.In(tx).MarkPortalRenew(ctx, l.ID, now, now.Add(-RenewEvery))
		if err != nil || !ok {
			return err
		}
		recorded = true
		if err := p.cfg.Cases.RecordLinkRequest(ctx, tx, l.CaseID, l.Party, l.Email, now); err != nil {
			return err
		}
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{
			At: now, Actor: "party:" + l.Party, Action: "portal_renew_requested", Target: "case:" + strconv.FormatInt(l.CaseID, 10), IP: ip,
			Detail: map[string]any{"case_id": l.CaseID, "party": l.Party, "email": l.Email, "link_id": l.ID},
		})
	})
	if err != nil || recorded {
		return 0, err
	}
	wait := RenewEvery // asked just now, by a request that raced this one
	if l.RenewRequestedAt != nil && l.RenewRequestedAt.Add(RenewEvery).After(now) {
		wait = l.RenewRequestedAt.Add(RenewEvery).Sub(now)
	}
	return wait, nil
}

package records

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"time"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// EnsureKey makes the installation's first signing key if the database
// has none, and returns the fingerprint of the key that signs.
func (s *Service) EnsureKey(ctx context.Context) (string, error) {
	var fp string
	err := s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		k, err := activeKey(ctx, tx, s.nowIn(ctx, tx))
		fp = k.Fingerprint
		return err
	})
	return fp, err
}

// activeKey returns the key that signs, making the first one if needed.
func activeKey(ctx context.Context, tx store.Tx, now time.Time) (store.SigningKey, error) {
	k, err := store.In(tx).ActiveSigningKey(ctx)
	if errors.Is(err, store.ErrNotFound) {
		return newKey(ctx, tx, now)
	}
	return k, err
}

func newKey(ctx context.Context, tx store.Tx, now time.Time) (store.SigningKey, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return store.SigningKey{}, fmt.Errorf("records: key: %w", err)
	}
	k := store.SigningKey{Fingerprint: archive.Fingerprint(pub), PublicKey: base64.StdEncoding.EncodeToString(pub),
		PrivateKey: base64.StdEncoding.EncodeToString(priv.Seed()), CreatedAt: now.UTC().Truncate(time.Microsecond)}
	return k, store.In(tx).AddSigningKey(ctx, k)
}

// privateKey decodes a stored key's private half.
func privateKey(k store.SigningKey) (ed25519.PrivateKey, error) {
	seed, err := base64.StdEncoding.DecodeString(k.PrivateKey)
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("records: signing key %s is damaged", archive.Short(k.Fingerprint))
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// Rotate makes a new signing key; the old ones are retired but kept, so
// what they signed still verifies. Administrators only (the command line
// acts as one).
func (s *Service) Rotate(ctx context.Context, actor process.Actor) (string, error) {
	if !actor.Admin {
		return "", problem.Key(problem.Forbidden, "problem.admins_only_rotate_keys")
	}
	var fp string
	err := s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		now := s.nowIn(ctx, tx)
		old, err := store.In(tx).ActiveSigningKey(ctx)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return err
		}
		k, err := newKey(ctx, tx, now)
		if err != nil {
			return err
		}
		fp = k.Fingerprint
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: now, Actor: who(actor), Action: "signing_key_rotated", Target: k.Fingerprint,
			IP: store.IPFrom(ctx), Detail: map[string]any{"before": old.Fingerprint, "after": k.Fingerprint}})
	})
	return fp, err
}

// Keys lists every public key, oldest first.
func (s *Service) Keys(ctx context.Context) ([]archive.Key, error) {
	return publicKeys(ctx, s.cfg.DB.SQL())
}

func publicKeys(ctx context.Context, q store.Querier) ([]archive.Key, error) {
	rows, err := store.In(q).SigningKeys(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]archive.Key, 0, len(rows))
	for _, k := range rows {
		ak := archive.Key{Fingerprint: k.Fingerprint, PublicKey: k.PublicKey, CreatedAt: k.CreatedAt.Format(time.RFC3339)}
		if k.RetiredAt != nil {
			ak.RetiredAt = k.RetiredAt.Format(time.RFC3339)
		}
		out = append(out, ak)
	}
	return out, nil
}

// KeyInfo is a signing key as the records administration page lists it.
type KeyInfo struct {
	Fingerprint string
	CreatedAt   time.Time
	RetiredAt   *time.Time // nil while in use
}

// KeysFor lists the signing keys for the records administration page,
// oldest first: administrators only.
func (s *Service) KeysFor(ctx context.Context, actor process.Actor) ([]KeyInfo, error) {
	if !actor.Admin {
		return nil, problem.Key(problem.Forbidden, "problem.admins_only_manage_keys")
	}
	rows, err := s.cfg.DB.SigningKeys(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]KeyInfo, 0, len(rows))
	for _, k := range rows {
		out = append(out, KeyInfo{Fingerprint: k.Fingerprint, CreatedAt: k.CreatedAt, RetiredAt: k.RetiredAt})
	}
	return out, nil
}

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// SigningKey is one of the installation's Ed25519 keys, as kept.
type SigningKey struct {
	Fingerprint string
	PublicKey   string // base64
	PrivateKey  string // base64 seed; empty when listed for verification only
	CreatedAt   time.Time
	RetiredAt   *time.Time
}

// ActiveSigningKey returns the newest key not retired, or ErrNotFound.
func (q Q) ActiveSigningKey(ctx context.Context) (SigningKey, error) {
	var k SigningKey
	var created int64
	err := q.QueryRowContext(ctx, `SELECT fingerprint, public_key, private_key, created_at FROM signing_keys
		WHERE retired_at IS NULL ORDER BY created_at DESC, fingerprint LIMIT 1`).Scan(&k.Fingerprint, &k.PublicKey, &k.PrivateKey, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return SigningKey{}, ErrNotFound
	}
	if err != nil {
		return SigningKey{}, fmt.Errorf("store: signing key: %w", err)
	}
	k.CreatedAt = fromMicros(created)
	return k, nil
}

// SigningKeys lists every key, oldest first (retired ones in the order they
// were retired, then the one in use), without the private halves.
func (q Q) SigningKeys(ctx context.Context) ([]SigningKey, error) {
	rows, err := q.QueryContext(ctx, `SELECT fingerprint, public_key, created_at, retired_at FROM signing_keys
		ORDER BY COALESCE(retired_at, 9223372036854775807), created_at, fingerprint`)
	if err != nil {
		return nil, fmt.Errorf("store: signing keys: %w", err)
	}
	defer rows.Close()
	var out []SigningKey
	for rows.Next() {
		var k SigningKey
		var created int64
		var retired sql.NullInt64
		if err := rows.Scan(&k.Fingerprint, &k.PublicKey, &created, &retired); err != nil {
			return nil, err
		}
		k.CreatedAt = fromMicros(created)
		if retired.Valid {
			t := fromMicros(retired.Int64)
			k.RetiredAt = &t
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// AddSigningKey retires every key in use and adds k as the one that signs.
func (q Q) AddSigningKey(ctx context.Context, k SigningKey) error {
	if _, err := q.ExecContext(ctx, `UPDATE signing_keys SET retired_at = $1 WHERE retired_at IS NULL`, micros(k.CreatedAt)); err != nil {
		return fmt.Errorf("store: retire signing keys: %w", err)
	}
	if _, err := q.ExecContext(ctx, `INSERT INTO signing_keys (fingerprint, public_key, private_key, created_at) VALUES ($1, $2, $3, $4)`,
		k.Fingerprint, k.PublicKey, k.PrivateKey, micros(k.CreatedAt)); err != nil {
		return fmt.Errorf("store: add signing key: %w", err)
	}
	return nil
}

// DocSignature is the server's signature of a document signed in a case.
type DocSignature struct {
	ID        int64
	CaseID    int64
	EventSeq  int
	Document  string
	Role      string
	Signer    string
	At        time.Time
	SHA256    string
	Canonical string // the document's canonical JSON as signed
	Key       string // the signing key's fingerprint
	Signature string // base64
}

// InsertSignature records s.
func (q Q) InsertSignature(ctx context.Context, s DocSignature) error {
	return q.write(ctx, "signature", `INSERT INTO signatures (case_id, event_seq, document, role, signer, at, sha256, canonical, key, signature)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
		s.CaseID, s.EventSeq, s.Document, s.Role, s.Signer, micros(s.At), s.SHA256, s.Canonical, s.Key, s.Signature)
}

// CaseSignatures returns a case's signatures in the order they were made;
// withContent also reads the canonical JSON.
func (q Q) CaseSignatures(ctx context.Context, caseID int64, withContent bool) ([]DocSignature, error) {
	content := "''"
	if withContent {
		content = "canonical"
	}
	rows, err := q.QueryContext(ctx, `SELECT id, case_id, event_seq, document, role, signer, at, sha256, `+content+`, key, signature
		FROM signatures WHERE case_id = $1 ORDER BY id`, caseID)
	if err != nil {
		return nil, fmt.Errorf("store: signatures: %w", err)
	}
	defer rows.Close()
	var out []DocSignature
	for rows.Next() {
		var s DocSignature
		var at int64
		if err := rows.Scan(&s.ID, &s.CaseID, &s.EventSeq, &s.Document, &s.Role, &s.Signer, &at, &s.SHA256, &s.Canonical, &s.Key, &s.Signature); err != nil {
			return nil, err
		}
		s.At = fromMicros(at)
		out = append(out, s)
	}
	return out, rows.Err()
}

// CaseHeads lists, in id order, the id, key and chain head of the cases
// after case id `after`, at most limit (or of the one case with key, when
// key is not empty), for verification a page at a time.
func (q Q) CaseHeads(ctx context.Context, key string, after int64, limit int) ([]CaseRow, error) {
	query, args := `SELECT id, key, event_seq, event_hash FROM cases WHERE id > $1 ORDER BY id LIMIT `+strconv.Itoa(limit), []any{after}
	if key != "" {
		query, args = `SELECT id, key, event_seq, event_hash FROM cases WHERE key = $1`, []any{key}
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: case heads: %w", err)
	}
	defer rows.Close()
	var out []CaseRow
	for rows.Next() {
		var r CaseRow
		if err := rows.Scan(&r.ID, &r.Key, &r.EventSeq, &r.EventHash); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

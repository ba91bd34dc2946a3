// Package archive is the pure core of liaison's records: the fingerprints
// and signed messages of the installation's Ed25519 keys, the hash chain of
// a case's events, and the archive bundle — a ZIP of a case's records with
// a signed manifest — written and verified from its own bytes. It touches
// no database and no file system: the shell (internal/records, cmd/liaison)
// hands it bytes and readers.
package archive

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// Format names the bundle layout; verify refuses any other.
const Format = "liaison-archive/1"

// Fingerprint is the hex SHA-256 of a public key.
func Fingerprint(pub ed25519.PublicKey) string {
	h := sha256.Sum256(pub)
	return hex.EncodeToString(h[:])
}

// Short is the first 16 hex digits of a fingerprint, as pages and PDFs
// show it.
func Short(fp string) string {
	if len(fp) > 16 {
		return fp[:16]
	}
	return fp
}

// SHA256 is the hex SHA-256 of b.
func SHA256(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// EventHash chains an event to its predecessor: SHA-256 over the previous
// hash, a newline and the event's stored JSON. The first event's previous
// hash is empty.
func EventHash(prev, body string) string {
	h := sha256.Sum256([]byte(prev + "\n" + body))
	return hex.EncodeToString(h[:])
}

// Signed is what the server signs when someone signs a document: the
// case, the document and the SHA-256 of its canonical JSON, the signer and
// the time.
type Signed struct {
	Case     string
	Document string
	SHA256   string
	Signer   string
	At       time.Time
}

// Message is the exact bytes the Ed25519 signature covers.
func (s Signed) Message() []byte {
	return []byte("liaison signature v1\ncase=" + s.Case + "\ndocument=" + s.Document + "\nsha256=" + s.SHA256 +
		"\nsigner=" + s.Signer + "\nat=" + s.At.UTC().Format(time.RFC3339Nano) + "\n")
}

// Sign signs s with key and returns the base64 signature.
func Sign(key ed25519.PrivateKey, s Signed) string {
	return base64.StdEncoding.EncodeToString(ed25519.Sign(key, s.Message()))
}

// Check reports whether sig (base64) is pub's signature of s.
func Check(pub ed25519.PublicKey, s Signed, sig string) error {
	raw, err := base64.StdEncoding.DecodeString(sig)
	if err != nil || len(raw) != ed25519.SignatureSize {
		return fmt.Errorf("the signature is not a base64 Ed25519 signature")
	}
	if !ed25519.Verify(pub, s.Message(), raw) {
		return fmt.Errorf("the signature does not hold under key %s", Short(Fingerprint(pub)))
	}
	return nil
}

// Key is a public signing key as a manifest lists it.
type Key struct {
	Fingerprint string `json:"fingerprint"`
	PublicKey   string `json:"public_key"` // base64, 32 bytes
	CreatedAt   string `json:"created_at"`
	RetiredAt   string `json:"retired_at,omitempty"`
}

// Public decodes the key and checks it against its fingerprint.
func (k Key) Public() (ed25519.PublicKey, error) {
	raw, err := base64.StdEncoding.DecodeString(k.PublicKey)
	if err != nil || len(raw) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("key %s: not a base64 Ed25519 public key", Short(k.Fingerprint))
	}
	pub := ed25519.PublicKey(raw)
	if Fingerprint(pub) != k.Fingerprint {
		return nil, fmt.Errorf("key %s: the public key does not match its fingerprint", Short(k.Fingerprint))
	}
	return pub, nil
}

// MatchKey finds the key whose fingerprint is fp or starts with it (at
// least 16 hex digits, as Short prints them).
func MatchKey(keys []Key, fp string) (Key, bool) {
	fp = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(fp), ":", ""))
	if len(fp) < 16 {
		return Key{}, false
	}
	for _, k := range keys {
		if strings.HasPrefix(k.Fingerprint, fp) {
			return k, true
		}
	}
	return Key{}, false
}

package archive

import (
	"archive/zip"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"strings"
	"unicode"
)

// Names of the bundle's fixed files.
const (
	ManifestName  = "manifest.json"
	SignatureName = "manifest.sig" // base64 Ed25519 signature of manifest.json's bytes
	CaseName      = "case.json"
)

// Manifest is manifest.json: what the bundle holds and the hashes that
// bind it, signed as a whole by Key.
type Manifest struct {
	Format      string       `json:"format"`
	Case        string       `json:"case"` // the case key
	Created     string       `json:"created_at"`
	Key         string       `json:"key"`  // fingerprint of the key that signs this manifest
	Keys        []Key        `json:"keys"` // every key a signature in the bundle may use
	Files       []File       `json:"files"`
	Events      []Link       `json:"events"` // the hash chain of case.json's events
	Head        string       `json:"head"`
	Signatures  []Signature  `json:"signatures"`
	Attachments []Attachment `json:"attachments"`
}

// File is one file of the bundle with its size and SHA-256.
type File struct {
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Signature is one document signature: who signed which document when,
// the SHA-256 of its canonical JSON as signed (kept in File), and the
// server's Ed25519 signature over Signed.
type Signature struct {
	Document  string `json:"document"`
	Role      string `json:"role,omitempty"`
	Signer    string `json:"signer"`
	At        string `json:"at"` // RFC 3339 with nanoseconds, UTC
	SHA256    string `json:"sha256"`
	Key       string `json:"key"`
	Signature string `json:"signature"`
	File      string `json:"file"` // the document as signed
}

// Attachment is one file attached to the case.
type Attachment struct {
	ID     int64  `json:"id"`
	Name   string `json:"name"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
	Type   string `json:"type"`
	File   string `json:"file"`
}

// CaseFile is case.json: the case as the API shows it and its events as
// stored, so the chain can be recomputed from the bundle's own bytes.
type CaseFile struct {
	Case   json.RawMessage `json:"case"`
	Events []Event         `json:"events"`
}

// SafeName reports whether name is a plain relative path inside a bundle:
// no absolute path, no "..", no backslash, no control or bidi characters.
func SafeName(name string) bool {
	if name == "" || len(name) > 512 || strings.HasPrefix(name, "/") || strings.Contains(name, "\\") || path.Clean(name) != name {
		return false
	}
	for _, part := range strings.Split(name, "/") {
		if part == ".." || part == "." || part == "" {
			return false
		}
	}
	for _, r := range name {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == ':' {
			return false
		}
	}
	return true
}

// Writer writes a bundle as a stream: files are hashed as they pass, and
// Seal adds the public keys, the manifest and its signature. Files are
// stored, not compressed, and headers carry no times, so the ZIP's framing
// is a function of its names and contents and Verify can rebuild it.
type Writer struct {
	zw    *zip.Writer
	files []File
	names map[string]bool
}

// NewWriter starts a bundle on w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{zw: zip.NewWriter(w), names: map[string]bool{}}
}

// create opens the next entry the one way bundles are written.
func create(zw *zip.Writer, name string) (io.Writer, error) {
	// 1980-01-01 00:00, the first DOS date: a fixed, valid time, so the
	// bytes do not depend on when the bundle was written and unzip tools
	// show a date rather than a zero.
	// Modified would add an extended-timestamp field and change the bytes
	// of every bundle; the DOS date alone is what bundles have always had.
	//lint:ignore SA1019 the DOS date field is set on purpose (see above)
	return zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Store, ModifiedDate: 0x21})
}

// Add streams r into the bundle as name and records its size and hash.
func (w *Writer) Add(name string, r io.Reader) (File, error) {
	if !SafeName(name) || w.names[name] || name == ManifestName || name == SignatureName {
		return File{}, fmt.Errorf("archive: bad or repeated file name %q", name)
	}
	w.names[name] = true
	out, err := create(w.zw, name)
	if err != nil {
		return File{}, fmt.Errorf("archive: %s: %w", name, err)
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(out, h), r)
	if err != nil {
		return File{}, fmt.Errorf("archive: %s: %w", name, err)
	}
	f := File{Name: name, Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}
	w.files = append(w.files, f)
	return f, nil
}

// AddBytes adds b as name.
func (w *Writer) AddBytes(name string, b []byte) (File, error) {
	return w.Add(name, strings.NewReader(string(b)))
}

// KeyFile is where a key's public half is kept in a bundle.
func KeyFile(fp string) string { return "keys/" + fp + ".pub" }

// Seal adds m.Keys as key files, then manifest.json (m with the files and
// the signing key's fingerprint filled in) and its signature by key, and
// finishes the ZIP.
func (w *Writer) Seal(m Manifest, key ed25519.PrivateKey) error {
	for _, k := range m.Keys {
		if _, err := w.AddBytes(KeyFile(k.Fingerprint), []byte(k.PublicKey+"\n")); err != nil {
			return err
		}
	}
	m.Format = Format
	m.Key = Fingerprint(key.Public().(ed25519.PublicKey))
	m.Files = w.files
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("archive: manifest: %w", err)
	}
	for _, f := range []struct {
		name string
		body []byte
	}{{ManifestName, b}, {SignatureName, []byte(base64.StdEncoding.EncodeToString(ed25519.Sign(key, b)) + "\n")}} {
		out, err := create(w.zw, f.name)
		if err == nil {
			_, err = out.Write(f.body)
		}
		if err != nil {
			return fmt.Errorf("archive: %s: %w", f.name, err)
		}
	}
	return w.zw.Close()
}

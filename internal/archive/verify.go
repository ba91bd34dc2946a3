package archive

import (
	"archive/zip"
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// Limits bound what Verify reads, so that a hostile bundle cannot exhaust
// memory: files are hashed as a stream and only the small JSON files are
// held. Zero fields take the defaults.
type Limits struct {
	Files int   // entries in the ZIP; default 100,000
	File  int64 // bytes of one file; default 1 GiB
	Total int64 // bytes of all files; default 16 GiB
	JSON  int64 // bytes of one JSON file held in memory; default 256 MiB
}

func (l Limits) withDefaults() Limits {
	if l.Files <= 0 {
		l.Files = 100_000
	}
	if l.File <= 0 {
		l.File = 1 << 30
	}
	if l.Total <= 0 {
		l.Total = 16 << 30
	}
	if l.JSON <= 0 {
		l.JSON = 256 << 20
	}
	return l
}

// Options are Verify's settings.
type Options struct {
	// Key pins the key the manifest must be signed by (a fingerprint or its
	// first 16 or more hex digits). Empty trusts the key the bundle names,
	// which Report.Key shows, so it can be compared with the installation's.
	Key    string
	Limits Limits
}

// Report is what Verify found.
type Report struct {
	Case        string    `json:"case"`
	Key         string    `json:"key"`    // the fingerprint of the key trusted
	Pinned      bool      `json:"pinned"` // Key is the one Options.Key pinned
	Files       int       `json:"files"`
	Events      int       `json:"events"`
	Signatures  int       `json:"signatures"`
	Attachments int       `json:"attachments"`
	Problems    []Problem `json:"problems"`
	// Unlisted counts the problems found beyond those listed (a check of a
	// whole database lists a bounded number).
	Unlisted int `json:"unlisted,omitempty"`
}

// OK is true when every hash and signature holds.
func (r *Report) OK() bool { return len(r.Problems) == 0 && r.Unlisted == 0 }

// Found is how many problems were found, listed or not.
func (r *Report) Found() int { return len(r.Problems) + r.Unlisted }

func (r *Report) add(where, format string, args ...any) {
	r.Problems = append(r.Problems, Problem{Where: where, What: fmt.Sprintf(format, args...)})
}

// kept are the files Verify holds in memory to read them.
func kept(name string) bool {
	return name == ManifestName || name == SignatureName || name == CaseName ||
		strings.HasPrefix(name, "keys/") || strings.HasPrefix(name, "signed/") ||
		(strings.HasPrefix(name, "documents/") && strings.HasSuffix(name, ".json"))
}

func fileWhere(name string) string { return "file " + strconv.Quote(name) }

// Verify checks a bundle from its bytes alone: every file against the
// manifest, the manifest against its signature, the ZIP's framing against
// the one way bundles are written, the event chain of case.json, and every
// document signature. It writes nothing anywhere.
func Verify(ra io.ReaderAt, size int64, opt Options) Report {
	var rep Report
	lim := opt.Limits.withDefaults()
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		rep.add("bundle", "not a readable ZIP archive (%v)", err)
		return rep
	}
	if len(zr.File) > lim.Files {
		rep.add("bundle", "%d files, more than the limit of %d", len(zr.File), lim.Files)
		return rep
	}
	got, keep, framed := readAll(zr, lim, &rep)
	if framed != nil && rep.OK() {
		if !sameBytes(ra, size, framed) {
			rep.add("bundle", "the ZIP's framing (headers, directory, comment or bytes between files) differs from how the bundle was written")
		}
	}
	rep.Files = len(got)
	checkManifest(&rep, got, keep, opt)
	return rep
}

// readAll hashes every file, keeps the JSON ones, and rebuilds the ZIP's
// framing into framed's hash.
func readAll(zr *zip.Reader, lim Limits, rep *Report) (map[string]File, map[string][]byte, []byte) {
	got := map[string]File{}
	keep := map[string][]byte{}
	whole := sha256.New()
	rebuild := zip.NewWriter(whole)
	clean := true
	var total int64
	for _, f := range zr.File {
		where := fileWhere(f.Name)
		switch {
		case !SafeName(f.Name):
			rep.add(where, "unsafe path (absolute, .., backslash or control characters): not read")
		case got[f.Name].Name != "":
			rep.add(where, "appears twice in the ZIP")
		case f.Method != zip.Store:
			rep.add(where, "compressed (method %d): bundles store files as they are; not read", f.Method)
		case f.UncompressedSize64 > uint64(lim.File) || f.CompressedSize64 != f.UncompressedSize64:
			rep.add(where, "declares %d bytes, over the limit of %d or not stored as is; not read", f.UncompressedSize64, lim.File)
		case total+int64(f.UncompressedSize64) > lim.Total:
			rep.add(where, "the bundle's files exceed %d bytes in all; not read", lim.Total)
		default:
			file, body, err := readOne(f, rebuild, lim, kept(f.Name))
			if errors.Is(err, zip.ErrChecksum) {
				rep.add(where, "changed: its bytes fail the ZIP's CRC-32")
				clean = false
				continue
			}
			if err != nil {
				rep.add(where, "cannot be read: %v", err)
				clean = false
				continue
			}
			total += file.Size
			got[f.Name] = file
			if body != nil {
				keep[f.Name] = body
			}
			continue
		}
		clean = false
	}
	if err := rebuild.Close(); err != nil || !clean {
		return got, keep, nil
	}
	return got, keep, whole.Sum(nil)
}

func readOne(f *zip.File, rebuild *zip.Writer, lim Limits, hold bool) (File, []byte, error) {
	rc, err := f.Open()
	if err != nil {
		return File{}, nil, err
	}
	defer rc.Close()
	out, err := create(rebuild, f.Name)
	if err != nil {
		return File{}, nil, err
	}
	h := sha256.New()
	ws := []io.Writer{h, out}
	var buf *bytes.Buffer
	if hold && f.UncompressedSize64 <= uint64(lim.JSON) {
		buf = &bytes.Buffer{}
		ws = append(ws, buf)
	}
	n, err := io.Copy(io.MultiWriter(ws...), io.LimitReader(rc, lim.File+1))
	if err != nil {
		return File{}, nil, err
	}
	if n > lim.File || n != int64(f.UncompressedSize64) {
		return File{}, nil, fmt.Errorf("holds %d bytes, not the %d it declares", n, f.UncompressedSize64)
	}
	file := File{Name: f.Name, Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}
	if buf == nil {
		return file, nil, nil
	}
	return file, buf.Bytes(), nil
}

// sameBytes compares the bundle's bytes with the rebuilt ZIP's hash.
func sameBytes(ra io.ReaderAt, size int64, rebuilt []byte) bool {
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(ra, 0, size)); err != nil {
		return false
	}
	return bytes.Equal(h.Sum(nil), rebuilt)
}

func checkManifest(rep *Report, got map[string]File, keep map[string][]byte, opt Options) {
	mb, ok := keep[ManifestName]
	if !ok {
		rep.add(fileWhere(ManifestName), "missing")
		return
	}
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(mb))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		rep.add(fileWhere(ManifestName), "not a manifest (%v)", err)
		return
	}
	if m.Format != Format {
		rep.add(fileWhere(ManifestName), "format %q, want %q", m.Format, Format)
	}
	rep.Case, rep.Key = m.Case, m.Key
	keys := checkKeys(rep, m, keep)
	if opt.Key != "" {
		if k, ok := MatchKey(m.Keys, opt.Key); !ok || k.Fingerprint != m.Key {
			rep.add(fileWhere(SignatureName), "the manifest is signed by key %s, not by the pinned key %s", Short(m.Key), opt.Key)
		} else {
			rep.Pinned = true
		}
	}
	if pub, ok := keys[m.Key]; !ok {
		rep.add(fileWhere(SignatureName), "the manifest names key %s, which it does not list", Short(m.Key))
	} else if sig, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(keep[SignatureName]))); err != nil || !ed25519.Verify(pub, mb, sig) {
		rep.add(fileWhere(SignatureName), "the manifest's signature does not hold under key %s: manifest.json or manifest.sig was changed", Short(m.Key))
	}
	checkFiles(rep, m, got)
	checkCase(rep, m, keep[CaseName])
	checkSignatures(rep, m, keys, keep)
	for _, a := range m.Attachments {
		f, ok := got[a.File]
		if !ok || f.SHA256 != a.SHA256 || f.Size != a.Size {
			rep.add(fileWhere(a.File), "attachment %d (%s) does not match its size and SHA-256", a.ID, a.Name)
		}
	}
	rep.Attachments = len(m.Attachments)
}

func checkKeys(rep *Report, m Manifest, keep map[string][]byte) map[string]ed25519.PublicKey {
	keys := map[string]ed25519.PublicKey{}
	for _, k := range m.Keys {
		pub, err := k.Public()
		if err != nil {
			rep.add(fileWhere(ManifestName), "%v", err)
			continue
		}
		if strings.TrimSpace(string(keep[KeyFile(k.Fingerprint)])) != k.PublicKey {
			rep.add(fileWhere(KeyFile(k.Fingerprint)), "missing or not the key the manifest lists")
		}
		keys[k.Fingerprint] = pub
	}
	return keys
}

func checkFiles(rep *Report, m Manifest, got map[string]File) {
	listed := map[string]bool{ManifestName: true, SignatureName: true}
	for _, f := range m.Files {
		listed[f.Name] = true
		g, ok := got[f.Name]
		switch {
		case !ok:
			rep.add(fileWhere(f.Name), "missing (the manifest lists it)")
		case g.SHA256 != f.SHA256 || g.Size != f.Size:
			rep.add(fileWhere(f.Name), "changed: %d bytes with SHA-256 %s, the manifest says %d bytes with %s", g.Size, Short(g.SHA256), f.Size, Short(f.SHA256))
		}
	}
	for name := range got {
		if !listed[name] {
			rep.add(fileWhere(name), "not in the manifest (added)")
		}
	}
}

func checkCase(rep *Report, m Manifest, body []byte) {
	if body == nil {
		return // named as a missing or changed file already
	}
	var cf CaseFile
	var head struct {
		Key string `json:"key"`
	}
	if err := json.Unmarshal(body, &cf); err != nil || json.Unmarshal(cf.Case, &head) != nil {
		rep.add(fileWhere(CaseName), "not a case file (%v)", err)
		return
	}
	if head.Key != m.Case {
		rep.add(fileWhere(CaseName), "case %q, the manifest says %q", head.Key, m.Case)
	}
	rep.Events = len(cf.Events)
	rep.Problems = append(rep.Problems, CheckChain(CaseName, cf.Events, len(m.Events), m.Head)...)
	for i, e := range cf.Events {
		if i < len(m.Events) && (m.Events[i].Seq != e.Seq || m.Events[i].Hash != e.Hash) {
			rep.add(eventWhere(e.Seq), "its hash in case.json differs from the manifest's chain")
		}
	}
}

func checkSignatures(rep *Report, m Manifest, keys map[string]ed25519.PublicKey, keep map[string][]byte) {
	rep.Signatures = len(m.Signatures)
	for i, s := range m.Signatures {
		where := fmt.Sprintf("signature %d (%s signed by %s)", i+1, s.Document, s.Signer)
		pub, ok := keys[s.Key]
		if !ok {
			rep.add(where, "made with key %s, which the manifest does not list", Short(s.Key))
			continue
		}
		content, ok := keep[s.File]
		if !ok {
			rep.add(where, "the document as signed (%s) is missing", s.File)
		} else if SHA256(content) != s.SHA256 {
			rep.add(where, "the document as signed (%s) does not match the signed SHA-256", s.File)
		}
		at, err := time.Parse(time.RFC3339Nano, s.At)
		if err != nil {
			rep.add(where, "bad time %q", s.At)
			continue
		}
		if err := Check(pub, Signed{Case: m.Case, Document: s.Document, SHA256: s.SHA256, Signer: s.Signer, At: at}, s.Signature); err != nil {
			rep.add(where, "%v", err)
		}
	}
}

package archive

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// testKey is a deterministic key from seed.
func testKey(seed byte) ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, ed25519.SeedSize))
}

func keyOf(priv ed25519.PrivateKey) Key {
	pub := priv.Public().(ed25519.PublicKey)
	return Key{Fingerprint: Fingerprint(pub), PublicKey: base64.StdEncoding.EncodeToString(pub), CreatedAt: "2026-01-01T00:00:00Z"}
}

// randomBundle writes a bundle of a random case: a chain of random events,
// random documents signed by key, random attachments.
func randomBundle(t testing.TB, rng *rand.Rand, key ed25519.PrivateKey) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf)
	caseKey := fmt.Sprintf("XZ-2026-%04d", rng.IntN(10000))
	m := Manifest{Case: caseKey, Created: "2026-03-01T00:00:00Z", Keys: []Key{keyOf(key)}, Signatures: []Signature{}, Attachments: []Attachment{}}
	cf := CaseFile{Case: json.RawMessage(fmt.Sprintf(`{"key":%q,"state":"archived"}`, caseKey))}
	prev := ""
	for seq := 1; seq <= 1+rng.IntN(12); seq++ {
		body := fmt.Sprintf(`{"at":"2026-02-%02dT10:00:00Z","actor":"u%d","type":"action","comment":"%s"}`, 1+rng.IntN(27), rng.IntN(9), strings.Repeat("改", rng.IntN(20)))
		prev = EventHash(prev, body)
		cf.Events = append(cf.Events, Event{Seq: seq, Body: body, Hash: prev})
		m.Events = append(m.Events, Link{Seq: seq, Hash: prev})
	}
	m.Head = prev
	cb, _ := json.MarshalIndent(cf, "", "  ")
	if _, err := w.AddBytes(CaseName, cb); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= rng.IntN(3); i++ {
		doc := []byte(fmt.Sprintf(`{"id":"form","n":%d}`, rng.IntN(1000)))
		name := fmt.Sprintf("signed/%d-form.json", i)
		if _, err := w.AddBytes(name, doc); err != nil {
			t.Fatal(err)
		}
		s := Signed{Case: caseKey, Document: "form", SHA256: SHA256(doc), Signer: fmt.Sprintf("u%d", i), At: time.Date(2026, 2, 20, 10, 0, i, 123000, time.UTC)}
		m.Signatures = append(m.Signatures, Signature{Document: "form", Signer: s.Signer, At: s.At.Format(time.RFC3339Nano), SHA256: s.SHA256,
			Key: Fingerprint(key.Public().(ed25519.PublicKey)), Signature: Sign(key, s), File: name})
	}
	for i := 1; i <= rng.IntN(3); i++ {
		data := make([]byte, rng.IntN(3000))
		for j := range data {
			data[j] = byte(rng.IntN(256))
		}
		name := fmt.Sprintf("attachments/%d-photo.jpg", i)
		f, err := w.AddBytes(name, data)
		if err != nil {
			t.Fatal(err)
		}
		m.Attachments = append(m.Attachments, Attachment{ID: int64(i), Name: "photo.jpg", Size: f.Size, SHA256: f.SHA256, Type: "image/jpeg", File: name})
	}
	if _, err := w.AddBytes("documents/form.pdf", []byte("%PDF-1.3 "+strings.Repeat("x", rng.IntN(500)))); err != nil {
		t.Fatal(err)
	}
	if err := w.Seal(m, key); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func verify(b []byte, opt Options) Report { return Verify(bytes.NewReader(b), int64(len(b)), opt) }

// entries reads a ZIP's files in order.
func entries(t testing.TB, b []byte) ([]string, map[string][]byte) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		names = append(names, f.Name)
		files[f.Name] = data
	}
	return names, files
}

// rezip writes files in order the way bundles are written.
func rezip(t testing.TB, names []string, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := create(zw, n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(files[n])
	}
	zw.Close()
	return buf.Bytes()
}

// consistentEdit changes a file and its manifest entry alike, keeping the
// old manifest signature (the forger has no key); with resign it signs the
// new manifest with another key and lists that key instead.
func consistentEdit(t testing.TB, rng *rand.Rand, b []byte, resign ed25519.PrivateKey) []byte {
	names, files := entries(t, b)
	var m Manifest
	if err := json.Unmarshal(files[ManifestName], &m); err != nil {
		t.Fatal(err)
	}
	target := m.Files[rng.IntN(len(m.Files))].Name
	files[target] = append(files[target], ' ')
	for i := range m.Files {
		if m.Files[i].Name == target {
			m.Files[i].Size, m.Files[i].SHA256 = int64(len(files[target])), SHA256(files[target])
		}
	}
	for i := range m.Attachments {
		if m.Attachments[i].File == target {
			m.Attachments[i].Size, m.Attachments[i].SHA256 = int64(len(files[target])), SHA256(files[target])
		}
	}
	if resign != nil {
		k := keyOf(resign)
		m.Key = k.Fingerprint
		m.Keys = append(m.Keys, k)
		names = append(names[:len(names)-2], KeyFile(k.Fingerprint), ManifestName, SignatureName)
		files[KeyFile(k.Fingerprint)] = []byte(k.PublicKey + "\n")
		m.Files = append(m.Files, File{Name: KeyFile(k.Fingerprint), Size: int64(len(files[KeyFile(k.Fingerprint)])), SHA256: SHA256(files[KeyFile(k.Fingerprint)])})
	}
	mb, _ := json.MarshalIndent(m, "", "  ")
	files[ManifestName] = mb
	if resign != nil {
		files[SignatureName] = []byte(base64.StdEncoding.EncodeToString(ed25519.Sign(resign, mb)) + "\n")
	}
	return rezip(t, names, files)
}

// TestPropertyAnyChangeFails: for random cases, an untouched bundle passes
// (also pinned to its key); any single changed byte, a consistent edit of
// a file with its manifest entry, and a bundle re-signed with another key
// (pinned to the real one) all fail.
func TestPropertyAnyChangeFails(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 2026))
	real, forger := testKey(1), testKey(2)
	realFP := Fingerprint(real.Public().(ed25519.PublicKey))
	cases := 30
	if testing.Short() {
		cases = 5
	}
	for c := range cases {
		b := randomBundle(t, rng, real)
		if rep := verify(b, Options{}); !rep.OK() || rep.Key != realFP {
			t.Fatalf("case %d: untouched bundle fails: %v", c, rep.Problems)
		}
		if rep := verify(b, Options{Key: Short(realFP)}); !rep.OK() {
			t.Fatalf("case %d: untouched bundle fails pinned: %v", c, rep.Problems)
		}
		for range 60 {
			changed := append([]byte(nil), b...)
			i := rng.IntN(len(changed))
			changed[i] ^= byte(1 + rng.IntN(255))
			if rep := verify(changed, Options{}); rep.OK() {
				t.Fatalf("case %d: byte %d of %d changed and the bundle still verifies", c, i, len(b))
			}
		}
		if rep := verify(consistentEdit(t, rng, b, nil), Options{}); rep.OK() || !strings.Contains(fmt.Sprint(rep.Problems), "manifest.sig") {
			t.Fatalf("case %d: consistent edit passes: %v", c, rep.Problems)
		}
		resigned := consistentEdit(t, rng, b, forger)
		rep := verify(resigned, Options{Key: realFP})
		if rep.OK() {
			t.Fatalf("case %d: a bundle re-signed with another key passes pinned to the real key", c)
		}
		if rep := verify(resigned, Options{}); rep.Key == realFP {
			t.Fatalf("case %d: a re-signed bundle reports the real key as trusted", c)
		}
	}
}

// TestHostileBundles: missing and extra files, unsafe paths, a ZIP bomb
// and junk are refused, each named, without reading what they hold.
func TestHostileBundles(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	key := testKey(1)
	b := randomBundle(t, rng, key)
	names, files := entries(t, b)
	without := func(drop string) []byte {
		var keep []string
		for _, n := range names {
			if n != drop {
				keep = append(keep, n)
			}
		}
		return rezip(t, keep, files)
	}
	with := func(name string, data []byte) []byte {
		f := map[string][]byte{name: data}
		for k, v := range files {
			f[k] = v
		}
		return rezip(t, append([]string{name}, names...), f)
	}
	// A deflated file that would expand to 1 GiB: a sync-flushed deflate
	// block of 1 MiB of zeros, repeated 1024 times, then a final block.
	var blk bytes.Buffer
	fw, _ := flate.NewWriter(&blk, flate.BestCompression)
	fw.Write(make([]byte, 1<<20))
	fw.Flush()
	var bomb bytes.Buffer
	for range 1024 {
		bomb.Write(blk.Bytes())
	}
	bomb.Write([]byte{0x03, 0x00})
	var bombZip bytes.Buffer
	zw := zip.NewWriter(&bombZip)
	for _, n := range names {
		w, _ := create(zw, n)
		w.Write(files[n])
	}
	raw, _ := zw.CreateRaw(&zip.FileHeader{Name: "attachments/9-bomb.bin", Method: zip.Deflate, CompressedSize64: uint64(bomb.Len()), UncompressedSize64: 1 << 30})
	raw.Write(bomb.Bytes())
	zw.Close()

	tests := []struct {
		name, where string
		bundle      []byte
		limits      Limits
	}{
		{"missing file", `file "documents/form.pdf": missing`, without("documents/form.pdf"), Limits{}},
		{"missing manifest", `file "manifest.json": missing`, without(ManifestName), Limits{}},
		{"extra file", `file "evil.txt": not in the manifest`, with("evil.txt", []byte("hi")), Limits{}},
		{"dot-dot path", `file "../../etc/cron.d/x": unsafe path`, with("../../etc/cron.d/x", []byte("x")), Limits{}},
		{"absolute path", `file "/tmp/x": unsafe path`, with("/tmp/x", []byte("x")), Limits{}},
		{"backslash path", `unsafe path`, with(`..\..\x`, []byte("x")), Limits{}},
		{"bomb", `file "attachments/9-bomb.bin": compressed`, bombZip.Bytes(), Limits{}},
		{"over the file limit", `over the limit`, b, Limits{File: 10}},
		{"over the entry limit", `more than the limit`, b, Limits{Files: 2}},
		{"junk", `not a readable ZIP`, []byte("PK\x03\x04 not really"), Limits{}},
		{"empty", `not a readable ZIP`, nil, Limits{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := verify(tc.bundle, Options{Limits: tc.limits})
			if rep.OK() || !strings.Contains(fmt.Sprint(rep.Problems), tc.where) {
				t.Fatalf("want a problem %q, got %v", tc.where, rep.Problems)
			}
		})
	}
}

// TestSafeName lists what a bundle path may and may not be.
func TestSafeName(t *testing.T) {
	for name, want := range map[string]bool{
		"case.json": true, "attachments/3-报价单.xlsx": true, "documents/form.pdf": true,
		"": false, "/etc/passwd": false, "../x": false, "a/../b": false, "a//b": false, "a/./b": false, `a\b`: false,
		"a\x00b": false, "a\u202eb": false, "c:x": false, "a/": false,
	} {
		if got := SafeName(name); got != want {
			t.Errorf("SafeName(%q) = %v, want %v", name, got, want)
		}
	}
}

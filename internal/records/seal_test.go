package records_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// TestSignSealAndVerify: both signatures of a collaboration are sealed over
// the same document hash with the installation key; the bundle verifies,
// also after the key is rotated (the old key stays listed), and pinned to
// the key that signed the manifest; an event edited in the database behind
// the application's back is named by the live check.
func TestSignSealAndVerify(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db, 0)
		v := f.ArchivedCollab(t, "产品V2.0版本开发需求支持")
		if v.State != "archived" || len(v.Seals) != 2 {
			t.Fatalf("state %s, seals %+v", v.State, v.Seals)
		}
		first, err := f.Records.EnsureKey(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range v.Seals {
			if s.Document != "form" || s.Key != first || s.SHA256 != v.Seals[0].SHA256 || len(s.SHA256) != 64 {
				t.Fatalf("seal %d: %+v", i, s)
			}
		}
		if v.Seals[0].Signer != "wangfang" || v.Seals[1].Signer != "zhaolei" || v.Seals[0].Role != "requester" {
			t.Fatalf("signers: %+v", v.Seals)
		}
		zip1 := f.Bundle(t, v.ID)
		rep := archive.Verify(bytes.NewReader(zip1), int64(len(zip1)), archive.Options{})
		if !rep.OK() || rep.Key != first || rep.Signatures != 2 || rep.Events != len(v.Events) || rep.Case != v.Key {
			t.Fatalf("untouched bundle: %+v", rep)
		}
		// Rotation: only administrators; the new key signs the next manifest,
		// the old one still vouches for the document signatures.
		if _, err := f.Records.Rotate(ctx, f.Actor(t, "wangfang")); problem.CodeOf(err) != problem.Forbidden {
			t.Fatalf("rotate by a user: %v", err)
		}
		second, err := f.Records.Rotate(ctx, f.Actor(t, "admin"))
		if err != nil || second == first {
			t.Fatalf("rotate: %s %v", second, err)
		}
		keys, _ := f.Records.Keys(ctx)
		if len(keys) != 2 || keys[0].Fingerprint != first || keys[0].RetiredAt == "" || keys[1].RetiredAt != "" {
			t.Fatalf("keys after rotation: %+v", keys)
		}
		zip2 := f.Bundle(t, v.ID)
		rep = archive.Verify(bytes.NewReader(zip2), int64(len(zip2)), archive.Options{Key: archive.Short(second)})
		if !rep.OK() || rep.Key != second || !rep.Pinned {
			t.Fatalf("after rotation: %+v", rep)
		}
		if rep := archive.Verify(bytes.NewReader(zip2), int64(len(zip2)), archive.Options{Key: first}); rep.OK() {
			t.Fatal("a bundle signed by the new key passed pinned to the old one")
		}
		// The live database holds.
		rep, err = f.Records.VerifyDB(ctx, f.Actor(t, "admin"), "")
		if err != nil || !rep.OK() || rep.Signatures != 2 {
			t.Fatalf("live check: %+v %v", rep, err)
		}
		if _, err := f.Records.VerifyDB(ctx, f.Actor(t, "zhaolei"), ""); problem.CodeOf(err) != problem.Forbidden {
			t.Fatalf("live check by a user: %v", err)
		}
		// Someone edits event 3 directly in the database.
		if _, err := db.SQL().ExecContext(ctx, `UPDATE case_events SET body = REPLACE(body, '2026-03-06', '2026-03-31') WHERE case_id = $1 AND seq = 2`, v.ID); err != nil {
			t.Fatal(err)
		}
		rep, err = f.Records.VerifyDB(ctx, f.Actor(t, "admin"), v.Key)
		if err != nil || rep.OK() || rep.Problems[0].Where != "event 2" {
			t.Fatalf("edited event not found: %+v %v", rep, err)
		}
		// And a signature edited in place.
		if _, err := db.SQL().ExecContext(ctx, `UPDATE signatures SET signer = 'sunli' WHERE case_id = $1 AND signer = 'zhaolei'`, v.ID); err != nil {
			t.Fatal(err)
		}
		rep, _ = f.Records.VerifyDB(ctx, f.Actor(t, "admin"), v.Key)
		if len(rep.Problems) != 2 {
			t.Fatalf("edited signature not found: %+v", rep.Problems)
		}
	})
}

// TestBundleOnlyWhenEnded: an open case has no bundle yet (409), and an
// outsider gets 404 as for the case itself.
func TestBundleOnlyWhenEnded(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db, 0)
		v := f.ArchivedCollab(t, "归档测试")
		if _, err := f.Records.Bundle(ctx, f.Actor(t, "sunli"), v.ID); problem.CodeOf(err) != problem.NotFound {
			t.Fatalf("outsider: %v", err)
		}
		open, err := f.Cases.Open(ctx, f.Actor(t, "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
			"title": "未结束", "to_dept": "tech", "background": "背景说明足够长。", "expected_by": "2026-03-20",
			"tasks": []any{map[string]any{"item": "需求分析", "standard": "含用户故事"}}}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Records.Bundle(ctx, f.Actor(t, "wangfang"), open.ID); problem.CodeOf(err) != problem.Conflict {
			t.Fatalf("open case: %v", err)
		}
	})
}

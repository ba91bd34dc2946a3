package records_test

import (
	"bytes"
	"context"
	"io"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestPropertyRealBundles: cases run through the real service — random
// comments and attachments before and after both sides sign — give
// bundles that verify untouched, pinned to the installation's key, and
// fail at any single changed byte.
func TestPropertyRealBundles(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 13))
	ctx := context.Background()
	f := newFixture(t, storetest.SQLite(t), 0)
	fp, err := f.Records.EnsureKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := 3
	if testing.Short() {
		n = 1
	}
	for c := range n {
		v := f.ArchivedCollab(t, "随机案件"+strconv.Itoa(c))
		wang := f.Actor(t, "wangfang")
		for i := range rng.IntN(6) {
			if _, err := f.Cases.Act(ctx, wang, v.ID, "comment", process.Input{Fields: map[string]any{"comment": "补充说明" + strconv.Itoa(i)}}); err != nil {
				t.Fatal(err)
			}
		}
		for i := range rng.IntN(4) {
			size := 1 + rng.IntN(600<<10) // up to three chunks
			if _, err := f.Records.Attach(ctx, wang, v.ID, records.Upload{Name: "附件" + strconv.Itoa(i) + ".bin", Body: io.LimitReader(&pattern{n: int64(c*10 + i)}, int64(size))}); err != nil {
				t.Fatal(err)
			}
		}
		b := f.Bundle(t, v.ID)
		if rep := archive.Verify(bytes.NewReader(b), int64(len(b)), archive.Options{Key: fp}); !rep.OK() {
			t.Fatalf("case %d: untouched bundle fails: %v", c, rep.Problems)
		}
		for range 40 {
			changed := append([]byte(nil), b...)
			i := rng.IntN(len(changed))
			changed[i] ^= byte(1 + rng.IntN(255))
			if rep := archive.Verify(bytes.NewReader(changed), int64(len(changed)), archive.Options{}); rep.OK() {
				t.Fatalf("case %d: byte %d of %d changed and the bundle still verifies", c, i, len(b))
			}
		}
	}
}

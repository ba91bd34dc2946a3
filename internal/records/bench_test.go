package records_test

import (
	"context"
	"io"
	"strconv"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/records/recordstest"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// pattern is an endless reader of bytes that are not all alike, so a file
// of any size can be uploaded without being held in memory.
type pattern struct{ n int64 }

func (p *pattern) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = byte(p.n*31 + p.n>>9)
		p.n++
	}
	return len(b), nil
}

// BenchmarkBundle writes the archive bundle of a case with 500 events and
// 20 attachments of 256 KiB (5 MiB of files) to io.Discard.
func BenchmarkBundle(b *testing.B) {
	ctx := context.Background()
	f := recordstest.New(b, storetest.SQLite(b), 0)
	v := f.ArchivedCollab(b, "基准测试")
	wang := f.Actor(b, "wangfang")
	for i := len(v.Events); i < 480; i++ {
		if _, err := f.Cases.Act(ctx, wang, v.ID, "comment", process.Input{Fields: map[string]any{"comment": "第" + strconv.Itoa(i) + "条备注:进展顺利。"}}); err != nil {
			b.Fatal(err)
		}
	}
	for i := range 20 {
		up := records.Upload{Name: "附件" + strconv.Itoa(i) + ".bin", Body: io.LimitReader(&pattern{n: int64(i)}, 256<<10)}
		if _, err := f.Records.Attach(ctx, wang, v.ID, up); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := f.Records.Bundle(ctx, f.Actor(b, "admin"), v.ID); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		bundle, err := f.Records.Bundle(ctx, f.Actor(b, "admin"), v.ID)
		if err != nil {
			b.Fatal(err)
		}
		if err := bundle.WriteTo(ctx, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	got, _ := f.Cases.Get(ctx, cases.ViewerOf(wang), v.ID)
	if len(got.Events) != 500 {
		b.Fatalf("%d events, want 500", len(got.Events))
	}
}

// BenchmarkUpload20MiB streams a 20 MiB file into the database; B/op shows
// that the file is never held whole (chunks of 256 KiB).
func BenchmarkUpload20MiB(b *testing.B) {
	ctx := context.Background()
	f := recordstest.New(b, storetest.SQLite(b), 0)
	v := f.ArchivedCollab(b, "上传基准")
	wang := f.Actor(b, "wangfang")
	b.ReportAllocs()
	b.SetBytes(20 << 20)
	for b.Loop() {
		up := records.Upload{Name: "big.bin", Body: io.LimitReader(&pattern{}, 20<<20)}
		if _, err := f.Records.Attach(ctx, wang, v.ID, up); err != nil {
			b.Fatal(err)
		}
	}
}

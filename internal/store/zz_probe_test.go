package store_test

import (
	"context"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/search"
	"github.com/liaison-dev/liaison/internal/store"
)

func BenchmarkProbe(b *testing.B) {
	d := os.Getenv("LIAISON_BENCH_DIALECT")
	db, seeded := benchDB(b, d, 100000)
	if !seeded {
		b.Fatal("not seeded")
	}
	ctx := context.Background()
	viewers := []store.Viewer{{Admin: true}, {Login: "zhaolei", Dept: "tech", HeadOf: []string{"tech"}}, {Login: "chenjie", Dept: "tech"}}
	for _, q := range benchQueries {
		for vi, v := range viewers {
			var worst, total time.Duration
			n := 0
			for range 3 {
				t0 := time.Now()
				hits, _, err := store.Search(ctx, db.SQL(), v, search.Query(q), store.Page{Limit: 20})
				if err != nil {
					b.Fatal(err)
				}
				n = len(hits)
				el := time.Since(t0)
				total += el
				worst = max(worst, el)
			}
			fmt.Printf("%-12s v%d hits=%2d avg=%7.1fms max=%7.1fms\n", q, vi, n, float64(total.Microseconds())/3000, float64(worst.Microseconds())/1000)
		}
	}
	t0 := time.Now()
	q := store.FigureQuery{From: benchNow.AddDate(0, 0, -30), To: benchNow, Now: benchNow}
	store.Figures(ctx, db.SQL(), q)
	fmt.Println("figures", time.Since(t0))
	t0 = time.Now()
	wq := q
	wq.From = benchNow.AddDate(0, 0, -84)
	store.Weekly(ctx, db.SQL(), wq, 12)
	fmt.Println("weekly", time.Since(t0))
	t0 = time.Now()
	store.Workload(ctx, db.SQL(), q)
	fmt.Println("workload", time.Since(t0))
}

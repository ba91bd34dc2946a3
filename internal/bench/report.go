package bench

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"time"

	"github.com/liaison-dev/liaison/internal/store"
)

// report prints what a run measured.
func report(cfg Config, db *store.DB, rec *Recorder, elapsed time.Duration, raw1, raw2 float64, servers []*Server, rss []int64, lag []time.Duration) {
	w := cfg.Out
	ctx := context.Background()
	ncases, _ := db.CountCases(ctx)
	ntimers, _ := db.CountTimers(ctx)
	fmt.Fprintf(w, "liaison bench: mode %s, %s, %d clients, %s, %d replica(s), %d cases and %d pending timers in the database, %d CPUs\n",
		cfg.Mode, db.Dialect(), cfg.Clients, elapsed.Round(time.Millisecond), max(1, len(servers)), ncases, ntimers, runtime.NumCPU())
	raw := (raw1 + raw2) / 2
	fmt.Fprintf(w, "raw rate: %.0f three-statement durable transactions/s (before %.0f, after %.0f)\n", raw, raw1, raw2)
	if cfg.Mode == ModeTimers {
		slices.Sort(lag)
		fmt.Fprintf(w, "timers: %d fired, lag from due to fired p50 %s p99 %s max %s\n",
			len(lag), ms(Percentile(lag, 0.5)), ms(Percentile(lag, 0.99)), ms(lastOf(lag)))
	} else {
		stats := rec.Summarise(elapsed)
		PrintStats(w, stats)
		writes := rec.Total("writes", elapsed, writeOps...)
		reads := rec.Total("reads", elapsed, "read case", "read inbox", "read list", "read seeded case")
		if writes.N+writes.Errors > 0 {
			fmt.Fprintf(w, "writes: %.0f case actions/s, p99 %s, %d errors; %.1f %% of the raw rate\n", writes.PerSec, ms(writes.P99), writes.Errors, 100*writes.PerSec/raw)
		}
		fmt.Fprintf(w, "reads: %.0f/s, p99 %s, %d errors\n", reads.PerSec, ms(reads.P99), reads.Errors)
	}
	for i, s := range servers {
		fmt.Fprintf(w, "server %d: start-up %s, peak RSS %.1f MB\n", i, ms(s.Startup), float64(rss[i])/(1<<20))
	}
}

func lastOf(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	return d[len(d)-1]
}

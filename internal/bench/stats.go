package bench

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"sync"
	"text/tabwriter"
	"time"
)

// Recorder collects the latency of every request, by operation, and the
// errors. It is safe for concurrent use.
type Recorder struct {
	mu     sync.Mutex
	lat    map[string][]time.Duration
	errs   map[string]int
	sample map[string]string // the first error of each operation
}

// NewRecorder returns an empty recorder.
func NewRecorder() *Recorder {
	return &Recorder{lat: map[string][]time.Duration{}, errs: map[string]int{}, sample: map[string]string{}}
}

// Add records one request of op that took d and failed with err (or not).
func (r *Recorder) Add(op string, d time.Duration, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		r.errs[op]++
		if _, ok := r.sample[op]; !ok {
			r.sample[op] = err.Error()
		}
		return
	}
	r.lat[op] = append(r.lat[op], d)
}

// Stat is one operation's summary.
type Stat struct {
	Op                 string
	N, Errors          int
	PerSec             float64
	P50, P90, P99, Max time.Duration
	FirstError         string
}

// Percentile returns the q-quantile (0..1) of sorted durations.
func Percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// Summarise returns one Stat per operation, in name order, over elapsed.
func (r *Recorder) Summarise(elapsed time.Duration) []Stat {
	r.mu.Lock()
	defer r.mu.Unlock()
	ops := map[string]bool{}
	for op := range r.lat {
		ops[op] = true
	}
	for op := range r.errs {
		ops[op] = true
	}
	var out []Stat
	for op := range ops {
		out = append(out, summary(op, r.lat[op], r.errs[op], r.sample[op], elapsed))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Op < out[j].Op })
	return out
}

// Total returns one Stat over the operations named.
func (r *Recorder) Total(name string, elapsed time.Duration, ops ...string) Stat {
	r.mu.Lock()
	defer r.mu.Unlock()
	var all []time.Duration
	errs := 0
	for _, op := range ops {
		all = append(all, r.lat[op]...)
		errs += r.errs[op]
	}
	return summary(name, all, errs, "", elapsed)
}

func summary(op string, lat []time.Duration, errs int, first string, elapsed time.Duration) Stat {
	s := slices.Clone(lat)
	slices.Sort(s)
	st := Stat{Op: op, N: len(s), Errors: errs, FirstError: first,
		P50: Percentile(s, 0.50), P90: Percentile(s, 0.90), P99: Percentile(s, 0.99)}
	if len(s) > 0 {
		st.Max = s[len(s)-1]
	}
	if elapsed > 0 {
		st.PerSec = float64(len(s)) / elapsed.Seconds()
	}
	return st
}

// PrintStats writes a table of stats.
func PrintStats(w io.Writer, stats []Stat) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "operation\tcount\tper s\tp50\tp90\tp99\tmax\terrors\t")
	for _, s := range stats {
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%s\t%s\t%s\t%s\t%d\t\n", s.Op, s.N, s.PerSec, ms(s.P50), ms(s.P90), ms(s.P99), ms(s.Max), s.Errors)
	}
	tw.Flush()
	for _, s := range stats {
		if s.FirstError != "" {
			fmt.Fprintf(w, "  first error of %s: %s\n", s.Op, s.FirstError)
		}
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1fms", float64(d)/float64(time.Millisecond)) }

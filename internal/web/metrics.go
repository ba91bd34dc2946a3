package web

import (
	"fmt"
	"io"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
)

// metrics is a small Prometheus text-format registry of its own: HTTP
// requests by route pattern and status, their latency, and a few Go runtime
// gauges. It is not github.com/prometheus/client_golang only because go.sum
// lacks that module's dependencies today; the exposition is the same format.
type metrics struct {
	mu       sync.Mutex
	started  time.Time
	requests map[reqKey]uint64
	latency  map[string]*histogram

	work workCounts
}

// workCounts are the work gauges as last counted. Counting reads whole
// tables — 0.4–0.5 s of the server's CPU per scrape at a million cases —
// and /metrics is open to anyone who reaches it, so the counts are taken
// at most once every workCountsEvery; the scrapes in between, and those
// that arrive while a count runs, answer with the same figures.
type workCounts struct {
	mu  sync.Mutex
	at  time.Time // when they were counted; zero: never
	val cases.Metrics
}

// workCountsEvery is how old the work gauges may be: a Prometheus scrape
// interval's worth.
const workCountsEvery = 10 * time.Second

// get returns the counts, counting them again with count when they are
// older than workCountsEvery.
func (w *workCounts) get(now time.Time, count func() (cases.Metrics, error)) (cases.Metrics, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.at.IsZero() && now.Sub(w.at) < workCountsEvery && now.Sub(w.at) >= 0 {
		return w.val, nil
	}
	v, err := count()
	if err != nil {
		return v, err
	}
	w.at, w.val = now, v
	return v, nil
}

type reqKey struct {
	route  string
	status int
}

// buckets are the latency bounds in seconds, as Prometheus' defaults.
var buckets = []float64{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

type histogram struct {
	counts []uint64 // per bucket, not cumulative
	sum    float64
	count  uint64
}

func newMetrics(started time.Time) *metrics {
	return &metrics{started: started, requests: map[reqKey]uint64{}, latency: map[string]*histogram{}}
}

func (m *metrics) observe(route string, status int, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.requests[reqKey{route, status}]++
	h := m.latency[route]
	if h == nil {
		h = &histogram{counts: make([]uint64, len(buckets))}
		m.latency[route] = h
	}
	sec := d.Seconds()
	for i, b := range buckets {
		if sec <= b {
			h.counts[i]++
			break
		}
	}
	h.sum += sec
	h.count++
}

// write renders the registry in the Prometheus text exposition format 0.0.4.
func (m *metrics) write(w io.Writer) {
	m.mu.Lock()
	keys := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b reqKey) int {
		if c := strings.Compare(a.route, b.route); c != 0 {
			return c
		}
		return a.status - b.status
	})
	var b strings.Builder
	b.WriteString("# HELP liaison_http_requests_total HTTP requests by route pattern and status.\n")
	b.WriteString("# TYPE liaison_http_requests_total counter\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "liaison_http_requests_total{route=%s,status=\"%d\"} %d\n", quote(k.route), k.status, m.requests[k])
	}
	routes := make([]string, 0, len(m.latency))
	for r := range m.latency {
		routes = append(routes, r)
	}
	slices.Sort(routes)
	b.WriteString("# HELP liaison_http_request_duration_seconds HTTP request latency by route pattern.\n")
	b.WriteString("# TYPE liaison_http_request_duration_seconds histogram\n")
	for _, r := range routes {
		h := m.latency[r]
		var cum uint64
		for i, le := range buckets {
			cum += h.counts[i]
			fmt.Fprintf(&b, "liaison_http_request_duration_seconds_bucket{route=%s,le=\"%s\"} %d\n", quote(r), strconv.FormatFloat(le, 'g', -1, 64), cum)
		}
		fmt.Fprintf(&b, "liaison_http_request_duration_seconds_bucket{route=%s,le=\"+Inf\"} %d\n", quote(r), h.count)
		fmt.Fprintf(&b, "liaison_http_request_duration_seconds_sum{route=%s} %s\n", quote(r), strconv.FormatFloat(h.sum, 'g', -1, 64))
		fmt.Fprintf(&b, "liaison_http_request_duration_seconds_count{route=%s} %d\n", quote(r), h.count)
	}
	started := m.started
	m.mu.Unlock()

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	gauge := func(name, help string, v float64) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s gauge\n%s %s\n", name, help, name, name, strconv.FormatFloat(v, 'g', -1, 64))
	}
	gauge("go_goroutines", "Number of goroutines that currently exist.", float64(runtime.NumGoroutine()))
	gauge("go_memstats_heap_alloc_bytes", "Number of heap bytes allocated and still in use.", float64(ms.HeapAlloc))
	gauge("go_memstats_sys_bytes", "Number of bytes obtained from system.", float64(ms.Sys))
	fmt.Fprintf(&b, "# HELP go_gc_cycles_total Number of completed GC cycles.\n# TYPE go_gc_cycles_total counter\ngo_gc_cycles_total %d\n", ms.NumGC)
	gauge("process_start_time_seconds", "Start time of the process since unix epoch in seconds.", float64(started.Unix()))
	fmt.Fprintf(&b, "# HELP go_info Information about the Go environment.\n# TYPE go_info gauge\ngo_info{version=%s} 1\n", quote(runtime.Version()))
	_, _ = io.WriteString(w, b.String())
}

// quote escapes a label value as the text format requires.
func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// handleMetrics serves GET /metrics: the HTTP and runtime figures, and
// the work liaison tracks (open and overdue cases, pending timers,
// notifications by channel and status), counted at most every
// workCountsEvery.
func (s *Server) handleMetrics(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	s.metrics.write(w)
	if s.Cases == nil {
		return
	}
	st, err := s.metrics.work.get(time.Now(), func() (cases.Metrics, error) { return s.Cases.Metrics(r.Context()) })
	if err != nil {
		s.Logger.Error("metrics", "err", err)
		return
	}
	var b strings.Builder
	gauge := func(name, help string, v int) {
		fmt.Fprintf(&b, "# HELP %s %s\n# TYPE %s gauge\n%s %d\n", name, help, name, name, v)
	}
	gauge("liaison_cases_open", "Cases not yet closed.", st.OpenCases)
	gauge("liaison_cases_overdue", "Open cases whose waiting step is past its deadline.", st.OverdueCases)
	gauge("liaison_timers_pending", "Reminders, escalations and other timers not yet fired.", st.PendingTimers)
	b.WriteString("# HELP liaison_notifications Notifications by channel and delivery status.\n# TYPE liaison_notifications gauge\n")
	keys := make([][2]string, 0, len(st.Notifications))
	for k := range st.Notifications {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [2]string) int { return strings.Compare(a[0]+a[1], b[0]+b[1]) })
	for _, k := range keys {
		fmt.Fprintf(&b, "liaison_notifications{channel=%s,status=%s} %d\n", quote(k[0]), quote(k[1]), st.Notifications[k])
	}
	_, _ = io.WriteString(w, b.String())
}

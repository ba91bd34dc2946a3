package check

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// The ratio measurement of issue 20 ("10× the size in at most 12× the
// time"). It is not a unit test — timing on a shared machine is not a pass or
// fail of the code — so it runs only when asked:
//
//	nice -n 10 go test ./internal/check -run '^TestPathologicalRatios$' -count=1 -v -ratios [-ratios.rounds 5] [-ratios.only 'capitals|quotes']
//
// and then fails if a step exceeds 12× both by the minimum and by the
// median CPU times (the load of a shared machine can move either alone by
// 20 %; a cost that grows faster than the text moves both).
var (
	ratios      = flag.Bool("ratios", false, "measure and print the time ratios of the pathological inputs (issue 20)")
	ratioRounds = flag.Int("ratios.rounds", 5, "rounds of the ratio measurement")
	ratioOnly   = flag.String("ratios.only", "", "regexp: measure only the pathological inputs whose name matches")
)

// ratioSizes are the lengths compared, in characters.
var ratioSizes = []int{10_000, 100_000, 1_000_000}

// maxRatio is the bound on the time for ten times the size.
const maxRatio = 12

// ratioSample is the least time of one sample.
const ratioSample = 100 * time.Millisecond

// TestPathologicalRatios measures every pathological input at 10k, 100k and
// 1M characters and prints the ratios of the times per call. To be fair to
// a machine shared with other work:
//   - the sizes are interleaved, round by round, in a rotating order, so that
//     a burst of load falls on all of them alike;
//   - every sample reads the same number of bytes (k calls of the largest
//     size, 10k of the middle one, 100k of the smallest, k chosen so that a
//     sample takes at least 100 ms), after a GC, so that the heap and the
//     caches are in the same state and a sample is not a single moment of
//     the machine's load;
//   - the CPU time of the process is compared, beside the wall time, and
//     the ratio is of the minimum over the rounds (the run least disturbed),
//     with the median ratio beside it;
//   - the load average is printed before and after.
func TestPathologicalRatios(t *testing.T) {
	if !*ratios {
		t.Skip("timing: run with -ratios (see docs/benchmarks.md)")
	}
	only, err := regexp.Compile(*ratioOnly)
	if err != nil {
		t.Fatalf("-ratios.only: %v", err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1)) // as -cpu 1: the checker is one goroutine
	fmt.Printf("load average before: %s\n", loadAverage())
	fmt.Printf("%-15s %27s  %23s  %23s  %17s\n", "input", "cpu ns/B at 10k 100k 1M", "× min cpu 10k→100k→1M", "× min wall 10k→100k→1M", "× median cpu")
	var worst float64
	for _, p := range pathological {
		if !only.MatchString(p.name) {
			continue
		}
		m := measureRatios(p.unit, Options{Now: corpusNow, Calendar: testCalendar{}, Kind: p.kind}, *ratioRounds)
		cpu, wall, med := m.ratios(minOf), m.wallRatios(), m.ratios(median)
		fmt.Printf("%-15s %8.1f %8.1f %8.1f  %10.1f %10.1f  %10.1f %10.1f  %7.1f %7.1f\n", p.name,
			m.perByte(0), m.perByte(1), m.perByte(2), cpu[0], cpu[1], wall[0], wall[1], med[0], med[1])
		for i, r := range cpu {
			if r > maxRatio && med[i] > maxRatio {
				t.Errorf("%s: %d→%d characters took %.1f× the time by the minimum, %.1f× by the median (at most %d×)", p.name, ratioSizes[i], ratioSizes[i+1], r, med[i], maxRatio)
			} else if r > maxRatio || med[i] > maxRatio {
				fmt.Printf("    %s %d→%d: %.1f× by the minimum, %.1f× by the median: the load moved one of them\n", p.name, ratioSizes[i], ratioSizes[i+1], r, med[i])
			}
			worst = max(worst, r)
		}
	}
	fmt.Printf("load average after: %s; worst ratio of minimum CPU times %.1f×\n", loadAverage(), worst)
}

// ratioSamples are the times of one input: per size, one entry per round,
// of reps[size] calls each.
type ratioSamples struct {
	bytes []int // length of the text of each size
	reps  []int
	cpu   [][]time.Duration
	wall  [][]time.Duration
}

func measureRatios(unit string, opt Options, rounds int) ratioSamples {
	n := len(ratioSizes)
	texts := make([]string, n)
	m := ratioSamples{bytes: make([]int, n), reps: make([]int, n), cpu: make([][]time.Duration, n), wall: make([][]time.Duration, n)}
	for i, size := range ratioSizes {
		texts[i] = repeatTo(unit, size)
		m.bytes[i] = len(texts[i])
	}
	Check(texts[0], opt) // warm the pool and the lexicon
	start := time.Now()
	Check(texts[n-1], opt)
	k := max(1, int(ratioSample/max(time.Since(start), time.Microsecond)))
	for i, size := range ratioSizes {
		m.reps[i] = k * ratioSizes[n-1] / size
	}
	for r := range rounds {
		for k := range n {
			i := (k + r) % n
			runtime.GC()
			c0, w0 := cpuTime(), time.Now()
			for range m.reps[i] {
				Check(texts[i], opt)
			}
			w := time.Since(w0)
			c := cpuTime() - c0
			if c0 == 0 {
				c = w // no CPU clock on this system
			}
			m.cpu[i] = append(m.cpu[i], c)
			m.wall[i] = append(m.wall[i], w)
		}
	}
	return m
}

// perCall is the time of one call of size i by the statistic pick.
func (m ratioSamples) perCall(d [][]time.Duration, i int, pick func([]time.Duration) time.Duration) float64 {
	return float64(pick(d[i])) / float64(m.reps[i])
}

// ratios are the ratios of the CPU time per call from each size to the next.
func (m ratioSamples) ratios(pick func([]time.Duration) time.Duration) []float64 {
	var out []float64
	for i := 1; i < len(m.cpu); i++ {
		out = append(out, m.perCall(m.cpu, i, pick)/m.perCall(m.cpu, i-1, pick))
	}
	return out
}

func (m ratioSamples) wallRatios() []float64 {
	var out []float64
	for i := 1; i < len(m.wall); i++ {
		out = append(out, m.perCall(m.wall, i, minOf)/m.perCall(m.wall, i-1, minOf))
	}
	return out
}

// perByte is the minimum CPU time per byte at size i, in nanoseconds.
func (m ratioSamples) perByte(i int) float64 {
	return m.perCall(m.cpu, i, minOf) / float64(m.bytes[i])
}

func minOf(d []time.Duration) time.Duration { return slices.Min(d) }

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

// loadAverage is the 1, 5 and 15 minute load averages, or "unknown".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

package bench

import (
	"errors"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	tests := []struct {
		q    float64
		want time.Duration
	}{{0.5, 50 * time.Millisecond}, {0.9, 90 * time.Millisecond}, {0.99, 99 * time.Millisecond}, {1, 100 * time.Millisecond}, {0, time.Millisecond}}
	for _, tc := range tests {
		if got := Percentile(d, tc.q); got != tc.want {
			t.Errorf("p%v = %v, want %v", tc.q, got, tc.want)
		}
	}
	if Percentile(nil, 0.5) != 0 {
		t.Error("the percentile of nothing is not 0")
	}
}

func TestRecorderSummarises(t *testing.T) {
	r := NewRecorder()
	r.Add("open", 10*time.Millisecond, nil)
	r.Add("open", 30*time.Millisecond, nil)
	r.Add("open", 0, errors.New("409 conflict"))
	r.Add("accept", 20*time.Millisecond, nil)
	st := r.Summarise(2 * time.Second)
	if len(st) != 2 || st[0].Op != "accept" || st[1].Op != "open" {
		t.Fatalf("stats %+v", st)
	}
	if o := st[1]; o.N != 2 || o.Errors != 1 || o.PerSec != 1 || o.Max != 30*time.Millisecond || o.FirstError != "409 conflict" {
		t.Errorf("open %+v", o)
	}
	if w := r.Total("writes", 2*time.Second, "open", "accept"); w.N != 3 || w.Errors != 1 || w.P50 != 20*time.Millisecond {
		t.Errorf("writes %+v", w)
	}
}

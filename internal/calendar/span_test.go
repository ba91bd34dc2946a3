package calendar

import "testing"

func TestParseSpan(t *testing.T) {
	good := []struct {
		in   string
		want Span
	}{
		{"2 workdays", Span{2, Workdays}},
		{"1 workday", Span{1, Workdays}},
		{"3 working days", Span{3, Workdays}},
		{"2个工作日", Span{2, Workdays}},
		{"24h", Span{24, Hours}},
		{"48 hours", Span{48, Hours}},
		{"1 hour", Span{1, Hours}},
		{"24小时", Span{24, Hours}},
		{"4 workhours", Span{4, WorkHours}},
		{"7 days", Span{7, Days}},
		{" 7 Days ", Span{7, Days}},
		{"7天", Span{7, Days}},
		{"3650 days", Span{3650, Days}},
	}
	for _, tt := range good {
		got, err := ParseSpan(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseSpan(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
		if back, err := ParseSpan(got.String()); err != nil || back != got {
			t.Errorf("ParseSpan(%q.String() = %q) = %v, %v", tt.in, got.String(), back, err)
		}
	}
	for _, bad := range []string{"", "0 days", "-1 days", "3651 days", "1000000 days", "2", "days", "2 weeks", "2.5 hours", "2 workdays later", "٣ days"} {
		if s, err := ParseSpan(bad); err == nil {
			t.Errorf("ParseSpan(%q) = %v, want an error", bad, s)
		}
	}
}

func TestSpanString(t *testing.T) {
	for s, want := range map[Span]string{
		{1, Workdays}: "1 workday", {2, Workdays}: "2 workdays", {24, Hours}: "24 hours",
		{1, WorkHours}: "1 workhour", {7, Days}: "7 days", {3, 0}: "3 ?unit(0)",
	} {
		if got := s.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", s, got, want)
		}
	}
}

func TestAddSpan(t *testing.T) {
	c := defaultCal(t)
	from := sh(t, "2026-02-13 16:00")
	for s, want := range map[Span]string{
		{2, Workdays}:  "2026-02-24 16:00",
		{24, Hours}:    "2026-02-14 16:00",
		{3, WorkHours}: "2026-02-14 10:00",
		{7, Days}:      "2026-02-20 16:00",
		{7, 0}:         "2026-02-13 16:00",
	} {
		sameInstant(t, "Add "+s.String(), c.Add(from, s), sh(t, want))
	}
}

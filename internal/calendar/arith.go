package calendar

import "time"

// maxN caps counts so day and duration arithmetic cannot overflow; it is far
// beyond any deadline (ParseSpan allows at most 3650).
const maxN = 1_000_000

// clampN maps negative counts to "unchanged" (ok=false) and caps large ones.
func clampN(n int) (int64, bool) {
	if n < 0 {
		return 0, false
	}
	return int64(min(n, maxN)), true
}

// AddWorkdays returns the deadline n working days after t (see the package
// doc); negative n returns t unchanged.
func (c *Calendar) AddWorkdays(t time.Time, n int) time.Time {
	loc := c.cfg.Location
	k, ok := clampN(n)
	if !ok {
		return t.In(loc)
	}
	z, tod := split(t, loc)
	if !c.isWork(z) || tod >= c.cfg.Close {
		z, tod = c.nthAfter(z, 1), c.cfg.Open
	} else if tod < c.cfg.Open {
		tod = c.cfg.Open
	}
	if k > 0 {
		z = c.nthAfter(z, k)
	}
	return at(z, tod, loc)
}

// AddHours returns t plus n×60 minutes of elapsed time; negative n returns t
// unchanged.
func (c *Calendar) AddHours(t time.Time, n int) time.Time {
	k, ok := clampN(n)
	if !ok {
		return t.In(c.cfg.Location)
	}
	return t.Add(time.Duration(k) * time.Hour).In(c.cfg.Location)
}

// AddDays returns the same wall-clock time n calendar days after t; negative n
// returns t unchanged.
func (c *Calendar) AddDays(t time.Time, n int) time.Time {
	k, ok := clampN(n)
	if !ok {
		return t.In(c.cfg.Location)
	}
	return t.In(c.cfg.Location).AddDate(0, 0, int(k))
}

// AddWorkHours returns the instant after n hours of working time counted from
// t (see the package doc); negative n returns t unchanged.
func (c *Calendar) AddWorkHours(t time.Time, n int) time.Time {
	loc := c.cfg.Location
	k, ok := clampN(n)
	if !ok {
		return t.In(loc)
	}
	if k == 0 {
		return c.nextWorkingInstant(t)
	}
	z, tod := split(t, loc)
	need := time.Duration(k) * time.Hour
	used := c.dayLen // a non-working day has nothing left
	if c.isWork(z) {
		used = c.offset(tod)
		if used+need <= c.dayLen {
			return at(z, c.timeOfOffset(used+need), loc)
		}
	}
	need -= c.dayLen - used
	days := int64((need + c.dayLen - 1) / c.dayLen) // ≥ 1, as need > 0
	w := need - time.Duration(days-1)*c.dayLen      // in (0, dayLen]
	return at(c.nthAfter(z, days), c.timeOfOffset(w), loc)
}

// WorkingTimeBetween returns the working time (lunch excluded) in [a, b), 0 if
// b is not after a; it backs displays such as "剩余1个工作日3小时".
func (c *Calendar) WorkingTimeBetween(a, b time.Time) time.Duration {
	if !b.After(a) {
		return 0
	}
	za, ta := split(a, c.cfg.Location)
	zb, tb := split(b, c.cfg.Location)
	return time.Duration(c.ord(zb)-c.ord(za))*c.dayLen + c.offsetOn(zb, tb) - c.offsetOn(za, ta)
}

// offsetOn is the working time elapsed on day z by time of day tod.
func (c *Calendar) offsetOn(z int64, tod time.Duration) time.Duration {
	if !c.isWork(z) {
		return 0
	}
	return c.offset(tod)
}

// offset is the working time between Open and tod on a working day.
func (c *Calendar) offset(tod time.Duration) time.Duration {
	cfg := c.cfg
	switch {
	case tod <= cfg.Open:
		return 0
	case tod >= cfg.Close:
		return c.dayLen
	case !cfg.hasLunch() || tod <= cfg.LunchStart:
		return tod - cfg.Open
	case tod < cfg.LunchEnd:
		return cfg.LunchStart - cfg.Open
	default:
		return tod - cfg.Open - (cfg.LunchEnd - cfg.LunchStart)
	}
}

// timeOfOffset is the inverse of offset for w in (0, dayLen]: the earliest time
// of day by which w of working time has elapsed, so a deadline that ends a
// working period (lunch start, close) stays at its end.
func (c *Calendar) timeOfOffset(w time.Duration) time.Duration {
	cfg := c.cfg
	if cfg.hasLunch() && w > cfg.LunchStart-cfg.Open {
		return w + cfg.Open + (cfg.LunchEnd - cfg.LunchStart)
	}
	return cfg.Open + w
}

// nextWorkingInstant returns t if it lies in working time, else the start of
// the next working period (after lunch, or the next opening).
func (c *Calendar) nextWorkingInstant(t time.Time) time.Time {
	loc, cfg := c.cfg.Location, c.cfg
	z, tod := split(t, loc)
	switch {
	case !c.isWork(z) || tod >= cfg.Close:
		return at(c.nthAfter(z, 1), cfg.Open, loc)
	case tod < cfg.Open:
		return at(z, cfg.Open, loc)
	case cfg.hasLunch() && tod >= cfg.LunchStart && tod < cfg.LunchEnd:
		return at(z, cfg.LunchEnd, loc)
	default:
		return t.In(loc)
	}
}

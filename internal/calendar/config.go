package calendar

import (
	"github.com/liaison-dev/liaison/internal/i18n"
	"time"

	"github.com/liaison-dev/liaison/internal/problem"
)

// Config sets the location and the working hours of a Calendar.
type Config struct {
	Location    *time.Location // the zone every date and time of day is read in
	Open, Close time.Duration  // since midnight, e.g. 9h and 18h
	// LunchStart and LunchEnd bound a lunch break inside [Open, Close);
	// both zero means no lunch break.
	LunchStart, LunchEnd time.Duration
}

// DefaultZone is the zone of DefaultConfig.
const DefaultZone = i18n.ZoneName

// DefaultConfig returns Asia/Shanghai, 09:00–18:00, no lunch break.
func DefaultConfig() Config {
	return Config{Location: i18n.Zone(), Open: 9 * time.Hour, Close: 18 * time.Hour}
}

// hasLunch reports whether the configuration has a lunch break.
func (c Config) hasLunch() bool { return c.LunchStart != 0 || c.LunchEnd != 0 }

// dayLength is the working time of one working day, lunch excluded.
func (c Config) dayLength() time.Duration {
	return c.Close - c.Open - (c.LunchEnd - c.LunchStart)
}

// validate refuses configurations the arithmetic cannot honour, naming each field.
func (c Config) validate() error {
	bad := map[string]string{}
	if c.Location == nil {
		bad["location"] = "reason.required"
	}
	if c.Open < 0 || c.Open >= 24*time.Hour {
		bad["open"] = "reason.within_the_day"
	}
	if c.Close <= c.Open || c.Close > 24*time.Hour {
		bad["close"] = "reason.close_after_open"
	}
	if c.hasLunch() && !(c.Open < c.LunchStart && c.LunchStart < c.LunchEnd && c.LunchEnd < c.Close) {
		bad["lunch"] = "reason.lunch_order"
	}
	if len(bad) > 0 {
		return problem.FieldsKey("problem.invalid_working_hours", bad)
	}
	return nil
}

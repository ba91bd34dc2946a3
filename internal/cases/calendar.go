package cases

import (
	"context"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/store"
)

// ImportCalendar reads holiday data in the holiday-cn format, stores it as
// overrides (all or nothing) and puts the new calendar in force at once.
// It returns how many days were imported.
func (s *Service) ImportCalendar(ctx context.Context, data []byte) (int, error) {
	list, err := calendar.ParseHolidayCN(data)
	if err != nil {
		return 0, err
	}
	old, err := s.cfg.DB.CalendarOverrides(ctx)
	if err != nil {
		return 0, err
	}
	// The merged set must make a valid calendar before anything is written.
	if _, err := calendar.New(s.Calendar().Config(), MergeOverrides(old, list)); err != nil {
		return 0, err
	}
	now, err := s.Now(ctx)
	if err != nil {
		return 0, err
	}
	err = s.cfg.DB.Tx(ctx, func(tx store.Tx) error { return store.In(tx).PutCalendarOverrides(ctx, list, now) })
	if err != nil {
		return 0, err
	}
	return len(list), s.ReloadCalendar(ctx)
}

// ReloadCalendar rebuilds the calendar from the overrides in the database,
// e.g. after `liaison calendar import` ran beside the server.
func (s *Service) ReloadCalendar(ctx context.Context) error {
	overrides, err := s.cfg.DB.CalendarOverrides(ctx)
	if err != nil {
		return err
	}
	cal, err := calendar.New(s.Calendar().Config(), overrides)
	if err != nil {
		return err
	}
	s.SetCalendar(cal)
	return nil
}

// WatchCalendar reloads the calendar whenever the overrides in the
// database change, checking every interval until ctx ends; so an import by
// the command line or another replica takes effect within a minute.
func (s *Service) WatchCalendar(ctx context.Context, every time.Duration) {
	last := ""
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		// The first pass reloads too: overrides written between the
		// calendar's making and the watcher's start are not missed.
		if mark, err := s.cfg.DB.CalendarOverridesMark(ctx); err == nil && mark != last {
			if err := s.ReloadCalendar(ctx); err != nil {
				s.cfg.Logger.Error("calendar reload", "err", err)
			} else {
				last = mark
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// MergeOverrides lays overrides over older ones by date.
func MergeOverrides(old, add []calendar.Override) []calendar.Override {
	byDate := map[string]calendar.Override{}
	for _, o := range old {
		byDate[o.Date] = o
	}
	for _, o := range add {
		byDate[o.Date] = o
	}
	out := make([]calendar.Override, 0, len(byDate))
	for _, o := range byDate {
		out = append(out, o)
	}
	return out
}

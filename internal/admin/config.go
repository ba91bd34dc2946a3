package admin

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store"
)

// Channel is a department's group robot or webhook; its secret is never shown.
type Channel struct {
	ID      int64    `json:"id"`
	Dept    string   `json:"dept"`
	Kind    string   `json:"kind"`
	Name    string   `json:"name"`
	URL     string   `json:"url"`    // redacted
	Signed  bool     `json:"signed"` // a secret is set
	Kinds   []string `json:"kinds"`
	Enabled bool     `json:"enabled"`
}

// ChannelInput adds a channel.
type ChannelInput struct {
	Dept    string   `json:"dept"`
	Kind    string   `json:"kind"`
	Name    string   `json:"name"`
	URL     string   `json:"url"`
	Secret  string   `json:"secret"`
	Kinds   []string `json:"kinds"`
	Enabled *bool    `json:"enabled"`
}

func viewChannel(c store.Channel) Channel {
	kinds := c.Kinds
	if kinds == nil {
		kinds = []string{}
	}
	return Channel{ID: c.ID, Dept: c.Dept, Kind: c.Kind, Name: c.Name, URL: notify.RedactURL(c.URL), Signed: c.Secret != "", Kinds: kinds, Enabled: c.Enabled}
}

// Channels lists the robots and webhooks (administrators).
func (s *Service) Channels(ctx context.Context, a auth.User) ([]Channel, error) {
	out := []Channel{}
	err := s.read(ctx, a, Admins, "", func(q store.Querier) error {
		list, err := store.In(q).Channels(ctx)
		for _, c := range list {
			out = append(out, viewChannel(c))
		}
		return err
	})
	return out, err
}

// AddChannel adds a department's robot or webhook (201); a taken name is a 422.
func (s *Service) AddChannel(ctx context.Context, a auth.User, in ChannelInput) (Channel, error) {
	var out Channel
	err := s.change(ctx, a, Admins, "", func(tx store.Tx, now time.Time) (entry, error) {
		c := store.Channel{Dept: in.Dept, Kind: in.Kind, Name: strings.TrimSpace(in.Name), URL: strings.TrimSpace(in.URL),
			Secret: strings.TrimSpace(in.Secret), Kinds: in.Kinds, Enabled: in.Enabled == nil || *in.Enabled, CreatedAt: now}
		bad := notify.CheckEndpoint(c.Kind, c.Name, c.URL, c.Secret, c.Kinds)
		if _, err := store.In(tx).Department(ctx, c.Dept); errors.Is(err, store.ErrNotFound) {
			bad["dept"] = "reason.unknown_department"
		} else if err != nil {
			return entry{}, err
		}
		list, err := store.In(tx).Channels(ctx)
		if err != nil {
			return entry{}, err
		}
		for _, o := range list {
			if o.Name == c.Name {
				bad["name"] = "reason.already_taken"
			}
		}
		if len(bad) > 0 {
			return entry{}, problem.FieldsKey("problem.invalid_channel", bad)
		}
		if c.ID, err = store.In(tx).InsertChannel(ctx, c); err != nil {
			return entry{}, err
		}
		out = viewChannel(c)
		return entry{Action: "channel_add", Target: c.Name, After: out}, nil
	})
	return out, err
}

// DeleteChannel removes a channel; 404 if absent.
func (s *Service) DeleteChannel(ctx context.Context, a auth.User, id int64) error {
	return s.change(ctx, a, Admins, "", func(tx store.Tx, _ time.Time) (entry, error) {
		list, err := store.In(tx).Channels(ctx)
		if err != nil {
			return entry{}, err
		}
		for _, c := range list {
			if c.ID == id {
				if err := store.In(tx).RemoveChannel(ctx, id); err != nil {
					return entry{}, err
				}
				return entry{Action: "channel_delete", Target: strconv.FormatInt(id, 10), Before: viewChannel(c)}, nil
			}
		}
		return entry{}, problem.Key(problem.NotFound, "problem.no_such_channel")
	})
}

// AuditEntry is one line of the audit trail.
type AuditEntry = store.AuditEntry

// Audit returns the newest entries of the audit trail, at most limit (1–1000).
func (s *Service) Audit(ctx context.Context, a auth.User, limit int) ([]AuditEntry, error) {
	if limit < 1 || limit > 1000 {
		return nil, problem.FieldsKey("problem.invalid_limit", map[string]string{"limit": "reason.number_from_1_to_1000"})
	}
	var out []AuditEntry
	err := s.read(ctx, a, Admins, "", func(store.Querier) error {
		var err error
		out, err = s.cfg.DB.RecentAudit(ctx, limit)
		return err
	})
	return out, err
}

// CalendarOverrides returns the working-day overrides in the database (administrators).
func (s *Service) CalendarOverrides(ctx context.Context, a auth.User) ([]calendar.Override, error) {
	out := []calendar.Override{}
	err := s.read(ctx, a, Admins, "", func(store.Querier) error {
		list, err := s.cfg.DB.CalendarOverrides(ctx)
		out = append(out, list...)
		return err
	})
	return out, err
}

// ImportCalendar stores holiday data in the holiday-cn format as overrides,
// all or nothing, with its audit entry, and puts it in force. It returns
// how many days were imported.
func (s *Service) ImportCalendar(ctx context.Context, a auth.User, data []byte) (int, error) {
	list, err := calendar.ParseHolidayCN(data)
	if err != nil {
		return 0, err
	}
	err = s.change(ctx, a, Admins, "", func(tx store.Tx, now time.Time) (entry, error) {
		old, err := s.cfg.DB.CalendarOverrides(ctx)
		if err != nil {
			return entry{}, err
		}
		// The merged set must make a valid calendar before anything is written.
		if _, err := calendar.New(s.cfg.Calendar(), cases.MergeOverrides(old, list)); err != nil {
			return entry{}, err
		}
		if err := store.In(tx).PutCalendarOverrides(ctx, list, now); err != nil {
			return entry{}, err
		}
		first, last := "", ""
		if len(list) > 0 {
			first, last = list[0].Date, list[len(list)-1].Date
		}
		return entry{Action: "calendar_import", Target: strconv.Itoa(len(list)), Detail: map[string]any{"days": len(list), "first": first, "last": last}}, nil
	})
	if err != nil {
		return 0, err
	}
	if s.cfg.CalendarChanged != nil {
		if err := s.cfg.CalendarChanged(ctx); err != nil {
			return len(list), err
		}
	}
	return len(list), nil
}

// UncheckedYears lists this year and the next when their holiday data
// comes from lunar-go alone: not checked against the notices in the
// project's tests (calendar.Checked), not confirmed by an administrator,
// and with nothing imported for them. The administration page warns of
// each (administrators).
func (s *Service) UncheckedYears(ctx context.Context, a auth.User) ([]int, error) {
	now, err := s.now(ctx)
	if err != nil {
		return nil, err
	}
	var out []int
	err = s.read(ctx, a, Admins, "", func(store.Querier) error {
		confirmed, err := s.cfg.DB.ConfirmedCalendarYears(ctx)
		if err != nil {
			return err
		}
		overrides, err := s.cfg.DB.CalendarOverrides(ctx)
		if err != nil {
			return err
		}
		cal, err := calendar.New(s.cfg.Calendar(), overrides)
		if err != nil {
			return err
		}
		imported := map[int]bool{}
		for _, o := range overrides {
			if y, err := strconv.Atoi(o.Date[:4]); err == nil {
				imported[y] = true
			}
		}
		y := now.In(cal.Location()).Year()
		for _, year := range []int{y, y + 1} {
			if !calendar.Checked(year) && cal.HasOfficialData(year) && !confirmed[year] && !imported[year] {
				out = append(out, year)
			}
		}
		return nil
	})
	return out, err
}

// ConfirmCalendarYear records that an administrator checked year's
// built-in holiday data against the State Council notice, with its audit
// entry (calendar_confirm), so the administration page stops warning of it.
func (s *Service) ConfirmCalendarYear(ctx context.Context, a auth.User, year int) error {
	return s.change(ctx, a, Admins, "", func(tx store.Tx, now time.Time) (entry, error) {
		cal, err := calendar.New(s.cfg.Calendar(), nil)
		if err != nil {
			return entry{}, err
		}
		if year < 2000 || year > 2100 || !cal.HasOfficialData(year) {
			return entry{}, problem.FieldsKey("problem.invalid_year", map[string]string{"year": "reason.no_built_in_holiday_data"})
		}
		if err := store.In(tx).ConfirmCalendarYear(ctx, year, a.Login, now); err != nil {
			return entry{}, err
		}
		return entry{Action: "calendar_confirm", Target: strconv.Itoa(year), Detail: map[string]any{"year": year}}, nil
	})
}

// Diagnose lets an administrator read the server's own profiles
// (/debug/pprof, served only with --pprof); everyone else is refused.
func (s *Service) Diagnose(ctx context.Context, a auth.User) error {
	return s.read(ctx, a, Admins, "", func(store.Querier) error { return nil })
}

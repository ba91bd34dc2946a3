package reach

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

func newCalendarKey() (string, error) {
	var b [24]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("reach: calendar key: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// CalendarKey returns the key of the actor's calendar feed, making one on
// first use.
func (s *Service) CalendarKey(ctx context.Context, actor process.Actor) (string, error) {
	if actor.Login == "" {
		return "", problem.Key(problem.Unauthorized, "problem.not_signed_in")
	}
	var key string
	err := s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		k, found, err := store.In(tx).CalendarKey(ctx, actor.Login)
		if err != nil || found {
			key = k
			return err
		}
		if key, err = newCalendarKey(); err != nil {
			return err
		}
		return store.In(tx).PutCalendarKey(ctx, actor.Login, key, time.Now())
	})
	return key, err
}

// ResetCalendarKey gives the actor a new feed key; the old one answers 404
// from then on. One transaction with its audit entry.
func (s *Service) ResetCalendarKey(ctx context.Context, actor process.Actor) (string, error) {
	if actor.Login == "" {
		return "", problem.Key(problem.Unauthorized, "problem.not_signed_in")
	}
	key, err := newCalendarKey()
	if err != nil {
		return "", err
	}
	now, err := s.now(ctx)
	if err != nil {
		return "", err
	}
	err = s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		if err := store.In(tx).PutCalendarKey(ctx, actor.Login, key, now); err != nil {
			return err
		}
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: now, Actor: actor.Login, Action: "calendar_key_reset", Target: "user:" + actor.Login, IP: store.IPFrom(ctx)})
	})
	return key, err
}

// FeedCases is how many waiting cases a calendar feed reads, the soonest:
// a calendar app asks every 15 minutes, and a contact with 400,000 cases
// waiting made each answer read them all (24 s at a million cases).
const FeedCases = 5000

// CalendarFeed is the iCalendar feed behind key: one VEVENT per open step
// its owner owes (cases.OwedSteps) on the FeedCases soonest cases waiting,
// at the step's deadline. An unknown key (or a disabled user's) is a 404
// that says nothing more.
func (s *Service) CalendarFeed(ctx context.Context, key string) ([]byte, error) {
	login, err := "", store.ErrNotFound // a key of no possible length is unknown
	if key != "" && len(key) <= 100 {
		login, err = s.cfg.DB.CalendarKeyOwner(ctx, key)
	}
	if err != nil {
		return nil, dberr.Problem(err, "thing.calendar_feed")
	}
	actor, err := s.actor(ctx, login)
	if err != nil {
		return nil, err
	}
	steps, err := s.cfg.Cases.OwedSteps(ctx, cases.ViewerOf(actor), FeedCases)
	if err != nil {
		return nil, err
	}
	now, err := s.cfg.Cases.Now(ctx)
	if err != nil {
		return nil, err
	}
	loc := s.cfg.Cases.Calendar().Location()
	base := strings.TrimRight(s.cfg.Cases.PublicURL(), "/")
	host := "liaison"
	if i := strings.Index(base, "://"); i >= 0 {
		host = strings.SplitN(base[i+3:], "/", 2)[0]
	}
	var events []vevent
	for _, st := range steps {
		// The state's step keeps the UID it always had, so subscriptions
		// do not see it twice; an item's step adds the item.
		uid := "case-" + strconv.FormatInt(st.CaseID, 10) + "-" + st.State + "-" + st.Action
		if st.Item != 0 {
			uid += "-item-" + strconv.Itoa(st.Item)
		}
		desc := "待办：" + st.What
		if !now.Before(st.DueAt) {
			desc += "（已逾期）"
		}
		link := base + "/cases/" + strconv.FormatInt(st.CaseID, 10)
		events = append(events, vevent{
			UID: uid + "@" + host, Summary: st.Key + " " + st.Title + " — " + st.What,
			Description: desc + "\n" + link, URL: link, Start: st.DueAt,
		})
	}
	return icalendar("liaison 待办截止", events, now, loc), nil
}

// actor is a user as the case service sees them, as on signing in: the
// departments they head and oversee (those below in the tree) and, for
// management, every case read-only (cases.Org.Actor).
func (s *Service) actor(ctx context.Context, login string) (process.Actor, error) {
	org, err := cases.LoadOrg(ctx, s.cfg.DB.SQL())
	if err != nil {
		return process.Actor{}, err
	}
	if _, ok := org.Users[login]; !ok {
		return process.Actor{}, problem.Key(problem.NotFound, "problem.nothing_found")
	}
	a := org.Actor(login)
	u2, err := s.cfg.DB.UserByLogin(ctx, login)
	if err != nil {
		return process.Actor{}, err
	}
	a.Admin = u2.Admin
	return a, nil
}

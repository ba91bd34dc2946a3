package cases

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"

	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// DigestAt is when the weekly digest of the week holding t goes out: the
// opening hour of the week's first working day (Monday, unless it is a
// holiday), on the working calendar. ok is false for a week without one.
func (s *Service) DigestAt(t time.Time) (at time.Time, monday time.Time, ok bool) {
	cal := s.Calendar()
	loc := cal.Location()
	l := t.In(loc)
	monday = time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, loc).AddDate(0, 0, -((int(l.Weekday()) + 6) % 7))
	for d := range 7 {
		day := monday.AddDate(0, 0, d)
		if cal.IsWorkday(day) {
			return day.Add(cal.Config().Open), monday, true
		}
	}
	return time.Time{}, monday, false
}

// RunDigests sends each head the weekly digest when its time comes, until
// ctx ends. It looks every minute, so a moved simulated clock is noticed;
// the digests table makes each department's digest go out once a week,
// however many replicas run.
func (s *Service) RunDigests(ctx context.Context) {
	tick := time.NewTicker(time.Minute)
	defer tick.Stop()
	for {
		if _, err := s.SendDigests(ctx); err != nil && ctx.Err() == nil {
			s.cfg.Logger.Error("digest", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// SendDigests queues this week's digest for every department with a head,
// if its time has come and it was not queued yet; it returns how many it
// queued. Each digest is one transaction: the claim and its outbox rows.
func (s *Service) SendDigests(ctx context.Context) (int, error) {
	now, err := s.Now(ctx)
	if err != nil {
		return 0, err
	}
	at, monday, ok := s.DigestAt(now)
	if !ok || now.Before(at) {
		return 0, nil
	}
	org, err := LoadOrg(ctx, s.cfg.DB.SQL())
	if err != nil {
		return 0, err
	}
	ids := make([]string, 0, len(org.Departments))
	for id, d := range org.Departments {
		if d.Head != "" {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	sent := 0
	for _, id := range ids {
		queued, err := s.digest(ctx, org, id, monday, now)
		if err != nil {
			return sent, fmt.Errorf("cases: digest of %s: %w", id, err)
		}
		if queued {
			sent++
		}
	}
	if sent > 0 {
		s.cfg.Delivered()
	}
	return sent, nil
}

// digest builds and queues one department's digest.
func (s *Service) digest(ctx context.Context, org *Org, dept string, monday, now time.Time) (bool, error) {
	d := org.Departments[dept]
	head, ok := org.Users[d.Head]
	if !ok {
		return false, nil // a disabled head gets nothing
	}
	// Built only when not queued yet: the look every minute would
	// otherwise build every department's digest again, lists and all.
	week := monday.Format("2006-01-02")
	if queued, err := s.cfg.DB.DigestQueued(ctx, dept, week); err != nil || queued {
		return false, err
	}
	depts, err := s.below(ctx, []string{dept})
	if err != nil {
		return false, err
	}
	casesURL, link := "/cases?scope=dept&due=overdue", "/figures?dept="+dept
	if dept == ManagementDept {
		// 管理层 oversees every department (its figures and cases are
		// all of them): its digest is the company's.
		depts, casesURL, link = nil, "/cases?due=overdue", "/figures"
	}
	db := s.cfg.DB
	loc := s.Calendar().Location()
	lang := head.Lang
	if lang == "" {
		lang = "zh"
	}
	// The head reads the digest in their language; the department's robots
	// post it to the group in Chinese, every user's default.
	build := func(lang string) (notify.Message, int, int, error) {
		// list lists the cases in which the departments owe a step (the
		// steps of the figures) whose deadline is in (after, by]: a
		// request in progress is the contact's department's to deliver,
		// not the waiting requester's. It shows the first 20 and counts
		// them all.
		list := func(after, by time.Time) (string, int, error) {
			owed, n, err := db.OwedCases(ctx, depts, after, by, 20)
			if err != nil {
				return "", 0, err
			}
			var b strings.Builder
			for i, o := range owed {
				fmt.Fprintf(&b, "%d. [%s] %s — %s\n", i+1, o.Key, o.Title, i18n.Deadline(o.Due.In(loc), lang))
			}
			if n > len(owed) {
				b.WriteString("…\n")
			}
			if n == 0 {
				b.WriteString(map[string]string{"zh": "（无）", "en": "(none)"}[lang])
			}
			return strings.TrimRight(b.String(), "\n"), n, nil
		}
		overdue, nOver, err := list(time.Time{}, now)
		if err != nil {
			return notify.Message{}, 0, 0, err
		}
		due, nDue, err := list(now, monday.AddDate(0, 0, 7))
		if err != nil {
			return notify.Message{}, 0, 0, err
		}
		week := func(from time.Time) (int, int, error) {
			rows, err := db.Figures(ctx, store.FigureQuery{From: from, To: from.AddDate(0, 0, 7), Now: now, Depts: depts})
			var dueN, onTime int
			for _, r := range rows {
				dueN, onTime = dueN+r.StepsDue, onTime+r.StepsOnTime
			}
			return dueN, onTime, err
		}
		lastDue, lastOn, err := week(monday.AddDate(0, 0, -7))
		if err != nil {
			return notify.Message{}, 0, 0, err
		}
		prevDue, prevOn, err := week(monday.AddDate(0, 0, -14))
		if err != nil {
			return notify.Message{}, 0, 0, err
		}
		rate := func(due, on int) string {
			if due == 0 {
				return "—"
			}
			return fmt.Sprintf("%.0f%%", 100*float64(on)/float64(due))
		}
		figures := fmt.Sprintf("到期环节 %d 个，按时完成 %d 个（按时率 %s）；前一周：到期 %d 个，按时 %d 个（按时率 %s）。",
			lastDue, lastOn, rate(lastDue, lastOn), prevDue, prevOn, rate(prevDue, prevOn))
		name := d.NameZh
		if lang == "en" {
			figures = fmt.Sprintf("%d steps due, %d on time (%s); the week before: %d due, %d on time (%s).",
				lastDue, lastOn, rate(lastDue, lastOn), prevDue, prevOn, rate(prevDue, prevOn))
			name = d.NameEn
		}
		return notify.Message{Kind: notify.KindDigest, Lang: lang, CaseURL: s.publicURL() + casesURL,
			Fields: map[string]string{"week": monday.Format("2006-01-02"), "dept": name, "overdue": fmt.Sprint(nOver), "due": fmt.Sprint(nDue),
				"overdue_items": overdue, "due_items": due, "figures": figures, "link": s.publicURL() + link}}, nOver, nDue, nil
	}
	msg, nOver, nDue, err := build(lang)
	if err != nil {
		return false, err
	}
	group := msg
	if lang != "zh" {
		if group, _, _, err = build("zh"); err != nil {
			return false, err
		}
	}
	type row struct {
		channel, recipient, login string
		target                    notify.Target
	}
	rows := []row{{notify.ChannelInbox, head.Login, head.Login, notify.Target{Name: head.Name, Email: head.Email}}}
	if s.cfg.Email && org.EmailOn[head.Login] && head.Email != "" {
		rows = append(rows, row{notify.ChannelEmail, head.Login, head.Login, notify.Target{Name: head.Name, Email: head.Email}})
	}
	for _, rb := range org.Channels[dept] {
		if rb.Wants(notify.KindDigest) {
			rows = append(rows, row{rb.Kind, rb.Name, "", notify.Target{Name: rb.Name, Endpoint: &notify.Endpoint{Kind: rb.Kind, URL: rb.URL, Secret: rb.Secret, Name: rb.Name}}})
		}
	}
	queued := false
	err = s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		ok, err := store.In(tx).ClaimDigest(ctx, dept, week, now)
		if err != nil || !ok {
			return err
		}
		for _, r := range rows {
			m := msg
			if r.target.Endpoint != nil {
				m = group
			}
			if _, err := store.In(tx).InsertNotification(ctx, store.Notification{Kind: notify.KindDigest, Recipient: r.recipient, Login: r.login,
				Channel: r.channel, Payload: notify.Delivery{Channel: r.channel, Target: r.target, Message: m}}, now); err != nil {
				return err
			}
		}
		queued = true
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: now, Actor: process.SystemLogin, Action: "digest", Target: dept,
			Detail: map[string]any{"week": week, "overdue": nOver, "due": nDue}})
	})
	return queued, err
}

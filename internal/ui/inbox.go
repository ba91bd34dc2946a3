package ui

import (
	"github.com/liaison-dev/liaison/internal/problem"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/notify"
)

// inboxView is the 待办 page's data.
type inboxView struct {
	Items    []inboxRow
	Messages []messageRow
	Unread   int
	Pager    pager
}

type inboxRow struct {
	cases.InboxItem
	ProcessName string
	ActionName  string
	Due         string // formatted
	Left        string // time left in working time, or how late
}

type messageRow struct {
	ID      int64
	CaseID  int64
	Subject string
	Kind    string
	At      time.Time
	Unread  bool
	Ended   string // the case has ended since (withdrawn, closed…): its state, in words
}

// handleInbox serves GET /inbox: what waits for me, soonest due first,
// and my in-app messages.
func (u *UI) handleInbox(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	ctx := r.Context()
	p, err := pageOf(r)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	items, err := u.Cases.Inbox(ctx, vis.viewer(), p)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	now, err := u.Cases.Now(ctx)
	if err != nil {
		u.fail(w, r, err)
		return
	}
	loc := u.location()
	iv := inboxView{Pager: pagerFor(r, items.Next)}
	for _, it := range items.Items {
		row := inboxRow{InboxItem: it, ActionName: it.Action}
		if d, ok := u.Cases.Processes().Get(it.Process); ok {
			row.ProcessName = inLang(d.Name, vis.Lang)
			if st := d.State(it.State); st != nil {
				if a := st.Action(it.Action); a != nil {
					row.ActionName = inLang(a.Name, vis.Lang)
				}
			}
		}
		if it.DueAt != nil {
			row.Due = formatTime(it.DueAt.In(loc), vis.Lang)
			row.Left = u.timeLeft(now, *it.DueAt, vis.Lang, it.DueClock)
		}
		iv.Items = append(iv.Items, row)
	}
	msgs, err := u.Cases.Messages(ctx, vis.actor(), cases.Page{Limit: 50})
	if err != nil {
		u.fail(w, r, err)
		return
	}
	ended := map[int64]string{} // case → its end state, looked up once
	for _, m := range msgs.Items {
		msg := m.Payload.Message
		msg.Lang = vis.Lang
		u.relocalize(&msg, vis.Lang)
		subject := "[" + msg.CaseKey + "] " + msg.CaseTitle
		if rd, err := notify.Render(msg, loc); err == nil {
			subject = zhOnly(rd.Subject, vis.Lang)
		}
		mr := messageRow{ID: m.ID, CaseID: m.CaseID, Subject: subject, Kind: m.Kind, At: m.CreatedAt, Unread: m.ReadAt == nil}
		if m.CaseID != 0 {
			if _, seen := ended[m.CaseID]; !seen {
				ended[m.CaseID] = ""
				if c, err := u.Cases.Get(ctx, vis.viewer(), m.CaseID); err == nil && c.Terminal {
					ended[m.CaseID] = inLang(c.StateName, vis.Lang)
				}
			}
			mr.Ended = ended[m.CaseID]
		}
		if mr.Unread {
			iv.Unread++
		}
		iv.Messages = append(iv.Messages, mr)
	}
	u.render(w, r, http.StatusOK, "inbox", "inbox.title", view{Nav: "inbox", V: iv})
}

// handleMarkRead serves POST /inbox/read: marks all my messages read.
func (u *UI) handleMarkRead(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	if err := u.Cases.MarkRead(r.Context(), vis.actor(), nil); err != nil {
		u.fail(w, r, err)
		return
	}
	http.Redirect(w, r, "/inbox", http.StatusSeeOther)
}

// timeLeft says how much working time remains until due ("剩余1个工作日3小时"),
// or how late it is ("已超时2小时"). A deadline in clock hours (the manual's
// 24 and 48 hours) is told in clock hours ("剩余23小时").
func (u *UI) timeLeft(now, due time.Time, lang string, clock bool) string {
	cal := u.Cases.Calendar()
	if clock {
		if now.Before(due) {
			return u.cat.T(lang, "time.left", u.clockSpan(due.Sub(now), lang))
		}
		return u.cat.T(lang, "time.late", u.clockSpan(now.Sub(due), lang))
	}
	if now.Before(due) {
		return u.cat.T(lang, "time.left", u.span(cal.WorkingTimeBetween(now, due), lang))
	}
	return u.cat.T(lang, "time.late", u.span(cal.WorkingTimeBetween(due, now), lang))
}

// span writes a working duration in working days, hours and minutes.
func (u *UI) span(d time.Duration, lang string) string {
	cfg := u.Cases.Calendar().Config()
	day := cfg.Close - cfg.Open - (cfg.LunchEnd - cfg.LunchStart)
	if day <= 0 {
		day = 8 * time.Hour
	}
	days := int(d / day)
	rest := d % day
	hours := int(rest / time.Hour)
	mins := int((rest % time.Hour) / time.Minute)
	s := ""
	if days > 0 {
		s += u.cat.T(lang, countKey("time.days", lang, days), days)
	}
	if hours > 0 {
		s += u.cat.T(lang, "time.hours", hours)
	}
	if days == 0 && mins > 0 {
		s += u.cat.T(lang, "time.minutes", mins)
	}
	if s == "" {
		s = u.cat.T(lang, "time.minutes", 0)
	}
	return strings.TrimSpace(s)
}

// countKey is key, or key_one for a count of one in English ("1 working
// day", not "1 working days").
func countKey(key, lang string, n int) string {
	if lang == "en" && n == 1 {
		return key + "_one"
	}
	return key
}

// clockSpan writes elapsed time in clock hours and minutes ("47小时30分钟").
func (u *UI) clockSpan(d time.Duration, lang string) string {
	hours := int(d / time.Hour)
	mins := int((d % time.Hour) / time.Minute)
	s := ""
	if hours > 0 {
		s += u.cat.T(lang, countKey("time.clock_hours", lang, hours), hours)
	}
	if mins > 0 || hours == 0 {
		s += u.cat.T(lang, "time.minutes", mins)
	}
	return strings.TrimSpace(s)
}

// relocalize writes the names a stored message carries in the language it
// was sent in (the action to do, the state, the decision taken) in lang, by
// finding them in the definitions: a message kept for the inbox is read
// later, perhaps in the other language.
func (u *UI) relocalize(m *notify.Message, lang string) {
	if m.Fields == nil {
		return
	}
	fields := map[string]string{}
	for k, v := range m.Fields {
		fields[k] = v
	}
	for _, d := range u.Cases.Processes().All() {
		for _, st := range d.States {
			if st.ID == m.State && (fields["state_name"] == st.Name.Zh || fields["state_name"] == st.Name.En) {
				fields["state_name"] = st.Name.In(lang)
			}
			for _, a := range st.Actions {
				for _, k := range []string{"action_name", "decision"} {
					if v := fields[k]; v != "" && (v == a.Name.Zh || v == a.Name.En) {
						fields[k] = a.Name.In(lang)
					}
				}
			}
		}
	}
	m.Fields = fields
}

// handleOpenMessage serves GET /messages/{id}: the message is read now, and
// the visitor goes on to its case (or to the overdue list, for a digest).
// Opening is a link, as in a mail client; it changes only the visitor's
// own message, and the case page checks who may see the case.
func (u *UI) handleOpenMessage(w http.ResponseWriter, r *http.Request) {
	vis := visitorFrom(r.Context())
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		u.failPage(w, r, problem.NotFound, "error.not_found")
		return
	}
	if err := u.Cases.MarkRead(r.Context(), vis.actor(), []int64{id}); err != nil {
		u.fail(w, r, err)
		return
	}
	to := "/cases?scope=dept&due=overdue"
	if c, err := strconv.ParseInt(r.URL.Query().Get("case"), 10, 64); err == nil && c > 0 {
		to = "/cases/" + strconv.FormatInt(c, 10)
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

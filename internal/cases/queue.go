package cases

import (
	"context"
	"database/sql"
	"time"

	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// queue writes the outbox rows for one notice, in the case's transaction:
// the in-app inbox for users, email for users who want it and for external
// contacts. A repeat of the same (case, event, recipient, channel, kind) is
// dropped by the table's unique key.
func (s *Service) queue(ctx context.Context, tx *sql.Tx, d *process.Definition, c *process.Case, seq int, n process.Notice, env process.Env, actor process.Actor) (bool, error) {
	lang, emailOn := "zh", s.cfg.Email
	p := n.Recipient
	if p.Login != "" {
		u, ok := env.Org.(*Org).Users[p.Login]
		if ok {
			lang = u.Lang
			emailOn = emailOn && env.Org.(*Org).EmailOn[p.Login]
		}
	}
	msg := notify.Message{
		Kind: n.Kind, Lang: lang, CaseKey: c.Key, CaseTitle: c.Title, CaseURL: caseURL(s.publicURL(), c.ID),
		ProcessName: d.Name.In(lang), State: c.State, Action: n.Action, Actor: actorName(actor, env), DueAt: n.DueAt,
		Fields: map[string]string{},
	}
	if st := d.State(c.State); st != nil {
		msg.Fields["state_name"] = st.Name.In(lang)
		if a := st.Action(n.Action); a != nil {
			msg.Fields["action_name"] = a.Name.In(lang)
		}
	}
	for k, v := range n.Fields {
		msg.Fields[k] = v
	}
	if msg.DueAt != nil {
		t := msg.DueAt.In(env.Time.Location())
		msg.DueAt = &t
	}
	if p.Party != "" && p.Email != "" && s.cfg.Portal != nil {
		link, expires, err := s.cfg.Portal(ctx, tx, c.ID, p.Party, p.Email, env.Now)
		if err != nil {
			return false, err
		}
		msg.Fields["link"] = link
		msg.Fields["expires_at"] = expires.In(env.Time.Location()).Format(time.RFC3339)
	}
	type row struct{ channel, recipient string }
	var rows []row
	if p.Login != "" {
		rows = append(rows, row{notify.ChannelInbox, p.Login})
		if emailOn && p.Email != "" {
			rows = append(rows, row{notify.ChannelEmail, p.Login})
		}
	} else if p.Email != "" {
		rows = append(rows, row{notify.ChannelEmail, p.Email})
	}
	queued := false
	for _, r := range rows {
		del := notify.Delivery{Channel: r.channel, Target: notify.Target{Name: p.Name, Email: p.Email}, Message: msg}
		ok, err := store.InsertNotification(ctx, tx, store.Notification{
			CaseID: c.ID, EventSeq: seq, Kind: n.Kind, Recipient: r.recipient, Login: p.Login, Channel: r.channel, Payload: del,
		}, env.Now)
		if err != nil {
			return false, err
		}
		queued = queued || ok
	}
	return queued, nil
}

func actorName(a process.Actor, env process.Env) string {
	if a.Login == "" || a.Login == "system" {
		return "liaison"
	}
	if u, ok := env.Org.User(a.Login); ok {
		return u.Name
	}
	return a.Login
}

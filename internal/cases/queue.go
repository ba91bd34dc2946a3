package cases

import (
	"context"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// outboxRows are the outbox rows of one notice: the in-app inbox for
// users, email for users who want it and for external contacts, chat apps
// and department robots. commit writes a decision's rows together, in the
// case's transaction; a repeat of the same (case, event, recipient,
// channel, kind) is dropped by the table's unique key. A portal link made
// for an external contact is written here, in tx.
func (s *Service) outboxRows(ctx context.Context, tx store.Tx, d *process.Definition, c *process.Case, seq int, n process.Notice, env process.Env, actor process.Actor, done string) ([]store.Notification, error) {
	lang, emailOn := "zh", s.cfg.Email
	p := n.Recipient
	org := env.Org.(*Org)
	var robots []store.Channel
	if p.Login != "" {
		if u, ok := org.Users[p.Login]; ok {
			lang = u.Lang
			emailOn = emailOn && org.EmailOn[p.Login]
			robots = org.Channels[u.Dept]
		}
	}
	msg := s.noticeMessage(d, c, n, env, actor, lang)
	switch {
	case p.Party != "" && actor.Party == p.Party && n.Kind == "assigned":
		// The party's own act handing it its next step: not
		// "明达材料 刘明提交的…需要您处理" to 刘明, but the staff it deals
		// with. (Told of its own decision, it reads its own name.)
		msg.Actor = houseName(d, c, env)
	case p.Party != "" && actor.Party == "":
		msg.Actor = partyFacingName(d, c, done, msg.Actor, env)
	}
	// A robot speaks to a group: in the company's language (the default of
	// every user), naming who owes the step instead of "you".
	var group notify.Message
	if len(robots) > 0 {
		group = s.noticeMessage(d, c, n, env, actor, "zh")
		if group.Action != "" && group.Fields["assignee"] == "" && p.Name != "" {
			group.Fields["assignee"] = p.Name
		}
	}
	if p.Party != "" && p.Email != "" && s.cfg.Portal != nil {
		ref, expires, err := s.cfg.Portal(ctx, tx, c.ID, p.Party, p.Email, env.Now)
		if err != nil {
			return nil, err
		}
		msg.Fields["link_id"] = ref // the dispatcher's Expand makes the URL at send time
		msg.Fields["expires_at"] = expires.In(env.Time.Location()).Format(time.RFC3339)
	}
	type row struct{ channel, recipient string }
	var rows []row
	var chat ChatIdentity
	if p.Login != "" {
		rows = append(rows, row{notify.ChannelInbox, p.Login})
		if emailOn && p.Email != "" {
			rows = append(rows, row{notify.ChannelEmail, p.Login})
		}
		// The person who must act hears it in their own chat, from the
		// company's app: where an administrator set their id there, or
		// where a mobile or email lets the platform find them.
		chat = org.Chat[p.Login]
		var apps []string
		if s.cfg.ChatApps != nil {
			apps = s.cfg.ChatApps(ctx)
		}
		for _, pl := range apps {
			if chat.IDs[pl] != "" || chat.Mobile != "" || (p.Email != "" && pl != "dingtalk") {
				rows = append(rows, row{notify.AppChannel(pl), p.Login})
			}
		}
	} else if p.Email != "" {
		rows = append(rows, row{notify.ChannelEmail, p.Email})
	}
	// A department's robot posts once per event and kind, however many of
	// its members are told: the table's unique key drops the repeats.
	for _, rb := range robots {
		if rb.Wants(n.Kind) {
			rows = append(rows, row{rb.Kind, rb.Name})
		}
	}
	out := make([]store.Notification, 0, len(rows))
	for _, r := range rows {
		del := notify.Delivery{Channel: r.channel, Target: notify.Target{Name: p.Name, Email: p.Email}, Message: msg}
		if notify.IsApp(r.channel) {
			del.Target.ChatID = chat.IDs[strings.TrimSuffix(r.channel, "_app")]
			del.Target.Mobile = chat.Mobile
			del.Target.Login = p.Login
		}
		if r.channel != notify.ChannelInbox && r.channel != notify.ChannelEmail && !notify.IsApp(r.channel) {
			for _, rb := range robots {
				if rb.Name == r.recipient {
					del.Target = notify.Target{Name: rb.Name, Endpoint: &notify.Endpoint{Kind: rb.Kind, URL: rb.URL, Secret: rb.Secret, Name: rb.Name}}
					del.Message = group
				}
			}
		}
		login := p.Login
		if del.Target.Endpoint != nil {
			login = ""
		}
		row := store.Notification{CaseID: c.ID, EventSeq: seq, Kind: n.Kind, Recipient: r.recipient, Login: login, Channel: r.channel, Payload: del}
		if n.NotBefore != nil {
			row.NextAt = *n.NotBefore
		}
		out = append(out, row)
	}
	return out, nil
}

// noticeMessage is the message of notice n in lang: the step its recipient
// owes next, with that step's deadline, named in that language.
func (s *Service) noticeMessage(d *process.Definition, c *process.Case, n process.Notice, env process.Env, actor process.Actor, lang string) notify.Message {
	p := n.Recipient
	msg := notify.Message{
		Kind: n.Kind, Lang: lang, CaseKey: c.Key, CaseTitle: c.Title, CaseURL: caseURL(s.publicURL(), c.ID),
		ProcessName: d.Name.In(lang), State: c.State, Action: n.Action, Actor: actorName(actor, env), DueAt: n.DueAt,
		Fields: map[string]string{},
	}
	for k, v := range n.Fields {
		msg.Fields[k] = v
	}
	if v := msg.Fields["decision"]; v != "" {
		msg.Fields["decision"] = i18n.Render(lang, v) // a reassignment's words, in the reader's language
	}
	if done := n.Fields["done_action"]; done != "" {
		if a := d.Action(done); a != nil {
			msg.Fields["decision"] = a.Name.In(lang)
			switch n.Kind {
			case "decided":
				msg.Fields["details"] = decisionDetails(a, n.Fields, lang, p.Party != "", env.Org, env.Time.Location())
			case "delivered":
				// What a delivery said beyond its summary and deliverables
				// (which the message says itself): a resolved complaint's
				// 处理结果 — the customer read only 徐婷已交付.
				rest := maps.Clone(n.Fields)
				delete(rest, "summary")
				delete(rest, "deliverables")
				msg.Fields["details"] = decisionDetails(a, rest, lang, p.Party != "", env.Org, env.Time.Location())
			}
		}
	}
	if st := d.State(c.State); st != nil {
		msg.Fields["state_name"] = st.Name.In(lang)
		// Whether the act that is told closed its step: a signature while
		// others have still to sign leaves the case where it was.
		if st.Terminal {
			msg.Fields["closed"] = "1"
		} else if done := n.Fields["done_action"]; done != "" && slices.ContainsFunc(st.Actions, func(a *process.Action) bool { return a.ID == done }) {
			msg.Fields["pending"] = "1"
		}
		// A reminder someone sent (the purchaser chasing the supplier) is
		// about the case's deadline, in their words; the reader's own next
		// action (the supplier's 申请变更交期) is not what it chases.
		chase := n.Kind == "reminder" && n.Fields["done_action"] != ""
		if chase && msg.DueAt == nil {
			msg.DueAt = c.DueAt
		}
		if msg.Action == "" && !chase && (p.Login != "" || p.Party != "") {
			// Whoever is told and must act next hears what and by when:
			// the step they owe, with that step's own deadline.
			who := process.Actor{Login: p.Login, Dept: p.Dept, Party: p.Party, Email: p.Email}
			if step, ok := process.StepFor(d, c, who); ok {
				msg.Action = step.Action
				if msg.DueAt == nil {
					msg.DueAt = step.DueAt
				}
			}
		}
		if a := d.Action(msg.Action); a != nil {
			msg.Fields["action_name"] = a.Name.In(lang)
		} else if msg.Action == "comment" {
			msg.Fields["action_name"] = i18n.T(lang, "notice.action_comment") // a question's answer
		} else if a := d.Action(n.Fields["step"]); a != nil {
			msg.Fields["action_name"] = a.Name.In(lang) // the step someone else owes, for a copied reader
		}
	}
	if msg.DueAt != nil {
		t := msg.DueAt.In(env.Time.Location())
		msg.DueAt = &t
	}
	return msg
}

// partyFacingName is who an external party reads as the author of a
// staff action it is told of: the actor when the party may read that
// action (process.PartyFacing), otherwise — an internal step such as the
// legal review that hands the case to the customer — the staff member the
// party deals with (houseName), so that a mail never names what the
// party's page hides.
func partyFacingName(d *process.Definition, c *process.Case, done, actor string, env process.Env) string {
	if a := d.Action(done); a == nil || process.PartyFacing(d, a) {
		return actor
	}
	return houseName(d, c, env)
}

// houseName is the staff member an external party deals with in c: the
// holder of the definition's opening role (the account manager, the
// purchaser), else the opener.
func houseName(d *process.Definition, c *process.Case, env process.Env) string {
	for _, r := range d.Roles {
		if !r.Opener {
			continue
		}
		for _, p := range c.Participants {
			if p.Role == r.ID && p.Login != "" {
				if u, ok := env.Org.User(p.Login); ok {
					return u.Name
				}
			}
		}
	}
	if u, ok := env.Org.User(c.Opener); ok {
		return u.Name
	}
	return ""
}

// actorName is who did it, as the people told read it: a user by name, an
// external party (through its link or by mail) by its company and contact,
// and "liaison" for what the system does by itself (timers).
func actorName(a process.Actor, env process.Env) string {
	if a.Party != "" {
		company := a.Party
		if p, ok := env.Org.Party(a.Party); ok && p.Name != "" {
			company = p.Name
		}
		return strings.TrimSpace(company + " " + a.Name)
	}
	if a.Login == "" || a.Login == process.SystemLogin {
		return "liaison"
	}
	if u, ok := env.Org.User(a.Login); ok {
		return u.Name
	}
	return a.Login
}

package reach

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"strings"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// MailConfig is what inbound mail needs besides the mailbox.
type MailConfig struct {
	Key     []byte // signs reply addresses (a secret shared by the replicas)
	Install string // the installation identity in our Message-IDs, <ntf-N.INSTALL@liaison>
	From    string // the address our mail comes from; replies go to its local+r.ID.SIG@domain
	MaxSize int64  // bigger mails are queued for an administrator unread; DefaultMaxMail when 0
}

// DefaultMaxMail is the largest mail read as a reply.
const DefaultMaxMail = 10 << 20

// maxCommentRunes is the longest comment the engine takes.
const maxCommentRunes = 5000

// Statuses of an inbound mail.
const (
	MailCommented = "commented" // became a comment on its case
	MailFeedback  = "feedback"  // became the party's feedback
	MailQueued    = "queued"    // waits for an administrator: nothing was done
	MailRefused   = "refused"   // a forged reply address: nothing was done
	MailIgnored   = "ignored"   // an auto-reply or bounce: nothing was done
	MailDismissed = "dismissed" // a queued mail an administrator has looked at
)

// SetMail configures inbound mail (reply addresses and matching).
func (s *Service) SetMail(c MailConfig) {
	if c.MaxSize <= 0 {
		c.MaxSize = DefaultMaxMail
	}
	s.mail = c
}

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

func (s *Service) replySig(deliveryID string) string {
	m := hmac.New(sha256.New, s.mail.Key)
	m.Write([]byte("reply-to\x00" + deliveryID))
	return strings.ToLower(b32.EncodeToString(m.Sum(nil)[:10]))
}

// ReplyAddress is the signed address a reply to delivery deliveryID goes
// to: local+r.ID.SIG@domain of our From address; "" when inbound mail is
// not configured.
func (s *Service) ReplyAddress(deliveryID string) string {
	if len(s.mail.Key) == 0 || s.mail.From == "" {
		return ""
	}
	a, err := mail.ParseAddress(s.mail.From)
	if err != nil {
		return ""
	}
	local, domain, ok := strings.Cut(a.Address, "@")
	if !ok {
		return ""
	}
	local, _, _ = strings.Cut(local, "+")
	return local + "+r." + deliveryID + "." + s.replySig(deliveryID) + "@" + domain
}

var replyLocal = regexp.MustCompile(`^[^+@]+\+r\.(ntf-[0-9]+\.[0-9a-z]+)\.([a-z2-7]+)@`)

// matchReplyAddress finds a reply address among the recipients: the
// delivery it names, and whether its signature holds.
func (s *Service) matchReplyAddress(to []string) (id string, found, valid bool) {
	for _, addr := range to {
		m := replyLocal.FindStringSubmatch(addr)
		if m == nil {
			continue
		}
		return m[1], true, len(s.mail.Key) > 0 && hmac.Equal([]byte(m[2]), []byte(s.replySig(m[1])))
	}
	return "", false, false
}

// matchMessageID finds our Message-ID, <ntf-N.INSTALL@liaison>, among the
// ids a reply names in In-Reply-To and References.
func (s *Service) matchMessageID(ids ...[]string) string {
	for _, list := range ids {
		for _, id := range list {
			local, host, ok := strings.Cut(strings.Trim(id, "<>"), "@")
			if !ok || host != "liaison" || !strings.HasPrefix(local, "ntf-") {
				continue
			}
			if _, inst, _ := strings.Cut(local, "."); s.mail.Install != "" && inst == s.mail.Install {
				return local
			}
		}
	}
	return ""
}

// receive handles one mail from the mailbox, exactly once by its
// Message-ID: a reply to one of our notifications (matched only by its
// signed reply address, or by our Message-ID in In-Reply-To/References,
// never by its subject) from a person of that case becomes a comment, or
// the party's feedback where the case waits for it. Anything else is kept:
// queued for an administrator (unknown sender, no match, too big, refused
// by the case), refused (a forged reply address) or ignored (auto-replies,
// bounces) — never acted on. A mail seen before returns its first outcome.
//
// The mail is of size bytes, of which raw may be only the header when size
// is over the limit.
func (s *Service) receive(ctx context.Context, raw []byte, size int64) (store.InboundMail, error) {
	if s.mail.MaxSize <= 0 {
		s.mail.MaxSize = DefaultMaxMail
	}
	now, err := s.cfg.Cases.Now(ctx)
	if err != nil {
		return store.InboundMail{}, err
	}
	m := store.InboundMail{ReceivedAt: now, Size: size}
	var p parsedMail
	if size > s.mail.MaxSize {
		p, _ = parseMail(headerOnly(raw))
		m.Status, m.Reason = MailQueued, fmt.Sprintf("too large: %d bytes (at most %d are read)", size, s.mail.MaxSize)
	} else if p, err = parseMail(raw); err != nil {
		m.Status, m.Reason = MailQueued, "unreadable: "+err.Error()
	}
	m.MessageID, m.From, m.Subject = p.MessageID, p.From, truncateRunes(p.Subject, 500)
	if m.MessageID == "" {
		sum := sha256.Sum256(raw)
		m.MessageID = "sha256-" + hex.EncodeToString(sum[:16]) + "@inbound.liaison"
	}
	m.Body = truncateRunes(trimReply(p.Text), maxCommentRunes)
	if old, err := s.cfg.DB.InboundByMessageID(ctx, m.MessageID); err == nil {
		return old, nil
	}
	pm := pending{InboundMail: m}
	if pm.Status == "" {
		s.match(ctx, &pm, p)
	}
	var files []fileVerdict
	if pm.Status == MailCommented || pm.Status == MailFeedback {
		max := int64(0)
		if s.cfg.Records != nil {
			max = s.cfg.Records.MaxAttachment()
		}
		files = sortFiles(p.Files, max)
		pm.Reason = skipped(files)
	}
	if pm.Status != MailCommented && pm.Status != MailFeedback {
		// Kept whole (not trimmed) for the administrator who looks at it.
		pm.Body = truncateRunes(strings.TrimSpace(p.Text), 20000)
		return s.keep(ctx, pm.InboundMail)
	}
	actor := pm.actor
	pm.Actor = actorName(actor)
	// The mail's record, its files and its comment commit together: a
	// second reader (or this one after a crash) finds the Message-ID taken
	// and adds nothing; a crash before the commit leaves nothing half done.
	record := func(tx store.Tx) error {
		if _, err := store.In(tx).InsertInboundMail(ctx, pm.InboundMail); err != nil {
			return err
		}
		return s.keepFiles(ctx, tx, actor, pm.CaseID, files)
	}
	in := process.Input{Comment: pm.Body, Lang: "zh"}
	action := "comment"
	if pm.Status == MailFeedback {
		action, in = "feedback", process.Input{Fields: map[string]any{"description": pm.Body, "severity": severity(pm.Subject + " " + pm.Body)}, Lang: "zh"}
	}
	err = s.cfg.Cases.MailAct(ctx, actor, pm.CaseID, action, in, record)
	switch {
	case err == nil:
		return s.stored(ctx, pm.MessageID)
	case errors.Is(err, store.ErrDuplicate): // a duplicate: another reader took it first
		return s.stored(ctx, pm.MessageID)
	}
	var pe *problem.Error
	if !errors.As(err, &pe) {
		return store.InboundMail{}, err
	}
	pm.Status, pm.Reason, pm.Actor = MailQueued, "the case refused it: "+pe.Text("en"), ""
	return s.keep(ctx, pm.InboundMail)
}

// pending is a mail on its way through receive.
type pending struct {
	store.InboundMail
	actor process.Actor
}

// match fills the outcome of a mail into m.
func (s *Service) match(ctx context.Context, m *pending, p parsedMail) {
	if p.Auto != "" {
		m.Status, m.Reason = MailIgnored, p.Auto
		return
	}
	id, found, valid := s.matchReplyAddress(p.To)
	if found && !valid {
		m.Status, m.Reason = MailRefused, "forged reply address: its signature does not hold"
		return
	}
	if !found {
		id = s.matchMessageID(p.InReplyTo, p.References)
	}
	row, ok := store.DeliveryRow(id)
	if !ok {
		m.Status, m.Reason = MailQueued, "answers none of our notifications"
		return
	}
	caseID, _, err := s.cfg.DB.NotificationCase(ctx, row)
	if err != nil {
		m.Status, m.Reason = MailQueued, "answers a notification that is gone"
		return
	}
	m.CaseID = caseID
	if m.Body == "" {
		m.Status, m.Reason = MailQueued, "no text left after trimming quotes and signature"
		return
	}
	actor, err := s.sender(ctx, caseID, m.From)
	if err != nil {
		m.Status, m.Reason = MailQueued, "sender "+m.From+" is not one of the case's people"
		return
	}
	m.actor, m.Status = actor, MailCommented
	if actor.Party != "" {
		if ok, err := s.cfg.Cases.PartyMayTake(ctx, caseID, actor.Party, "feedback"); err == nil && ok {
			m.Status = MailFeedback
		}
	}
}

// sender finds who sent a mail to a case: a user who may see the case, or
// the case's external contact with that address.
func (s *Service) sender(ctx context.Context, caseID int64, from string) (process.Actor, error) {
	if from == "" {
		return process.Actor{}, errors.New("no sender")
	}
	org, err := cases.LoadOrg(ctx, s.cfg.DB.SQL())
	if err != nil {
		return process.Actor{}, err
	}
	for _, u := range org.Users {
		if cases.NormEmail(u.Email) != from {
			continue
		}
		a, err := s.actor(ctx, u.Login)
		if err != nil {
			return a, err
		}
		if err := s.cfg.Cases.Visible(ctx, cases.ViewerOf(a), caseID); err != nil {
			return a, err
		}
		return a, nil
	}
	row, err := s.cfg.DB.LoadCase(ctx, caseID)
	if err != nil {
		return process.Actor{}, err
	}
	for _, pt := range row.Participants {
		if pt.Party != "" && cases.NormEmail(pt.Email) == from {
			return cases.PartyActor(pt.Party, pt.Name, pt.Email), nil
		}
	}
	return process.Actor{}, errors.New("unknown sender")
}

// keep stores a mail that was not acted on; a repeat returns the first.
func (s *Service) keep(ctx context.Context, m store.InboundMail) (store.InboundMail, error) {
	if _, err := s.cfg.DB.InsertInboundMail(ctx, m); err != nil && !errors.Is(err, store.ErrDuplicate) {
		return m, err
	}
	return s.stored(ctx, m.MessageID)
}

func (s *Service) stored(ctx context.Context, messageID string) (store.InboundMail, error) {
	return s.cfg.DB.InboundByMessageID(ctx, messageID)
}

func actorName(a process.Actor) string {
	if a.Party != "" {
		return "party:" + a.Party
	}
	return a.Login
}

// severity guesses a feedback's severity from its words; people correct it
// on the case.
func severity(s string) string {
	low := strings.ToLower(s)
	for _, w := range []string{"紧急", "urgent", "critical", "宕机", "停机"} {
		if strings.Contains(low, w) {
			return "critical"
		}
	}
	return "major"
}

// headerOnly is the header block of a raw mail (for one too big to read).
func headerOnly(raw []byte) []byte {
	const limit = 256 << 10
	b := raw
	if len(b) > limit {
		b = b[:limit]
	}
	for _, sep := range []string{"\r\n\r\n", "\n\n"} {
		if i := strings.Index(string(b), sep); i >= 0 {
			return append(append([]byte{}, b[:i]...), []byte(sep+"\r\n")...)
		}
	}
	return b
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

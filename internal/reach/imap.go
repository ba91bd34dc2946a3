package reach

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"github.com/liaison-dev/liaison/internal/notify"
)

// Mailbox is the company mailbox inbound mail is read from (LIAISON_IMAP).
type Mailbox struct {
	Addr   string // host:port
	User   string
	Pass   string
	Folder string // INBOX by default
	TLS    string // tls (imaps://), starttls (imap://…?starttls) or none (imap://, only for a local server)
}

// String names the mailbox without its password.
func (m Mailbox) String() string { return m.TLS + "://" + m.User + "@" + m.Addr + "/" + m.Folder }

// ParseIMAP reads LIAISON_IMAP: imaps://user:pass@host[:993]/INBOX, or
// imap://user:pass@host[:143]/INBOX?starttls (imap:// without ?starttls
// talks in clear: only for a server on the same machine). Errors never
// repeat the password.
func ParseIMAP(raw string) (Mailbox, error) {
	bad := func(why string) (Mailbox, error) {
		return Mailbox{}, fmt.Errorf("LIAISON_IMAP: %s (want imaps://user:pass@host:port/INBOX or imap://…?starttls)", why)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return bad("not a URL")
	}
	m := Mailbox{Folder: strings.TrimPrefix(u.Path, "/")}
	port := ""
	switch u.Scheme {
	case "imaps":
		m.TLS, port = "tls", "993"
	case "imap":
		m.TLS, port = "none", "143"
		if u.Query().Has("starttls") {
			m.TLS = "starttls"
		}
	default:
		return bad("scheme " + u.Scheme + " is not imap or imaps")
	}
	if u.Hostname() == "" {
		return bad("no host")
	}
	if u.Port() != "" {
		port = u.Port()
	}
	m.Addr = net.JoinHostPort(u.Hostname(), port)
	if u.User == nil || u.User.Username() == "" {
		return bad("no user")
	}
	m.User = u.User.Username()
	m.Pass, _ = u.User.Password()
	if m.Folder == "" {
		m.Folder = "INBOX"
	}
	return m, nil
}

// dial connects and signs in; wake is signalled when new mail arrives
// while idling.
func (m Mailbox) dial(wake chan<- struct{}) (*imapclient.Client, error) {
	opts := &imapclient.Options{UnilateralDataHandler: &imapclient.UnilateralDataHandler{
		Mailbox: func(d *imapclient.UnilateralDataMailbox) {
			if d.NumMessages != nil {
				select {
				case wake <- struct{}{}:
				default:
				}
			}
		},
	}}
	var (
		c   *imapclient.Client
		err error
	)
	switch m.TLS {
	case "tls":
		c, err = imapclient.DialTLS(m.Addr, opts)
	case "starttls":
		c, err = imapclient.DialStartTLS(m.Addr, opts)
	default:
		c, err = imapclient.DialInsecure(m.Addr, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("imap: connect %s: %w", m.Addr, err)
	}
	if err := c.Login(m.User, m.Pass).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("imap: sign in as %s: %s", m.User, notify.Scrub(err.Error()))
	}
	if _, err := c.Select(m.Folder, nil).Wait(); err != nil {
		c.Close()
		return nil, fmt.Errorf("imap: select %s: %w", m.Folder, err)
	}
	return c, nil
}

// readUnseen handles every unseen mail of the selected folder: receive,
// then \Seen. A mail whose handling failed stays unseen for the next pass;
// one handled but not yet marked (a crash) is recognised by its Message-ID.
func (s *Service) readUnseen(ctx context.Context, c *imapclient.Client) (int, error) {
	data, err := c.UIDSearch(&imap.SearchCriteria{NotFlag: []imap.Flag{imap.FlagSeen}}, nil).Wait()
	if err != nil {
		return 0, fmt.Errorf("imap: search: %w", err)
	}
	uids := data.AllUIDs()
	if len(uids) == 0 {
		return 0, nil
	}
	sizes, err := c.Fetch(imap.UIDSetNum(uids...), &imap.FetchOptions{UID: true, RFC822Size: true}).Collect()
	if err != nil {
		return 0, fmt.Errorf("imap: fetch sizes: %w", err)
	}
	n := 0
	for _, msg := range sizes {
		if ctx.Err() != nil {
			return n, nil
		}
		section := &imap.FetchItemBodySection{Peek: true}
		if msg.RFC822Size > s.mail.MaxSize {
			section = &imap.FetchItemBodySection{Specifier: imap.PartSpecifierHeader, Peek: true}
		}
		got, err := c.Fetch(imap.UIDSetNum(msg.UID), &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{section}}).Collect()
		if err != nil || len(got) == 0 {
			return n, fmt.Errorf("imap: fetch %d: %v", msg.UID, err)
		}
		raw := got[0].FindBodySection(section)
		if _, err := s.receive(ctx, raw, msg.RFC822Size); err != nil {
			s.cfg.Logger.Error("inbound mail: not handled; it stays unseen", "uid", msg.UID, "err", err)
			continue
		}
		if err := c.Store(imap.UIDSetNum(msg.UID), &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagSeen}}, nil).Close(); err != nil {
			return n, fmt.Errorf("imap: mark seen: %w", err)
		}
		n++
	}
	return n, nil
}

// ReadMailbox reads the mailbox once: every unseen mail handled and marked
// seen. It returns how many it handled.
func (s *Service) ReadMailbox(ctx context.Context, m Mailbox) (int, error) {
	c, err := m.dial(make(chan struct{}, 1))
	if err != nil {
		return 0, err
	}
	defer c.Close()
	n, err := s.readUnseen(ctx, c)
	_ = c.Logout().Wait()
	return n, err
}

// RunMailbox reads the mailbox until ctx ends: a pass over unseen mail,
// then IDLE until new mail arrives (or at most idle, to survive silent
// connection drops), or a poll every poll where the server has no IDLE.
// Errors are logged and the connection made anew after a pause.
func (s *Service) RunMailbox(ctx context.Context, m Mailbox, poll, idle time.Duration) {
	if poll <= 0 {
		poll = time.Minute
	}
	if idle <= 0 {
		idle = 10 * time.Minute
	}
	for ctx.Err() == nil {
		err := s.session(ctx, m, poll, idle)
		if err != nil && ctx.Err() == nil {
			s.cfg.Logger.Warn("inbound mail: mailbox", "mailbox", m.String(), "err", notify.Scrub(err.Error()))
		}
		select {
		case <-ctx.Done():
		case <-time.After(poll):
		}
	}
}

// session is one connection's life: read, wait, read again.
func (s *Service) session(ctx context.Context, m Mailbox, poll, idle time.Duration) error {
	wake := make(chan struct{}, 1)
	c, err := m.dial(wake)
	if err != nil {
		return err
	}
	defer c.Close()
	for ctx.Err() == nil {
		n, err := s.readUnseen(ctx, c)
		if err != nil {
			return err
		}
		if n > 0 {
			continue // mail may have come while these were handled: look again before waiting
		}
		if !c.Caps().Has(imap.CapIdle) {
			select {
			case <-ctx.Done():
			case <-time.After(poll):
			}
			continue
		}
		cmd, err := c.Idle()
		if err != nil {
			return fmt.Errorf("imap: idle: %w", err)
		}
		select {
		case <-ctx.Done():
		case <-wake:
		case <-time.After(idle):
		case <-c.Closed():
			return errors.New("imap: connection closed")
		}
		if err := cmd.Close(); err != nil {
			return fmt.Errorf("imap: end idle: %w", err)
		}
		if err := cmd.Wait(); err != nil {
			return fmt.Errorf("imap: idle: %w", err)
		}
	}
	_ = c.Logout().Wait()
	return nil
}

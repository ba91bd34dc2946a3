package notify

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
)

// SMTPConfig is where outgoing mail goes, from LIAISON_SMTP.
type SMTPConfig struct {
	Host     string
	Port     int
	Username string // empty: no authentication
	Password string
	TLS      string // "none", "starttls" (mandatory) or "tls" (implicit, "smtps")
}

// String shows the configuration without the password, for logs.
func (c SMTPConfig) String() string {
	u := url.URL{Scheme: "smtp", Host: net.JoinHostPort(c.Host, strconv.Itoa(c.Port)), RawQuery: "tls=" + c.TLS}
	if c.Username != "" {
		u.User = url.User(c.Username)
	}
	return u.String()
}

// defaultPorts are the usual ports for each TLS mode.
var defaultPorts = map[string]int{"none": 25, "starttls": 587, "tls": 465}

// ParseSMTP parses smtp://[user:pass@]host[:port][?tls=none|starttls|tls].
// TLS defaults to starttls (refusing to send in clear if the server lacks
// it); the port defaults to 25, 587 or 465 to match. smtps:// means tls=tls.
// User and password are URL-encoded (e.g. "@" as %40).
func ParseSMTP(raw string) (SMTPConfig, error) {
	bad := func(format string, args ...any) (SMTPConfig, error) {
		return SMTPConfig{}, fmt.Errorf("LIAISON_SMTP: "+format+" (want smtp://[user:pass@]host:port[?tls=none|starttls|tls])", args...)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return bad("not a URL: %v", transportError(err))
	}
	c := SMTPConfig{TLS: "starttls"}
	switch u.Scheme {
	case "smtp":
	case "smtps":
		c.TLS = "tls"
	default:
		return bad("scheme %q is not smtp", u.Scheme)
	}
	if u.Opaque != "" || (u.Path != "" && u.Path != "/") || u.Fragment != "" {
		return bad("unexpected path %q", u.Path+u.Opaque)
	}
	q := u.Query()
	for k, v := range q {
		if k != "tls" || len(v) != 1 {
			return bad("unknown parameter %q", k)
		}
	}
	if v := q.Get("tls"); v != "" {
		if _, ok := defaultPorts[v]; !ok {
			return bad("tls=%q is not none, starttls or tls", v)
		}
		if u.Scheme == "smtps" && v != "tls" {
			return bad("smtps:// with tls=%s", v)
		}
		c.TLS = v
	}
	c.Host = u.Hostname()
	if c.Host == "" {
		return bad("no host")
	}
	c.Port = defaultPorts[c.TLS]
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return bad("port %q is not 1–65535", p)
		}
		c.Port = n
	}
	if u.User != nil {
		c.Username = u.User.Username()
		c.Password, _ = u.User.Password()
		if c.Username == "" {
			return bad("password without a user")
		}
	}
	return c, nil
}

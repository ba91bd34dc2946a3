package reach

import (
	"bytes"
	"errors"
	"html"
	"io"
	"regexp"
	"strings"

	_ "github.com/emersion/go-message/charset" // GBK, GB18030, Big5 … for bodies and headers
	"github.com/emersion/go-message/mail"
)

// parsedMail is what the inbound handling needs of a mail.
type parsedMail struct {
	MessageID  string
	From       string // the sender's address, lower case
	To         []string
	Subject    string
	InReplyTo  []string
	References []string
	Auto       string // why this is an automatic message (auto-reply, bounce), "" for a person's
	Text       string // the body as text, not yet trimmed
	HTMLOnly   bool
	Files      []mailFile // attachments, and inline parts that carry a file name
}

// mailFile is a file that came with a mail.
type mailFile struct {
	Name string
	Data []byte
}

// maxText bounds how much decoded text one mail may give.
const maxText = 1 << 20

// parseMail reads a mail: headers decoded (RFC 2047, any charset), the
// text part preferred over the HTML part, bodies decoded from their
// transfer encoding and charset (GBK, Big5, …) into UTF-8.
func parseMail(raw []byte) (parsedMail, error) {
	r, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil && r == nil {
		return parsedMail{}, err
	}
	h := r.Header
	var p parsedMail
	p.MessageID, _ = h.MessageID()
	if from, err := h.AddressList("From"); err == nil && len(from) > 0 {
		p.From = strings.ToLower(from[0].Address)
	}
	for _, k := range []string{"To", "Cc", "Delivered-To", "X-Original-To"} {
		if list, err := h.AddressList(k); err == nil {
			for _, a := range list {
				p.To = append(p.To, strings.ToLower(a.Address))
			}
		}
	}
	p.Subject, _ = h.Subject()
	p.InReplyTo, _ = h.MsgIDList("In-Reply-To")
	p.References, _ = h.MsgIDList("References")
	p.Auto = automatic(h)
	var text, htm string
	for {
		part, err := r.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if text == "" && htm == "" {
				return p, err
			}
			break
		}
		if ah, ok := part.Header.(*mail.AttachmentHeader); ok {
			name, _ := ah.Filename()
			b, _ := io.ReadAll(part.Body) // bounded by the mail's size limit
			p.Files = append(p.Files, mailFile{Name: name, Data: b})
			continue
		}
		ih, ok := part.Header.(*mail.InlineHeader)
		if !ok {
			continue
		}
		ct, params, _ := ih.ContentType()
		if name := params["name"]; name != "" && !strings.HasPrefix(ct, "text/") {
			// An inline image or document with a name (a pasted screenshot).
			b, _ := io.ReadAll(part.Body)
			p.Files = append(p.Files, mailFile{Name: name, Data: b})
			continue
		}
		if ct == "message/delivery-status" {
			p.Auto = "bounce"
		}
		b, _ := io.ReadAll(io.LimitReader(part.Body, maxText))
		switch {
		case ct == "text/plain" && text == "":
			text = string(b)
		case ct == "text/html" && htm == "":
			htm = string(b)
		}
	}
	p.Text = text
	if strings.TrimSpace(text) == "" && htm != "" {
		p.Text, p.HTMLOnly = htmlText(htm), true
	}
	return p, nil
}

// automatic says why a mail was sent by a machine: Auto-Submitted other
// than "no" (RFC 3834), an empty Return-Path (a bounce, RFC 5321), a
// delivery report, or the common auto-reply markers.
func automatic(h mail.Header) string {
	if v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted"))); v != "" && v != "no" {
		return "auto-submitted: " + v
	}
	if rp := strings.TrimSpace(h.Get("Return-Path")); rp == "<>" || (h.Has("Return-Path") && rp == "") {
		return "bounce (empty Return-Path)"
	}
	if ct := strings.ToLower(h.Get("Content-Type")); strings.Contains(ct, "multipart/report") {
		return "bounce (delivery report)"
	}
	for _, k := range []string{"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"} {
		if h.Has(k) && k != "X-Auto-Response-Suppress" {
			return "auto-reply (" + k + ")"
		}
	}
	switch strings.ToLower(strings.TrimSpace(h.Get("Precedence"))) {
	case "auto_reply", "bulk", "junk", "list":
		return "precedence: " + h.Get("Precedence")
	}
	return ""
}

var (
	htmlDrop  = regexp.MustCompile(`(?is)<(script|style|head)\b.*?</(script|style|head)>`)
	htmlBreak = regexp.MustCompile(`(?i)<br\s*/?>|</(p|div|li|tr|h[1-6]|blockquote)>`)
	htmlQuote = regexp.MustCompile(`(?is)<blockquote\b.*?</blockquote>`)
	htmlTag   = regexp.MustCompile(`(?s)<[^>]*>`)
	blankRuns = regexp.MustCompile(`\n{3,}`)
)

// htmlText turns an HTML body into plain text: quoted blocks, scripts and
// styles dropped, breaks kept, entities decoded.
func htmlText(s string) string {
	s = htmlDrop.ReplaceAllString(s, "")
	s = htmlQuote.ReplaceAllString(s, "\n")
	s = htmlBreak.ReplaceAllString(s, "\n")
	s = htmlTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = strings.ReplaceAll(s, "\u00a0", " ")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.TrimSpace(blankRuns.ReplaceAllString(strings.Join(lines, "\n"), "\n\n"))
}

// quoteStarts are lines after which a reply quotes the mail it answers.
var quoteStarts = []*regexp.Regexp{
	regexp.MustCompile(`^On .+wrote:\s*$`),
	regexp.MustCompile(`^在.+写道[:：]\s*$`),
	regexp.MustCompile(`^-{2,}\s*(Original Message|原始邮件|原始郵件|Forwarded message)\s*-{2,}`),
	regexp.MustCompile(`^_{10,}\s*$`),
	regexp.MustCompile(`^(From|发件人|寄件者|發件人)\s*[:：]`),
	regexp.MustCompile(`^-{5,}\s*(回复的原邮件|原邮件)\s*-*`),
}

// signatureStart is the conventional signature separator "-- ".
var signatureStart = regexp.MustCompile(`^--\s*$`)

// trimReply keeps what the sender wrote: it cuts the quoted history (from a
// "… wrote:" line, a 原始邮件 / Original Message separator or a header
// block on), lines quoted with ">", and the signature after "-- ".
func trimReply(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var kept []string
scan:
	for _, line := range strings.Split(s, "\n") {
		t := strings.TrimSpace(line)
		for _, q := range quoteStarts {
			if q.MatchString(t) {
				break scan
			}
		}
		if signatureStart.MatchString(line) {
			break
		}
		if strings.HasPrefix(t, ">") {
			continue
		}
		kept = append(kept, strings.TrimRight(line, " \t"))
	}
	return strings.TrimSpace(blankRuns.ReplaceAllString(strings.Join(kept, "\n"), "\n\n"))
}

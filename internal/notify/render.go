package notify

import (
	"bytes"
	"embed"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	htmltemplate "html/template"
	"net/url"
	"strings"
	"text/template"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
)

// The catalogues: one text/template file per language defining, for every
// kind, "KIND.subject" (what happened, for the subject line) and "KIND.body"
// (paragraphs separated by blank lines), plus shared labels. The layouts for
// text, HTML and Markdown are shared so every kind looks the same everywhere.
//
//go:embed templates/*.tmpl
var templateFS embed.FS

var catalogues = func() map[string]*template.Template {
	out := map[string]*template.Template{}
	for _, lang := range []string{"zh", "en"} {
		out[lang] = template.Must(template.New(lang).Option("missingkey=zero").
			ParseFS(templateFS, "templates/"+lang+".tmpl"))
	}
	return out
}()

var htmlLayout = htmltemplate.Must(htmltemplate.ParseFS(templateFS, "templates/layout.html.tmpl"))

// view is what the catalogue templates see.
type view struct {
	Message
	F          map[string]string // Fields, never nil
	Recipient  string            // greeting name; empty for group robots
	Due        string            // DueAt in the manual's format, or ""
	ActionName string
	StateName  string
	Assignee   string // who must act, when it is not the recipient
	Link       string // the portal link for externals, else the case URL
	External   bool   // an external party's: it answers through its link, not in liaison
	loc        *time.Location
}

// Date formats a date field ("2026-12-03" or RFC 3339) like the manual;
// text it cannot parse is returned as it is.
func (v view) Date(s string) string {
	if t, err := time.ParseInLocation("2006-01-02", s, v.loc); err == nil {
		return i18n.Date(t, v.Lang)
	}
	if t, ok := process.DateTimeValue(s); ok {
		return i18n.Deadline(t.In(orDefault(v.loc)), v.Lang)
	}
	return s
}

// Dated writes lines of "DATE NAME" (milestones and their dates) as one
// list in the message's language and the manual's date style:
// 原型完成（2026年12月22日(周二)）、测试上线（…）; text it cannot split is kept.
func (v view) Dated(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		date, name, ok := strings.Cut(l, " ")
		switch {
		case !ok:
			out = append(out, l)
		case v.Lang == "en":
			out = append(out, name+" ("+v.Date(date)+")")
		default:
			out = append(out, name+"（"+v.Date(date)+"）")
		}
	}
	if v.Lang == "en" {
		return strings.Join(out, "; ")
	}
	return strings.Join(out, "、")
}

// Week writes the week of a Monday ("2026-11-30") by its date without a
// weekday, which would always be Monday: 2026年11月30日, or 30 Nov 2026;
// text it cannot parse is returned as it is.
func (v view) Week(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return i18n.PlainDate(t, v.Lang)
}

// Say returns s, or words that say it is missing ("未指定", "not
// specified"): a message never leaves a slot blank.
func (v view) Say(s string) string {
	if strings.TrimSpace(s) != "" {
		return s
	}
	if v.Lang == "en" {
		return "not specified"
	}
	return "未指定"
}

// Span reads a definition's span ("7 days", "2 workdays", "24h",
// "4 workhours") in the message's language.
func (v view) Span(s string) string {
	n, unit, _ := strings.Cut(strings.TrimSpace(s), " ")
	if unit == "" {
		if h, ok := strings.CutSuffix(n, "h"); ok {
			n, unit = h, "hours"
		}
	}
	zh := map[string]string{"days": "天", "day": "天", "workdays": "个工作日", "workday": "个工作日", "hours": "小时", "hour": "小时", "workhours": "个工作小时", "workhour": "个工作小时"}
	en := map[string]string{"workdays": "working days", "workday": "working day", "workhours": "working hours", "workhour": "working hour"}
	if v.Lang == "en" {
		if u, ok := en[unit]; ok {
			unit = u
		}
		return strings.TrimSpace(n + " " + unit)
	}
	if u, ok := zh[unit]; ok {
		return n + u
	}
	return s
}

// Severity names a feedback severity (minor, major, critical) in the message's language.
func (v view) Severity(s string) string {
	names := map[string][2]string{"minor": {"一般", "minor"}, "major": {"严重", "major"}, "critical": {"紧急", "critical"}}
	n, ok := names[s]
	if !ok {
		return s
	}
	if v.Lang == "en" {
		return n[1]
	}
	return n[0]
}

// fact is one labelled line under the body.
type fact struct{ Label, Value string }

// page is what the three layouts see.
type page struct {
	Lang, Subject, Headline, Greeting, LinkLabel, Link, Closing string
	Paragraphs                                                  [][]string
	Facts                                                       []fact
}

// Render renders m in its language (zh when empty or unknown), with times in
// loc (Asia/Shanghai when nil). The recipient's name for the greeting is
// Fields["recipient"]; without it the message greets a group.
func Render(m Message, loc *time.Location) (Rendered, error) {
	loc = orDefault(loc)
	if m.Lang != "en" {
		m.Lang = "zh"
	}
	cat := catalogues[m.Lang]
	if cat.Lookup(m.Kind+".body") == nil {
		return Rendered{}, fmt.Errorf("render: unknown notification kind %q", m.Kind)
	}
	v := newView(m, loc)
	exec := func(name string) (string, error) {
		var b bytes.Buffer
		if err := cat.ExecuteTemplate(&b, name, v); err != nil {
			return "", fmt.Errorf("render %s/%s: %w", m.Lang, name, err)
		}
		return strings.TrimSpace(b.String()), nil
	}
	var p page
	p.Lang = m.Lang
	parts := map[string]*string{
		m.Kind + ".subject": &p.Headline, m.Kind + ".body": nil, "greeting": &p.Greeting,
		"closing": &p.Closing, "label.link": &p.LinkLabel,
	}
	var body string
	for name, dst := range parts {
		s, err := exec(name)
		if err != nil {
			return Rendered{}, err
		}
		if dst == nil {
			body = s
		} else {
			*dst = oneLine(s)
		}
	}
	p.Subject = subject(m, p.Headline)
	p.Paragraphs = paragraphs(body)
	p.Link = v.Link
	facts, err := factsOf(v, exec)
	if err != nil {
		return Rendered{}, err
	}
	p.Facts = facts

	var h bytes.Buffer
	if err := htmlLayout.Execute(&h, p); err != nil {
		return Rendered{}, fmt.Errorf("render html: %w", err)
	}
	card, err := cardOf(v, p, exec)
	if err != nil {
		return Rendered{}, err
	}
	return Rendered{Subject: p.Subject, Text: textOf(p), HTML: h.String(), Markdown: markdownOf(p), Card: card}, nil
}

func newView(m Message, loc *time.Location) view {
	f := m.Fields
	if f == nil {
		f = map[string]string{}
	}
	if m.Actor == "" {
		m.Actor = "liaison"
	}
	v := view{Message: m, F: f, Recipient: f["recipient"], Assignee: f["assignee"], loc: loc}
	if m.DueAt != nil {
		v.Due = i18n.Deadline(m.DueAt.In(loc), m.Lang)
	}
	v.ActionName = first(f["action_name"], m.Action)
	v.StateName = first(f["state_name"], m.State)
	v.Link = first(f["link"], m.CaseURL)
	v.External = f["link"] != "" || f["link_id"] != ""
	return v
}

// subject builds "[KEY] title — what"; a message without a case (a digest)
// is just "what".
func subject(m Message, what string) string {
	if m.CaseKey == "" {
		return what
	}
	s := "[" + m.CaseKey + "] " + oneLine(m.CaseTitle)
	if what != "" {
		s += " — " + what
	}
	return s
}

// factsOf lists the case's key facts under the body: the same on every
// channel so a reader always finds who must do what by when.
func factsOf(v view, exec func(string) (string, error)) ([]fact, error) {
	cand := []struct{ label, value string }{
		{"label.case", strings.TrimSpace(v.CaseKey + " " + oneLine(v.CaseTitle))},
		{"label.process", v.ProcessName},
		{"label.state", v.StateName},
		{"label.action", v.ActionName},
		{"label.assignee", v.Assignee},
		{"label.due", v.Due},
	}
	var out []fact
	for _, c := range cand {
		if c.value == "" || (c.label == "label.case" && v.CaseKey == "") {
			continue
		}
		l, err := exec(c.label)
		if err != nil {
			return nil, err
		}
		out = append(out, fact{l, c.value})
	}
	return out, nil
}

// paragraphs splits template output at blank lines, dropping empty ones.
func paragraphs(s string) [][]string {
	var out [][]string
	for _, block := range strings.Split(s, "\n\n") {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			out = append(out, lines)
		}
	}
	return out
}

func textOf(p page) string {
	var b strings.Builder
	b.WriteString(p.Greeting + "\n\n")
	for _, para := range p.Paragraphs {
		b.WriteString(strings.Join(para, "\n") + "\n\n")
	}
	for _, f := range p.Facts {
		b.WriteString(f.Label + ": " + f.Value + "\n")
	}
	if p.Link != "" {
		b.WriteString(p.LinkLabel + ": " + p.Link + "\n")
	}
	b.WriteString("\n-- \n" + p.Closing + "\n")
	return b.String()
}

func markdownOf(p page) string {
	var b strings.Builder
	b.WriteString("### " + p.Subject + "\n\n")
	b.WriteString(p.Greeting + "\n\n")
	for _, para := range p.Paragraphs {
		// Two trailing spaces make a line break in every robot's Markdown.
		b.WriteString(strings.Join(para, "  \n") + "\n\n")
	}
	for _, f := range p.Facts {
		b.WriteString("- **" + f.Label + "**: " + f.Value + "\n")
	}
	if p.Link != "" {
		b.WriteString("\n[" + p.LinkLabel + "](" + p.Link + ")\n")
	}
	return b.String()
}

// cardOf lays the page out for a chat card. Its button opens the case at
// the action the reader must do (the case page opens that action's form),
// or the portal link an external party was given.
func cardOf(v view, p page, exec func(string) (string, error)) (Card, error) {
	c := Card{Title: p.Subject, URL: p.Link}
	var b strings.Builder
	b.WriteString(p.Greeting)
	for _, para := range p.Paragraphs {
		b.WriteString("\n\n" + strings.Join(para, "\n"))
	}
	c.Text = b.String()
	for _, f := range p.Facts {
		c.Facts = append(c.Facts, Fact(f))
	}
	label := "label.link"
	if v.Action != "" && v.Link == v.CaseURL && v.CaseURL != "" {
		label = "label.act"
		c.URL = ActionURL(v.CaseURL, v.Action)
	}
	if c.URL == "" { // a message with no case to open (a digest) has no button
		return c, nil
	}
	s, err := exec(label)
	if err != nil {
		return Card{}, err
	}
	c.Button = oneLine(s)
	return c, nil
}

// ActionURL is the case page opened at an action's form.
func ActionURL(caseURL, action string) string {
	if action == "" {
		return caseURL
	}
	sep := "?"
	if strings.Contains(caseURL, "?") {
		sep = "&"
	}
	a := url.QueryEscape(action)
	return caseURL + sep + "act=" + a + "#act-" + a
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

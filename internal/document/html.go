package document

import (
	"bytes"
	_ "embed"
	"github.com/liaison-dev/liaison/internal/i18n"
	"html/template"
	"strconv"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

//go:embed document.html.tmpl
var pageSource string

// page is the template's parse once; html/template escapes every value, so
// whatever a user typed into a form prints as text.
var page = template.Must(template.New("document").Funcs(template.FuncMap{"inc": func(i int) int { return i + 1 }}).Parse(pageSource))

// view is a document made ready to print: every value already written as
// the text, table or quote the paper shows.
type view struct {
	Lang       string
	Title      string
	Key        string
	CaseTitle  string
	Process    string
	Date       string
	Sections   []viewSection
	Signatures []viewSignature
	Seals      []viewSeal
	L          map[string]string
}

// viewSeal is one server signature: who signed, when, the document's
// SHA-256 as signed and the key's short fingerprint.
type viewSeal struct{ Name, At, SHA256, Key string }

type viewSection struct {
	Title string
	Rows  []viewRow
}

// viewRow is one label with exactly one of a text, a table, the pairs of
// an object or a quote.
type viewRow struct {
	Label string
	Text  string
	Table *viewTable
	Pairs []viewPair
	Quote *viewQuote
}

type viewTable struct {
	Headers []string
	Rows    [][]string
}

type viewPair struct{ Label, Text string }

type viewQuote struct {
	Currency, TaxRate, Subtotal, Tax, Total string
	Lines                                   []process.QuoteLine
}

type viewSignature struct{ Label, Name, At string }

// labelNames are the words the page itself prints, each the catalogue's
// document.label.NAME.
var labelNames = []string{"key", "title", "process", "date", "no", "item", "qty", "price", "amount", "subtotal", "tax", "total", "currency", "rate", "signatures", "sign", "signed_at", "seals", "file", "size", "seal_hash", "seal_key", "colon", "footer"}

// labelsIn is the page's words in lang, by name, for the template's .L.
func labelsIn(lang string) map[string]string {
	m := make(map[string]string, len(labelNames))
	for _, n := range labelNames {
		m[n] = i18n.T(lang, "document.label."+n)
	}
	return m
}

// HTML renders doc of case c as a complete, printable page in the manual's
// paper layout: Chinese unless lang is "en". org, when given, names the
// departments and parties the fields hold. The page has inline CSS only and
// no script, so it prints and archives as it is.
func HTML(doc Document, c cases.View, lang string, org process.Org) ([]byte, error) {
	v := prepare(doc, c, lang, org)
	var b bytes.Buffer
	if err := page.Execute(&b, v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// prepare writes every value of doc as the text, table or quote the paper
// shows; the HTML and PDF renderers draw the same view.
func prepare(doc Document, c cases.View, lang string, org process.Org) view {
	if lang != "en" {
		lang = "zh"
	}
	n := namesOf(c)
	n.org, n.lang = org, lang
	v := view{Lang: lang, Title: doc.Name.In(lang), Key: c.Key, CaseTitle: c.Title, Process: c.ProcessName.In(lang), L: labelsIn(lang)}
	if !doc.At.IsZero() {
		v.Date = i18n.Date(doc.At, lang)
	}
	for _, s := range doc.Sections {
		vs := viewSection{Title: s.Title.In(lang)}
		for _, e := range s.Entries {
			vs.Rows = append(vs.Rows, row(e, n, lang))
		}
		v.Sections = append(v.Sections, vs)
	}
	if len(doc.Attachments) > 0 {
		v.Sections = append(v.Sections, attachmentSection(doc.Attachments, lang))
	}
	v.Signatures = signatures(doc, c, n, lang)
	for _, sg := range doc.Seals {
		vs := viewSeal{Name: n.of(sg.Signer), At: i18n.DateTime(sg.At, lang), SHA256: sg.SHA256, Key: archive.Short(sg.Key)}
		v.Seals = append(v.Seals, vs)
	}
	return v
}

func row(e Entry, n names, lang string) viewRow {
	r := viewRow{Label: e.Label.In(lang)}
	switch process.TypeOf(e.field()).Shape() {
	case process.ShapeRows:
		list, _ := e.Value.([]any)
		if len(list) == 0 {
			// An empty table reads as a missing one on paper; a blank cell
			// reads as "none".
			break
		}
		t := &viewTable{Headers: []string{i18n.T(lang, "document.label.no")}}
		for _, c := range e.Columns {
			t.Headers = append(t.Headers, c.Label.In(lang))
		}
		for i, it := range list {
			m, _ := it.(map[string]any)
			cells := []string{strconv.Itoa(i + 1)}
			for _, c := range e.Columns {
				cells = append(cells, text(c.field(), m[c.Name], n, lang))
			}
			t.Rows = append(t.Rows, cells)
		}
		r.Table = t
	case process.ShapeObject:
		m, _ := e.Value.(map[string]any)
		for _, c := range e.Columns {
			if val, ok := m[c.Name]; ok {
				r.Pairs = append(r.Pairs, viewPair{Label: c.Label.In(lang), Text: text(c.field(), val, n, lang)})
			}
		}
	case process.ShapeQuote:
		q, ok := process.StoredQuote(e.Value)
		if !ok {
			r.Text = text(process.Field{Type: "text"}, e.Value, n, lang)
			break
		}
		vq := &viewQuote{Currency: q.Currency, TaxRate: percent(q.TaxRate), Subtotal: i18n.Amount(q.Subtotal), Tax: i18n.Amount(q.Tax), Total: i18n.Amount(q.Total)}
		for _, l := range q.Items {
			vq.Lines = append(vq.Lines, process.QuoteLine{Name: l.Name, Qty: l.Qty, UnitPrice: i18n.Amount(l.UnitPrice), Amount: i18n.Amount(l.Amount)})
		}
		r.Quote = vq
	default:
		r.Text = text(e.field(), e.Value, n, lang)
	}
	return r
}

// signatures are the paper's signature lines: one per signer, filled with
// the signature of that role when there is one, blank when it is still
// missing; signatures no line asked for follow, so none is ever hidden.
func signatures(doc Document, c cases.View, n names, lang string) []viewSignature {
	used := make([]bool, len(doc.Signatures))
	var out []viewSignature
	line := func(label string, sg cases.SignatureView) viewSignature {
		who := sg.Login
		if who == "" {
			// A party signs without a login: the line names its contact.
			who = n.partyRoles[sg.Role]
		}
		vs := viewSignature{Label: label, Name: n.of(who)}
		if !sg.At.IsZero() {
			vs.At = i18n.DateTime(sg.At, lang)
		}
		return vs
	}
	for _, s := range doc.Signers {
		vs := viewSignature{Label: s.Label.In(lang)}
		for i, sg := range doc.Signatures {
			if !used[i] && s.Role != "" && sg.Role == s.Role {
				used[i] = true
				vs = line(vs.Label, sg)
				break
			}
		}
		out = append(out, vs)
	}
	for i, sg := range doc.Signatures {
		if !used[i] {
			out = append(out, line(roleLabel(c, sg.Role, lang), sg))
		}
	}
	return out
}

func roleLabel(c cases.View, role, lang string) string {
	for _, p := range c.Participants {
		if p.Role == role {
			return p.RoleName.In(lang)
		}
	}
	return role
}

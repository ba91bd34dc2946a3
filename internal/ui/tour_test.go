package ui

import (
	"context"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/demo"
)

// stop is one page of the tour: who looks at it (empty: nobody signed in),
// its address, and the form it posts when post is set (a failed submit,
// whose page shows errors).
type stop struct {
	login, path string
	post        url.Values
}

// tourEnv is a UI over the demo organisation with the demo's sample cases
// (case 1 open, 2 accepted, 3 delivered, 4 signed, 5 declined, 6 closed,
// 7 withdrawn, 8 an issue report, 9 a customer case far along, 10 a new
// customer case).
func tourEnv(t *testing.T) *env {
	t.Helper()
	e := newEnv(t, "2026-03-02 10:00")
	if err := demo.SeedCases(context.Background(), e.db, e.cases); err != nil {
		t.Fatal(err)
	}
	return e
}

// tour is every page a user meets, each seen by someone who may see it, and
// the error pages: unknown addresses, a case that does not exist, a form
// submitted empty.
func tour() []stop {
	s := []stop{
		{"", "/login", nil},
		{"", "/no/such/page", nil},
		{"wangfang", "/inbox", nil},
		{"wangfang", "/new", nil},
		{"wangfang", "/cases", nil},
		{"wangfang", "/cases?state=open", nil},
		{"wangfang", "/search?q=" + url.QueryEscape("需求"), nil},
		{"wangfang", "/parties", nil},
		{"wangfang", "/me", nil},
		{"wangfang", "/no/such/page", nil},
		{"wangfang", "/cases/999", nil},
		{"wangfang", "/new/no-such-process", nil},
		{"wangfang", "/new/internal-collab", url.Values{}},
		{"chenjie", "/inbox", nil},
		{"chenjie", "/cases/1", nil},
		{"chenjie", "/cases/8", nil},
		{"zhaolei", "/cases/2", nil},
		{"heping", "/cases/3", nil},
		{"lina", "/cases/3", nil},
		{"sunli", "/cases/4", nil},
		{"qianhui", "/cases/5", nil},
		{"wangfang", "/cases/5", nil},
		{"lina", "/cases/6", nil},
		{"wangfang", "/cases/7", nil},
		{"zhoumin", "/cases/9", nil},
		{"zhoumin", "/cases/10", nil},
		{"zhoumin", "/parties/huaxin", nil},
		{"gaojun", "/figures", nil},
		{"wangfang", "/processes/internal-collab?state=requested", nil},
		{"admin", "/admin", nil},
		{"admin", "/admin/users/chenjie", nil},
		{"admin", "/admin/records", nil},
	}
	for _, p := range []string{"internal-collab", "issue-report", "progress-report", "resource-request"} {
		s = append(s, stop{"wangfang", "/new/" + p, nil})
	}
	for _, p := range []string{"customer-requirement", "customer-complaint", "partner-collab", "supplier-inquiry", "supplier-order", "supplier-complaint"} {
		s = append(s, stop{"zhoumin", "/new/" + p, nil})
	}
	return s
}

// visit signs b in as s.login (once per login) and loads the stop.
func (b *browser) visit(s stop, signedAs *string) {
	b.e.t.Helper()
	if *signedAs != s.login {
		b.c.Jar, _ = newJar()
		*signedAs = s.login
		if s.login != "" {
			b.signIn(s.login)
		}
	}
	if s.post == nil {
		b.get(s.path)
		return
	}
	form := url.Values{}
	for k, v := range s.post {
		form[k] = v
	}
	b.get(s.path)
	form.Set("csrf", b.csrf())
	b.post(s.path, form)
}

// allowedASCII are the only Latin words the Chinese pages may hold: names
// (the product, file formats, the demo's own data) and units. Case keys
// (XZ-2026-0001), e-mail addresses and web addresses are data and are
// taken out before the check. No entry holds "_", ":" or "-": a raw id or
// code (record_callback, party:huaxin, in-progress) is never allowed.
var allowedASCII = map[string]bool{
	"liaison": true, "PDF": true, "Excel": true, "XLSX": true, "CSV": true, "JSON": true, "YAML": true,
	"SHA": true, "iCalendar": true, "QR": true, "CNY": true, "kg": true, "cm": true,
	"Q3": true, "V2.0": true, "BI": true, "Email": true, "English": true,
	"ID": true, "IP": true, "API": true, "URL": true, "Webhook": true, "ZIP": true, "MiB": true, "h": true,
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "HKD": true,
}

var (
	dataRE      = regexp.MustCompile(`[A-Z]{2,4}-\d{4}-\d{3,}|[\w.+-]+@[\w-]+(\.[\w-]+)+|https?://\S+|\bSHA-256\b`)
	asciiWordRE = regexp.MustCompile(`[A-Za-z][A-Za-z0-9._:-]*[A-Za-z0-9]|[A-Za-z]`)
	// halfPunct is ASCII punctuation touching a Chinese character: the zh
	// pages write ，：（）；！？ in their own text.
	halfPunct = regexp.MustCompile(`\p{Han}[,:;!?()]|[,:;!?()]\p{Han}`)
)

// visibleText is what a reader meets on the page: its text (not the
// scripts, styles or the YAML sources shown verbatim in <pre>) and the
// attributes read aloud or shown (title, aria-label, placeholder, alt).
func visibleText(doc string) ([]string, error) {
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		return nil, err
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "pre", "code", "kbd":
				// Scripts and styles are not read; <pre>, <code> and <kbd>
				// hold what a machine reads literally (a definition's YAML,
				// a command, a file's header row, an id to type).
				return
			}
			for _, a := range n.Attr {
				if a.Key == "lang" && n.Data != "html" {
					return // written in another language on purpose (the language button)
				}
				if a.Key == "translate" && a.Val == "no" {
					return // words users wrote, quoted as they are (search snippets)
				}
			}
			for _, a := range n.Attr {
				switch a.Key {
				case "title", "aria-label", "placeholder", "alt":
					out = append(out, a.Val)
				}
				if a.Key == "type" && (a.Val == "submit" || a.Val == "button") {
					for _, b := range n.Attr {
						if b.Key == "value" {
							out = append(out, b.Val)
						}
					}
				}
			}
		}
		if n.Type == html.TextNode {
			if s := strings.TrimSpace(n.Data); s != "" {
				out = append(out, s)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out, nil
}

// langProblems lists what does not belong on a page in lang: in zh, Latin
// words outside allowedASCII and half-width punctuation beside Chinese; in
// en, Chinese characters. data are strings users typed (case titles and
// the like) that are shown as they are.
func langProblems(lang string, texts []string, data []string) []string {
	var out []string
	for _, s := range texts {
		s = dataRE.ReplaceAllString(s, " ")
		for _, d := range data {
			s = strings.ReplaceAll(s, d, " ")
		}
		switch lang {
		case "zh":
			for _, w := range asciiWordRE.FindAllString(s, -1) {
				if !allowedASCII[strings.TrimRight(w, ".")] {
					out = append(out, "Latin word "+w+" in "+s)
				}
			}
			if m := halfPunct.FindString(s); m != "" {
				out = append(out, "half-width punctuation "+m+" in "+s)
			}
		case "en":
			if strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
				out = append(out, "Chinese in "+s)
			}
		}
	}
	return out
}

// typedData is every string users typed into the demo (case fields and the
// fields of their events), the people's and parties' names and the logins:
// pages show them as they were written, in whatever language.
func typedData(t *testing.T, e *env) []string {
	t.Helper()
	seen := map[string]bool{}
	var add func(v any)
	add = func(v any) {
		switch x := v.(type) {
		case string:
			// Only words: a number or a date typed in a form may well be
			// part of the page's own text too.
			han := strings.ContainsFunc(x, func(r rune) bool { return unicode.Is(unicode.Han, r) })
			if (len([]rune(strings.TrimSpace(x))) >= 2 && strings.ContainsFunc(x, unicode.IsLetter)) || han {
				seen[x] = true
			}
		case []any:
			for _, y := range x {
				add(y)
			}
		case map[string]any:
			for _, y := range x {
				add(y)
			}
		}
	}
	for _, u := range demo.Users {
		add(u.Name)
		add(u.Login)
	}
	for _, d := range demo.Departments {
		add(d.NameZh) // a department's two names are shown side by side on the administration page
		add(d.NameEn)
	}
	for _, p := range demo.Parties {
		add(p.Name)
		for _, c := range p.Contacts {
			add(c.Name)
		}
	}
	boss := cases.ViewerOf(casestest.Actor(t, e.db, "gaojun"))
	for id := int64(1); id <= 10; id++ {
		v, err := e.cases.Get(context.Background(), boss, id)
		if err != nil {
			t.Fatalf("case %d: %v", id, err)
		}
		add(v.Title)
		add(v.Fields)
		for _, ev := range v.Events {
			add(ev.Fields)
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	// Longest first, so that a title goes before a word inside it.
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// TestPagesSpeakOneLanguage renders every page of the tour and its error
// pages in Chinese and in English: the Chinese pages hold no Latin word
// outside the short allow-list (no raw id, code or English phrase) and use
// full-width punctuation; the English pages hold no Chinese of their own.
func TestPagesSpeakOneLanguage(t *testing.T) {
	e := tourEnv(t)
	data := typedData(t, e)
	for _, lang := range []string{"zh", "en"} {
		b := e.browser()
		signed := "-"
		for _, s := range tour() {
			b.visit(s, &signed)
			b.setLang(lang)
			b.visit(s, &signed)
			if b.status >= 500 || b.status == 0 {
				t.Errorf("%s %s as %q: status %d", lang, s.path, s.login, b.status)
				continue
			}
			if dir := os.Getenv("LIAISON_TOUR_DUMP"); dir != "" { // to read the pages by hand
				name := strings.NewReplacer("/", "_", "?", "_").Replace(lang + "_" + s.login + s.path)
				_ = os.WriteFile(filepath.Join(dir, name+".html"), []byte(b.body), 0o644)
			}
			texts, err := visibleText(b.body)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range langProblems(lang, texts, data) {
				t.Errorf("%s %s as %q: %s", lang, s.path, s.login, p)
			}
		}
	}
}

// setLang sets the language cookie as the language button would.
func (b *browser) setLang(lang string) {
	u, _ := url.Parse(b.e.srv.URL)
	b.c.Jar.SetCookies(u, []*http.Cookie{{Name: langCookie, Value: lang, Path: "/"}})
}

func newJar() (http.CookieJar, error) { return cookiejar.New(nil) }

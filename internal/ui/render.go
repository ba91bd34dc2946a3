package ui

import (
	"bytes"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/web"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
	"unicode"

	"github.com/liaison-dev/liaison/internal/check"
	"github.com/liaison-dev/liaison/internal/process"
)

// langs are the languages the UI speaks; the first is the default.
var langs = i18n.Langs

// page is one page's templates, parsed once per language so that the
// template functions know the language without threading it through.
type page map[string]*template.Template

func parsePages(fsys fs.FS, funcs func(lang string) template.FuncMap) (map[string]*page, error) {
	names, err := fs.Glob(fsys, "templates/*.html")
	if err != nil {
		return nil, err
	}
	out := map[string]*page{}
	for _, n := range names {
		base := path.Base(n)
		if base == "layout.html" || strings.HasPrefix(base, "_") {
			continue
		}
		p := page{}
		for _, l := range langs {
			t, err := template.New("layout.html").Funcs(funcs(l)).ParseFS(fsys, "templates/layout.html", "templates/_*.html", n)
			if err != nil {
				return nil, fmt.Errorf("ui: template %s: %w", n, err)
			}
			p[l] = t
		}
		out[strings.TrimSuffix(base, ".html")] = &p
	}
	return out, nil
}

// view is what every page template receives.
type view struct {
	Lang   string
	User   *visitor
	CSRF   string // the form token of this visitor
	Path   string // the page's own address, to come back to
	Title  string // already translated
	Nav    string // the current section, for aria-current
	Notice string // a translated message shown on top
	Error  string // a translated error shown on top
	Unread int    // the visitor's unread messages: the top bar's badge
	V      any    // the page's own data
}

// render writes page name with status; the visitor comes from the context.
func (u *UI) render(w http.ResponseWriter, r *http.Request, status int, name, titleKey string, v view) {
	vis := visitorFrom(r.Context())
	if v.Lang == "" {
		v.Lang = vis.Lang
	}
	if v.Lang == "" {
		v.Lang = u.langOf(r, "")
	}
	if vis.User.Login != "" {
		v.User = &vis
		v.CSRF = u.csrf("s:" + vis.Token)
		if u.Cases != nil {
			if n, err := u.Cases.UnreadCount(r.Context(), vis.actor()); err == nil {
				v.Unread = n
			} // without the count the page still shows; the inbox lists them
		}
	}
	v.Title = u.cat.T(v.Lang, titleKey)
	v.Path = r.URL.RequestURI()
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		v.Path = u.pageOf(r.URL.Path)
	}
	p, ok := u.pages[name]
	if !ok {
		http.Error(w, "no page "+name, web.Status(problem.Internal))
		return
	}
	var buf bytes.Buffer
	if err := (*p)[v.Lang].Execute(&buf, v); err != nil {
		u.Logger.Error("ui: render", "page", name, "err", err)
		http.Error(w, u.cat.T(v.Lang, "error.internal"), web.Status(problem.Internal))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if status == http.StatusServiceUnavailable && w.Header().Get("Retry-After") == "" {
		w.Header().Set("Retry-After", web.RetryAfterSeconds) // a page of a database coming back says when
	}
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

// failPage shows an error page with a translated message.
func (u *UI) failPage(w http.ResponseWriter, r *http.Request, code problem.Code, key string) {
	lang := visitorFrom(r.Context()).Lang
	if lang == "" {
		lang = u.langOf(r, "")
	}
	title := "error.title"
	if code == problem.NotFound {
		title = "error.not_found_title"
	}
	u.render(w, r, web.Status(code), "error", title, view{Lang: lang, Error: u.cat.T(lang, key)})
}

// formatTime writes a time the way the manual does: 2026年12月3日（周四） 18:00.
func formatTime(t time.Time, lang string) string { return i18n.PageTime(t, lang) }

// formatDay writes a date: 2026年12月3日（周四）, or Thu 3 Dec 2026.
func formatDay(t time.Time, lang string) string { return i18n.PageDate(t, lang) }

// reason is a field's reason — a catalogue key, an i18n.Ref or plain text —
// in lang, set in the page's punctuation.
func reason(s, lang string) string { return zhOnly(i18n.Render(lang, s), lang) }

// message is a problem's message in lang, set in the page's punctuation.
func message(p *problem.Error, lang string) string { return zhOnly(p.Text(lang), lang) }

func (u *UI) funcs() func(lang string) template.FuncMap {
	return func(lang string) template.FuncMap {
		loc := u.location()
		return template.FuncMap{
			"t":     func(key string, args ...any) string { return u.cat.T(lang, key, args...) },
			"asset": func(name string) string { return "/static/" + name + "?v=" + u.assets[name] },
			"tx":    func(t process.Text) string { return inLang(t, lang) },
			"when": func(v any) string {
				switch x := v.(type) {
				case time.Time:
					return formatTime(x.In(loc), lang)
				case *time.Time:
					if x == nil {
						return ""
					}
					return formatTime(x.In(loc), lang)
				}
				return fmt.Sprint(v)
			},
			"day":   func(s string) string { return u.dayText(s, lang) },
			"zh":    zhPunct,
			"label": func(prefix, id string) string { return u.cat.Label(lang, prefix, id) },
			"findingText": func(f finding) string {
				if key := "finding." + f.Rule; i18n.Has(key) { // the engine's own warnings, in both languages
					return u.cat.T(lang, key)
				}
				if lang == "en" {
					if en := ruleEnglish[f.Rule]; en != "" {
						return en
					}
					if en, ok := engineRuleEnglish[f.Rule]; ok {
						return en
					}
				}
				return zhOnly(f.Message, lang)
			},
			"isen": func() bool { return lang == "en" },
			"add":  func(a, b int) int { return a + b },
			"list": func(xs ...string) []string { return xs },
			"pair": func(a, b any) pair { return pair{a, b} },
			"hasErrors": func(list []input) bool {
				for _, in := range list {
					if in.Error != "" || len(in.Findings) > 0 {
						return true
					}
				}
				return false
			},
		}
	}
}

// pair hands two values to a sub-template (the page and one of its forms).
type pair struct{ A, B any }

// inLang is a definition's text in lang; in Chinese its punctuation is the
// full-width kind (，：（）) wherever it touches Chinese, whatever the YAML
// was typed with.
func inLang(t process.Text, lang string) string {
	s := t.In(lang)
	if lang != "en" {
		s = zhPunct(s)
	}
	return s
}

// fullWidth are the ASCII marks Chinese text writes full-width.
var fullWidth = map[rune]rune{',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？'}

// zhPunct writes ASCII punctuation next to a Chinese character (or inside
// parentheses that hold Chinese) full-width, dropping the space an ASCII
// mark is followed by; numbers (1,000 and 10:00) and Latin text keep
// theirs.
func zhPunct(s string) string {
	rs := []rune(s)
	han := func(i int) bool {
		return i >= 0 && i < len(rs) && (unicode.Is(unicode.Han, rs[i]) || rs[i] == '》' || rs[i] == '《')
	}
	// Parentheses around Chinese first, so "(采购员)" and "(ZIP)" after 包 both turn.
	for i := 0; i < len(rs); i++ {
		if rs[i] != '(' {
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] != ')' && rs[j] != '(' {
			j++
		}
		if j >= len(rs) || rs[j] != ')' {
			continue
		}
		inner := false
		for k := i + 1; k < j; k++ {
			inner = inner || han(k)
		}
		before := i - 1
		for before >= 0 && rs[before] == ' ' {
			before--
		}
		if inner || han(before) {
			rs[i], rs[j] = '（', '）'
		}
	}
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if fw, ok := fullWidth[r]; ok && r != '(' && r != ')' {
			next := i + 1
			for next < len(rs) && rs[next] == ' ' {
				next++
			}
			if han(i-1) || han(next) {
				b.WriteRune(fw)
				i = next - 1 // the spaces after an ASCII mark go with it
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// zhOnly is zhPunct for Chinese pages and s itself for English ones.
func zhOnly(s, lang string) string {
	if lang == "en" {
		return s
	}
	return zhPunct(s)
}

// engineRuleEnglish are the engine's own warnings in English (the engine
// writes them in Chinese, with the dates and names of the case).
var engineRuleEnglish = map[string]string{
	process.RuleLaterThanExpected: "Later than the date the requester expects.",
	process.RuleItemsOpen:         "Milestones are still open: mark the ones done first, or say in the note why you deliver now.",
}

// ruleEnglish is each checker rule's English description: the checker
// writes its findings in Chinese, about Chinese text.
var ruleEnglish = func() map[string]string {
	m := map[string]string{}
	for _, r := range check.Rules() {
		m[r.ID] = r.EN
	}
	return m
}()

// pageOf is the nearest address at or above path that a GET shows. A page
// that answers a form (its errors, shown at the form's POST address, such
// as /cases/1/actions/withdraw) is not one itself: switching the language
// there goes back to the case (/cases/1), not to "page not found".
func (u *UI) pageOf(path string) string {
	for p := path; p != "" && p != "/"; p = p[:strings.LastIndex(p, "/")] {
		req, err := http.NewRequest(http.MethodGet, p, nil)
		if err != nil {
			break
		}
		if _, pattern := u.mux.Handler(req); pattern != "/" {
			return p
		}
	}
	return "/"
}

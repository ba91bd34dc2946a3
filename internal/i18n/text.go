// Package i18n is liaison's one catalogue: the Chinese and English text of
// every message, keyed, with the calendar's time zone and the date and
// amount formatters that pages, notices, documents and errors share.
//
// A message lives in messages/zh.json and messages/en.json under one key;
// T formats it with fmt verbs, so both languages take the same arguments
// (explicit indexes such as %[2]s let a language reorder them).
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

// Langs are the languages of the catalogue; the first is the default.
var Langs = []string{"zh", "en"}

//go:embed messages/*.json
var files embed.FS

// Catalogue maps language → message key → text.
type Catalogue map[string]map[string]string

// Load reads the embedded catalogue; the files are part of the binary, so an
// error is a build mistake, which the package's tests catch.
var Load = sync.OnceValues(func() (Catalogue, error) {
	c := Catalogue{}
	for _, l := range Langs {
		b, err := files.ReadFile("messages/" + l + ".json")
		if err != nil {
			return nil, fmt.Errorf("i18n: messages %s: %w", l, err)
		}
		m := map[string]string{}
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("i18n: messages %s: %w", l, err)
		}
		c[l] = m
	}
	return c, nil
})

// std is the embedded catalogue, or an empty one if it failed to load (the
// tests make sure it does not), so that T shows keys rather than failing.
func std() Catalogue {
	c, err := Load()
	if err != nil {
		return Catalogue{}
	}
	return c
}

// T returns the message key in lang (Chinese for an unknown language),
// formatted with args; an unknown key shows itself so that a gap is visible
// rather than silent.
func T(lang, key string, args ...any) string { return std().T(lang, key, args...) }

// Has reports whether key is a message of the catalogue.
func Has(key string) bool { _, ok := std()["zh"][key]; return ok }

// T returns the message key in lang formatted with args; see the function T.
func (c Catalogue) T(lang, key string, args ...any) string {
	s, ok := c[lang][key]
	if !ok {
		s, ok = c["zh"][key]
	}
	if !ok {
		return key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, localized(lang, args)...)
	}
	return s
}

// Localized is an argument that has a text in each language, such as a
// process's name; T puts in the text of the message's language.
type Localized interface{ In(lang string) string }

func localized(lang string, args []any) []any {
	out := args
	for i, a := range args {
		if l, ok := a.(Localized); ok {
			if &out[0] == &args[0] {
				out = append([]any(nil), args...)
			}
			out[i] = l.In(lang)
		}
	}
	return out
}

// Label translates prefix+id, falling back to prefix+"other" and then to id
// itself for a kind the catalogue does not know yet (the engine may add
// notice kinds): never a blank.
func (c Catalogue) Label(lang, prefix, id string) string {
	if _, ok := c["zh"][prefix+id]; !ok {
		if _, ok := c["zh"][prefix+"other"]; ok {
			return c.T(lang, prefix+"other") // never a raw code on the page
		}
		return id
	}
	return c.T(lang, prefix+id)
}

// refSep separates a key from its arguments in a Ref; langSep separates
// the Chinese and English of a Localized argument.
const refSep, langSep = "\x1f", "\x1e"

// Ref is a message key with its arguments as one string, for places that
// carry text as a string until a reader's language is known — a field's
// reason in a problem. Render turns it into text.
func Ref(key string, args ...any) string {
	if len(args) == 0 {
		return key
	}
	parts := make([]string, 0, len(args)+1)
	parts = append(parts, key)
	clean := strings.NewReplacer(refSep, " ", langSep, " ")
	for _, a := range args {
		if l, ok := a.(Localized); ok {
			parts = append(parts, clean.Replace(l.In("zh"))+langSep+clean.Replace(l.In("en")))
			continue
		}
		parts = append(parts, clean.Replace(fmt.Sprint(a)))
	}
	return strings.Join(parts, refSep)
}

// Render returns s in lang: a Ref or a bare key is looked up in the
// catalogue (its arguments, strings now, fill %s or %v slots; a Localized
// one in lang); any other text is returned as it is.
func Render(lang, s string) string {
	key, rest, hasArgs := strings.Cut(s, refSep)
	if !Has(key) {
		return s
	}
	if !hasArgs {
		return T(lang, key)
	}
	var args []any
	for _, a := range strings.Split(rest, refSep) {
		if zh, en, ok := strings.Cut(a, langSep); ok {
			a = zh
			if lang == "en" {
				a = en
			}
		}
		args = append(args, refArg(a))
	}
	return T(lang, key, args...)
}

// refArg is a Ref's argument back from its text: it prints as that text
// under any verb, so a catalogue's %d for a number Ref was given works.
type refArg string

func (a refArg) Format(f fmt.State, _ rune) { fmt.Fprint(f, string(a)) }

// Msg is a message not yet put in a language: a key with its arguments.
// It is Localized, so it can be an argument of another message — the thing
// a problem names ("没有部门 hr", `department "hr" not found`) — and
// carries no text of its own until a reader's language is known.
type Msg struct {
	Key  string
	Args []any
}

// M returns the message key with args, to be put in a language later.
func M(key string, args ...any) Msg { return Msg{Key: key, Args: args} }

// In is the message in lang.
func (m Msg) In(lang string) string { return T(lang, m.Key, m.Args...) }

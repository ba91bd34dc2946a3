package i18n

import (
	"strconv"
	"strings"
)

// Negotiate is the language of an answer: the signed-in reader's own
// (userLang, "" for someone not signed in), else the best language of the
// request's Accept-Language header that the catalogue has — zh* is
// Chinese, en* English, the highest q wins, the earlier on a tie, q=0
// refuses — else Chinese, the default.
func Negotiate(userLang, acceptLanguage string) string {
	switch userLang {
	case "zh", "en":
		return userLang
	}
	best, bestQ := Langs[0], 0.0
	for _, part := range strings.Split(acceptLanguage, ",") {
		tag, params, _ := strings.Cut(part, ";")
		lang := supported(strings.TrimSpace(tag))
		if lang == "" {
			continue
		}
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			name, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(name), "q") {
				f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || f < 0 || f > 1 {
					f = 0 // a q we cannot read does not win
				}
				q = f
			}
		}
		if q > bestQ {
			best, bestQ = lang, q
		}
	}
	return best
}

// supported maps a language tag to a language of the catalogue, "" for one
// it lacks (a wildcard included: it names nothing in particular).
func supported(tag string) string {
	for _, l := range Langs {
		if len(tag) >= len(l) && strings.EqualFold(tag[:len(l)], l) && (len(tag) == len(l) || tag[len(l)] == '-') {
			return l
		}
	}
	return ""
}

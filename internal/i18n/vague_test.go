package i18n_test

import (
	"sort"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/check"
	"github.com/liaison-dev/liaison/internal/i18n"
)

// TestCatalogueUsesNoVagueTime holds the product's own sentences to the
// manual's 明确性 (「尽快处理」需明确具体时间): no message of the catalogue
// promises something "soon" — the checker's vague-time rule finds nothing.
// Not promises: a sort order (最近更新, most recently updated) and the hint
// to retry after an outage, which no person owes.
var notPromises = map[string]bool{
	"cases.sort_changed": true, "error.internal": true, "login.oidc_unavailable": true,
	"portal.try_later": true, "problem.database_is_unavailable_try_again_shortly": true,
}

func TestCatalogueUsesNoVagueTime(t *testing.T) {
	c, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for _, lang := range []string{"zh", "en"} {
		keys := make([]string, 0, len(c[lang]))
		for k := range c[lang] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if notPromises[k] {
				continue
			}
			for _, f := range check.Check(c[lang][k], check.Options{Lang: lang, Now: now}) {
				if f.Rule == check.RuleVagueTime {
					t.Errorf("%s %s: %q uses vague time %q", lang, k, c[lang][k], string([]rune(c[lang][k])[f.Start:f.End]))
				}
			}
		}
	}
}

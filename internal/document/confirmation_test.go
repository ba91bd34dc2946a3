package document_test

import (
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/document"
)

// TestConfirmationInThePapersLanguage: the customer's confirmation on
// 《客户需求确认表》 reads in the paper's language — an English paper said
// "Status 客户已确认无理解偏差" and "(客户经理代录 recorded for the customer)".
func TestConfirmationInThePapersLanguage(t *testing.T) {
	d := definition(t, "customer-requirement")
	v := customerCase()
	form := document.Build(d, v)[0]
	if e := entry(t, form, "confirmation"); e.Value != "confirmed" {
		t.Fatalf("confirmation %+v", e)
	}
	if e := entry(t, form, "confirmed_by"); e.Value != "周敏" {
		t.Fatalf("confirmed by %+v", e)
	}
	for lang, want := range map[string][]string{
		"en": {"Confirmed by the customer", "Recorded for the customer by the account manager"},
		"zh": {"客户已确认无理解偏差", "客户经理代录"},
	} {
		page, err := document.HTML(form, v, lang, nil)
		if err != nil {
			t.Fatal(err)
		}
		s := string(page)
		for _, w := range want {
			if !strings.Contains(s, w) {
				t.Errorf("%s: %q missing", lang, w)
			}
		}
		if lang == "en" {
			for _, zh := range []string{"客户已确认", "代录"} {
				if strings.Contains(s, zh) {
					t.Errorf("en: %q on the English paper", zh)
				}
			}
		}
	}
}

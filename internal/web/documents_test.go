package web_test

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/demo"
)

// TestCaseDocuments walks a customer requirement to its solution and reads
// the documents the case then has, as the account manager and as an outsider.
func TestCaseDocuments(t *testing.T) {
	s := startDev(t)
	admin, zhou, wang := s.login(t, "admin", demo.Password), s.login(t, "zhoumin", demo.Password), s.login(t, "wangfang", demo.Password)
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-03-02T10:00:00+08:00"}`, bearer(admin)); r.status != http.StatusOK {
		t.Fatalf("clock: %d %s", r.status, r.body)
	}
	r := s.post(t, "/api/v1/cases", requirementBody, bearer(zhou))
	if r.status != http.StatusCreated {
		t.Fatalf("open: %d %s", r.status, r.body)
	}
	path := "/api/v1/cases/" + strconv.FormatInt(decodeCase(t, r).ID, 10)
	steps := []struct{ action, body string }{
		{"send_confirmation", `{"fields":{"summary":"华信科技需要支持邮件和微信两个渠道的工单系统。"}}`},
		{"confirm", `{"fields":{"evidence":"客户3月2日邮件回复:确认无误。"}}`},
		{"submit_solution", `{"fields":{"summary":"采用SaaS工单系统,分两期上线。",
			"milestones":[{"name":"原型完成","date":"2026-04-10"},{"name":"测试上线","date":"2026-05-29"}],
			"quote":{"currency":"CNY","tax_rate":"0.13","items":[{"name":"工单系统实施","qty":1,"unit_price":"8000"},{"name":"培训","qty":3,"unit_price":"333.33"}]}}}`},
	}
	for _, st := range steps {
		if r := s.post(t, path+"/actions/"+st.action, st.body, bearer(zhou)); r.status != http.StatusOK {
			t.Fatalf("%s: %d %s", st.action, r.status, r.body)
		}
	}

	r = s.do(t, "GET", path+"/documents", nil, bearer(zhou))
	if r.status != http.StatusOK {
		t.Fatalf("list: %d %s", r.status, r.body)
	}
	var list []struct {
		ID, Kind, At string
		Name         struct{ Zh, En string }
		Formats      []string
	}
	if err := json.Unmarshal([]byte(r.body), &list); err != nil {
		t.Fatalf("list %s: %v", r.body, err)
	}
	if len(list) != 2 || list[0].ID != "form" || list[0].Name.Zh != "《客户需求确认表》" || list[0].At != "2026-03-02T10:00:00+08:00" ||
		list[1].ID != "solution" || list[1].Kind != "solution" || list[1].Name.Zh != "《客户解决方案书》" || strings.Join(list[1].Formats, ",") != "json,html,pdf" {
		t.Fatalf("list %s", r.body)
	}

	// JSON is the default and holds the quote as the server computed it:
	// 8000 + 3 × 333.33 = 8999.99, tax 13% = 1170.00 rounded half-up.
	for _, q := range []string{"", "?format=json"} {
		r = s.do(t, "GET", path+"/documents/solution"+q, nil, bearer(zhou))
		if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "application/json") {
			t.Fatalf("solution%s: %d %s", q, r.status, r.body)
		}
		var doc struct {
			ID       string
			Sections []struct {
				Entries []struct {
					Name  string
					Value json.RawMessage
				}
			}
		}
		if err := json.Unmarshal([]byte(r.body), &doc); err != nil {
			t.Fatalf("solution %s: %v", r.body, err)
		}
		var quote struct{ Subtotal, Tax, Total, Currency string }
		for _, sec := range doc.Sections {
			for _, e := range sec.Entries {
				if e.Name == "quote" {
					_ = json.Unmarshal(e.Value, &quote)
				}
			}
		}
		if quote.Subtotal != "8999.99" || quote.Tax != "1170.00" || quote.Total != "10169.99" || quote.Currency != "CNY" {
			t.Fatalf("quote %+v in %s", quote, r.body)
		}
	}

	r = s.do(t, "GET", path+"/documents/solution?format=html", nil, bearer(zhou))
	if r.status != http.StatusOK || r.header.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("html: %d %q %s", r.status, r.header.Get("Content-Type"), r.body)
	}
	for _, want := range []string{"<!DOCTYPE html>", "《客户解决方案书》", "KH-2026-0001", "2026年3月2日(周一)", "合计", "10,169.99", "周敏 (zhoumin)"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("html lacks %q", want)
		}
	}
	if strings.Contains(r.body, "<script") {
		t.Error("html has a script")
	}
	if r := s.do(t, "GET", path+"/documents/form?format=html&lang=en", nil, bearer(zhou)); r.status != http.StatusOK || !strings.Contains(r.body, "Customer requirement confirmation") {
		t.Fatalf("form in English: %d %s", r.status, r.body)
	}

	tests := []struct {
		name, who, doc string
		status         int
		field          string
	}{
		{"outsider list", wang, "", http.StatusNotFound, ""},
		{"outsider document", wang, "/solution", http.StatusNotFound, ""},
		{"outsider pdf", wang, "/solution?format=pdf", http.StatusNotFound, ""},
		{"unknown format", zhou, "/solution?format=docx", http.StatusUnprocessableEntity, "format"},
		{"unknown document", zhou, "/minutes-1", http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := s.do(t, "GET", path+"/documents"+tt.doc, nil, bearer(tt.who))
			if r.status != tt.status {
				t.Fatalf("%d %s", r.status, r.body)
			}
			if _, _, fields := r.errorBody(t); tt.field != "" && fields[tt.field] == "" {
				t.Fatalf("no reason for %s: %s", tt.field, r.body)
			}
		})
	}
	// The fonts are embedded: a PDF is made on any machine.
	r = s.do(t, "GET", path+"/documents/solution?format=pdf", nil, bearer(zhou))
	switch {
	case r.status != http.StatusOK || r.header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(r.body, "%PDF-"):
		t.Fatalf("pdf: %d %v %.40q", r.status, r.header, r.body)
	}
	if r := s.do(t, "GET", "/api/v1/cases/999/documents", nil, bearer(zhou)); r.status != http.StatusNotFound {
		t.Fatalf("no such case: %d", r.status)
	}
	if r := s.do(t, "GET", path+"/documents", nil, nil); r.status != http.StatusUnauthorized {
		t.Fatalf("anonymous: %d", r.status)
	}
}

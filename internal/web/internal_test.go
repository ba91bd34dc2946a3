package web

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
)

func TestStatusTable(t *testing.T) {
	for code, want := range map[problem.Code]int{
		problem.Malformed: 400, problem.Unauthorized: 401, problem.Forbidden: 403, problem.NotFound: 404,
		problem.Conflict: 409, problem.TooLarge: 413, problem.Invalid: 422, problem.RateLimited: 429,
		problem.Internal: 500, "something new": 500,
	} {
		if got := Status(code); got != want {
			t.Errorf("Status(%q) = %d, want %d", code, got, want)
		}
	}
}

func TestRecover(t *testing.T) {
	s := &Server{Deps: Deps{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, metrics: newMetrics(time.Now())}
	h := s.recover(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("boom") }))
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	if w.Code != 500 || !strings.Contains(w.Body.String(), `"code":"internal"`) || strings.Contains(w.Body.String(), "boom") {
		t.Errorf("%d %s", w.Code, w.Body)
	}
}

func TestDecodeTypeErrorNamesNestedField(t *testing.T) {
	var dst struct {
		Tasks []struct {
			Item string `json:"item"`
		} `json:"tasks"`
	}
	r := httptest.NewRequest("POST", "/", strings.NewReader(`{"tasks":[{"item":7}]}`))
	err := DecodeJSON(httptest.NewRecorder(), r, &dst)
	p := problem.As(err)
	if p.Code != problem.Malformed || p.Fields["tasks.item"] == "" {
		t.Errorf("%+v", p)
	}
}

// TestDecodeRefusesNullAndLoneSurrogates: a body that is only null, and a
// string escaping half a surrogate pair, are 400s naming what is wrong in
// the reader's language — encoding/json would read the first as an empty
// request and the second as U+FFFD. A whole pair (an emoji) is welcome.
func TestDecodeRefusesNullAndLoneSurrogates(t *testing.T) {
	for _, tc := range []struct{ body, field, zh string }{
		{`null`, "", "请求正文应为 JSON 对象，而不是null"},
		{` null `, "", "请求正文应为 JSON 对象，而不是null"},
		{`[1]`, "", "请求正文应为 JSON 对象，而不是数组"},
		{`{"comment":"a\ud800b"}`, "comment", "请求正文不是有效的 UTF-8"},
		{`{"comment":"a\udc00"}`, "comment", "请求正文不是有效的 UTF-8"},
		{`{"fields":{"x":["\ud800\u0041"]}}`, "fields.x[0]", "请求正文不是有效的 UTF-8"},
		{`{"comment":7}`, "comment", "有字段的类型不对"},
	} {
		var dst struct {
			Comment string         `json:"comment"`
			Fields  map[string]any `json:"fields"`
		}
		err := DecodeJSON(httptest.NewRecorder(), httptest.NewRequest("POST", "/", strings.NewReader(tc.body)), &dst)
		p := problem.As(err)
		if p == nil || p.Code != problem.Malformed || p.Text("zh") != tc.zh {
			t.Errorf("%s: %+v, want malformed %q", tc.body, p, tc.zh)
			continue
		}
		if tc.field != "" && p.Fields[tc.field] == "" {
			t.Errorf("%s: fields %v do not name %s", tc.body, p.Fields, tc.field)
		}
	}
	var dst struct {
		Comment string `json:"comment"`
	}
	if err := DecodeJSON(httptest.NewRecorder(), httptest.NewRequest("POST", "/", strings.NewReader(`{"comment":"\ud83d\ude00 \\ud800 \u00e9"}`)), &dst); err != nil || dst.Comment != `😀 \ud800 é` {
		t.Errorf("a pair and an escaped backslash: %q, %v", dst.Comment, err)
	}
}

func TestFieldTypeNamedInReadersLanguage(t *testing.T) {
	type target struct {
		Version int   `json:"version"`
		IDs     []int `json:"ids"`
	}
	for _, tc := range []struct {
		body, field, want string
		dst               any
	}{
		{`{"version":"1"}`, "version", "应为整数，而不是字符串", &target{}},
		{`{"ids":[1.5]}`, "ids", "应为整数，而不是数字 1.5", &target{}},          // was "应为数字，而不是 number 1.5"
		{`{"app_key":1}`, "body", "应为字符串，而不是数字", &map[string]string{}}, // was "the body must be an object"
	} {
		err := DecodeJSON(httptest.NewRecorder(), httptest.NewRequest("POST", "/", strings.NewReader(tc.body)), tc.dst)
		p := problem.As(err)
		if got := i18n.Render("zh", p.Fields[tc.field]); p.Code != problem.Malformed || got != tc.want {
			t.Errorf("%s: %s %v, want %s: %q", tc.body, p.Code, p.Fields, tc.field, tc.want)
		}
	}
}

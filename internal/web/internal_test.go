package web

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

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

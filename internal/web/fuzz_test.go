package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"testing"
	"unicode/utf8"

	"github.com/liaison-dev/liaison/internal/problem"
)

// FuzzDecodeJSON: every endpoint's body goes through DecodeJSON. Whatever
// arrives, the answer is the decoded value or a 400/413 problem naming what
// is wrong — never a panic, and never a value decoded from text that was
// not valid UTF-8.
func FuzzDecodeJSON(f *testing.F) {
	for _, s := range []string{
		`{"process":"internal-collab","fields":{"title":"x"},"comment":"c"}`,
		`{"login":"lina","password":"demo1234"}`,
		`{"fields":{"a":[1,{"b":"\u00ff"}]}} {}`,
		"{\"comment\":\"\xff\"}",
		`{"process":42}`, `[]`, ``, `{"fields":{"x":"\ud800"}}`,
	} {
		f.Add([]byte(s))
	}
	targets := []func() any{
		func() any { return &openRequest{} },
		func() any { return &actRequest{} },
		func() any { return &loginRequest{} },
		func() any { return &map[string]any{} },
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, dst := range targets {
			r := httptest.NewRequest("POST", "/api/v1/x", bytes.NewReader(body))
			err := DecodeJSON(httptest.NewRecorder(), r, dst())
			if err == nil {
				if !utf8.Valid(body) || !json.Valid(bytes.TrimSpace(body)) {
					t.Fatalf("accepted %q", body)
				}
				continue
			}
			var p *problem.Error
			if !errors.As(err, &p) || (p.Code != problem.Malformed && p.Code != problem.TooLarge) {
				t.Fatalf("%q: %v is not a 400 or 413 problem", body, err)
			}
		}
	})
}

// FuzzInvalidUTF8Field: a body is refused for its encoding exactly when it
// is not valid UTF-8, and then a place is always named.
func FuzzInvalidUTF8Field(f *testing.F) {
	for _, s := range []string{`{"a":"b"}`, "{\"a\":\"\xff\"}", "{\"\xff\":1}", "[\"\xc3\"]", "\xff", `{"a":[{"b":["c"]}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		got := invalidUTF8Field(body)
		if (got == "") != utf8.Valid(body) {
			t.Fatalf("invalidUTF8Field(%q) = %q", body, got)
		}
	})
}

package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"strings"
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
				if !validText(body) || !json.Valid(bytes.TrimSpace(body)) {
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
// is not valid text (validText), and then a place is always named.
func FuzzInvalidUTF8Field(f *testing.F) {
	for _, s := range []string{`{"a":"b"}`, "{\"a\":\"\xff\"}", "{\"\xff\":1}", "[\"\xc3\"]", "\xff", `{"a":[{"b":["c"]}]}`, `{"a":["\ud800"]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		got := invalidUTF8Field(body)
		if (got == "") != validText(body) {
			t.Fatalf("invalidUTF8Field(%q) = %q", body, got)
		}
	})
}

// FuzzValidText: for one JSON string, validText says no exactly when
// encoding/json would put a U+FFFD there that the text itself did not hold
// (as the character or as an escape of it).
func FuzzValidText(f *testing.F) {
	for _, s := range []string{`"a"`, `"\ud800"`, `"\udc00"`, `"\ud83d\ude00"`, `"\\ud800"`, `"\ufffd"`, "\"\uFFFD\"", "\"\xef\xbf\xbd\"", `"\ud800\u0041"`, `"x\ud800`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got string
		if !utf8.ValidString(s) || json.Unmarshal([]byte(s), &got) != nil {
			return
		}
		escapes := strings.ToLower(strings.ReplaceAll(s, `\\`, ""))
		held := strings.Count(s, "\uFFFD") + strings.Count(escapes, `\ufffd`)
		made := strings.Count(got, "\uFFFD")
		if validText([]byte(s)) != (made == held) {
			t.Fatalf("validText(%q) = %v; decoded %q has %d U+FFFD, the text %d", s, validText([]byte(s)), got, made, held)
		}
	})
}

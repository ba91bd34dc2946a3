package web

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/problem"
)

// MaxBody is the largest request body accepted; larger ones get 413.
const MaxBody = 1 << 20

// DecodeJSON reads one JSON value from r's body into dst. It refuses, as a
// *problem.Error, a body over MaxBody (too_large), an empty or unparsable
// body, unknown fields and values of the wrong type (malformed, naming the
// field), and anything after the value.
//
// Text that is not valid UTF-8, or escapes half of a UTF-16 surrogate pair
// ("\ud800" alone), is refused too (malformed, naming the field), where
// encoding/json would turn it into U+FFFD without a word; so is a body that
// is only null, which encoding/json would read as an empty request, and
// one that names a key twice in an object ({"role":"a","role":"b"}), of
// which encoding/json keeps the last and other readers the first.
func DecodeJSON(w http.ResponseWriter, r *http.Request, dst any) error {
	return DecodeJSONLimit(w, r, dst, MaxBody)
}

// DecodeJSONLimit is DecodeJSON for an endpoint whose body may be larger
// (or must be smaller) than MaxBody.
func DecodeJSONLimit(w http.ResponseWriter, r *http.Request, dst any, limit int64) error {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	if err != nil {
		return decodeProblem(err)
	}
	if field := invalidUTF8Field(body); field != "" {
		return &problem.Error{Code: problem.Malformed, Key: "problem.body_not_utf8",
			Fields: map[string]string{field: "reason.not_valid_utf8"}}
	}
	if field := repeatedKey(body); field != "" {
		return &problem.Error{Code: problem.Malformed, Key: "problem.body_key_repeated",
			Fields: map[string]string{field: "reason.given_more_than_once"}}
	}
	if string(bytes.TrimSpace(body)) == "null" {
		return problem.Key(problem.Malformed, "problem.body_not_object", jsonValue("null"))
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return decodeProblem(err)
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return decodeProblem(err)
		}
		return problem.Key(problem.Malformed, "problem.body_one_json_value")
	}
	return nil
}

func decodeProblem(err error) *problem.Error {
	var (
		tooBig  *http.MaxBytesError
		syntax  *json.SyntaxError
		typeErr *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &tooBig):
		return problem.Key(problem.TooLarge, "problem.body_larger_than_bytes", tooBig.Limit)
	case errors.Is(err, io.EOF):
		return problem.Key(problem.Malformed, "problem.body_empty")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return problem.Key(problem.Malformed, "problem.body_ends_midway")
	case errors.As(err, &syntax):
		return problem.Key(problem.Malformed, "problem.body_not_json_at", syntax.Offset)
	case errors.As(err, &typeErr):
		want := typeErr.Type.Kind()
		if typeErr.Field == "" && (want == reflect.Map || want == reflect.Struct) {
			return problem.Key(problem.Malformed, "problem.body_not_object", jsonValue(typeErr.Value))
		}
		// A value of a map (a settings object) is not named by encoding/json.
		field := cmp.Or(typeErr.Field, "body")
		return &problem.Error{Code: problem.Malformed, Key: "problem.field_wrong_type",
			Fields: map[string]string{field: i18n.Ref("reason.must_be_type_not", jsonType(want.String()), jsonValue(typeErr.Value))}}
	}
	// encoding/json reports an unknown field only in its message.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if unq, err := strconv.Unquote(name); err == nil {
			name = unq
		}
		return &problem.Error{Code: problem.Malformed, Key: "problem.unknown_body_field",
			Fields: map[string]string{name: "reason.unknown_field"}}
	}
	return problem.Key(problem.Malformed, "problem.body_unreadable", err)
}

// jsonType names a Go kind the way a JSON author thinks of it.
func jsonType(kind string) i18n.Msg {
	switch kind {
	case "string":
		return i18n.M("reason.json.string")
	case "bool":
		return i18n.M("reason.json.bool")
	case "slice", "array":
		return i18n.M("reason.json.array")
	case "map", "struct":
		return i18n.M("reason.json.object")
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64":
		return i18n.M("reason.json.integer")
	case "float32", "float64":
		return i18n.M("reason.json.number")
	}
	return i18n.M("reason.json.other", kind)
}

// jsonValue names what encoding/json found ("array", "number 1.5") in the
// reader's language, as jsonType names what was wanted.
func jsonValue(found string) i18n.Msg {
	kind, literal, _ := strings.Cut(found, " ")
	switch kind {
	case "null":
		return i18n.M("reason.json.null")
	case "number":
		if literal != "" { // 1.5 or 1e+30 where a whole number is wanted
			return i18n.M("reason.json.number_value", literal)
		}
		return i18n.M("reason.json.number")
	case "string", "bool", "array", "object":
		return i18n.M("reason.json." + kind)
	}
	return i18n.M("reason.json.other", found)
}

// repeatedKey names the first key that an object of body gives twice
// ("name", "contacts[1].email"), or "". A body that does not parse is
// left to the decoder, which says where.
func repeatedKey(body []byte) string {
	if bytes.Count(body, []byte{':'}) < 2 {
		return "" // fewer than two keys: nothing to repeat
	}
	type frame struct {
		obj  bool
		seen map[string]bool
		key  string
		idx  int
	}
	var stack []*frame
	path := func(last string) string {
		var b strings.Builder
		for _, f := range stack {
			seg := f.key
			if f == stack[len(stack)-1] {
				seg = last
			}
			if !f.obj {
				seg = "[" + strconv.Itoa(f.idx) + "]"
			} else if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(seg)
		}
		return b.String()
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	wantKey := false
	for {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		top := len(stack) - 1
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				stack = append(stack, &frame{obj: true, seen: map[string]bool{}})
				wantKey = true
				continue
			case '[':
				stack = append(stack, &frame{})
				wantKey = false
				continue
			default:
				stack = stack[:top]
			}
		case string:
			if wantKey {
				f := stack[top]
				if f.seen[t] {
					return path(t)
				}
				f.seen[t], f.key, wantKey = true, t, false
				continue
			}
		}
		// one value done: the next token of an object is a key again
		if n := len(stack); n > 0 {
			if stack[n-1].obj {
				wantKey = true
			} else {
				stack[n-1].idx++
			}
		}
	}
}

package web

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/problem"
)

// MaxBody is the largest request body accepted; larger ones get 413.
const MaxBody = 1 << 20

// DecodeJSON reads one JSON value from r's body into dst. It refuses, as a
// *problem.Error, a body over MaxBody (too_large), an empty or unparsable
// body, unknown fields and values of the wrong type (malformed, naming the
// field), and anything after the value.
func DecodeJSON(w http.ResponseWriter, r *http.Request, dst any) error {
	return DecodeJSONLimit(w, r, dst, MaxBody)
}

// DecodeJSONLimit is DecodeJSON for an endpoint whose body may be larger
// (or must be smaller) than MaxBody.
func DecodeJSONLimit(w http.ResponseWriter, r *http.Request, dst any, limit int64) error {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, limit))
	dec.DisallowUnknownFields()
	if err := dec.Decode(dst); err != nil {
		return decodeProblem(err)
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return decodeProblem(err)
		}
		return problem.New(problem.Malformed, "the body must hold exactly one JSON value")
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
		return problem.New(problem.TooLarge, "the body is larger than %d bytes", tooBig.Limit)
	case errors.Is(err, io.EOF):
		return problem.New(problem.Malformed, "the body is empty; a JSON object was expected")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return problem.New(problem.Malformed, "the body ends in the middle of a JSON value")
	case errors.As(err, &syntax):
		return problem.New(problem.Malformed, "the body is not valid JSON (at byte %d)", syntax.Offset)
	case errors.As(err, &typeErr):
		if typeErr.Field == "" {
			return problem.New(problem.Malformed, "the body must be a JSON object, not %s", typeErr.Value)
		}
		return &problem.Error{Code: problem.Malformed, Message: "a field has the wrong type",
			Fields: map[string]string{typeErr.Field: "must be " + jsonType(typeErr.Type.Kind().String()) + ", not " + typeErr.Value}}
	}
	// encoding/json reports an unknown field only in its message.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if unq, err := strconv.Unquote(name); err == nil {
			name = unq
		}
		return &problem.Error{Code: problem.Malformed, Message: "the body has a field this endpoint does not know",
			Fields: map[string]string{name: "unknown field"}}
	}
	return problem.New(problem.Malformed, "the body could not be read: %v", err)
}

// jsonType names a Go kind the way a JSON author thinks of it.
func jsonType(kind string) string {
	switch kind {
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "slice", "array":
		return "an array"
	case "map", "struct":
		return "an object"
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "float32", "float64":
		return "a number"
	}
	return "a " + kind
}

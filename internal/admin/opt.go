package admin

import (
	"bytes"
	"encoding/json"
)

// Opt is a field of a PATCH that may be absent, null or a value: absent
// leaves the field alone, null clears it ("" for strings).
type Opt[T any] struct {
	Set   bool
	Null  bool
	Value T
}

// UnmarshalJSON records that the field was present.
func (o *Opt[T]) UnmarshalJSON(b []byte) error {
	o.Set = true
	if string(b) == "null" {
		o.Null = true
		return nil
	}
	// As strict as the body around it: a contact's unknown "fax" was
	// dropped without a word.
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode(&o.Value)
}

// Of returns a present value.
func Of[T any](v T) Opt[T] { return Opt[T]{Set: true, Value: v} }

// apply sets *dst from o if o is present.
func (o Opt[T]) apply(dst *T) {
	if !o.Set {
		return
	}
	var zero T
	if o.Null {
		*dst = zero
		return
	}
	*dst = o.Value
}

// nullable is a JSON string or null.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

package process

import (
	"strings"
	"time"
)

// objectType is one group of the field's columns (a contact: name, email,
// phone), each checked as its own field.
type objectType struct{}

func (objectType) Shape() Shape { return ShapeObject }

func (objectType) Input(Field) FormInput { return FormInput{} }

// Parse reads an object sent as one JSON text (a form without its parts).
func (objectType) Parse(_ Field, raw string, _ *time.Location) any { return parseJSON(raw) }

// Display writes the parts given as "label:value", apart by ";".
func (objectType) Display(fd Field, v any, s Show) string {
	m, _ := v.(map[string]any)
	var parts []string
	for _, c := range fd.Columns {
		if x := ShowCell(c, m[c.Name], s); x != "" {
			parts = append(parts, c.Label.In(s.Lang)+":"+x)
		}
	}
	return strings.Join(parts, ";")
}

func (objectType) validate(f *form, fd Field, v any, path string, _ map[string]any) (any, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		f.fail(path, "reason.must_be_object")
		return nil, false
	}
	return f.values(fd.Columns, m, path+"."), true
}

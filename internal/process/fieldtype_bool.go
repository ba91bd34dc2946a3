package process

import "time"

// boolType is yes or no: a checkbox, stored as true or false. An
// unticked box sends nothing, so the field is absent (and a required one
// must be ticked).
type boolType struct{}

func (boolType) Shape() Shape { return ShapeCheckbox }

func (boolType) Input(Field) FormInput { return FormInput{Type: "checkbox"} }

func (boolType) Parse(_ Field, raw string, _ *time.Location) any {
	return raw == "on" || raw == "true" || raw == "1"
}

func (boolType) Display(_ Field, v any, s Show) string {
	if b, _ := v.(bool); b {
		return Text{Zh: "是", En: "yes"}.In(s.Lang)
	}
	return Text{Zh: "否", En: "no"}.In(s.Lang)
}

func (boolType) validate(f *form, _ Field, v any, path string, _ map[string]any) (any, bool) {
	b, ok := v.(bool)
	if !ok {
		f.fail(path, "reason.must_be_true_or_false")
		return nil, false
	}
	return b, true
}

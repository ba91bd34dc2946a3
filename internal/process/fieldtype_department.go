package process

import "time"

// departmentType is a department of the organisation by id.
type departmentType struct{}

func (departmentType) Shape() Shape { return ShapeSelect }

func (departmentType) Input(Field) FormInput { return FormInput{From: FromDepartments} }

func (departmentType) Parse(_ Field, raw string, _ *time.Location) any { return raw }

func (departmentType) Display(_ Field, v any, s Show) string {
	if s.Names == nil {
		return stored(v)
	}
	return s.Names.Department(stored(v))
}

func (departmentType) validate(f *form, _ Field, v any, path string, _ map[string]any) (any, bool) {
	s, _ := v.(string)
	if _, ok := f.env.Org.Department(s); !ok {
		f.fail(path, "reason.unknown_department")
		return nil, false
	}
	return s, true
}

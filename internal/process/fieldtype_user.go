package process

import "time"

// userType is a user of the organisation by login, optionally one of the
// department another field names (in_dept), whose head may be the default.
type userType struct{}

func (userType) Shape() Shape { return ShapeSelect }

func (userType) Input(Field) FormInput { return FormInput{From: FromUsers} }

func (userType) Parse(_ Field, raw string, _ *time.Location) any { return raw }

func (userType) Display(_ Field, v any, s Show) string {
	if s.Names == nil {
		return stored(v)
	}
	return s.Names.User(stored(v))
}

func (userType) validate(f *form, fd Field, v any, path string, cur map[string]any) (any, bool) {
	s, _ := v.(string)
	u, ok := f.env.Org.User(s)
	if !ok {
		f.fail(path, "reason.unknown_user")
		return nil, false
	}
	if fd.InDept != "" {
		if dept := f.lookup(fd.InDept, cur); dept != "" && u.Dept != dept {
			f.fail(path, "reason.not_member_of_department")
			return nil, false
		}
	}
	return u.Login, true
}

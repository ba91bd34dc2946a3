package process

import (
	"net/mail"
	"strings"
	"time"
)

// emailType is one bare e-mail address (no display name).
type emailType struct{}

func (emailType) Shape() Shape { return ShapeLine }

func (emailType) Input(Field) FormInput {
	return FormInput{Type: "email", InputMode: "email", Autocomplete: "email"}
}

func (emailType) Parse(_ Field, raw string, _ *time.Location) any { return raw }

func (emailType) Display(_ Field, v any, _ Show) string { return plain(v) }

func (emailType) validate(f *form, _ Field, v any, path string, _ map[string]any) (any, bool) {
	s, _ := v.(string)
	a, err := mail.ParseAddress(strings.TrimSpace(s))
	if err != nil || a.Name != "" || SingleLineReason(s) != "" {
		f.fail(path, "reason.invalid_email_address")
		return nil, false
	}
	return a.Address, true
}

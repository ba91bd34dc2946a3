package process

import (
	"github.com/liaison-dev/liaison/internal/i18n"
	"strings"
	"time"
)

// enumType is one of the field's options, shown by its option name.
type enumType struct{}

func (enumType) Shape() Shape { return ShapeSelect }

func (enumType) Input(fd Field) FormInput {
	in := FormInput{Options: []Option{}}
	for _, o := range fd.Options {
		in.Options = append(in.Options, Option{Value: o, Label: Text{Zh: fd.OptionName(o, "zh"), En: fd.OptionName(o, "en")}})
	}
	return in
}

func (enumType) Parse(_ Field, raw string, _ *time.Location) any { return raw }

func (enumType) Display(fd Field, v any, s Show) string { return fd.OptionName(stored(v), s.Lang) }

func (enumType) validate(f *form, fd Field, v any, path string, _ map[string]any) (any, bool) {
	s, _ := v.(string)
	for _, o := range fd.Options {
		if s == o {
			return s, true
		}
	}
	f.fail(path, i18n.Ref("reason.one_of", strings.Join(fd.Options, ", ")))
	return nil, false
}

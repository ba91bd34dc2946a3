package process

import (
	"github.com/liaison-dev/liaison/internal/i18n"
	"slices"
	"strings"
	"time"
)

// partyType is a customer, supplier or partner by id; the field's
// options, when given, name the kinds of party it takes.
type partyType struct{}

func (partyType) Shape() Shape { return ShapeSelect }

func (partyType) Input(Field) FormInput { return FormInput{From: FromParties} }

func (partyType) Parse(_ Field, raw string, _ *time.Location) any { return raw }

func (partyType) Display(_ Field, v any, s Show) string {
	if s.Names == nil {
		return stored(v)
	}
	return s.Names.Party(stored(v))
}

func (partyType) validate(f *form, fd Field, v any, path string, _ map[string]any) (any, bool) {
	s, _ := v.(string)
	p, ok := f.env.Org.Party(s)
	if !ok {
		f.fail(path, "reason.unknown_party")
		return nil, false
	}
	if len(fd.Options) > 0 && !slices.Contains(fd.Options, p.Kind) {
		f.fail(path, i18n.Ref("reason.party_of_kind", strings.Join(fd.Options, ", ")))
		return nil, false
	}
	return s, true
}

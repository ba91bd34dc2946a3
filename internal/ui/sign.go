package ui

import (
	"fmt"
	"net/url"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// signView is what a signature form shows before the button: the content
// that will be signed (the form as it stands, with the commitment and the
// acceptance) and a link to the printable document, since a signature
// cannot be undone; the confirmation box must be ticked (checked on the
// server, so it holds without JavaScript).
type signView struct {
	Fields []shown
	DocURL string
	Error  string
}

// confirmField is the name of the box a signature needs ticked.
const confirmField = "confirm_sign"

// isSignature reports whether action a is a signature (a countersign).
func isSignature(d *process.Definition, state, action string) bool {
	st := d.State(state)
	if st == nil {
		return false
	}
	a := st.Action(action)
	return a != nil && len(a.Countersign) > 0
}

// signPreview is the sign form's view of case c: the opening form's fields
// and those the definition adds to the signed form (form_also).
func (u *UI) signPreview(d *process.Definition, c cases.View, opts options, names map[string]string, lang string, st formState) *signView {
	fields := append([]process.Field{}, d.Fields...)
	for _, name := range d.FormAlso {
		if f := d.CaseField(name); f != nil {
			fields = append(fields, *f)
		}
	}
	return &signView{Fields: u.shownFields(fields, c.Fields, opts, names, lang),
		DocURL: fmt.Sprintf("/api/v1/cases/%d/documents/form?format=html&lang=%s", c.ID, url.QueryEscape(lang)),
		Error:  st.Errors[confirmField]}
}

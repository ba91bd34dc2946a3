package process

import (
	"slices"
	"strings"

	"github.com/liaison-dev/liaison/internal/i18n"
)

// contactOfParty refuses, for a role played by the party of a field (the
// customer), a contact whose address the directory gives to other parties
// only: the case's link and mail would go to that other company — one
// customer's requirements to another. An address no party lists (a new
// person at the customer) is taken, as is one the chosen party lists too.
func (f *form) contactOfParty(d *Definition, vals map[string]any) {
	dir, ok := f.env.Org.(interface{ PartiesOfContact(string) []Party })
	if !ok {
		return
	}
	ct, _ := vals["contact"].(map[string]any)
	email, _ := ct["email"].(string)
	if email = strings.TrimSpace(email); email == "" {
		return
	}
	for _, r := range d.Roles {
		if r.PartyField == "" {
			continue
		}
		chosen, _ := vals[r.PartyField].(string)
		others := dir.PartiesOfContact(email)
		if len(others) == 0 || slices.ContainsFunc(others, func(p Party) bool { return p.ID == chosen }) {
			continue
		}
		f.fail("contact.email", i18n.Ref("reason.contact_of_other_party", others[0].Name))
		return
	}
}

// mainContact fills a form's empty contact with the party's main contact,
// the one the case then goes to, so that the form records whom it was sent
// to (a supplier complaint "to 李强 of 东方电子", not to nobody).
func mainContact(d *Definition, vals map[string]any, org Org) {
	if ct, ok := vals["contact"].(map[string]any); ok && len(ct) > 0 {
		return
	}
	if !slices.ContainsFunc(d.Fields, func(f Field) bool { return f.Name == "contact" && f.Type == "object" }) {
		return
	}
	for _, r := range d.Roles {
		if r.PartyField == "" {
			continue
		}
		id, _ := vals[r.PartyField].(string)
		pt, ok := org.Party(id)
		if !ok || len(pt.Contacts) == 0 {
			continue
		}
		m := pt.Contacts[0]
		ct := map[string]any{"name": m.Name, "email": m.Email}
		if m.Phone != "" {
			ct["phone"] = m.Phone
		}
		vals["contact"] = ct
		return
	}
}

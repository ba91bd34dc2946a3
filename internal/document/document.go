// Package document derives the manual's paper documents of a case — its
// form, minutes, reports and feedback sheets — from the case and its events,
// and renders them for print. It is pure: it reads a cases.View and never
// touches the database, so what a document says is what the events say.
package document

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// Document is one paper document of a case. Its JSON (wire.go) is what
// seals sign and the API serves.
type Document struct {
	ID         string
	Kind       string
	Name       process.Text
	At         time.Time // of the event that made it
	Sections   []Section
	Signatures []cases.SignatureView
	// Signers are the lines the paper has for signatures, signed or not,
	// so that a printed form shows who still has to sign.
	Signers []Signer
	// Seals are the server's signatures of this document: who signed it,
	// when, the SHA-256 of its canonical JSON as signed, and the key.
	Seals []cases.SealView
	// Attachments are the files of the case with their hashes; the form,
	// the case's main document, lists them all.
	Attachments []Attachment
}

// Canonical is the document's content as signatures cover it: its JSON
// without the signatures, signature lines and seals, which grow as people
// sign while what they sign stays the same.
func Canonical(doc Document) ([]byte, error) {
	doc.Signatures, doc.Signers, doc.Seals = nil, nil, nil
	b, err := json.Marshal(doc)
	if err != nil {
		return nil, fmt.Errorf("document: canonical %s: %w", doc.ID, err)
	}
	return b, nil
}

// Signer is one signature line of a document: the role that signs it.
type Signer struct {
	Role  string       `json:"role"`
	Label process.Text `json:"label"`
}

// Section is a titled part of a document.
type Section struct {
	Title   process.Text `json:"title"`
	Entries []Entry      `json:"entries"`
}

// Entry is one label and its value, as stored in the case: a string, a
// number, rows ([]any of map[string]any), an object or a quote.
type Entry struct {
	Name  string       `json:"name"`
	Label process.Text `json:"label"`
	Type  string       `json:"type"`
	// Options name an enum's values, from the definition.
	Options map[string]process.Text `json:"option_names,omitempty"`
	Value   any                     `json:"value"`
	Columns []Column                `json:"columns,omitempty"` // rows and object: what each key means
}

// Column is one column of a rows value or one key of an object value.
type Column struct {
	Name    string                  `json:"name"`
	Label   process.Text            `json:"label"`
	Type    string                  `json:"type"`
	Options map[string]process.Text `json:"option_names,omitempty"`
}

// field is the column as the renderers need it.
func (c Column) field() process.Field {
	return process.Field{Name: c.Name, Label: c.Label, Type: c.Type, OptionNames: c.Options}
}

// field is the entry as the renderers need it.
func (e Entry) field() process.Field {
	return process.Field{Name: e.Name, Label: e.Label, Type: e.Type, OptionNames: e.Options}
}

// Kinds of document.
const (
	KindForm     = "form"
	KindSolution = "solution"
	KindMinutes  = "minutes"
	KindWeekly   = "weekly_report"
	KindFeedback = "feedback"
	KindContract = "contract"
	KindAction   = "action" // the generic record of an action with a form
)

// Build derives the documents of case v of process d, the opening form
// first, then the others in the order their events happened.
func Build(d *process.Definition, v cases.View) []Document {
	if d == nil {
		return nil
	}
	docs := []Document{form(d, v)}
	if d.ID == "customer-requirement" {
		docs[0].Sections = append(docs[0].Sections, confirmation(v))
		docs = append(docs, customerDocs(d, v)...)
	} else {
		docs = append(docs, actionDocs(d, v)...)
	}
	docs[0].Attachments = attachments(v)
	for i := range docs {
		for _, s := range v.Seals {
			if s.Document == docs[i].ID {
				docs[i].Seals = append(docs[i].Seals, s)
			}
		}
	}
	return docs
}

// Find returns the document with id, if the case has it.
func Find(docs []Document, id string) (Document, bool) {
	for _, doc := range docs {
		if doc.ID == id {
			return doc, true
		}
	}
	return Document{}, false
}

// form is the opening form — the manual's template — as it stands now:
// later actions may have changed a field (a reassigned contact), and the
// form both sides sign is the current one.
func form(d *process.Definition, v cases.View) Document {
	doc := Document{ID: "form", Kind: KindForm, Name: d.Template, At: v.CreatedAt, Signatures: v.Signatures}
	if doc.Name.Zh == "" {
		doc.Name = d.Name
	}
	opened := map[string]any{}
	for _, e := range v.Events {
		if e.Type == "opened" {
			doc.At, opened = e.At, e.Fields
			break
		}
	}
	if who := openerEntries(d, v); len(who) > 0 {
		doc.Sections = append(doc.Sections, Section{Title: label("document.opened"), Entries: who})
	}
	var entries []Entry
	for _, f := range d.Fields {
		val, ok := v.Fields[f.Name]
		if !ok {
			val = opened[f.Name]
		}
		entries = append(entries, entry(f, val))
	}
	doc.Sections = append(doc.Sections, Section{Title: label("document.form"), Entries: entries})
	// What is signed is the whole record: the commitment and the acceptance.
	var also []Entry
	for _, name := range d.FormAlso {
		if f := d.CaseField(name); f != nil {
			also = append(also, entry(*f, v.Fields[name]))
		}
	}
	if len(also) > 0 {
		doc.Sections = append(doc.Sections, Section{Title: label("document.commitment_and_acceptance"), Entries: also})
	}
	seen := map[string]bool{}
	for _, s := range d.States {
		for _, a := range s.Actions {
			for _, r := range a.Countersign {
				if !seen[r] {
					seen[r] = true
					doc.Signers = append(doc.Signers, Signer{Role: r, Label: roleName(d, r)})
				}
			}
		}
	}
	return doc
}

// openerEntries are the requester and the department, as the manual's
// forms head them (发起人, 发起部门).
func openerEntries(d *process.Definition, v cases.View) []Entry {
	for _, r := range d.Roles {
		if !r.Opener {
			continue
		}
		for _, p := range v.Participants {
			if p.Role != r.ID {
				continue
			}
			return []Entry{
				{Name: r.ID, Label: r.Name, Type: "user", Value: p.Login},
				{Name: r.ID + "_dept", Label: label("document.department"), Type: "department", Value: p.Dept},
			}
		}
	}
	return nil
}

// actionDocs is the generic fallback: every action with a form of at least
// two fields leaves a record worth printing (an acceptance, a progress
// update, a delivery note).
func actionDocs(d *process.Definition, v cases.View) []Document {
	var docs []Document
	count := map[string]int{}
	for _, e := range v.Events {
		if e.Type != "action" {
			continue
		}
		a := d.Action(e.Action)
		if a == nil || len(a.Fields) < 2 {
			continue
		}
		count[a.ID]++
		role := roleOf(v, e.Actor)
		docs = append(docs, Document{
			ID: a.ID + "-" + strconv.Itoa(count[a.ID]), Kind: KindAction, Name: a.Name, At: e.At,
			Sections:   []Section{{Title: a.Name, Entries: entries(a.Fields, e.Fields)}},
			Signatures: []cases.SignatureView{{Role: role, Login: e.Actor, At: e.At}},
			Signers:    []Signer{{Role: role, Label: label("document.handler")}},
		})
	}
	return docs
}

// entries are the fields of a form with their values in form order.
func entries(fields []process.Field, vals map[string]any) []Entry {
	out := make([]Entry, 0, len(fields))
	for _, f := range fields {
		out = append(out, entry(f, vals[f.Name]))
	}
	return out
}

func entry(f process.Field, val any) Entry {
	e := Entry{Name: f.Name, Label: f.Label, Type: f.Type, Options: f.OptionNames, Value: val}
	for _, c := range f.Columns {
		e.Columns = append(e.Columns, Column{Name: c.Name, Label: c.Label, Type: c.Type, Options: c.OptionNames})
	}
	return e
}

// field returns the field named name of a form, or a bare one so that a
// document still shows a value whose definition has changed.
func field(fields []process.Field, name string) process.Field {
	for _, f := range fields {
		if f.Name == name {
			return f
		}
	}
	return process.Field{Name: name, Label: process.Text{Zh: name, En: name}, Type: "text"}
}

func roleName(d *process.Definition, id string) process.Text {
	for _, r := range d.Roles {
		if r.ID == id {
			return r.Name
		}
	}
	return process.Text{Zh: id, En: id}
}

// roleOf is the first role login plays in the case, so that a signature
// line can name it; "actor" for someone with no role (a customer through
// the portal), so that the line and its signature still pair up.
func roleOf(v cases.View, login string) string {
	for _, p := range v.Participants {
		if p.Login == login && login != "" {
			return p.Role
		}
	}
	return "actor"
}

// number reads an item number as the engine (int64) or the store (float64
// from JSON) leaves it.
func number(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), n == float64(int(n))
	case fmt.Stringer: // json.Number
		i, err := strconv.Atoi(n.String())
		return i, err == nil
	case string:
		i, err := strconv.Atoi(n)
		return i, err == nil
	}
	return 0, false
}

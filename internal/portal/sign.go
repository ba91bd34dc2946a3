package portal

import (
	"slices"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/process"
)

// confirmField is the box a signature through the link needs ticked: a
// signature cannot be undone, so the page shows what is signed and asks.
const confirmField = "confirm_sign"

// signPart is one titled part of what a party is about to sign.
type signPart struct {
	Title string
	Items []item
}

// signPreview is the content of the document that action a signs, as the
// party may read it (v is already disclosed): the contract for a
// customer's signature, the closure form for a partner's. Nil when a is no
// signature or no document has a line for its signer.
func signPreview(d *process.Definition, v cases.View, a *process.Action, page process.Show) []signPart {
	if a == nil || len(a.Countersign) == 0 {
		return nil
	}
	docs := document.Build(d, v)
	for i := len(docs) - 1; i >= 0; i-- {
		for _, s := range docs[i].Signers {
			if !slices.Contains(a.Countersign, s.Role) {
				continue
			}
			var out []signPart
			for _, sec := range docs[i].Sections {
				part := signPart{Title: sec.Title.Zh}
				for _, e := range sec.Entries {
					if it, ok := renderAs(entryField(e), e.Value, signShow(page)); ok {
						part.Items = append(part.Items, it)
					}
				}
				if len(part.Items) > 0 {
					out = append(out, part)
				}
			}
			return out
		}
	}
	return nil
}

// signShow writes what is signed as the page (s) does, leaving out the
// party: the reader itself.
func signShow(s process.Show) process.Show {
	s.Names = readerNames{s.Names}
	return s
}

// readerNames are the page's names, showing no party; without names, ids
// stay as they are.
type readerNames struct{ page process.Names }

func (n readerNames) User(login string) string {
	if n.page == nil {
		return login
	}
	return n.page.User(login)
}

func (n readerNames) Department(id string) string {
	if n.page == nil {
		return id
	}
	return n.page.Department(id)
}

func (readerNames) Party(string) string { return "" }

// entryField is a document entry as the field the page's renderer reads.
func entryField(e document.Entry) process.Field {
	f := process.Field{Name: e.Name, Label: e.Label, Type: e.Type, OptionNames: e.Options}
	for _, c := range e.Columns {
		f.Columns = append(f.Columns, process.Field{Name: c.Name, Label: c.Label, Type: c.Type, OptionNames: c.Options})
	}
	return f
}

package document

import (
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
)

// Attachment is a file attached to the case, as a document lists it: the
// record of its upload in the case's events, with its SHA-256.
type Attachment struct {
	ID     int
	Name   string
	Size   int
	SHA256 string
	Type   string
	Action string // the action it belongs to, if any
	At     time.Time
}

// attachments are the files of the case in the order they were attached.
func attachments(v cases.View) []Attachment {
	var out []Attachment
	for _, e := range v.Events {
		if e.Type != "attachment" {
			continue
		}
		id, _ := number(e.Fields["id"])
		size, _ := number(e.Fields["size"])
		name, _ := e.Fields["name"].(string)
		sum, _ := e.Fields["sha256"].(string)
		typ, _ := e.Fields["type"].(string)
		out = append(out, Attachment{ID: id, Name: name, Size: size, SHA256: sum, Type: typ, Action: e.Action, At: e.At})
	}
	return out
}

// attachmentSection is the list of attachments as the printed form shows it.
func attachmentSection(list []Attachment, lang string) viewSection {
	l := labelsIn(lang)
	t := &viewTable{Headers: []string{l["no"], l["file"], l["size"], "SHA-256"}}
	for i, a := range list {
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), a.Name, strconv.Itoa(a.Size), a.SHA256})
	}
	title := label("document.attachments").In(lang)
	return viewSection{Title: title, Rows: []viewRow{{Label: title, Table: t}}}
}

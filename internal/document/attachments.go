package document

import (
	"strconv"

	"github.com/liaison-dev/liaison/internal/cases"
)

// Attachment is a file attached to the case, as a document lists it: the
// record of its upload in the case's events, with its SHA-256.
type Attachment struct {
	ID     int    `json:"id"`
	Name   string `json:"name"`
	Size   int    `json:"size"`
	SHA256 string `json:"sha256"`
	Type   string `json:"type"`
	Action string `json:"action,omitempty"` // the action it belongs to, if any
	At     string `json:"at"`
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

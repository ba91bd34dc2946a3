package document

import (
	"encoding/json"
	"time"

	"github.com/liaison-dev/liaison/internal/process"
)

// A document's JSON is what seals sign (Canonical) and what the API serves
// (?format=json), so its shape is the document package's, not the API's:
// the bytes must stay those already signed. Times are RFC 3339 in the
// time's own zone (the case service hands them out in the calendar's),
// seconds only, as CONTRACT §2 writes every time.

// stamp writes t as a datetime value is stored and signed.
func stamp(t time.Time) string { return t.Format(time.RFC3339) }

// stampOf is stamp of t, or "" when there is none.
func stampOf(t *time.Time) string {
	if t == nil {
		return ""
	}
	return stamp(*t)
}

type documentJSON struct {
	ID          string           `json:"id"`
	Kind        string           `json:"kind"`
	Name        process.Text     `json:"name"`
	At          string           `json:"at"`
	Sections    []Section        `json:"sections"`
	Signatures  []signatureJSON  `json:"signatures"`
	Signers     []Signer         `json:"signers,omitempty"`
	Seals       []sealJSON       `json:"seals,omitempty"`
	Attachments []attachmentJSON `json:"attachments,omitempty"`
}

type signatureJSON struct {
	Role  string `json:"role"`
	Login string `json:"login,omitempty"`
	At    string `json:"at"`
}

type sealJSON struct {
	Document  string `json:"document"`
	Role      string `json:"role,omitempty"`
	Signer    string `json:"signer"`
	At        string `json:"at"`
	SHA256    string `json:"sha256"`
	Key       string `json:"key"`
	Signature string `json:"signature"`
}

type attachmentJSON struct {
	ID     int    `json:"id"`
	Name   string `json:"name"`
	Size   int    `json:"size"`
	SHA256 string `json:"sha256"`
	Type   string `json:"type"`
	Action string `json:"action,omitempty"`
	At     string `json:"at"`
}

// MarshalJSON writes the document as it is signed and served.
func (doc Document) MarshalJSON() ([]byte, error) {
	out := documentJSON{ID: doc.ID, Kind: doc.Kind, Name: doc.Name, At: stamp(doc.At), Sections: doc.Sections, Signers: doc.Signers}
	if doc.Signatures != nil {
		out.Signatures = make([]signatureJSON, 0, len(doc.Signatures))
	}
	for _, sg := range doc.Signatures {
		out.Signatures = append(out.Signatures, signatureJSON{Role: sg.Role, Login: sg.Login, At: stamp(sg.At)})
	}
	for _, s := range doc.Seals {
		out.Seals = append(out.Seals, sealJSON{Document: s.Document, Role: s.Role, Signer: s.Signer, At: stamp(s.At), SHA256: s.SHA256, Key: s.Key, Signature: s.Signature})
	}
	for _, a := range doc.Attachments {
		out.Attachments = append(out.Attachments, attachmentJSON{ID: a.ID, Name: a.Name, Size: a.Size, SHA256: a.SHA256, Type: a.Type, Action: a.Action, At: stamp(a.At)})
	}
	return json.Marshal(out)
}

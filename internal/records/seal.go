package records

import (
	"context"
	"time"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// signedDocument is the document a signing action signs: the contract
// when the customer signs it or its signature is recorded, the form
// otherwise.
func signedDocument(action string, docs []document.Document) (document.Document, bool) {
	if action == "record_signature" || action == "sign_contract" {
		if doc, ok := document.Find(docs, "contract"); ok {
			return doc, true
		}
	}
	return document.Find(docs, "form")
}

// Seal is the case service's Sealer: inside the signing action's
// transaction it records the SHA-256 of the signed document's canonical
// JSON and the installation key's Ed25519 signature over (case key,
// document, hash, signer, time).
func (s *Service) Seal(ctx context.Context, tx store.Tx, d *process.Definition, v cases.View, sg cases.Signing) error {
	doc, ok := signedDocument(sg.Action, document.Build(d, v))
	if !ok {
		return problem.Key(problem.Internal, "problem.case_no_document_to_sign", v.Key)
	}
	canon, err := document.Canonical(doc)
	if err != nil {
		return err
	}
	k, err := activeKey(ctx, tx, sg.At)
	if err != nil {
		return err
	}
	priv, err := privateKey(k)
	if err != nil {
		return err
	}
	signed := archive.Signed{Case: v.Key, Document: doc.ID, SHA256: archive.SHA256(canon), Signer: sg.Signer, At: sg.At.UTC().Truncate(time.Microsecond)}
	return store.In(tx).InsertSignature(ctx, store.DocSignature{CaseID: v.ID, EventSeq: sg.Seq, Document: doc.ID, Role: sg.Role,
		Signer: signed.Signer, At: signed.At, SHA256: signed.SHA256, Canonical: string(canon), Key: k.Fingerprint, Signature: archive.Sign(priv, signed)})
}

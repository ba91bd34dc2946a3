package records

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// Bundle is a case's archive bundle, loaded and ready to stream.
type Bundle struct {
	s      *Service
	view   cases.View
	def    *process.Definition
	events []store.StoredEvent
	sigs   []store.DocSignature
	atts   []store.AttachmentRow
	keys   []archive.Key
	org    process.Org
}

// Name is the bundle's file name, e.g. XZ-2026-0001-archive.zip.
func (b *Bundle) Name() string { return b.view.Key + "-archive.zip" }

// Bundle loads the archive bundle of case id as actor sees it (NotFound
// for a case they may not see). Only a case that has ended — archived,
// closed, declined, withdrawn — has one (Conflict otherwise): its records
// are final.
func (s *Service) Bundle(ctx context.Context, actor process.Actor, id int64) (*Bundle, error) {
	v, err := s.cfg.Cases.Get(ctx, cases.ViewerOf(actor), id)
	if err != nil {
		return nil, err
	}
	if !v.Terminal {
		return nil, problem.Key(problem.Conflict, "problem.case_has_not_ended_only_archived")
	}
	d, ok := s.cfg.Cases.Processes().Get(v.Process)
	if !ok {
		return nil, problem.Key(problem.Internal, "problem.case_process_not_loaded", v.Key, v.Process)
	}
	q := s.cfg.DB.SQL()
	b := &Bundle{s: s, view: v, def: d}
	if b.events, err = store.In(q).CaseEvents(ctx, id); err != nil {
		return nil, err
	}
	if b.sigs, err = store.In(q).CaseSignatures(ctx, id, true); err != nil {
		return nil, err
	}
	if b.atts, err = store.In(q).CaseAttachments(ctx, id); err != nil {
		return nil, err
	}
	if b.keys, err = publicKeys(ctx, q); err != nil {
		return nil, err
	}
	if b.org, err = cases.LoadOrg(ctx, q); err != nil {
		return nil, err
	}
	return b, nil
}

// WriteTo streams the bundle to w: case.json, each document's canonical
// JSON and PDF, each document as signed, every attachment, the public keys,
// and manifest.json signed by the installation's current key. Attachments
// pass through one chunk at a time.
func (b *Bundle) WriteTo(ctx context.Context, w io.Writer) error {
	k, err := b.s.cfg.DB.ActiveSigningKey(ctx)
	if err != nil {
		return fmt.Errorf("records: bundle: no signing key: %w", err)
	}
	priv, err := privateKey(k)
	if err != nil {
		return err
	}
	zw := archive.NewWriter(w)
	m := archive.Manifest{Case: b.view.Key, Created: b.s.now(ctx).UTC().Format(time.RFC3339), Keys: b.keys,
		Signatures: []archive.Signature{}, Attachments: []archive.Attachment{}}
	cf := archive.CaseFile{Events: make([]archive.Event, 0, len(b.events))}
	for _, e := range b.events {
		cf.Events = append(cf.Events, archive.Event{Seq: e.Seq, Body: e.Body, Hash: e.Hash})
		m.Events = append(m.Events, archive.Link{Seq: e.Seq, Hash: e.Hash})
		m.Head = e.Hash
	}
	docs := document.Build(b.def, b.view)
	v := b.view
	v.Events = nil                                               // case.json carries the events as stored, once
	if cf.Case, err = json.Marshal(wire.CaseOf(v)); err != nil { // the case as the API shows it
		return fmt.Errorf("records: bundle: %w", err)
	}
	if err := addJSON(zw, archive.CaseName, cf); err != nil {
		return err
	}
	for _, doc := range docs {
		canon, err := document.Canonical(doc)
		if err != nil {
			return err
		}
		if _, err := zw.AddBytes("documents/"+doc.ID+".json", canon); err != nil {
			return err
		}
		pdf, err := document.PDF(doc, b.view, "zh", b.org, b.s.cfg.Fonts)
		if err != nil {
			return err
		}
		if _, err := zw.AddBytes("documents/"+doc.ID+".pdf", pdf); err != nil {
			return err
		}
	}
	for i, sg := range b.sigs {
		name := "signed/" + strconv.Itoa(i+1) + "-" + sg.Document + ".json"
		if _, err := zw.AddBytes(name, []byte(sg.Canonical)); err != nil {
			return err
		}
		m.Signatures = append(m.Signatures, archive.Signature{Document: sg.Document, Role: sg.Role, Signer: sg.Signer,
			At: sg.At.UTC().Format(time.RFC3339Nano), SHA256: sg.SHA256, Key: sg.Key, Signature: sg.Signature, File: name})
	}
	for _, a := range b.atts {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := "attachments/" + strconv.FormatInt(a.ID, 10) + "-" + fileName(a.Name)
		f, err := zw.Add(name, b.s.cfg.DB.AttachmentReader(ctx, a.ID))
		if err != nil {
			return err
		}
		if f.SHA256 != a.SHA256 {
			return problem.Key(problem.Internal, "problem.attachment_bytes_changed", a.ID, b.view.Key)
		}
		m.Attachments = append(m.Attachments, archive.Attachment{ID: a.ID, Name: a.Name, Size: a.Size, SHA256: a.SHA256, Type: a.Type, File: name})
	}
	return zw.Seal(m, priv)
}

func addJSON(zw *archive.Writer, name string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("records: %s: %w", name, err)
	}
	_, err = zw.Add(name, bytes.NewReader(b))
	return err
}

// fileName is an attachment's name as a bundle may hold it: anything a
// bundle path refuses becomes "_".
func fileName(name string) string {
	out := strings.Map(func(r rune) rune {
		if r == ':' || r == '/' || r == '\\' || r < 0x20 {
			return '_'
		}
		return r
	}, name)
	if !archive.SafeName(out) {
		return "file"
	}
	return out
}

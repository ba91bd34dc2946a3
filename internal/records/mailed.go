package records

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// AttachIn stores a file that came with a mailed reply as the case's
// attachment, from actor, inside tx: the transaction that also records the
// mail and makes its comment (or feedback). So the comment and its files
// are kept together or not at all: a crash before the commit leaves
// nothing, the mail is read again and kept whole once (its Message-ID is
// recorded in the same commit). The caller has checked the name, the size
// and that actor may comment on the case; the case's own checks run again
// here.
func (s *Service) AttachIn(ctx context.Context, tx store.Tx, actor process.Actor, id int64, name string, data []byte) (Attachment, error) {
	if err := CheckName(name); err != nil {
		return Attachment{}, err
	}
	if len(data) == 0 || int64(len(data)) > s.cfg.MaxAttachment {
		return Attachment{}, problem.Key(problem.TooLarge, "problem.file_is_empty_or_larger_than", s.cfg.MaxAttachment)
	}
	if actor.Party != "" {
		actor.Login = ""
	}
	row := store.AttachmentRow{CaseID: id, Name: name, Uploader: who(actor), CreatedAt: s.now(ctx)}
	var err error
	if row.ID, err = store.In(tx).BeginAttachment(ctx, row); err != nil {
		return Attachment{}, err
	}
	for n := 0; n*chunkSize < len(data); n++ {
		end := min((n+1)*chunkSize, len(data))
		if err := store.In(tx).PutChunk(ctx, row.ID, n, data[n*chunkSize:end]); err != nil {
			return Attachment{}, err
		}
	}
	sum := sha256.Sum256(data)
	row.Size, row.SHA256, row.Type = int64(len(data)), hex.EncodeToString(sum[:]), http.DetectContentType(data)
	ev := process.Event{At: row.CreatedAt, Actor: who(actor), Type: "attachment",
		Fields: map[string]any{"id": row.ID, "name": row.Name, "size": row.Size, "sha256": row.SHA256, "type": row.Type, "via": "email"}}
	if row.EventSeq, err = s.cfg.Cases.Note(ctx, tx, actor, id, ev); err != nil {
		return Attachment{}, err
	}
	if err := cases.IndexAttachment(ctx, tx, id, row.Name); err != nil {
		return Attachment{}, err
	}
	if err := store.In(tx).FinishAttachment(ctx, row); err != nil {
		return Attachment{}, err
	}
	err = store.In(tx).InsertAudit(ctx, store.AuditEntry{At: row.CreatedAt, Actor: who(actor), Action: "attachment_added", Target: itoa(id),
		Detail: map[string]any{"id": row.ID, "name": row.Name, "size": row.Size, "sha256": row.SHA256, "via": "email"}})
	return s.attachmentOf(row), err
}

package cases

import (
	"context"
	"github.com/liaison-dev/liaison/internal/i18n"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// FileField is the field a refusal for a missing file names (422).
const FileField = "file"

// needFile refuses an action whose definition wants a file (process.Action
// File: the customer's stamped scan before its signature, 签字盖章) until
// the actor attached one for that action since the case entered its state.
// Files live in the database, so the service checks this, not the engine.
func (s *Service) needFile(ctx context.Context, q store.Querier, row store.CaseRow, actor process.Actor, action string) error {
	d, err := s.definition(row.Process)
	if err != nil {
		return nil // the action itself reports an unknown process
	}
	st := d.State(row.State)
	if st == nil {
		return nil
	}
	a := st.Action(action)
	if a == nil || a.File == nil {
		return nil
	}
	me := actor.Login
	if me == "" && actor.Party != "" {
		me = "party:" + actor.Party
	}
	list, err := store.In(q).CaseAttachments(ctx, row.ID)
	if err != nil {
		return err
	}
	for _, f := range list {
		if f.Action == action && f.Uploader == me && !f.CreatedAt.Before(row.StateSince) {
			return nil
		}
	}
	return problem.FieldsKey("problem.upload_first",
		map[string]string{FileField: i18n.Ref("reason.file_missing", a.File)}, a.File, a.Name)
}

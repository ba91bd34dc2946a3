package cases

import (
	"context"
	"time"

	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// Sealer records the server's signature of what a signing action signed,
// inside the action's transaction, so that the action and its signature
// commit together or not at all. v is the case after the action, with its
// events.
type Sealer func(ctx context.Context, tx store.Tx, d *process.Definition, v View, s Signing) error

// Signing is one signature an action made.
type Signing struct {
	Action string
	Role   string
	Signer string // the event's actor: a login, or party:ID / customer:EMAIL
	At     time.Time
	Seq    int // the action's event
}

// SealView is the server's signature of a signed document, as cases show it.
type SealView struct {
	Document  string
	Role      string
	Signer    string
	At        time.Time
	SHA256    string
	Key       string // the signing key's fingerprint
	Signature string
}

// Signs reports whether action a is a signing: a countersignature
// (internal-collab's and partner-collab's sign) or the recording of a
// contract's signature.
func Signs(a *process.Action) bool {
	return a != nil && (len(a.Countersign) > 0 || a.ID == "record_signature")
}

// signing finds the signature the decision made, if its action signs.
func signing(d *process.Definition, before *process.Case, dec process.Decision, seq int) (Signing, bool) {
	for i, e := range dec.Events {
		if e.Type != "action" || !Signs(d.Action(e.Action)) {
			continue
		}
		sg := Signing{Action: e.Action, Signer: e.Actor, At: e.At, Seq: seq + i + 1}
		if n := len(before.Signatures); len(dec.Case.Signatures) > n {
			sg.Role = dec.Case.Signatures[n].Role
		}
		return sg, true
	}
	return Signing{}, false
}

// seal calls the sealer when the decision signed something.
func (s *Service) seal(ctx context.Context, tx store.Tx, d *process.Definition, before store.CaseRow, dec process.Decision, actor process.Actor) error {
	if s.cfg.Sealer == nil {
		return nil
	}
	sg, ok := signing(d, &before.Case, dec, before.EventSeq)
	if !ok {
		return nil
	}
	row, err := store.In(tx).LoadCase(ctx, before.ID)
	if err != nil {
		return err
	}
	v := s.view(d, row, actor, sg.At)
	if err := s.addEvents(ctx, tx, d, row, &v); err != nil {
		return err
	}
	return s.cfg.Sealer(ctx, tx, d, v, sg)
}

// Note appends e to case id's history inside tx — the record of an
// attachment, say — without changing its state, version or timers, so
// that it joins the hash chain. The actor must be able to see the case,
// or be its external party (NotFound otherwise). It returns the event's seq.
func (s *Service) Note(ctx context.Context, tx store.Tx, actor process.Actor, id int64, e process.Event) (int, error) {
	var row store.CaseRow
	var err error
	if actor.Party != "" { // an external party through its link: its own case only
		row, err = s.cfg.DB.LockCase(ctx, tx, id)
		if err == nil && !partyOf(&row.Case, actor.Party) {
			err = store.ErrNotFound // another party's case is as good as none
		}
		if err != nil {
			return 0, dberr.Problem(err, "thing.case")
		}
	} else if row, err = s.visibleCase(ctx, tx, ViewerOf(actor), id); err == nil {
		err = readOnly(&row.Case, actor)
	}
	if err != nil {
		return 0, err
	}
	seq, hash, err := store.In(tx).AppendEvents(ctx, id, row.EventSeq, row.EventHash, []process.Event{e})
	if err != nil {
		return 0, err
	}
	if err := store.In(tx).SetEventHead(ctx, id, seq, hash); err != nil {
		return 0, err
	}
	return seq, nil
}

// MayComment is nil when actor may comment on case id, and so attach
// files to it: whoever may see it (NotFound otherwise), except management
// reading a case it has no part in (Forbidden).
func (s *Service) MayComment(ctx context.Context, actor process.Actor, id int64) error {
	row, err := s.visibleCase(ctx, s.cfg.DB.SQL(), ViewerOf(actor), id)
	if err != nil {
		return err
	}
	return readOnly(&row.Case, actor)
}

// readOnly is Forbidden for management on a case it has no part in.
func readOnly(c *process.Case, actor process.Actor) error {
	if actor.ReadAll && !actor.Admin && !participates(c, actor) {
		return problem.Key(problem.Forbidden, "problem.management_reads_cases_read_only")
	}
	return nil
}

// DB returns the service's database, for the services built beside it.
func (s *Service) DB() *store.DB { return s.cfg.DB }

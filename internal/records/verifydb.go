package records

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// VerifyDB checks the live database as verify checks a bundle: every
// case's event chain recomputed from the stored events and compared with
// their hashes and the case's head (an event edited behind the
// application's back is named), every signature against its key and the
// document as signed, every attachment's bytes against its SHA-256. key,
// when not empty, is the case's key (one case only). Administrators only;
// the command line acts as one.
//
// Every case is checked in id order, a page at a time (memory stays
// bounded at a million cases), however long it takes (the command line).
// At most Config.VerifyList problems are listed; the report counts those left
// out (Unlisted).
func (s *Service) VerifyDB(ctx context.Context, actor process.Actor, key string) (archive.Report, error) {
	rep, _, err := s.verify(ctx, actor, key, 0, 0)
	return rep, err
}

// VerifyPass is VerifyDB for the API and the page: from the case after id
// `after`, for up to Config.VerifyBudget, and the last case id checked
// when it stopped early (the next pass goes on from there; 0: every case
// is checked).
func (s *Service) VerifyPass(ctx context.Context, actor process.Actor, key string, after int64) (archive.Report, int64, error) {
	return s.verify(ctx, actor, key, after, s.cfg.VerifyBudget)
}

// verify checks the cases after id `after`, stopping once budget is spent
// (0: never), and returns where it stopped early.
func (s *Service) verify(ctx context.Context, actor process.Actor, key string, after int64, budget time.Duration) (rep archive.Report, next int64, err error) {
	if !actor.Admin {
		return archive.Report{}, 0, problem.Key(problem.Forbidden, "problem.admins_only_verify_db")
	}
	if after < 0 {
		return archive.Report{}, 0, badAfter()
	}
	q := s.cfg.DB.SQL()
	rep = archive.Report{Case: key, Problems: []archive.Problem{}}
	keys, err := publicKeys(ctx, q)
	if err != nil {
		return rep, 0, err
	}
	pubs := map[string]archive.Key{}
	for _, k := range keys {
		pubs[k.Fingerprint] = k
	}
	if k, err := store.In(q).ActiveSigningKey(ctx); err == nil {
		rep.Key = k.Fingerprint
	} else if !errors.Is(err, store.ErrNotFound) {
		return rep, 0, err
	}
	start := time.Now()
	for {
		// One head past the page tells whether any case is left.
		heads, err := store.In(q).CaseHeads(ctx, key, after, s.cfg.VerifyPage+1)
		if err != nil {
			return rep, 0, err
		}
		if key != "" && len(heads) == 0 {
			return rep, 0, problem.Key(problem.NotFound, "problem.no_case", key)
		}
		left := len(heads) > s.cfg.VerifyPage
		if left {
			heads = heads[:s.cfg.VerifyPage]
		}
		for _, h := range heads {
			if err := ctx.Err(); err != nil {
				return rep, 0, err
			}
			if err := s.verifyCase(ctx, q, h, pubs, &rep); err != nil {
				return rep, 0, err
			}
			if n := len(rep.Problems); n > s.cfg.VerifyList {
				rep.Unlisted += n - s.cfg.VerifyList
				rep.Problems = rep.Problems[:s.cfg.VerifyList]
			}
			after = h.ID
		}
		if key != "" || !left {
			return rep, 0, nil
		}
		if budget > 0 && time.Since(start) >= budget {
			return rep, after, nil
		}
	}
}

// ParseAfter reads the case id a check goes on after ("" is 0: from the
// first case).
func ParseAfter(raw string) (int64, error) {
	if raw == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || n <= 0 {
		return 0, badAfter()
	}
	return n, nil
}

func badAfter() error {
	return problem.FieldsKey("problem.invalid_parameters", map[string]string{"after": "reason.must_be_positive_number"})
}

// DefaultVerifyBudget is how long one check of every case runs from the
// API or the page before it answers with where to go on (under the
// server's 60-second write timeout): at a million cases the whole check
// takes minutes.
const DefaultVerifyBudget = 20 * time.Second

func (s *Service) verifyCase(ctx context.Context, q store.Querier, h store.CaseRow, keys map[string]archive.Key, rep *archive.Report) error {
	stored, err := store.In(q).CaseEvents(ctx, h.ID)
	if err != nil {
		// An event whose JSON no longer parses was edited too.
		rep.Problems = append(rep.Problems, archive.Problem{Where: "case " + h.Key, What: err.Error()})
		return nil
	}
	evs := make([]archive.Event, len(stored))
	for i, e := range stored {
		evs[i] = archive.Event{Seq: e.Seq, Body: e.Body, Hash: e.Hash}
	}
	rep.Events += len(evs)
	rep.Problems = append(rep.Problems, archive.CheckChain("case "+h.Key, evs, h.EventSeq, h.EventHash)...)
	sigs, err := store.In(q).CaseSignatures(ctx, h.ID, true)
	if err != nil {
		return err
	}
	for i, sg := range sigs {
		rep.Signatures++
		where := fmt.Sprintf("case %s signature %d (%s signed by %s)", h.Key, i+1, sg.Document, sg.Signer)
		k, ok := keys[sg.Key]
		if !ok {
			rep.Problems = append(rep.Problems, archive.Problem{Where: where, What: "made with key " + archive.Short(sg.Key) + ", which the database does not hold"})
			continue
		}
		pub, err := k.Public()
		if err == nil && archive.SHA256([]byte(sg.Canonical)) != sg.SHA256 {
			err = errors.New("the document as signed does not match the signed SHA-256")
		}
		if err == nil {
			err = archive.Check(pub, archive.Signed{Case: h.Key, Document: sg.Document, SHA256: sg.SHA256, Signer: sg.Signer, At: sg.At}, sg.Signature)
		}
		if err != nil {
			rep.Problems = append(rep.Problems, archive.Problem{Where: where, What: err.Error()})
		}
	}
	atts, err := store.In(q).CaseAttachments(ctx, h.ID)
	if err != nil {
		return err
	}
	for _, a := range atts {
		rep.Attachments++
		hash := sha256.New()
		n, err := io.Copy(hash, store.In(q).AttachmentReader(ctx, a.ID))
		if err != nil {
			return err
		}
		if n != a.Size || hex.EncodeToString(hash.Sum(nil)) != a.SHA256 {
			rep.Problems = append(rep.Problems, archive.Problem{Where: fmt.Sprintf("case %s attachment %d (%s)", h.Key, a.ID, a.Name), What: "its bytes do not match its size and SHA-256"})
		}
	}
	return nil
}

package reach

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/i18n"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// HookWindow is how far a request's timestamp may be from our clock, as
// for our outbound webhooks' receivers.
const HookWindow = 5 * time.Minute

// HookSourceView is a source as administrators see it: the secret only
// once, when it is made.
type HookSourceView struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Actor     string `json:"actor"`
	Secret    string `json:"secret,omitempty"`
	CreatedAt string `json:"created_at"`
}

var hookID = regexp.MustCompile(`^[a-z0-9-]{1,40}$`)

// AddHookSource lets an outside system call POST /api/v1/hooks/{id} as the
// user actor, with a fresh secret returned once. Administrators only.
func (s *Service) AddHookSource(ctx context.Context, actor process.Actor, id, name, as string) (HookSourceView, error) {
	if !actor.Admin {
		return HookSourceView{}, problem.Key(problem.Forbidden, "problem.admins_only_configure_hooks")
	}
	bad := map[string]string{}
	if !hookID.MatchString(id) {
		bad["id"] = "reason.hook_id"
	}
	if name = strings.TrimSpace(name); name == "" || len([]rune(name)) > 100 {
		bad["name"] = "reason.1_to_100_characters"
	}
	if u, err := s.cfg.DB.UserByLogin(ctx, as); err != nil || u.Disabled {
		bad["actor"] = "reason.active_user_login"
	}
	if len(bad) > 0 {
		return HookSourceView{}, problem.FieldsKey("problem.invalid_source", bad)
	}
	var raw [24]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return HookSourceView{}, err
	}
	now, err := s.now(ctx)
	if err != nil {
		return HookSourceView{}, err
	}
	h := store.HookSource{ID: id, Name: name, Secret: "whsec_" + hex.EncodeToString(raw[:]), Actor: as, CreatedAt: now}
	err = s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		if err := store.In(tx).PutHookSource(ctx, h); err != nil {
			return err
		}
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: h.CreatedAt, Actor: actor.Login, Action: "hook_source_add", Target: "hook:" + id, IP: store.IPFrom(ctx),
			Detail: map[string]any{"name": name, "actor": as}})
	})
	if err != nil {
		return HookSourceView{}, dberr.Problem(err, "thing.source", id)
	}
	return HookSourceView{ID: id, Name: name, Actor: as, Secret: h.Secret, CreatedAt: h.CreatedAt.In(i18n.Zone()).Format(time.RFC3339)}, nil
}

// HookSources lists the sources, secrets never shown. Administrators only.
func (s *Service) HookSources(ctx context.Context, actor process.Actor) ([]HookSourceView, error) {
	if !actor.Admin {
		return nil, problem.Key(problem.Forbidden, "problem.admins_only_see_hooks")
	}
	list, err := s.cfg.DB.HookSources(ctx)
	if err != nil {
		return nil, err
	}
	out := []HookSourceView{}
	for _, h := range list {
		out = append(out, HookSourceView{ID: h.ID, Name: h.Name, Actor: h.Actor, CreatedAt: h.CreatedAt.In(i18n.Zone()).Format(time.RFC3339)})
	}
	return out, nil
}

// DeleteHookSource removes a source: its calls are refused from then on.
func (s *Service) DeleteHookSource(ctx context.Context, actor process.Actor, id string) error {
	if !actor.Admin {
		return problem.Key(problem.Forbidden, "problem.admins_only_configure_hooks")
	}
	now, err := s.now(ctx)
	if err != nil {
		return err
	}
	return s.cfg.DB.Tx(ctx, func(tx store.Tx) error {
		if err := store.In(tx).DeleteHookSource(ctx, id); err != nil {
			return dberr.Problem(err, "thing.source", id)
		}
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: now, Actor: actor.Login, Action: "hook_source_delete", Target: "hook:" + id, IP: store.IPFrom(ctx)})
	})
}

// hookEvent is what a source sends.
type hookEvent struct {
	ID      string          `json:"id"`      // the source's own event id: a repeat does nothing
	Type    string          `json:"type"`    // open, comment or action
	Process string          `json:"process"` // open: the process id
	Case    string          `json:"case"`    // comment, action: the case's key or number
	Action  string          `json:"action"`  // action: e.g. weekly_report
	Fields  json.RawMessage `json:"fields"`
	Comment string          `json:"comment"`
}

// HookAnswer is what a source gets back, again for a repeated event.
type HookAnswer struct {
	Event     string `json:"event"`
	CaseID    int64  `json:"case_id"`
	Key       string `json:"key"`
	Duplicate bool   `json:"duplicate"`
}

var errUnsigned = problem.Key(problem.Unauthorized, "problem.unknown_source_or_bad_signature")

// ReceiveHook handles POST /api/v1/hooks/{source}: the signature is checked
// exactly as our outbound webhooks are signed (X-Liaison-Timestamp,
// X-Liaison-Signature: sha256=HMAC(secret, timestamp "." body), at most
// HookWindow from our clock), then the event opens a case, comments on one
// or performs an action, as the source's user, exactly once per event id:
// the event's row is written in the transaction of its effect, and a
// repeat answers the first answer with duplicate true. created reports
// whether a case was opened now.
func (s *Service) ReceiveHook(ctx context.Context, source string, h http.Header, body []byte) (ans HookAnswer, created bool, err error) {
	var src *store.HookSource
	list, err := s.cfg.DB.HookSources(ctx)
	if err != nil {
		return ans, false, err
	}
	for i := range list {
		if list[i].ID == source {
			src = &list[i]
		}
	}
	if src == nil {
		return ans, false, errUnsigned
	}
	if err := notify.VerifyWebhook(src.Secret, h, body, time.Now(), HookWindow); err != nil {
		return ans, false, errUnsigned
	}
	var ev hookEvent
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	if err := dec.Decode(&ev); err != nil {
		return ans, false, problem.Key(problem.Malformed, "problem.hook_body_not_event", err)
	}
	bad := map[string]string{}
	if ev.ID == "" || len(ev.ID) > 200 {
		bad["id"] = "reason.required_at_most_200_characters"
	}
	switch ev.Type {
	case "open":
		if ev.Process == "" {
			bad["process"] = "reason.required"
		}
	case "comment", "action":
		if ev.Case == "" {
			bad["case"] = "reason.required"
		}
		if ev.Type == "action" && ev.Action == "" {
			bad["action"] = "reason.required"
		}
	default:
		bad["type"] = "reason.hook_event_type"
	}
	var fields map[string]any
	if len(ev.Fields) > 0 && string(ev.Fields) != "null" {
		d := json.NewDecoder(bytes.NewReader(ev.Fields))
		d.UseNumber()
		if err := d.Decode(&fields); err != nil {
			bad["fields"] = "reason.must_be_object"
		}
	}
	if len(bad) > 0 {
		return ans, false, problem.FieldsKey("problem.invalid_event", bad)
	}
	if prev, err := s.cfg.DB.HookEventAnswer(ctx, source, ev.ID); err == nil {
		return repeated(prev)
	}
	actor, err := s.actor(ctx, src.Actor)
	if err != nil {
		return ans, false, err
	}
	in := process.Input{Fields: fields, Comment: ev.Comment, Lang: "zh"}
	now := time.Now()
	record := func(tx store.Tx, id int64, key string) error {
		ans = HookAnswer{Event: ev.ID, CaseID: id, Key: key}
		b, _ := json.Marshal(ans)
		return store.In(tx).InsertHookEvent(ctx, source, ev.ID, id, string(b), now)
	}
	switch ev.Type {
	case "open":
		_, err = s.cfg.Cases.OpenRecorded(ctx, actor, ev.Process, in, record)
		created = err == nil
	default:
		var id int64
		if id, err = s.cfg.Cases.CaseID(ctx, ev.Case); err != nil {
			return ans, false, err
		}
		action := "comment"
		if ev.Type == "action" {
			action = ev.Action
		}
		var key string
		if v, gerr := s.cfg.Cases.Get(ctx, cases.ViewerOf(actor), id); gerr == nil {
			key = v.Key
		}
		err = s.cfg.Cases.ActRecorded(ctx, actor, id, action, in, "webhook:"+source, func(tx store.Tx) error { return record(tx, id, key) })
	}
	if errors.Is(err, store.ErrDuplicate) { // the same event, at the same time, elsewhere
		if prev, perr := s.cfg.DB.HookEventAnswer(ctx, source, ev.ID); perr == nil {
			return repeated(prev)
		}
	}
	return ans, created, err
}

func repeated(prev string) (HookAnswer, bool, error) {
	var a HookAnswer
	if err := json.Unmarshal([]byte(prev), &a); err != nil {
		return a, false, err
	}
	a.Duplicate = true
	return a, false, nil
}

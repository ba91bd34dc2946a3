package records_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// TestSignedCollabFormIsTheWholeRecord: on a real database with the
// simulated clock, 《内部协作请求表》 as both sides sign it holds the
// committed date, the resources the contact asked for and the requester's
// acceptance opinion (section 承接与验收): what the server seals for each
// signature is that whole record, the same for both.
func TestSignedCollabFormIsTheWholeRecord(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db, 0)
		act := func(when, login string, id int64, action string, fields map[string]any) cases.View {
			t.Helper()
			if err := f.Cases.SetClock(ctx, casestest.At(when)); err != nil {
				t.Fatal(err)
			}
			v, err := f.Cases.Act(ctx, f.Actor(t, login), id, action, process.Input{Fields: fields})
			if err != nil {
				t.Fatalf("%s: %v", action, err)
			}
			return v
		}
		if err := f.Cases.SetClock(ctx, casestest.At("2026-03-02 10:00")); err != nil {
			t.Fatal(err)
		}
		v, err := f.Cases.Open(ctx, f.Actor(t, "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
			"title": "产品V2.0版本开发需求支持", "to_dept": "tech", "background": "为满足Q3客户引流需求,需开发功能模块。",
			"tasks":       []any{map[string]any{"item": "需求分析:输出《需求规格说明书》", "standard": "含用户故事、功能流程图"}},
			"expected_by": "2026-03-20"}})
		if err != nil {
			t.Fatal(err)
		}
		act("2026-03-02 15:00", "zhaolei", v.ID, "accept", map[string]any{"committed_by": "2026-03-13", "resources_needed": "需市场部提供客户访谈纪要"})
		act("2026-03-12 11:00", "zhaolei", v.ID, "deliver", map[string]any{"summary": "需求分析完成。", "deliverables": "《需求规格说明书》v1.0"})
		v = act("2026-03-13 10:00", "wangfang", v.ID, "accept_delivery", map[string]any{"comment": "验收通过,文档完整,流程图清晰。"})
		// Both sign within 2 working days of the acceptance.
		if v.State != "signing" || v.DueAt == nil || casestest.Stamp(v.DueAt) != casestest.At("2026-03-17 10:00").Format(time.RFC3339) {
			t.Fatalf("signing: %s due %v", v.State, v.DueAt)
		}
		act("2026-03-13 11:00", "wangfang", v.ID, "sign", nil)
		v = act("2026-03-16 09:30", "zhaolei", v.ID, "sign", nil)
		if v.State != "archived" {
			t.Fatalf("state %s", v.State)
		}
		sigs, err := db.CaseSignatures(ctx, v.ID, true)
		if err != nil || len(sigs) != 2 {
			t.Fatalf("signatures %+v %v", sigs, err)
		}
		for _, s := range sigs {
			if s.Document != "form" || s.SHA256 != archive.SHA256([]byte(s.Canonical)) || s.Canonical != sigs[0].Canonical {
				t.Fatalf("signature of %s is not over the one record: %+v", s.Signer, s)
			}
			for _, want := range []string{"承接与验收", "committed_by", "2026-03-13", "resources_needed", "需市场部提供客户访谈纪要", "验收意见", "验收通过,文档完整,流程图清晰。", "需求分析:输出《需求规格说明书》"} {
				if !strings.Contains(s.Canonical, want) {
					t.Fatalf("the form %s signed lacks %q:\n%s", s.Signer, want, s.Canonical)
				}
			}
		}
		// The form as shown now is the one signed.
		d, _ := f.Cases.Processes().Get("internal-collab")
		form, ok := document.Find(document.Build(d, v), "form")
		if !ok {
			t.Fatal("no form")
		}
		canon, err := document.Canonical(form)
		if err != nil || archive.SHA256(canon) != sigs[0].SHA256 {
			t.Fatalf("the form shown differs from the one signed: %v", err)
		}
		if sigs[0].Signer != "wangfang" || sigs[1].Signer != "zhaolei" || !sigs[1].At.Equal(casestest.At("2026-03-16 09:30")) {
			t.Fatalf("signers %s at %s, %s at %s", sigs[0].Signer, sigs[0].At, sigs[1].Signer, sigs[1].At)
		}
	})
}

package cases_test

import (
	"context"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestFigureCountsFollowCases runs a random sequence of openings,
// transitions (accept, re-plan, reassign, deliver, reject, sign), closings
// (decline, withdraw, archive) and deadlines passing (the timers fire their
// escalations) through the case service, and checks after every few steps
// that the figures' totals kept in the cases' transactions are exactly
// what recomputing them from the cases and steps gives; and that a head's
// figures hold their departments only.
func TestFigureCountsFollowCases(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		now := at("2026-12-01 09:00")
		s := newService(t, db, now)
		r := rand.New(rand.NewPCG(14, 30))
		members := map[string][]string{"tech": {"chenjie", "zhaolei"}, "sales": {"zhoumin", "liuyang"}, "market": {"wangfang", "lina"}}
		heads := map[string]string{"tech": "zhaolei", "sales": "liuyang", "market": "lina"}
		requesters := map[string]string{"wangfang": "market", "zhoumin": "sales", "chenjie": "tech"}
		type tracked struct {
			id                  int64
			requester, to, with string
		}
		var open []tracked
		done := map[string]int{}
		date := func(days int) string { return now.In(s.Calendar().Location()).AddDate(0, 0, days).Format("2006-01-02") }
		check := func(when string) {
			t.Helper()
			kept, err := db.FigureCounts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if err := db.RebuildFigureCounts(ctx); err != nil {
				t.Fatal(err)
			}
			want, err := db.FigureCounts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(kept, want) {
				t.Fatalf("%s: the totals kept differ from those recomputed:\nkept %+v\nwant %+v", when, kept, want)
			}
		}
		for i := range 160 {
			act := func(login string, id int64, action string, fields map[string]any) bool {
				_, err := s.Act(ctx, who(db, login), id, action, process.Input{Fields: fields})
				if err == nil {
					done[action]++
				}
				return err == nil
			}
			switch k := r.IntN(10); {
			case k < 3 || len(open) == 0: // open
				reqs := []string{"wangfang", "zhoumin", "chenjie"}
				req := reqs[r.IntN(len(reqs))]
				var to string
				for _, to = range slices.Sorted(maps.Keys(members)) { // the seed alone decides the sequence
					if to != requesters[req] && r.IntN(2) == 0 {
						break
					}
				}
				if to == requesters[req] {
					continue
				}
				f := collabFields()
				f["title"], f["to_dept"], f["expected_by"] = "随机需求", to, date(30)
				f["contact"] = members[to][r.IntN(2)]
				if r.IntN(4) == 0 {
					f["urgency"] = "urgent"
				}
				v, err := s.Open(ctx, who(db, req), "internal-collab", process.Input{Fields: f})
				if err != nil {
					t.Fatal(err)
				}
				done["open"]++
				open = append(open, tracked{v.ID, req, to, f["contact"].(string)})
			case k < 8: // a step of a case
				j := r.IntN(len(open))
				c := &open[j]
				v, err := s.Get(ctx, cases.ViewerOf(who(db, "admin")), c.id)
				if err != nil {
					t.Fatal(err)
				}
				switch v.State {
				case "requested":
					switch r.IntN(5) {
					case 0:
						act(c.with, c.id, "decline", map[string]any{"reason": "本月人力已排满。", "alternative": "建议由售后服务部的实施团队承接。"})
					case 1:
						act(c.requester, c.id, "withdraw", map[string]any{"reason": "需求已取消。"})
					case 2:
						other := members[c.to][0]
						if other == c.with {
							other = members[c.to][1]
						}
						if act(heads[c.to], c.id, "reassign", map[string]any{"contact": other}) {
							c.with = other
						}
					default:
						act(c.with, c.id, "accept", map[string]any{"committed_by": date(1 + r.IntN(10))})
					}
				case "in_progress":
					switch r.IntN(4) {
					case 0:
						if act(c.with, c.id, "propose_plan", map[string]any{"proposed_date": date(2 + r.IntN(10)), "replan_reason": "接口文档晚到两天。"}) {
							act(c.requester, c.id, "accept_plan", nil)
						}
					case 1:
						act(c.with, c.id, "progress", map[string]any{"summary": "需求分析完成", "percent": 40, "next_steps": "12月4日前完成原型评审"})
					default:
						act(c.with, c.id, "deliver", map[string]any{"summary": "完成", "deliverables": "《需求规格说明书》v1.0"})
					}
				case "delivered":
					if r.IntN(3) == 0 {
						act(c.requester, c.id, "reject_delivery", map[string]any{"reason": "请于12月10日前补充接口说明。"})
					} else {
						act(c.requester, c.id, "accept_delivery", map[string]any{"comment": "验收通过。"})
					}
				case "signing":
					act(c.requester, c.id, "sign", nil)
					act(c.with, c.id, "sign", nil)
				default: // ended
					open = slices.Delete(open, j, j+1)
				}
			default: // time passes: deadlines fall due, the timers escalate
				now = now.Add(time.Duration(1+r.IntN(30)) * time.Hour)
				if err := s.SetClock(ctx, now); err != nil {
					t.Fatal(err)
				}
				if _, err := s.FireDue(ctx, now); err != nil {
					t.Fatal(err)
				}
				done["time"]++
			}
			if i%20 == 19 {
				check("after step " + string(rune('0'+i/20)))
			}
		}
		check("at the end")
		t.Logf("done: %v", done)
		for _, a := range []string{"open", "accept", "deliver", "accept_delivery", "sign", "decline", "withdraw", "reassign", "accept_plan", "time"} {
			if done[a] == 0 {
				t.Errorf("the sequence never did %s: %v", a, done)
			}
		}
		// The figures from the totals: a head sees their departments only.
		from, to := at("2026-11-30 00:00").Format("2006-01-02"), now.In(s.Calendar().Location()).Format("2006-01-02")
		head, err := s.Stats(ctx, cases.ViewerOf(who(db, "zhaolei")), cases.StatsQuery{From: from, To: to})
		if err != nil {
			t.Fatal(err)
		}
		all, err := s.Stats(ctx, cases.ViewerOf(who(db, "admin")), cases.StatsQuery{From: from, To: to})
		if err != nil {
			t.Fatal(err)
		}
		var tech []cases.StatsRow
		for _, row := range all.Rows {
			if row.Dept == "tech" {
				tech = append(tech, row)
			}
		}
		if len(tech) == 0 || !reflect.DeepEqual(head.Rows, tech) {
			t.Errorf("the head of tech sees %+v; tech's rows among all: %+v", head.Rows, tech)
		}
		if len(all.Rows) <= len(tech) {
			t.Errorf("all departments: %+v", all.Rows)
		}
	})
}

package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// Password is every bench user's password.
const Password = "bench-password-1"

// requester and contact are the logins of client i's pair: a requester in
// marketing who opens cases for a contact in technology.
func requester(i int) string { return fmt.Sprintf("bench-r%03d", i) }
func contact(i int) string   { return fmt.Sprintf("bench-c%03d", i) }

// The bulk cases belong to their own pair, so that the clients' inboxes
// hold what the load puts there and not a million seeded cases.
const bulkRequester, bulkContact = "bench-bulk-r", "bench-bulk-c"

// SeedOrg adds the demo organisation and the bench users (clients pairs
// and the bulk pair); idempotent.
func SeedOrg(ctx context.Context, db *store.DB, clients int) error {
	if err := demo.Seed(ctx, db, time.Now(), nil); err != nil {
		return err
	}
	hash, err := argon2id.CreateHash(Password, &auth.DefaultParams)
	if err != nil {
		return err
	}
	add := func(tx store.Tx, login, dept string) error {
		_, err := store.In(tx).CreateUserIfAbsent(ctx, store.User{Login: login, Name: login, Email: login + "@bench.example",
			DeptID: dept, Lang: "zh", EmailNotify: false, PasswordHash: hash, CreatedAt: time.Now()})
		return err
	}
	return db.Tx(ctx, func(tx store.Tx) error {
		for i := range clients {
			if err := add(tx, requester(i), "market"); err != nil {
				return err
			}
			if err := add(tx, contact(i), "tech"); err != nil {
				return err
			}
		}
		if err := add(tx, bulkRequester, "market"); err != nil {
			return err
		}
		return add(tx, bulkContact, "tech")
	})
}

// collab is the form of a cross-department request from the bulk or a
// client's requester to contact, due in 30 working days.
func collab(svc *cases.Service, now time.Time, contact string) map[string]any {
	return map[string]any{
		"title": "产品V2.0版本开发需求支持", "to_dept": "tech", "contact": contact,
		"background":  "为满足第三季度客户引流需求,需要技术部开发数据导出功能模块。",
		"tasks":       []any{map[string]any{"item": "需求分析:输出《需求规格说明书》", "standard": "含用户故事、功能流程图,经双方评审通过"}},
		"expected_by": day(svc, now, 30),
	}
}

func day(svc *cases.Service, now time.Time, workdays int) string {
	cal := svc.Calendar()
	return cal.AddWorkdays(now, workdays).In(cal.Location()).Format("2006-01-02")
}

func progress(svc *cases.Service, now time.Time, pct int) map[string]any {
	return map[string]any{"summary": fmt.Sprintf("完成%d%%的开发与自测", pct), "percent": pct,
		"next_steps": "陈杰于" + day(svc, now, 3) + "前完成联调", "risks": "无"}
}

// SeedCases brings the database to at least n cases: a handful of template
// cases of the cross-department process in every state (requested, in
// progress, delivered, signing, archived, declined, withdrawn; about ten
// events each on average) are made through the case service, and then
// copied in bulk. It reports progress to logf.
func SeedCases(ctx context.Context, dsn string, n int, logf func(string, ...any)) error {
	a, err := app.New(ctx, app.Config{DB: dsn, Logger: discard()})
	if err != nil {
		return err
	}
	defer a.Shutdown(context.WithoutCancel(ctx))
	db, svc := a.DB(), a.Cases()
	have, err := db.CountCases(ctx)
	if err != nil || have >= n {
		return err
	}
	org, err := cases.LoadOrg(ctx, db.SQL())
	if err != nil {
		return err
	}
	r, c := org.Actor(bulkRequester), org.Actor(bulkContact)
	now := time.Now()
	type step struct {
		by     process.Actor
		action string
		fields map[string]any
	}
	accept := step{c, "accept", map[string]any{"committed_by": day(svc, now, 20)}}
	prog := func(k int) []step {
		var out []step
		for i := range k {
			out = append(out, step{c, "progress", progress(svc, now, 5+i*5)})
		}
		return out
	}
	deliver := step{c, "deliver", map[string]any{"summary": "开发与自测完成", "deliverables": "《需求规格说明书》1份,功能流程图1份"}}
	accepted := step{r, "accept_delivery", map[string]any{}}
	scripts := [][]step{
		nil,                                 // requested
		append([]step{accept}, prog(12)...), // in progress
		append(append([]step{accept}, prog(10)...), deliver),                                                                                // delivered
		append(append([]step{accept}, prog(9)...), deliver, accepted),                                                                       // signing
		append(append([]step{accept}, prog(8)...), deliver, accepted, step{r, "sign", map[string]any{}}, step{c, "sign", map[string]any{}}), // archived
		{{c, "decline", map[string]any{"reason": "本季度排期已满,无法安排人力", "alternative": "请于下季度初重新提交,或改由外包团队承接"}}},
		{{r, "withdraw", map[string]any{"reason": "市场部已改为外包开发,不再需要技术部支持"}}},
	}
	var templates []int64
	for _, script := range scripts {
		v, err := svc.Open(ctx, r, "internal-collab", process.Input{Fields: collab(svc, now, bulkContact)})
		if err != nil {
			return fmt.Errorf("bench: seed: open: %w", err)
		}
		for _, s := range script {
			if _, err := svc.Act(ctx, s.by, v.ID, s.action, process.Input{Fields: s.fields}); err != nil {
				return fmt.Errorf("bench: seed: %s: %w", s.action, err)
			}
		}
		templates = append(templates, v.ID)
	}
	have += len(templates)
	copies := (n - have + len(templates) - 1) / len(templates)
	if copies <= 0 {
		return nil
	}
	start := time.Now()
	return db.CloneCases(ctx, templates, copies, func(done int) {
		if done%50000 < 5000 || done == copies {
			logf("seeded %d of %d cases (%s)", have+done*len(templates), n, time.Since(start).Round(time.Second))
		}
	})
}

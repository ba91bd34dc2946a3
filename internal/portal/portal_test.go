package portal_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/links"
	"github.com/liaison-dev/liaison/internal/portal"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

const (
	customerEmail = "zhangwei@huaxin.example"
	base          = "http://liaison.test"
)

var at = casestest.At

// fixture is a server with the demo organisation, the portal wired into the
// case service as the lead wires it, and helpers to walk a requirement.
type fixture struct {
	t     *testing.T
	db    *store.DB
	svc   *cases.Service
	p     *portal.Portal
	links *links.Service
	h     http.Handler
	org   *cases.Org
}

func newFixture(t *testing.T, db *store.DB, ttl time.Duration) *fixture {
	t.Helper()
	f := &fixture{t: t, db: db}
	// The service and the portal need each other: the linker is late-bound.
	link := func(ctx context.Context, tx store.Tx, id int64, party, email string, now time.Time) (string, time.Time, error) {
		return f.links.Linker()(ctx, tx, id, party, email, now)
	}
	f.svc = casestest.New(t, db, at("2026-09-14 09:00"), func(c *cases.Config) { c.PublicURL, c.Portal = base, link })
	f.links = links.New(links.Config{DB: db, Cases: f.svc, BaseURL: func() string { return base }, TTL: ttl})
	f.p = portal.New(portal.Config{Links: f.links, Cases: f.svc})
	f.h = f.p.Handler()
	var err error
	if f.org, err = cases.LoadOrg(context.Background(), db.SQL()); err != nil {
		t.Fatal(err)
	}
	f.clock("2026-09-14 10:00")
	return f
}

func (f *fixture) clock(s string) {
	f.t.Helper()
	if err := f.svc.SetClock(context.Background(), at(s)); err != nil {
		f.t.Fatal(err)
	}
}

func (f *fixture) who(login string) process.Actor {
	u := f.org.Users[login]
	a := process.Actor{Login: login, Name: u.Name, Dept: u.Dept, Roles: u.Roles}
	for _, d := range f.org.Departments {
		if d.Head == login {
			a.HeadOf = append(a.HeadOf, d.ID)
		}
	}
	return a
}

func (f *fixture) act(login string, id int64, action string, fields map[string]any) cases.View {
	f.t.Helper()
	v, err := f.svc.Act(context.Background(), f.who(login), id, action, process.Input{Fields: fields})
	if err != nil {
		f.t.Fatalf("%s %s: %v", login, action, err)
	}
	return v
}

// internalNote is the account manager's background on the customer: the
// form keeps it for the house, the customer never reads it.
const internalNote = "客户经理备注:对价格敏感,预算约十万。"

// confirming opens a requirement titled title (which the customer reads)
// and sends it to the customer; it returns the case and the token mailed
// to the customer.
func (f *fixture) confirming(title string) (int64, string) {
	f.t.Helper()
	v, err := f.svc.Open(context.Background(), f.who("zhoumin"), "customer-requirement", process.Input{Fields: map[string]any{
		"customer":     "huaxin",
		"contact":      map[string]any{"name": "张伟", "email": customerEmail, "phone": "13800000000"},
		"title":        title,
		"background":   internalNote,
		"requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建、分派、关闭,响应时间可统计"}},
		"expected_by":  "2027-01-15",
		"source":       "meeting",
	}})
	if err != nil {
		f.t.Fatal(err)
	}
	f.act("zhoumin", v.ID, "send_confirmation", map[string]any{"summary": "复述:工单管理,含响应时间统计。"})
	return v.ID, f.token(v.ID)
}

// token returns the last link mailed to the customer about case id.
func (f *fixture) token(id int64) string {
	f.t.Helper()
	list, err := f.db.CaseNotifications(context.Background(), id)
	if err != nil {
		f.t.Fatal(err)
	}
	link := ""
	for _, n := range list {
		if n.Recipient == customerEmail && n.Payload.Message.Fields["link_id"] != "" {
			m, err := f.links.Expand(context.Background(), n.Payload.Message)
			if err != nil {
				f.t.Fatal(err)
			}
			link = m.Fields["link"]
		}
	}
	tok, ok := strings.CutPrefix(link, base+"/p/")
	if !ok {
		f.t.Fatalf("no link mailed to the customer of case %d: %q", id, link)
	}
	return tok
}

func (f *fixture) state(id int64) string {
	f.t.Helper()
	v, err := f.svc.Get(context.Background(), cases.ViewerOf(f.who("zhoumin")), id)
	if err != nil {
		f.t.Fatal(err)
	}
	return v.State
}

type answer struct {
	code  int
	body  string
	loc   string
	retry string // Retry-After
}

func (f *fixture) do(method, path string, body []byte, header map[string]string) answer {
	f.t.Helper()
	r := httptest.NewRequest(method, path, bytes.NewReader(body))
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, r)
	return answer{w.Code, w.Body.String(), w.Header().Get("Location"), w.Header().Get("Retry-After")}
}

func (f *fixture) api(method, path string, v any) answer {
	f.t.Helper()
	var b []byte
	if v != nil {
		b, _ = json.Marshal(v)
	}
	return f.do(method, path, b, map[string]string{"Content-Type": "application/json"})
}

func (f *fixture) form(path string, vals url.Values) answer {
	f.t.Helper()
	return f.do("POST", path, []byte(vals.Encode()), map[string]string{"Content-Type": "application/x-www-form-urlencoded"})
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrf reads the hidden form value from the page of tok.
func (f *fixture) csrf(tok string) string {
	f.t.Helper()
	a := f.do("GET", "/p/"+tok, nil, nil)
	m := csrfRE.FindStringSubmatch(a.body)
	if m == nil {
		f.t.Fatalf("no csrf value on the page (%d)", a.code)
	}
	return html.UnescapeString(m[1])
}

func errCode(t *testing.T, a answer) string {
	t.Helper()
	var e struct {
		Error struct {
			Code   string            `json:"code"`
			Fields map[string]string `json:"fields"`
		} `json:"error"`
	}
	if err := json.Unmarshal([]byte(a.body), &e); err != nil {
		t.Fatalf("not the contract's error shape: %d %s", a.code, a.body)
	}
	return e.Error.Code
}

// dialects runs fn on SQLite and, when configured, PostgreSQL.
func dialects(t *testing.T, fn func(t *testing.T, db *store.DB)) {
	for _, d := range []struct {
		name string
		open func(testing.TB) *store.DB
	}{{"sqlite", storetest.SQLite}, {"postgres", storetest.Postgres}} {
		t.Run(d.name, func(t *testing.T) { fn(t, d.open(t)) })
	}
}

func TestLinkShowsOnlyItsCase(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		a, tokA := f.confirming("案件A的背景:华信科技客服系统升级。")
		b, tokB := f.confirming("案件B的背景:华信科技门户网站改版。")
		if tokA == tokB {
			t.Fatal("two cases share a link")
		}
		got := f.api("GET", "/api/v1/portal/"+tokA, nil)
		if got.code != 200 || !strings.Contains(got.body, "案件A") || strings.Contains(got.body, "案件B") {
			t.Fatalf("view A: %d %s", got.code, got.body)
		}
		var v wire.Case
		_ = json.Unmarshal([]byte(got.body), &v)
		if v.ID != a || v.State != "confirming" || len(v.Actions) != 2 {
			t.Fatalf("view A: id %d state %s actions %v", v.ID, v.State, v.Actions)
		}
		// A's token acts on A only.
		if got := f.api("POST", "/api/v1/portal/"+tokA+"/actions/confirm", map[string]any{"fields": map[string]any{}}); got.code != 200 {
			t.Fatalf("confirm A: %d %s", got.code, got.body)
		}
		if f.state(a) != "drafting" || f.state(b) != "confirming" {
			t.Fatalf("after confirming A: A %s, B %s", f.state(a), f.state(b))
		}
		// A token that names B's link with A's signature is refused as unknown.
		ra, _ := base64.RawURLEncoding.DecodeString(tokA)
		rb, _ := base64.RawURLEncoding.DecodeString(tokB)
		forged := base64.RawURLEncoding.EncodeToString(append(append([]byte{}, rb[:8]...), ra[8:]...))
		for _, path := range []string{"/api/v1/portal/" + forged, "/p/" + forged} {
			if got := f.do("GET", path, nil, nil); got.code != 404 || strings.Contains(got.body, "案件B") {
				t.Fatalf("forged %s: %d", path, got.code)
			}
		}
		if got := f.api("POST", "/api/v1/portal/"+forged+"/actions/confirm", map[string]any{"fields": map[string]any{}}); got.code != 404 || f.state(b) != "confirming" {
			t.Fatalf("forged act: %d, B %s", got.code, f.state(b))
		}
	})
}

func TestTamperedTokensAreUnknown(t *testing.T) {
	f := newFixture(t, storetest.SQLite(t), 0)
	_, tok := f.confirming("背景说明。")
	flip := []byte(tok)
	flip[len(flip)-3] ^= 1
	if flip[len(flip)-3] == tok[len(tok)-3] {
		t.Fatal("no change")
	}
	for _, bad := range []string{string(flip), tok[:len(tok)-1], tok + "A", "nonsense", strings.Repeat("A", 43), otherID(tok)} {
		if got := f.api("GET", "/api/v1/portal/"+bad, nil); got.code != 404 || errCode(t, got) != "not_found" {
			t.Errorf("GET api %q: %d %s", bad, got.code, got.body)
		}
		if got := f.do("GET", "/p/"+bad, nil, nil); got.code != 404 || !strings.Contains(got.body, "链接无效") {
			t.Errorf("GET page %q: %d", bad, got.code)
		}
		if got := f.api("POST", "/api/v1/portal/"+bad+"/actions/confirm", map[string]any{}); got.code != 404 {
			t.Errorf("POST api %q: %d", bad, got.code)
		}
	}
}

func TestExpiredLinkExplainsAndRenews(t *testing.T) {
	f := newFixture(t, storetest.SQLite(t), 2*time.Hour)
	id, tok := f.confirming("背景说明。")
	if got := f.api("GET", "/api/v1/portal/"+tok, nil); got.code != 200 {
		t.Fatalf("fresh link: %d", got.code)
	}
	csrf := f.csrf(tok)
	f.clock("2026-09-14 12:01")
	if got := f.api("GET", "/api/v1/portal/"+tok, nil); got.code != 410 || errCode(t, got) != "link_expired" {
		t.Fatalf("expired api: %d %s", got.code, got.body)
	} else if !strings.Contains(got.body, "2026年9月14日(周一) 12:00") {
		t.Errorf("the expiry is not said as a Chinese date: %s", got.body) // not 2026-09-14 12:00
	}
	if got := f.api("POST", "/api/v1/portal/"+tok+"/actions/confirm", map[string]any{}); got.code != 410 || f.state(id) != "confirming" {
		t.Fatalf("expired act: %d", got.code)
	}
	page := f.do("GET", "/p/"+tok, nil, nil)
	if page.code != 410 || !strings.Contains(page.body, "已过期") || !strings.Contains(page.body, "/renew") || strings.Contains(page.body, "背景说明") {
		t.Fatalf("expired page: %d %s", page.code, page.body)
	}
	if got := f.form("/p/"+tok+"/renew", url.Values{}); got.code != 403 {
		t.Fatalf("renew without csrf: %d", got.code)
	}
	got := f.form("/p/"+tok+"/renew", url.Values{"csrf": {csrf}})
	// The portal serves suppliers and partners too: it names no 客户经理.
	if strings.Contains(page.body, "客户经理") {
		t.Errorf("the expired page speaks of a 客户经理: %s", page.body)
	}
	if got.code != 200 || !strings.Contains(got.body, "已通知我方对接人重新发送链接") || strings.Contains(got.body, "客户经理") {
		t.Fatalf("renew: %d %s", got.code, got.body)
	}
	// Asked at 12:01: another may be asked from 13:01, which Retry-After
	// tells in seconds (RFC 9110 §10.2.3).
	f.clock("2026-09-14 12:31")
	if got := f.form("/p/"+tok+"/renew", url.Values{"csrf": {csrf}}); got.code != 429 || got.retry != "1800" {
		t.Fatalf("second renew within the hour: %d, Retry-After %q", got.code, got.retry)
	}
	if got := f.api("POST", "/api/v1/portal/"+tok+"/renew", nil); got.code != 429 || got.retry != "1800" {
		t.Fatalf("api renew within the hour: %d, Retry-After %q", got.code, got.retry)
	}
	audit, err := f.db.RecentAudit(context.Background(), 10)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range audit {
		if e.Action == "portal_renew_requested" && e.Actor == "party:huaxin" && e.Target == "case:"+strconv.FormatInt(id, 10) {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d renewal audit entries: %+v", n, audit)
	}
	f.clock("2026-09-14 13:02")
	if got := f.api("POST", "/api/v1/portal/"+tok+"/renew", nil); got.code != 200 {
		t.Fatalf("api renew after the hour: %d %s", got.code, got.body)
	}
	// The next mail to the customer carries a fresh link.
	f.act("zhoumin", id, "confirm", map[string]any{"evidence": "张伟电话确认"})
	links, _ := f.db.PortalLinks(context.Background(), id)
	for _, l := range links {
		if l.LastUsedAt == nil {
			t.Errorf("link %d never marked used", l.ID)
		}
	}
}

func TestRevokedLinkIsRefused(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		id, tok := f.confirming("背景说明。")
		if err := f.links.Revoke(context.Background(), id, "ZhangWei@Huaxin.example"); err != nil {
			t.Fatal(err)
		}
		if got := f.api("GET", "/api/v1/portal/"+tok, nil); got.code != 410 || errCode(t, got) != "link_revoked" {
			t.Fatalf("revoked api: %d %s", got.code, got.body)
		}
		if got := f.api("POST", "/api/v1/portal/"+tok+"/actions/confirm", map[string]any{}); got.code != 410 || f.state(id) != "confirming" {
			t.Fatalf("revoked act: %d", got.code)
		}
		if got := f.do("GET", "/p/"+tok, nil, nil); got.code != 410 || !strings.Contains(got.body, "已被撤销") {
			t.Fatalf("revoked page: %d", got.code)
		}
	})
}

func TestLinkerReusesLinks(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		ctx := context.Background()
		id, tok := f.confirming("背景说明。")
		mint := func(now time.Time) (string, time.Time) {
			var u string
			var exp time.Time
			err := db.Tx(ctx, func(tx store.Tx) error {
				var err error
				u, exp, err = f.links.Linker()(ctx, tx, id, "huaxin", customerEmail, now)
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			n, err := strconv.ParseInt(u, 10, 64)
			if err != nil {
				t.Fatalf("the linker's reference %q is not a link id: %v", u, err)
			}
			if u, err = f.links.LinkURL(ctx, n); err != nil {
				t.Fatal(err)
			}
			return u, exp
		}
		u, exp := mint(at("2026-09-15 10:00"))
		if u != base+"/p/"+tok || !exp.Equal(at("2026-09-14 10:00").Add(links.DefaultTTL)) {
			t.Fatalf("not reused: %s %s", u, exp)
		}
		// With less than half its life left, a new link is made.
		u2, exp2 := mint(at("2026-09-30 10:00"))
		if u2 == u || !exp2.Equal(at("2026-09-30 10:00").Add(links.DefaultTTL)) {
			t.Fatalf("stale link reused: %s %s", u2, exp2)
		}
		if err := f.links.Revoke(ctx, id, ""); err != nil {
			t.Fatal(err)
		}
		if u3, _ := mint(at("2026-09-30 11:00")); u3 == u2 || u3 == u {
			t.Fatal("revoked link reused")
		}
	})
}

func TestConfirmThroughTheForm(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		id, tok := f.confirming("背景说明。")
		page := f.do("GET", "/p/"+tok, nil, nil)
		for _, want := range []string{"客户确认中", "确认无理解偏差", "需求更正", "工单管理", `action="/p/` + tok + `/actions/confirm"`} {
			if !strings.Contains(page.body, want) {
				t.Fatalf("page lacks %q:\n%s", want, page.body)
			}
		}
		if strings.Contains(page.body, "evidence") {
			t.Fatal("the customer is asked for evidence")
		}
		csrf := f.csrf(tok)
		// Without the hidden value, or from another site: refused, nothing changes.
		if got := f.form("/p/"+tok+"/actions/confirm", url.Values{}); got.code != 403 {
			t.Fatalf("no csrf: %d", got.code)
		}
		wrong := "x" + csrf[1:]
		if csrf[0] == 'x' { // make sure the altered token differs
			wrong = "y" + csrf[1:]
		}
		if got := f.form("/p/"+tok+"/actions/confirm", url.Values{"csrf": {wrong}}); got.code != 403 {
			t.Fatalf("wrong csrf: %d", got.code)
		}
		cross := f.do("POST", "/p/"+tok+"/actions/confirm", []byte(url.Values{"csrf": {csrf}}.Encode()),
			map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "cross-site"})
		if cross.code != 403 || f.state(id) != "confirming" {
			t.Fatalf("cross-site: %d, state %s", cross.code, f.state(id))
		}
		// A correction without its text: 422, the reason beside the field, the comment kept.
		got := f.form("/p/"+tok+"/actions/correct", url.Values{"csrf": {csrf}, "comment": {"我的备注<b>"}})
		if got.code != 422 || !strings.Contains(got.body, `class="field has-error"`) || !strings.Contains(got.body, "我的备注&lt;b&gt;") {
			t.Fatalf("empty correction: %d %s", got.code, got.body)
		}
		got = f.form("/p/"+tok+"/actions/confirm", url.Values{"csrf": {csrf}})
		if got.code != 303 || got.loc != "/p/"+tok+"?done=confirm" {
			t.Fatalf("confirm: %d %q %s", got.code, got.loc, got.body)
		}
		if f.state(id) != "drafting" {
			t.Fatalf("state %s", f.state(id))
		}
		if page := f.do("GET", got.loc, nil, nil); !strings.Contains(page.body, "已提交：确认无理解偏差") || strings.Contains(page.body, "<form") {
			t.Fatalf("after confirming: %s", page.body)
		}
	})
}

func TestConfirmThroughTheAPI(t *testing.T) {
	f := newFixture(t, storetest.SQLite(t), 0)
	id, tok := f.confirming("背景说明。")
	for _, tc := range []struct {
		name, action string
		body         any
		raw          string
		code         int
		errCode      string
	}{
		{"malformed", "confirm", nil, "{", 400, "malformed"},
		{"unknown field", "confirm", nil, `{"field":{}}`, 400, "malformed"},
		{"unknown action", "fly", map[string]any{}, "", 404, "not_found"},
		{"staff action", "send_confirmation", map[string]any{}, "", 409, "conflict"},
		{"comment", "comment", map[string]any{"comment": "x"}, "", 403, "forbidden"},
		{"correction missing", "correct", map[string]any{"fields": map[string]any{}}, "", 422, "invalid"},
	} {
		var got answer
		if tc.raw != "" {
			got = f.do("POST", "/api/v1/portal/"+tok+"/actions/"+tc.action, []byte(tc.raw), map[string]string{"Content-Type": "application/json"})
		} else {
			got = f.api("POST", "/api/v1/portal/"+tok+"/actions/"+tc.action, tc.body)
		}
		if got.code != tc.code || errCode(t, got) != tc.errCode {
			t.Errorf("%s: %d %s", tc.name, got.code, got.body)
		}
	}
	if f.state(id) != "confirming" {
		t.Fatal("a refused request changed the case")
	}
	got := f.api("POST", "/api/v1/portal/"+tok+"/actions/confirm", map[string]any{"fields": map[string]any{}, "comment": "没有问题"})
	var v wire.Case
	if err := json.Unmarshal([]byte(got.body), &v); err != nil || got.code != 200 || v.State != "drafting" || len(v.Actions) != 0 {
		t.Fatalf("confirm: %d %s", got.code, got.body)
	}
	if got := f.api("POST", "/api/v1/portal/"+tok+"/actions/confirm", map[string]any{}); got.code != 409 {
		t.Fatalf("confirm twice: %d", got.code)
	}
}

// walk takes a confirmed requirement to after-sales, with minutes and a
// weekly report the customer reads.
func (f *fixture) walk(id int64, tok string) {
	f.t.Helper()
	f.toSigning(id, tok)
	f.act("zhoumin", id, "record_signature", map[string]any{"signed_on": "2026-09-14", "project_lead": "chenjie"})
	f.act("chenjie", id, "weekly_report", map[string]any{"progress": "原型评审通过。", "next_week": "9月25日前完成测试环境部署。", "risks": "无"})
	f.act("chenjie", id, "deliver", map[string]any{"after_sales": "xuting"})
}

func TestFeedbackThroughTheLink(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		id, tok := f.confirming("背景说明。")
		f.walk(id, tok)
		f.clock("2026-09-16 09:00")
		page := f.do("GET", "/p/"+tok, nil, nil)
		for _, want := range []string{"售后跟进", "解决方案", "基于现有平台定制客户门户", "71190.00", "原型完成", "沟通纪要", "认可方案", "项目周报", "原型评审通过", `/actions/feedback"`} {
			if !strings.Contains(page.body, want) {
				t.Errorf("page lacks %q", want)
			}
		}
		for _, never := range []string{"chenjie", "xuting", "zhoumin", "liuyang", "legal_approve"} {
			if strings.Contains(page.body, never) {
				t.Errorf("page shows staff detail %q", never)
			}
		}
		got := f.form("/p/"+tok+"/actions/feedback", url.Values{"csrf": {f.csrf(tok)}, "description": {"短信通知偶尔延迟。"}, "severity": {"major"}})
		if got.code != 303 {
			t.Fatalf("feedback: %d %s", got.code, got.body)
		}
		v := f.api("GET", "/api/v1/portal/"+tok, nil)
		var view wire.Case
		_ = json.Unmarshal([]byte(v.body), &view)
		if len(view.Feedback) != 1 || view.Feedback[0].Status != "open" || view.Feedback[0].DueAt != "2026-09-18T09:00:00+08:00" {
			t.Fatalf("feedback items %+v", view.Feedback)
		}
		for _, e := range view.Events {
			if e.Action == "legal_approve" || e.Action == "approve_solution" {
				t.Errorf("internal event %s shown to the customer", e.Action)
			}
			if _, ok := e.Fields["project_lead"]; ok {
				t.Errorf("staff login in event %s", e.Action)
			}
		}
		// Through the API too, with a field error first.
		if got := f.api("POST", "/api/v1/portal/"+tok+"/actions/feedback", map[string]any{"fields": map[string]any{"description": "x", "severity": "huge"}}); got.code != 422 {
			t.Fatalf("bad severity: %d %s", got.code, got.body)
		}
		if got := f.api("POST", "/api/v1/portal/"+tok+"/actions/feedback", map[string]any{"fields": map[string]any{"description": "报表导出失败。", "severity": "critical"}}); got.code != 200 {
			t.Fatalf("api feedback: %d %s", got.code, got.body)
		}
	})
}

func TestPagesEscapeCustomerInput(t *testing.T) {
	f := newFixture(t, storetest.SQLite(t), 0)
	id, tok := f.confirming(`背景<img src=x onerror=alert(2)>`)
	evil := `<script>alert(1)</script>"'&`
	got := f.form("/p/"+tok+"/actions/correct", url.Values{"csrf": {f.csrf(tok)}, "corrections": {evil}})
	if got.code != 303 || f.state(id) != "collecting" {
		t.Fatalf("correct: %d %s", got.code, got.body)
	}
	page := f.do("GET", "/p/"+tok, nil, nil)
	if strings.Contains(page.body, "<script>") || strings.Contains(page.body, "<img") {
		t.Fatalf("markup from input survives:\n%s", page.body)
	}
	if !strings.Contains(page.body, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(page.body, "&lt;img src=x") {
		t.Fatalf("input not shown escaped:\n%s", page.body)
	}
	// A refused form shows what was typed, escaped, in the textarea.
	f.act("zhoumin", id, "send_confirmation", nil)
	got = f.form("/p/"+tok+"/actions/correct", url.Values{"csrf": {f.csrf(tok)}, "comment": {strings.Repeat("长", 6000) + evil}})
	if got.code != 422 || strings.Contains(got.body, "<script>") || !strings.Contains(got.body, "&lt;script&gt;") {
		t.Fatalf("refused form: %d", got.code)
	}
	if csp := httptest.NewRecorder(); csp != nil {
		r := httptest.NewRequest("GET", "/p/"+tok, nil)
		f.h.ServeHTTP(csp, r)
		if !strings.Contains(csp.Header().Get("Content-Security-Policy"), "default-src 'none'") || csp.Header().Get("Referrer-Policy") != "no-referrer" {
			t.Fatalf("headers %v", csp.Header())
		}
	}
	if css := f.do("GET", "/p/static/portal.css", nil, nil); css.code != 200 || !strings.Contains(css.body, "main") {
		t.Fatalf("css: %d", css.code)
	}
}

// otherID is tok with the link id 2 and tok's signature.
func otherID(tok string) string {
	raw, _ := base64.RawURLEncoding.DecodeString(tok)
	raw[7] = 2
	return base64.RawURLEncoding.EncodeToString(raw)
}

func TestDraftsStayInternal(t *testing.T) {
	f := newFixture(t, storetest.SQLite(t), 0)
	id, tok := f.confirming("背景说明。")
	if got := f.api("POST", "/api/v1/portal/"+tok+"/renew", nil); got.code != 409 {
		t.Fatalf("renewing a valid link: %d", got.code)
	}
	if got := f.form("/p/"+tok+"/renew", url.Values{"csrf": {f.csrf(tok)}}); got.code != 303 || got.loc != "/p/"+tok {
		t.Fatalf("renewing a valid link by form: %d %q", got.code, got.loc)
	}
	if got := f.api("POST", "/api/v1/portal/"+tok+"/actions/confirm", map[string]any{}); got.code != 200 {
		t.Fatalf("confirm: %d", got.code)
	}
	f.act("zhoumin", id, "submit_solution", map[string]any{
		"summary":    "草稿方案:尚未审核。",
		"milestones": []any{map[string]any{"name": "原型完成", "date": "2026-10-10"}},
		"quote":      map[string]any{"currency": "CNY", "tax_rate": "0.13", "items": []any{map[string]any{"name": "定制开发", "qty": 1, "unit_price": "100.00"}}},
	})
	f.act("liuyang", id, "return_solution", map[string]any{"reason": "内部意见:报价偏低,请9月16日前修改。"})
	for _, path := range []string{"/p/" + tok, "/api/v1/portal/" + tok} {
		got := f.do("GET", path, nil, nil)
		if got.code != 200 || strings.Contains(got.body, "草稿方案") || strings.Contains(got.body, "内部意见") || strings.Contains(got.body, "原型完成") {
			t.Fatalf("%s shows the draft or the review: %d %s", path, got.code, got.body)
		}
	}
}

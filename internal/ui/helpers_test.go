package ui

import (
	"context"
	"github.com/liaison-dev/liaison/internal/admin"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

var (
	cheap = casestest.Cheap
	at    = casestest.At
)

// env is a running UI over a demo database with a simulated clock.
type env struct {
	t     *testing.T
	db    *store.DB
	cases *cases.Service
	srv   *httptest.Server
}

func newEnv(t *testing.T, start string) *env {
	t.Helper()
	return newEnvWith(t, start, nil)
}

// newEnvWith is newEnv with the case service's configuration changed by
// configure (other processes, say).
func newEnvWith(t *testing.T, start string, configure func(*cases.Config)) *env {
	t.Helper()
	db := storetest.SQLite(t)
	svc := casestest.New(t, db, at(start), configure)
	a := auth.New(db, auth.Options{Params: cheap})
	adm := admin.New(admin.Config{DB: db, Auth: a, Now: svc.Now, CalendarChanged: svc.ReloadCalendar})
	rec := records.New(records.Config{DB: db, Cases: svc})
	srv := httptest.NewServer(New(Deps{Auth: a, Cases: svc, Admin: adm, Records: rec}))
	t.Cleanup(srv.Close)
	return &env{t: t, db: db, cases: svc, srv: srv}
}

func (e *env) setClock(s string) {
	e.t.Helper()
	if err := e.cases.SetClock(context.Background(), at(s)); err != nil {
		e.t.Fatal(err)
	}
}

// browser is a client with its own cookies that does not follow redirects,
// so tests see each answer.
type browser struct {
	e      *env
	c      *http.Client
	status int
	body   string
	loc    string
}

func (e *env) browser() *browser {
	jar, _ := cookiejar.New(nil)
	return &browser{e: e, c: &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (b *browser) do(req *http.Request) *browser {
	b.e.t.Helper()
	resp, err := b.c.Do(req)
	if err != nil {
		b.e.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	b.status, b.body, b.loc = resp.StatusCode, string(body), resp.Header.Get("Location")
	return b
}

func (b *browser) get(path string) *browser {
	b.e.t.Helper()
	req, _ := http.NewRequest("GET", b.e.srv.URL+path, nil)
	return b.do(req)
}

func (b *browser) post(path string, form url.Values) *browser {
	b.e.t.Helper()
	req, _ := http.NewRequest("POST", b.e.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return b.do(req)
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]*)"`)

// csrf is the form token on the last page.
func (b *browser) csrf() string {
	m := csrfRE.FindStringSubmatch(b.body)
	if m == nil {
		b.e.t.Fatalf("no csrf token on the page:\n%s", b.body)
	}
	return m[1]
}

func (b *browser) signIn(login string) *browser {
	b.e.t.Helper()
	b.get("/login")
	b.post("/login", url.Values{"csrf": {b.csrf()}, "login": {login}, "password": {demo.Password}, "next": {"/inbox"}})
	if b.status != http.StatusSeeOther || b.loc != "/inbox" {
		b.e.t.Fatalf("sign in as %s: %d %s\n%s", login, b.status, b.loc, b.body)
	}
	return b.get("/inbox")
}

func (b *browser) want(status int, parts ...string) {
	b.e.t.Helper()
	if b.status != status {
		b.e.t.Fatalf("status %d, want %d\n%s", b.status, status, b.body)
	}
	for _, p := range parts {
		if !strings.Contains(b.body, p) {
			b.e.t.Fatalf("page lacks %q\n%s", p, b.body)
		}
	}
}

func (b *browser) lacks(parts ...string) {
	b.e.t.Helper()
	for _, p := range parts {
		if strings.Contains(b.body, p) {
			b.e.t.Fatalf("page holds %q\n%s", p, b.body)
		}
	}
}

// collabForm is a clean template-1 form as a browser submits it, with two
// spare blank rows.
func collabForm(title string) url.Values {
	return url.Values{
		"title":            {title},
		"to_dept":          {"tech"},
		"background":       {"为满足Q3客户引流需求,需开发功能模块。"},
		"tasks.0.item":     {"请技术部陈杰负责需求分析,2026年3月13日前输出《需求规格说明书》"},
		"tasks.0.standard": {"含用户故事、功能流程图"},
		"tasks.1.item":     {""},
		"tasks.1.standard": {""},
		"tasks.2.item":     {""},
		"tasks.2.standard": {""},
		"expected_by":      {"2026-03-20"},
		"resources":        {""},
		"contact":          {"chenjie"},
	}
}

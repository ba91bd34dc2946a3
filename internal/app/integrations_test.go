package app_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/auth/oidcop"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/notify/platformtest"
	"github.com/liaison-dev/liaison/internal/process"
)

type integration struct {
	Name      string            `json:"name"`
	Source    string            `json:"source"`
	Settings  map[string]string `json:"settings"`
	SecretSet bool              `json:"secret_set"`
}

func integrationsOf(t *testing.T, c *client) map[string]integration {
	t.Helper()
	var list []integration
	if code := c.json("GET", "/api/v1/admin/integrations", nil, &list); code != 200 {
		t.Fatalf("integrations: %d", code)
	}
	out := map[string]integration{}
	for _, in := range list {
		out[in.Name] = in
	}
	return out
}

func openFor(t *testing.T, a *app.App, title string) {
	t.Helper()
	_, err := a.Cases().Open(context.Background(), actor(t, a.DB(), "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": title, "to_dept": "tech", "contact": "chenjie", "background": "新版本需要接口联调。",
		"tasks": []any{map[string]any{"item": "联调订单接口", "standard": "全部用例通过"}}, "expected_by": "2027-03-20",
	}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.DeliverNow(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// TestIntegrationsByAdministrator: an administrator configures sign-in
// with the company's identity provider through the API and a DingTalk app
// through the admin page's form, and both work at once, without a restart:
// a person signs in through the provider (zitadel/oidc's OpenID Provider),
// the contact of a new case gets a DingTalk card. A blank secret keeps the
// stored one; a setting the environment makes (WeCom here) is shown as such
// and cannot be changed; bad input, a missing CSRF token and a
// non-administrator change nothing; every change is audited; no secret
// appears in an answer, a page, the audit trail or the log. The DingTalk id
// found by mobile is saved on the user: the second card needs no lookup.
func TestIntegrationsByAdministrator(t *testing.T) {
	ctx := context.Background()
	p := oidcop.New(t)
	ding := platformtest.New(t, "dingtalk", platformtest.User{ID: "ding-chenjie", Mobile: "13800000001"})
	we := platformtest.New(t, "wecom")
	logs := &syncBuffer{}
	a := demoApp(t, map[string]string{"LIAISON_WECOM_APP": we.Setting()}, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})), false)
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	p.Register(a.URL() + "/auth/oidc/callback")
	adm := signIn(t, a, "admin")
	secrets := []string{p.ClientSecret, ding.Secret, we.Secret}
	noSecret := func(where, s string) {
		t.Helper()
		for _, sec := range secrets {
			if strings.Contains(s, sec) {
				t.Fatalf("%s shows a secret", where)
			}
		}
	}

	// Nothing but the environment's WeCom app at first.
	in := integrationsOf(t, adm)
	if in["oidc"].Source != "off" || in["dingtalk_app"].Source != "off" || in["wecom_app"].Source != "env" || !in["wecom_app"].SecretSet || in["wecom_app"].Settings["corpid"] != we.ID {
		t.Fatalf("integrations at start: %+v", in)
	}
	b := newBrowser(t)
	if _, _, page := b.get(a.URL() + "/login"); strings.Contains(page, `id="oidc-login"`) {
		t.Fatal("a sign-in button without a provider")
	}
	if code, _, _ := b.get(a.URL() + "/auth/oidc/start"); code != http.StatusNotFound {
		t.Fatalf("start without a provider: %d", code)
	}

	// Bad input and the wrong people change nothing.
	good := map[string]string{"issuer": p.Issuer(), "client_id": p.ClientID, "client_secret": p.ClientSecret}
	for _, c := range []struct {
		who, name string
		body      map[string]string
		want      int
	}{
		{"admin", "oidc", map[string]string{"issuer": "ftp://idp", "client_id": "x", "client_secret": "y"}, 422},
		{"admin", "oidc", map[string]string{"issuer": p.Issuer(), "client_id": "x", "client_secret": "y", "colour": "red"}, 422},
		{"admin", "oidc", map[string]string{"issuer": p.Issuer(), "client_id": "x", "client_secret": "y", "create": "1"}, 422}, // no dept_claim
		{"admin", "dingtalk_app", map[string]string{"appkey": "k", "appsecret": "s", "agent_id": "not a number"}, 422},
		{"admin", "slack_app", map[string]string{"x": "y"}, 404},
		{"admin", "wecom_app", map[string]string{"corpid": "ww", "corpsecret": "s", "agentid": "1"}, 409},
		{"wangfang", "oidc", good, 403},
	} {
		cl := adm
		if c.who != "admin" {
			cl = signIn(t, a, c.who)
		}
		var ans map[string]any
		if code := cl.json("PUT", "/api/v1/admin/integrations/"+c.name, c.body, &ans); code != c.want {
			t.Fatalf("PUT %s %v by %s: %d, want %d", c.name, c.body, c.who, code, c.want)
		}
		noSecret("a refusal", fmt.Sprint(ans))
	}
	if code := adm.json("DELETE", "/api/v1/admin/integrations/wecom_app", nil, nil); code != 409 {
		t.Fatalf("DELETE of the environment's setting: %d", code)
	}
	if in := integrationsOf(t, adm); in["oidc"].Source != "off" || in["dingtalk_app"].Source != "off" {
		t.Fatalf("a refused change changed something: %+v", in)
	}

	// The API sets the provider; the answer has no secret.
	var set integration
	if code := adm.json("PUT", "/api/v1/admin/integrations/oidc", good, &set); code != 200 || set.Source != "admin" || !set.SecretSet || set.Settings["issuer"] != p.Issuer() {
		t.Fatalf("PUT oidc: %d %+v", code, set)
	}
	noSecret("the PUT answer", fmt.Sprint(set))
	// In force at once: the button, and a sign-in through the provider.
	p.SignIn(oidcop.Person{Subject: "zit-7", Email: "chenjie@" + demo.EmailDomain, Verified: true})
	var me struct{ Login string }
	b = newBrowser(t)
	signInWith(t, a, b, "/inbox")
	if code := jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me); code != 200 || me.Login != "chenjie" {
		t.Fatalf("sign-in through the provider the administrator set: %q (%d)", me.Login, code)
	}
	// A blank secret keeps the stored one: the token exchange still
	// authenticates, under the button's new name.
	if code := adm.json("PUT", "/api/v1/admin/integrations/oidc", map[string]string{"issuer": p.Issuer(), "client_id": p.ClientID, "client_secret": "", "name": "统一身份"}, &set); code != 200 || !set.SecretSet {
		t.Fatalf("PUT without the secret: %d %+v", code, set)
	}
	b = newBrowser(t)
	if _, _, page := b.get(a.URL() + "/login"); !strings.Contains(page, "使用统一身份登录") {
		t.Fatal("the button does not have the new name")
	}
	signInWith2(t, a, b)
	if code := jsonWithCookies(t, b, a.URL()+"/api/v1/me", &me); code != 200 || me.Login != "chenjie" {
		t.Fatalf("sign-in after a change that kept the secret: %q (%d)", me.Login, code)
	}

	// The admin page's form sets the DingTalk app; without the CSRF token
	// it is refused.
	form := url.Values{"appkey": {ding.ID}, "appsecret": {ding.Secret}, "agent_id": {ding.AgentID}, "base": {ding.Server.URL}}
	if code, _ := adm.page("POST", "/admin/integrations/dingtalk_app", form); code != http.StatusForbidden {
		t.Fatalf("a form without its CSRF token: %d", code)
	}
	if integrationsOf(t, adm)["dingtalk_app"].Source != "off" {
		t.Fatal("a form without its CSRF token changed the setting")
	}
	_, page := adm.page("GET", "/admin", nil)
	if !strings.Contains(page, `data-integration="oidc"`) || !strings.Contains(page, "由服务器的环境变量设置") {
		t.Fatal("the admin page lacks the settings, or does not say which come from the environment")
	}
	form.Set("csrf", csrfField.FindStringSubmatch(page)[1])
	if code, _ := adm.page("POST", "/admin/integrations/dingtalk_app", form); code != http.StatusSeeOther {
		t.Fatalf("the form: %d", code)
	}
	_, page = adm.page("GET", "/admin", nil)
	noSecret("the admin page", page)
	if in := integrationsOf(t, adm)["dingtalk_app"]; in.Source != "admin" || in.Settings["appkey"] != ding.ID {
		t.Fatalf("after the form: %+v", in)
	}

	// Cards go through the app just set; chenjie is found by mobile once.
	if code := adm.json("PATCH", "/api/v1/admin/users/chenjie", map[string]any{"mobile": "13800000001"}, nil); code != 200 {
		t.Fatalf("PATCH mobile: %d", code)
	}
	openFor(t, a, "接口联调支持")
	if sent := ding.Sent(); len(sent) != 1 || sent[0].To != "ding-chenjie" || len(ding.Lookups()) != 1 {
		t.Fatalf("first case: sent %+v, lookups %v", sent, ding.Lookups())
	}
	var u struct {
		ChatIDs map[string]string `json:"chat_ids"`
	}
	if code := adm.json("PATCH", "/api/v1/admin/users/chenjie", map[string]any{}, &u); code != 200 || u.ChatIDs["dingtalk"] != "ding-chenjie" {
		t.Fatalf("the id found is not saved on the user: %d %+v", code, u)
	}
	if _, page := adm.page("GET", "/admin/users/chenjie", nil); !strings.Contains(page, `name="chat_dingtalk" value="ding-chenjie"`) {
		t.Fatal("the admin user page does not show the id found")
	}
	// A changed setting makes a new channel, which remembers no lookup of
	// its own: only the saved id spares the second one.
	if code := adm.json("PUT", "/api/v1/admin/integrations/dingtalk_app", map[string]string{"appkey": ding.ID, "agent_id": ding.AgentID, "base": ding.Server.URL + "/"}, nil); code != 200 {
		t.Fatalf("PUT dingtalk_app: %d", code)
	}
	openFor(t, a, "第二次联调")
	if sent := ding.Sent(); len(sent) != 2 || sent[1].To != "ding-chenjie" || len(ding.Lookups()) != 1 {
		t.Fatalf("second case: sent %d, lookups %v (want no second lookup)", len(sent), ding.Lookups())
	}

	// Turning the provider off hides the button at once.
	if code := adm.json("DELETE", "/api/v1/admin/integrations/oidc", nil, nil); code != http.StatusNoContent {
		t.Fatalf("DELETE oidc: %d", code)
	}
	if code, _, _ := newBrowser(t).get(a.URL() + "/auth/oidc/start"); code != http.StatusNotFound {
		t.Fatalf("start after the provider was removed: %d", code)
	}
	// 移除 on the admin page turns the DingTalk app off.
	_, page = adm.page("GET", "/admin", nil)
	if code, _ := adm.page("POST", "/admin/integrations/dingtalk_app/delete", url.Values{"csrf": {csrfField.FindStringSubmatch(page)[1]}}); code != http.StatusSeeOther {
		t.Fatalf("the remove button: %d", code)
	}
	if in := integrationsOf(t, adm)["dingtalk_app"]; in.Source != "off" {
		t.Fatalf("after the remove button: %+v", in)
	}

	// Audited, without secrets.
	var audit struct {
		Items []struct {
			Action, Target, Actor string
			Detail                map[string]any
		}
	}
	if code := adm.json("GET", "/api/v1/admin/audit?limit=200", nil, &audit); code != 200 {
		t.Fatalf("audit: %d", code)
	}
	seen := map[string]int{}
	for _, e := range audit.Items {
		seen[e.Action+" "+e.Target]++
	}
	if seen["integration_set oidc"] != 2 || seen["integration_set dingtalk_app"] != 2 || seen["integration_removed oidc"] != 1 || seen["integration_removed dingtalk_app"] != 1 || seen["chat_id_found chenjie"] != 1 {
		t.Fatalf("audit trail: %v", seen)
	}
	noSecret("the audit trail", fmt.Sprint(audit))
	noSecret("the log", logs.String())
}

package notify

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/notify/platformtest"
)

var chen = platformtest.User{ID: "chenjie01", Mobile: "13800000001", Email: "chenjie@example.cn"}

func appFor(t *testing.T, p *platformtest.Platform, clock *fakeClock) Channel {
	t.Helper()
	c, err := ParseApp(p.Name, p.Setting())
	if err != nil {
		t.Fatal(err)
	}
	o := HTTPOptions{Now: clock.Now}
	return AppChannels(o, []AppConfig{c})[AppChannel(p.Name)]
}

func appDelivery(platform string, target Target) (Delivery, Rendered) {
	m := sample(KindAssigned, "zh")
	r, err := Render(m, nil)
	if err != nil {
		panic(err)
	}
	return Delivery{ID: "ntf-42.3f9a1c0b7d2e", Channel: AppChannel(platform), Target: target, Message: m}, r
}

// sentText flattens what the platform received, to look for the card's parts.
func sentText(t *testing.T, m platformtest.Message) string {
	t.Helper()
	b, err := json.Marshal(m.Body)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if c, ok := m.Body["content"].(string); ok { // Feishu's card is a JSON string
		s += c
	}
	return s
}

func TestWorkNotificationCards(t *testing.T) {
	for _, platform := range Platforms {
		t.Run(platform, func(t *testing.T) {
			p := platformtest.New(t, platform, chen)
			clock := &fakeClock{t: time.Now()}
			ch := appFor(t, p, clock)
			d, r := appDelivery(platform, Target{Name: "陈杰", ChatID: chen.ID})
			for range 3 {
				checkOutcome(t, ch.Send(context.Background(), d, r), ok, 0)
			}
			if p.TokenRequests() != 1 {
				t.Errorf("%d token requests for 3 sends, want 1 (cached)", p.TokenRequests())
			}
			sent := p.Sent()
			if len(sent) != 3 || sent[0].To != chen.ID {
				t.Fatalf("sent %+v", sent)
			}
			body := sentText(t, sent[0])
			for _, want := range []string{"XZ-2026-0001", "确认是否承接", "2026年12月3日(周四)18:00", "陈杰",
				"https://liaison.example/cases/42?act=accept#act-accept"} {
				if !strings.Contains(body, want) && !strings.Contains(body, strings.ReplaceAll(want, "&", `\u0026`)) {
					t.Errorf("the card lacks %q:\n%s", want, body)
				}
			}
			switch platform {
			case "dingtalk":
				if sent[0].Body["msg"].(map[string]any)["msgtype"] != "action_card" {
					t.Errorf("not an ActionCard: %s", body)
				}
			case "wecom":
				if sent[0].Body["msgtype"] != "template_card" || sent[0].Body["enable_duplicate_check"] != float64(1) {
					t.Errorf("not a deduplicated template card: %s", body)
				}
			case "feishu":
				if sent[0].Body["msg_type"] != "interactive" || sent[0].Body["uuid"] != d.ID {
					t.Errorf("not an interactive card carrying the delivery id as uuid: %s", body)
				}
			}
		})
	}
}

func TestWorkNotificationTokens(t *testing.T) {
	for _, platform := range Platforms {
		t.Run(platform, func(t *testing.T) {
			p := platformtest.New(t, platform, chen)
			clock := &fakeClock{t: time.Now()}
			ch := appFor(t, p, clock)
			d, r := appDelivery(platform, Target{Name: "陈杰", ChatID: chen.ID})
			checkOutcome(t, ch.Send(context.Background(), d, r), ok, 0)

			// The platform calls the token expired: a new one, and the same send succeeds.
			p.ExpireTokens()
			checkOutcome(t, ch.Send(context.Background(), d, r), ok, 0)
			if p.TokenRequests() != 2 || len(p.Sent()) != 2 {
				t.Fatalf("after an expired token: %d token requests, %d sent; want 2, 2", p.TokenRequests(), len(p.Sent()))
			}

			// Renewed before it expires (7200 s): at 7200-4 min a new one is fetched.
			clock.Set(clock.Now().Add(7200*time.Second - 4*time.Minute))
			checkOutcome(t, ch.Send(context.Background(), d, r), ok, 0)
			if p.TokenRequests() != 3 {
				t.Fatalf("a token 4 minutes from expiry was used: %d token requests", p.TokenRequests())
			}
		})
	}
}

func TestWorkNotificationRateLimit(t *testing.T) {
	for _, platform := range Platforms {
		t.Run(platform, func(t *testing.T) {
			p := platformtest.New(t, platform, chen)
			ch := appFor(t, p, &fakeClock{t: time.Now()})
			d, r := appDelivery(platform, Target{Name: "陈杰", ChatID: chen.ID})
			p.Limit(1)
			err := ch.Send(context.Background(), d, r)
			var se *SendError
			if !errors.As(err, &se) || !se.Retryable || se.RetryAfter <= 0 {
				t.Fatalf("rate limited: got %v, want retryable with a wait", err)
			}
			checkOutcome(t, ch.Send(context.Background(), d, r), ok, 0)
			if len(p.Sent()) != 1 {
				t.Fatalf("sent %d, want 1", len(p.Sent()))
			}
		})
	}
}

func TestWorkNotificationLookup(t *testing.T) {
	for _, platform := range Platforms {
		t.Run(platform, func(t *testing.T) {
			p := platformtest.New(t, platform, chen)
			ch := appFor(t, p, &fakeClock{t: time.Now()})
			// By mobile (every platform), looked up once.
			d, r := appDelivery(platform, Target{Name: "陈杰", Mobile: chen.Mobile, Email: chen.Email})
			checkOutcome(t, ch.Send(context.Background(), d, r), ok, 0)
			checkOutcome(t, ch.Send(context.Background(), d, r), ok, 0)
			if len(p.Lookups()) != 1 {
				t.Errorf("%d lookups for two sends, want 1", len(p.Lookups()))
			}
			if s := p.Sent(); len(s) != 2 || s[1].To != chen.ID {
				t.Fatalf("sent %+v", s)
			}
			// By email where the platform has it (not DingTalk).
			d, r = appDelivery(platform, Target{Name: "陈杰", Email: chen.Email})
			err := ch.Send(context.Background(), d, r)
			if platform == "dingtalk" {
				checkOutcome(t, err, permanent, 0)
			} else {
				checkOutcome(t, err, ok, 0)
			}
			// Nobody by that mobile: a permanent failure.
			d, r = appDelivery(platform, Target{Name: "路人", Mobile: "13900000000"})
			checkOutcome(t, ch.Send(context.Background(), d, r), permanent, 0)
		})
	}
}

func TestWorkNotificationBadCredentials(t *testing.T) {
	for _, platform := range Platforms {
		t.Run(platform, func(t *testing.T) {
			p := platformtest.New(t, platform, chen)
			c, err := ParseApp(platform, p.Setting())
			if err != nil {
				t.Fatal(err)
			}
			good := c.Secret
			c.Secret = "wrong-" + good
			ch := AppChannels(HTTPOptions{}, []AppConfig{c})[AppChannel(platform)]
			d, r := appDelivery(platform, Target{Name: "陈杰", ChatID: chen.ID})
			err = ch.Send(context.Background(), d, r)
			checkOutcome(t, err, permanent, 0)
			if strings.Contains(err.Error(), good) || strings.Contains(err.Error(), c.Secret) {
				t.Errorf("the error shows the secret: %v", err)
			}
			// An unknown recipient id.
			c.Secret = good
			ch = AppChannels(HTTPOptions{}, []AppConfig{c})[AppChannel(platform)]
			d, r = appDelivery(platform, Target{Name: "?", ChatID: "nobody"})
			err = ch.Send(context.Background(), d, r)
			if platform == "dingtalk" { // DingTalk reports unknown userids only in getsendresult
				checkOutcome(t, err, ok, 0)
			} else {
				checkOutcome(t, err, permanent, 0)
			}
		})
	}
}

func TestParseApp(t *testing.T) {
	for _, c := range []struct{ platform, raw, want string }{
		{"dingtalk", "appkey=k&appsecret=s&agent_id=12", ""},
		{"dingtalk", "appkey=k&appsecret=s", "agent_id"},
		{"dingtalk", "appkey=k&agent_id=1", "appsecret is missing"},
		{"wecom", "corpid=ww1&corpsecret=s&agentid=1000002", ""},
		{"wecom", "corpid=ww1&corpsecret=s&agentid=x", "agentid"},
		{"wecom", "corpid=ww1&corpsecret=s&agentid=1&secret=oops", "unknown setting secret"},
		{"feishu", "app_id=cli_1&app_secret=s", ""},
		{"feishu", "app_id=cli_1&app_secret=s&id_type=email", "id_type"},
		{"feishu", "app_id=cli_1&app_secret=s&base=ftp://x", "base"},
	} {
		_, err := ParseApp(c.platform, c.raw)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s %q: %v", c.platform, c.raw, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s %q: got %v, want an error about %q", c.platform, c.raw, err, c.want)
		case err != nil && strings.Contains(err.Error(), "=s"):
			t.Errorf("the error repeats the secret: %v", err)
		}
	}
	apps, err := AppsFromEnv(func(k string) string {
		return map[string]string{"LIAISON_WECOM_APP": "corpid=ww1&corpsecret=s&agentid=1"}[k]
	})
	if err != nil || len(apps) != 1 || apps[0].Platform != "wecom" || strings.Contains(apps[0].String(), "s&") {
		t.Fatalf("AppsFromEnv: %v %v", apps, err)
	}
}

func TestScrubJSONTokens(t *testing.T) {
	in := `{"errcode":0,"access_token":"abc123","expires_in":7200} {"tenant_access_token" : "t-xyz","app_secret":"s"}`
	out := Scrub(in)
	for _, s := range []string{"abc123", "t-xyz", `"s"`} {
		if strings.Contains(out, s) {
			t.Errorf("Scrub left %s in %s", s, out)
		}
	}
}

func TestProbeApp(t *testing.T) {
	p := platformtest.New(t, "wecom", chen)
	c, err := ParseApp("wecom", p.Setting())
	if err != nil {
		t.Fatal(err)
	}
	res := ProbeApp(context.Background(), HTTPOptions{}, c, Target{Name: "陈杰", Mobile: chen.Mobile}, "https://liaison.example/", "zh")
	if !res.OK || !strings.Contains(res.Answer, `"errcode":0`) || len(p.Sent()) != 1 {
		t.Fatalf("probe: %+v, sent %d", res, len(p.Sent()))
	}
	res = ProbeApp(context.Background(), HTTPOptions{}, c, Target{Name: "路人", Mobile: "13900000000"}, "", "zh")
	if res.OK || !strings.Contains(res.Error, "46004") || !strings.HasPrefix(res.Reason, "平台通讯录中找不到该用户") {
		t.Fatalf("probe to nobody: %+v", res)
	}
	for _, tok := range p.Tokens() {
		if strings.Contains(res.Answer+res.Error, tok) {
			t.Fatal("the probe shows the token")
		}
	}
}

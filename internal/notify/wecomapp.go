package notify

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// WeComApp sends 应用消息 through a company's WeCom (企业微信) app: a
// text_notice template card to one member.
//
//	GET  /cgi-bin/gettoken?corpid=…&corpsecret=…              → access_token, expires_in
//	POST /cgi-bin/message/send?access_token=…                  {touser, msgtype:"template_card", agentid, template_card}
//	POST /cgi-bin/user/getuserid?access_token=…                {mobile} → userid
//	POST /cgi-bin/user/get_userid_by_email?access_token=…      {email, email_type} → userid
//
// Messages go with enable_duplicate_check, so a repeat after a crash within
// half an hour is dropped by WeCom.
type WeComApp struct {
	o   HTTPOptions
	c   AppConfig
	tok *tokenCache
	ids idCache
}

// weComAppCodes: 40014 invalid access_token and 42001 access_token expired
// are token errors; -1 system busy, 45009 api freq out of limit and 45033
// api concurrent out of limit are retried.
var weComAppCodes = appCodes{
	expired: map[int]bool{40014: true, 42001: true},
	retry:   robotRetry{-1: 0, 45009: time.Minute, 45033: time.Second},
}

// NewWeComApp returns the WeCom app-message channel of app c.
func NewWeComApp(o HTTPOptions, c AppConfig) *WeComApp {
	ch := &WeComApp{o: o, c: c}
	ch.tok = &tokenCache{now: o.now, fetch: ch.fetchToken}
	return ch
}

func (ch *WeComApp) fetchToken(ctx context.Context) (string, time.Duration, error) {
	var a struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	}
	u := ch.c.base() + "/cgi-bin/gettoken?" + url.Values{"corpid": {ch.c.ID}, "corpsecret": {ch.c.Secret}}.Encode()
	if err := appCall(ctx, ch.o, "wecom", http.MethodGet, u, nil, nil, weComAppCodes, &a); err != nil {
		return "", 0, tokenError(err)
	}
	if a.AccessToken == "" {
		return "", 0, Permanent(fmt.Errorf("wecom: no access_token in the answer"))
	}
	return a.AccessToken, seconds(a.ExpiresIn), nil
}

func (ch *WeComApp) call(ctx context.Context, path string, body, out any) error {
	return withToken(ctx, ch.tok, func(tok string) error {
		return appCall(ctx, ch.o, "wecom", http.MethodPost, ch.c.base()+path+"?access_token="+url.QueryEscape(tok), body, nil, weComAppCodes, out)
	})
}

// lookup finds a member's userid by mobile, else by email.
func (ch *WeComApp) lookup(ctx context.Context, mobile, email string) (string, error) {
	var a struct {
		UserID string `json:"userid"`
	}
	var err error
	if mobile != "" {
		err = ch.call(ctx, "/cgi-bin/user/getuserid", map[string]string{"mobile": mobile}, &a)
	}
	if a.UserID == "" && email != "" && !isRetryable(err) {
		err = ch.call(ctx, "/cgi-bin/user/get_userid_by_email", map[string]any{"email": email, "email_type": 1}, &a)
	}
	if err != nil {
		return "", err
	}
	if a.UserID == "" {
		return "", Permanent(fmt.Errorf("wecom: no member with that mobile or email"))
	}
	return a.UserID, nil
}

func isRetryable(err error) bool {
	if err == nil {
		return false
	}
	r, _ := classify(err)
	return r
}

// runes cuts s to n characters: WeCom cuts card fields at these lengths.
func runes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// Send implements Channel.
func (ch *WeComApp) Send(ctx context.Context, d Delivery, r Rendered) error {
	uid, err := recipientOf(ctx, ch.o, "wecom", d, &ch.ids, ch.lookup)
	if err != nil {
		return err
	}
	agent, _ := strconv.ParseInt(ch.c.AgentID, 10, 64)
	c := r.Card
	// WeCom's limits: main title 26 characters, its desc 30, the sub-title
	// 112, at most 6 key-value rows (key 5, value 26), jump titles 13.
	var rows []map[string]any
	for _, f := range c.Facts {
		if len(rows) == 6 {
			break
		}
		rows = append(rows, map[string]any{"keyname": runes(f.Label, 5), "value": runes(f.Value, 26)})
	}
	title, desc := c.Title, ""
	if k, rest, ok := strings.Cut(c.Title, " — "); ok {
		title, desc = k, rest
	}
	card := map[string]any{
		"card_type":               "text_notice",
		"source":                  map[string]any{"desc": "liaison"},
		"main_title":              map[string]any{"title": runes(title, 26), "desc": runes(desc, 30)},
		"sub_title_text":          runes(strings.ReplaceAll(c.Text, "\n\n", "\n"), 112),
		"horizontal_content_list": rows,
		"jump_list":               []map[string]any{{"type": 1, "title": runes(c.Button, 13), "url": c.URL}},
		"card_action":             map[string]any{"type": 1, "url": c.URL},
	}
	body := map[string]any{
		"touser":                   uid,
		"msgtype":                  "template_card",
		"agentid":                  agent,
		"template_card":            card,
		"enable_duplicate_check":   1,
		"duplicate_check_interval": 1800,
	}
	if c.URL == "" { // nothing to open: a Markdown message (4096 bytes at most)
		delete(body, "template_card")
		body["msgtype"] = "markdown"
		body["markdown"] = map[string]any{"content": limitBytes(cardMarkdown(c), weComMaxContent)}
	}
	var a struct {
		InvalidUser string `json:"invaliduser"`
	}
	if err := ch.call(ctx, "/cgi-bin/message/send", body, &a); err != nil {
		return err
	}
	if a.InvalidUser != "" {
		return Permanent(fmt.Errorf("wecom: %s is not a member the app can reach (invaliduser)", a.InvalidUser))
	}
	return nil
}

package notify

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// DingTalkApp sends 工作通知 (work notifications) through a company's
// DingTalk app: an ActionCard to one person, from the app, in their
// 工作通知 conversation.
//
//	GET  /gettoken?appkey=…&appsecret=…                                → access_token, expires_in
//	POST /topapi/message/corpconversation/asyncsend_v2?access_token=…  {agent_id, userid_list, msg}
//	POST /topapi/v2/user/getbymobile?access_token=…                    {mobile} → result.userid
//
// DingTalk drops a second identical message to the same person on the same
// day, which makes a repeat after a crash harmless.
type DingTalkApp struct {
	o   HTTPOptions
	c   AppConfig
	tok *tokenCache
	ids idCache
}

// dingTalkAppCodes: 40014 不合法的access_token and 42001 access_token超时
// are token errors; -1 系统繁忙 and the flow-control codes 90002, 90006
// and 90018 (调用频率超出限制) are retried.
var dingTalkAppCodes = appCodes{
	expired: map[int]bool{40014: true, 42001: true},
	retry:   robotRetry{-1: 0, 90002: time.Minute, 90006: time.Minute, 90018: time.Second},
}

// NewDingTalkApp returns the DingTalk work-notification channel of app c.
func NewDingTalkApp(o HTTPOptions, c AppConfig) *DingTalkApp {
	ch := &DingTalkApp{o: o, c: c}
	ch.tok = &tokenCache{now: o.now, fetch: ch.fetchToken}
	return ch
}

func (ch *DingTalkApp) fetchToken(ctx context.Context) (string, time.Duration, error) {
	var a struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	}
	u := ch.c.base() + "/gettoken?" + url.Values{"appkey": {ch.c.ID}, "appsecret": {ch.c.Secret}}.Encode()
	if err := appCall(ctx, ch.o, "dingtalk", http.MethodGet, u, nil, nil, dingTalkAppCodes, &a); err != nil {
		return "", 0, tokenError(err)
	}
	if a.AccessToken == "" {
		return "", 0, Permanent(fmt.Errorf("dingtalk: no access_token in the answer"))
	}
	return a.AccessToken, seconds(a.ExpiresIn), nil
}

// tokenError makes a token endpoint's "expired" answer a plain failure: a
// token endpoint has no token to renew.
func tokenError(err error) error {
	if te, ok := err.(errTokenExpired); ok {
		return te.err
	}
	return err
}

func (ch *DingTalkApp) call(ctx context.Context, path string, body, out any) error {
	return withToken(ctx, ch.tok, func(tok string) error {
		return appCall(ctx, ch.o, "dingtalk", http.MethodPost, ch.c.base()+path+"?access_token="+url.QueryEscape(tok), body, nil, dingTalkAppCodes, out)
	})
}

// lookup finds a userid by mobile (DingTalk has no lookup by email for
// internal apps).
func (ch *DingTalkApp) lookup(ctx context.Context, mobile, email string) (string, error) {
	if mobile == "" {
		return "", Permanent(fmt.Errorf("dingtalk: no userid set and no mobile to look it up by"))
	}
	var a struct {
		Result struct {
			UserID string `json:"userid"`
		} `json:"result"`
	}
	if err := ch.call(ctx, "/topapi/v2/user/getbymobile", map[string]string{"mobile": mobile}, &a); err != nil {
		return "", err
	}
	if a.Result.UserID == "" {
		return "", Permanent(fmt.Errorf("dingtalk: no user with mobile %s", mobile))
	}
	return a.Result.UserID, nil
}

// Send implements Channel.
func (ch *DingTalkApp) Send(ctx context.Context, d Delivery, r Rendered) error {
	uid, err := recipientOf(ctx, ch.o, "dingtalk", d, &ch.ids, ch.lookup)
	if err != nil {
		return err
	}
	agent, _ := strconv.ParseInt(ch.c.AgentID, 10, 64)
	msg := map[string]any{
		"msgtype": "action_card",
		"action_card": map[string]string{
			"title":        limitBytes(r.Card.Title, 200),
			"markdown":     limitBytes(cardMarkdown(r.Card), 5000),
			"single_title": r.Card.Button,
			"single_url":   r.Card.URL,
		},
	}
	if r.Card.URL == "" { // nothing to open: a plain Markdown message
		msg = map[string]any{"msgtype": "markdown",
			"markdown": map[string]string{"title": limitBytes(r.Card.Title, 200), "text": limitBytes(cardMarkdown(r.Card), 5000)}}
	}
	body := map[string]any{"agent_id": agent, "userid_list": uid, "msg": msg}
	return ch.call(ctx, "/topapi/message/corpconversation/asyncsend_v2", body, nil)
}

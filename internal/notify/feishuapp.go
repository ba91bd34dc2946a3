package notify

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// FeishuApp sends messages from a company's Feishu (飞书) app bot: an
// interactive card to one person.
//
//	POST /open-apis/auth/v3/tenant_access_token/internal            {app_id, app_secret} → tenant_access_token, expire
//	POST /open-apis/im/v1/messages?receive_id_type=user_id          {receive_id, msg_type:"interactive", content, uuid}
//	POST /open-apis/contact/v3/users/batch_get_id?user_id_type=…    {mobiles} or {emails} → data.user_list[].user_id
//
// The delivery's ID goes in uuid, with which Feishu drops a repeat sent
// within the hour.
type FeishuApp struct {
	o   HTTPOptions
	c   AppConfig
	tok *tokenCache
	ids idCache
}

// feishuAppCodes: 99991661 (no token) and 99991663 (invalid or expired
// tenant access token) are token errors; 99991400 (the gateway's frequency
// limit, with HTTP 429 and x-ogw-ratelimit-reset), 11232 (the message
// service's rate limit) and 230020 (a chat's rate limit) are retried.
var feishuAppCodes = appCodes{
	expired: map[int]bool{99991661: true, 99991663: true},
	retry:   robotRetry{99991400: time.Second, 11232: time.Second, 230020: time.Second},
}

// NewFeishuApp returns the Feishu app-bot channel of app c.
func NewFeishuApp(o HTTPOptions, c AppConfig) *FeishuApp {
	ch := &FeishuApp{o: o, c: c}
	ch.tok = &tokenCache{now: o.now, fetch: ch.fetchToken}
	return ch
}

func (ch *FeishuApp) fetchToken(ctx context.Context) (string, time.Duration, error) {
	var a struct {
		Token  string `json:"tenant_access_token"`
		Expire int    `json:"expire"`
	}
	body := map[string]string{"app_id": ch.c.ID, "app_secret": ch.c.Secret}
	if err := appCall(ctx, ch.o, "feishu", http.MethodPost, ch.c.base()+"/open-apis/auth/v3/tenant_access_token/internal", body, nil, feishuAppCodes, &a); err != nil {
		return "", 0, tokenError(err)
	}
	if a.Token == "" {
		return "", 0, Permanent(fmt.Errorf("feishu: no tenant_access_token in the answer"))
	}
	return a.Token, seconds(a.Expire), nil
}

func (ch *FeishuApp) call(ctx context.Context, pathQuery string, body, out any) error {
	return withToken(ctx, ch.tok, func(tok string) error {
		h := http.Header{"Authorization": {"Bearer " + tok}}
		return appCall(ctx, ch.o, "feishu", http.MethodPost, ch.c.base()+pathQuery, body, h, feishuAppCodes, out)
	})
}

func (ch *FeishuApp) idType() string {
	if ch.c.IDType == "" {
		return "user_id"
	}
	return ch.c.IDType
}

// lookup finds a person's id by mobile, else by email.
func (ch *FeishuApp) lookup(ctx context.Context, mobile, email string) (string, error) {
	var a struct {
		Data struct {
			UserList []struct {
				UserID string `json:"user_id"`
			} `json:"user_list"`
		} `json:"data"`
	}
	q := "/open-apis/contact/v3/users/batch_get_id?user_id_type=" + ch.idType()
	for _, body := range []map[string][]string{{"mobiles": {mobile}}, {"emails": {email}}} {
		for _, v := range body {
			if v[0] == "" {
				continue
			}
			if err := ch.call(ctx, q, body, &a); err != nil {
				return "", err
			}
			for _, u := range a.Data.UserList {
				if u.UserID != "" {
					return u.UserID, nil
				}
			}
		}
	}
	return "", Permanent(fmt.Errorf("feishu: no user with that mobile or email"))
}

// feishuCard is the interactive card: a header with the subject, the
// message, the facts two to a row, and a button to the case.
func feishuCard(c Card) map[string]any {
	var fields []any
	for _, f := range c.Facts {
		fields = append(fields, map[string]any{"is_short": true,
			"text": map[string]any{"tag": "lark_md", "content": "**" + f.Label + "**\n" + f.Value}})
	}
	elements := []any{map[string]any{"tag": "markdown", "content": c.Text}}
	if len(fields) > 0 {
		elements = append(elements, map[string]any{"tag": "div", "fields": fields})
	}
	if c.URL != "" {
		elements = append(elements, map[string]any{"tag": "action", "actions": []any{map[string]any{
			"tag": "button", "type": "primary", "url": c.URL,
			"text": map[string]any{"tag": "plain_text", "content": c.Button},
		}}})
	}
	return map[string]any{
		"config":   map[string]any{"wide_screen_mode": true},
		"header":   map[string]any{"template": "blue", "title": map[string]any{"tag": "plain_text", "content": c.Title}},
		"elements": elements,
	}
}

// Send implements Channel.
func (ch *FeishuApp) Send(ctx context.Context, d Delivery, r Rendered) error {
	id, err := recipientOf(ctx, ch.o, "feishu", d, &ch.ids, ch.lookup)
	if err != nil {
		return err
	}
	content, err := json.Marshal(feishuCard(r.Card))
	if err != nil {
		return Permanent(err)
	}
	body := map[string]any{"receive_id": id, "msg_type": "interactive", "content": string(content), "uuid": limitBytes(d.ID, 50)}
	return ch.call(ctx, "/open-apis/im/v1/messages?receive_id_type="+url.QueryEscape(ch.idType()), body, nil)
}

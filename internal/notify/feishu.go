package notify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"strconv"
	"strings"
)

// Feishu sends interactive cards to a Feishu (飞书) custom bot
// (https://open.feishu.cn/open-apis/bot/v2/hook/…).
type Feishu struct{ o HTTPOptions }

// NewFeishu returns the Feishu channel.
func NewFeishu(o HTTPOptions) *Feishu { return &Feishu{o} }

// feishuRetry: 9499 and 11232 are Feishu's rate-limit answers.
var feishuRetry = robotRetry{9499: 0, 11232: 0}

// FeishuSign is Feishu's bot signature for timestamp sec (seconds). Unlike
// DingTalk, the HMAC key is timestamp+"\n"+secret and the message is empty:
// base64(HMAC-SHA256(key=timestamp+"\n"+secret, message="")). Swapping the
// two is what produces error 19021 "sign match fail".
func FeishuSign(secret string, sec int64) string {
	mac := hmac.New(sha256.New, []byte(strconv.FormatInt(sec, 10)+"\n"+secret))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// Send implements Channel.
func (c *Feishu) Send(ctx context.Context, d Delivery, r Rendered) error {
	ep, err := endpointOf(d)
	if err != nil {
		return err
	}
	// The card's header carries the subject, so the Markdown's own heading goes.
	content := strings.TrimPrefix(r.Markdown, "### "+r.Subject+"\n\n")
	msg := map[string]any{
		"msg_type": "interactive",
		"card": map[string]any{
			"header":   map[string]any{"title": map[string]string{"tag": "plain_text", "content": r.Subject}},
			"elements": []any{map[string]string{"tag": "markdown", "content": content}},
		},
	}
	if ep.Secret != "" {
		sec := c.o.now().Unix()
		msg["timestamp"] = strconv.FormatInt(sec, 10)
		msg["sign"] = FeishuSign(ep.Secret, sec)
	}
	body, err := json.Marshal(msg)
	if err != nil {
		return Permanent(err)
	}
	resp, answer, err := post(ctx, c.o.client(), ep.URL, body, nil)
	if err != nil {
		return err
	}
	return robotResult("feishu", resp, answer, feishuRetry)
}

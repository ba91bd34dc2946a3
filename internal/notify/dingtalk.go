package notify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"time"
)

// DingTalk sends markdown messages to a DingTalk group robot
// (https://oapi.dingtalk.com/robot/send?access_token=…).
type DingTalk struct{ o HTTPOptions }

// NewDingTalk returns the DingTalk channel.
func NewDingTalk(o HTTPOptions) *DingTalk { return &DingTalk{o} }

// dingTalkRetry: -1 is "system busy"; 130101 is "send too fast, exceed 20
// times per minute", after which DingTalk throttles the robot for 10 minutes.
var dingTalkRetry = robotRetry{-1: 0, 130101: 10 * time.Minute}

// DingTalkSign is DingTalk's robot signature for timestamp ms (milliseconds):
// base64(HMAC-SHA256(key=secret, message=timestamp+"\n"+secret)). It goes
// URL-encoded into the sign query parameter, next to timestamp.
func DingTalkSign(secret string, ms int64) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(strconv.FormatInt(ms, 10) + "\n" + secret))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// Send implements Channel.
func (c *DingTalk) Send(ctx context.Context, d Delivery, r Rendered) error {
	ep, err := endpointOf(d)
	if err != nil {
		return err
	}
	u, err := url.Parse(ep.URL)
	if err != nil {
		return Permanent(fmt.Errorf("dingtalk: bad robot URL: %w", transportError(err)))
	}
	if ep.Secret != "" {
		// Signed afresh on every send: DingTalk rejects timestamps older than an hour.
		ms := c.o.now().UnixMilli()
		q := u.Query()
		q.Set("timestamp", strconv.FormatInt(ms, 10))
		q.Set("sign", DingTalkSign(ep.Secret, ms))
		u.RawQuery = q.Encode()
	}
	body, err := json.Marshal(map[string]any{
		"msgtype":  "markdown",
		"markdown": map[string]string{"title": r.Subject, "text": r.Markdown},
	})
	if err != nil {
		return Permanent(err)
	}
	resp, answer, err := post(ctx, c.o.client(), u.String(), body, nil)
	if err != nil {
		return err
	}
	return robotResult("dingtalk", resp, answer, dingTalkRetry)
}

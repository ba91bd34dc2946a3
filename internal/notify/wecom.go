package notify

import (
	"context"
	"encoding/json"
)

// WeCom sends markdown messages to a WeCom (企业微信) group robot
// (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…). The key in the
// URL is the only credential; WeCom robots do not sign.
type WeCom struct{ o HTTPOptions }

// NewWeCom returns the WeCom channel.
func NewWeCom(o HTTPOptions) *WeCom { return &WeCom{o} }

// weComRetry: -1 is "system busy", 45009 "api freq out of limit".
var weComRetry = robotRetry{-1: 0, 45009: 0}

// weComMaxContent is WeCom's limit on markdown content, in bytes.
const weComMaxContent = 4096

// Send implements Channel.
func (c *WeCom) Send(ctx context.Context, d Delivery, r Rendered) error {
	ep, err := endpointOf(d)
	if err != nil {
		return err
	}
	body, err := json.Marshal(map[string]any{
		"msgtype":  "markdown",
		"markdown": map[string]string{"content": limitBytes(r.Markdown, weComMaxContent)},
	})
	if err != nil {
		return Permanent(err)
	}
	resp, answer, err := post(ctx, c.o.client(), ep.URL, body, nil)
	if err != nil {
		return err
	}
	return robotResult("wecom", resp, answer, weComRetry)
}

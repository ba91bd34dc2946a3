// Package platformtest runs stand-ins for the DingTalk, WeCom and Feishu
// open platforms in tests: the token, message and user-lookup endpoints at
// their documented paths, with their field names and their error codes for
// a bad credential, an expired token, an unknown user and a rate limit
// (docs/notifications.md cites the pages). A test can expire the tokens it
// issued and make the next calls answer "rate limited".
package platformtest

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Message is one message a platform accepted.
type Message struct {
	To   string         // the recipient's id on the platform
	Body map[string]any // the request body as sent
}

// Platform is one running stand-in.
type Platform struct {
	Name   string // dingtalk | wecom | feishu
	Server *httptest.Server
	// App credentials it accepts.
	ID, Secret, AgentID string

	mu       sync.Mutex
	tokens   map[string]bool // live tokens
	expired  map[string]bool // tokens it now calls expired
	limited  int             // how many next message sends answer "rate limited"
	users    map[string]User // by id
	sent     []Message
	tokenReq int      // token requests served
	lookups  []string // mobile or email looked up
}

// User is a member of the company on the platform.
type User struct{ ID, Mobile, Email string }

// New starts a stand-in of platform ("dingtalk", "wecom" or "feishu") that
// knows users; it stops with the test.
func New(t testing.TB, platform string, users ...User) *Platform {
	p := &Platform{Name: platform, ID: platform + "-app", Secret: "s3cr3t-" + platform + "-" + rnd(), AgentID: "1000002",
		tokens: map[string]bool{}, expired: map[string]bool{}, users: map[string]User{}}
	for _, u := range users {
		p.users[u.ID] = u
	}
	mux := http.NewServeMux()
	switch platform {
	case "dingtalk":
		mux.HandleFunc("GET /gettoken", p.dingToken)
		mux.HandleFunc("POST /topapi/message/corpconversation/asyncsend_v2", p.dingSend)
		mux.HandleFunc("POST /topapi/v2/user/getbymobile", p.dingByMobile)
	case "wecom":
		mux.HandleFunc("GET /cgi-bin/gettoken", p.weToken)
		mux.HandleFunc("POST /cgi-bin/message/send", p.weSend)
		mux.HandleFunc("POST /cgi-bin/user/getuserid", p.weByMobile)
		mux.HandleFunc("POST /cgi-bin/user/get_userid_by_email", p.weByEmail)
	case "feishu":
		mux.HandleFunc("POST /open-apis/auth/v3/tenant_access_token/internal", p.fsToken)
		mux.HandleFunc("POST /open-apis/im/v1/messages", p.fsSend)
		mux.HandleFunc("POST /open-apis/contact/v3/users/batch_get_id", p.fsBatchGetID)
	default:
		t.Fatalf("platformtest: unknown platform %q", platform)
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		// Both platforms answer an unknown path with an error, not a success.
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"errcode":404,"errmsg":"请求的URI地址不存在"}`)
	})
	p.Server = httptest.NewServer(mux)
	t.Cleanup(p.Server.Close)
	return p
}

// Setting is the LIAISON_<PLATFORM>_APP value that points liaison here.
func (p *Platform) Setting() string {
	switch p.Name {
	case "dingtalk":
		return "appkey=" + p.ID + "&appsecret=" + p.Secret + "&agent_id=" + p.AgentID + "&base=" + p.Server.URL
	case "wecom":
		return "corpid=" + p.ID + "&corpsecret=" + p.Secret + "&agentid=" + p.AgentID + "&base=" + p.Server.URL
	default:
		return "app_id=" + p.ID + "&app_secret=" + p.Secret + "&base=" + p.Server.URL
	}
}

// ExpireTokens makes every token issued so far answer "expired".
func (p *Platform) ExpireTokens() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for t := range p.tokens {
		p.expired[t] = true
	}
}

// Limit makes the next n message sends answer "rate limited".
func (p *Platform) Limit(n int) {
	p.mu.Lock()
	p.limited = n
	p.mu.Unlock()
}

// TokenRequests says how many tokens were asked for.
func (p *Platform) TokenRequests() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.tokenReq
}

// Lookups returns the mobiles and emails looked up so far.
func (p *Platform) Lookups() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.lookups...)
}

// Sent returns the messages accepted so far.
func (p *Platform) Sent() []Message {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Message(nil), p.sent...)
}

func rnd() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func write(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (p *Platform) issue(prefix string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.tokenReq++
	tok := prefix + rnd() + rnd()
	p.tokens[tok] = true
	return tok
}

// token says whether tok is live, expired or unknown.
func (p *Platform) token(tok string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.expired[tok]:
		return "expired"
	case p.tokens[tok]:
		return "ok"
	}
	return "invalid"
}

func (p *Platform) takeLimit() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.limited > 0 {
		p.limited--
		return true
	}
	return false
}

func (p *Platform) record(to string, body map[string]any) {
	p.mu.Lock()
	p.sent = append(p.sent, Message{To: to, Body: body})
	p.mu.Unlock()
}

func (p *Platform) find(mobile, email string) (User, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lookups = append(p.lookups, mobile+email)
	for _, u := range p.users {
		if (mobile != "" && u.Mobile == mobile) || (email != "" && strings.EqualFold(u.Email, email)) {
			return u, true
		}
	}
	return User{}, false
}

func body(r *http.Request) (map[string]any, error) {
	var m map[string]any
	err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&m)
	return m, err
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func obj(m map[string]any, k string) map[string]any {
	o, _ := m[k].(map[string]any)
	return o
}

// ---- DingTalk: https://open.dingtalk.com/document/orgapp/obtain-orgapp-token,
// asynchronous-sending-of-enterprise-session-messages, query-users-by-phone-number

func dingErr(w http.ResponseWriter, code int, msg string) {
	write(w, http.StatusOK, map[string]any{"errcode": code, "errmsg": msg, "request_id": rnd()})
}

func (p *Platform) dingAuth(w http.ResponseWriter, r *http.Request) bool {
	switch p.token(r.URL.Query().Get("access_token")) {
	case "ok":
		return true
	case "expired":
		dingErr(w, 42001, "access_token超时")
	default:
		dingErr(w, 40014, "不合法的access_token")
	}
	return false
}

func (p *Platform) dingToken(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("appkey") != p.ID || q.Get("appsecret") != p.Secret {
		dingErr(w, 40089, "不合法的corpid或corpsecret")
		return
	}
	write(w, http.StatusOK, map[string]any{"errcode": 0, "errmsg": "ok", "access_token": p.issue(""), "expires_in": 7200})
}

func (p *Platform) dingSend(w http.ResponseWriter, r *http.Request) {
	if !p.dingAuth(w, r) {
		return
	}
	if p.takeLimit() {
		dingErr(w, 90018, "当前企业调用该接口的频率超出限制")
		return
	}
	m, err := body(r)
	if err != nil {
		dingErr(w, 40035, "缺少参数 json")
		return
	}
	agent, _ := m["agent_id"].(float64)
	if strconv.FormatInt(int64(agent), 10) != p.AgentID {
		dingErr(w, 40056, "不合法的agentid")
		return
	}
	msg := obj(m, "msg")
	switch str(msg, "msgtype") {
	case "action_card":
		card := obj(msg, "action_card")
		if card == nil || str(card, "title") == "" || str(card, "markdown") == "" {
			dingErr(w, 40035, "缺少参数 msg")
			return
		}
		if str(card, "single_title") == "" || str(card, "single_url") == "" {
			dingErr(w, 40035, "缺少参数 single_title/single_url")
			return
		}
	case "markdown":
		if md := obj(msg, "markdown"); str(md, "title") == "" || str(md, "text") == "" {
			dingErr(w, 40035, "缺少参数 markdown")
			return
		}
	default:
		dingErr(w, 40035, "缺少参数 msgtype")
		return
	}
	to := str(m, "userid_list")
	if to == "" {
		dingErr(w, 40035, "缺少参数 userid_list")
		return
	}
	// An unknown userid is only seen in getsendresult: the send itself succeeds.
	p.record(to, m)
	write(w, http.StatusOK, map[string]any{"errcode": 0, "errmsg": "ok", "task_id": 256271667526, "request_id": rnd()})
}

func (p *Platform) dingByMobile(w http.ResponseWriter, r *http.Request) {
	if !p.dingAuth(w, r) {
		return
	}
	m, _ := body(r)
	u, ok := p.find(str(m, "mobile"), "")
	if !ok {
		dingErr(w, 60121, "找不到该用户")
		return
	}
	write(w, http.StatusOK, map[string]any{"errcode": 0, "errmsg": "ok", "result": map[string]any{"userid": u.ID}, "request_id": rnd()})
}

// ---- WeCom: https://developer.work.weixin.qq.com/document/path/91039 (gettoken),
// 90236 (message/send), 95402 (getuserid), 95895 (get_userid_by_email)

func weErr(w http.ResponseWriter, code int, msg string) {
	write(w, http.StatusOK, map[string]any{"errcode": code, "errmsg": msg + ", hint: [" + rnd() + "]"})
}

func (p *Platform) weAuth(w http.ResponseWriter, r *http.Request) bool {
	switch p.token(r.URL.Query().Get("access_token")) {
	case "ok":
		return true
	case "expired":
		weErr(w, 42001, "access_token expired")
	default:
		weErr(w, 40014, "invalid access_token")
	}
	return false
}

func (p *Platform) weToken(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("corpid") != p.ID {
		weErr(w, 40013, "invalid corpid")
		return
	}
	if q.Get("corpsecret") != p.Secret {
		weErr(w, 40001, "invalid credential")
		return
	}
	write(w, http.StatusOK, map[string]any{"errcode": 0, "errmsg": "ok", "access_token": p.issue(""), "expires_in": 7200})
}

func (p *Platform) weSend(w http.ResponseWriter, r *http.Request) {
	if !p.weAuth(w, r) {
		return
	}
	if p.takeLimit() {
		weErr(w, 45009, "api freq out of limit")
		return
	}
	m, err := body(r)
	if err != nil {
		weErr(w, 47001, "data format error")
		return
	}
	agent, _ := m["agentid"].(float64)
	if strconv.FormatInt(int64(agent), 10) != p.AgentID {
		weErr(w, 40056, "invalid agentid")
		return
	}
	switch str(m, "msgtype") {
	case "template_card":
		card := obj(m, "template_card")
		if str(card, "card_type") != "text_notice" || str(obj(card, "main_title"), "title") == "" || obj(card, "card_action") == nil {
			weErr(w, 40058, "invalid template_card")
			return
		}
	case "markdown":
		if c := str(obj(m, "markdown"), "content"); c == "" || len(c) > 4096 {
			weErr(w, 40058, "invalid markdown content")
			return
		}
	default:
		weErr(w, 40008, "invalid message type")
		return
	}
	to := str(m, "touser")
	p.mu.Lock()
	_, known := p.users[to]
	p.mu.Unlock()
	if !known {
		// A user the app cannot reach comes back in invaliduser, errcode 81013
		// when nobody could be reached.
		write(w, http.StatusOK, map[string]any{"errcode": 81013, "errmsg": "user & party & tag all invalid", "invaliduser": to})
		return
	}
	p.record(to, m)
	write(w, http.StatusOK, map[string]any{"errcode": 0, "errmsg": "ok", "invaliduser": "", "msgid": rnd()})
}

func (p *Platform) weByMobile(w http.ResponseWriter, r *http.Request) {
	if !p.weAuth(w, r) {
		return
	}
	m, _ := body(r)
	if u, ok := p.find(str(m, "mobile"), ""); ok {
		write(w, http.StatusOK, map[string]any{"errcode": 0, "errmsg": "ok", "userid": u.ID})
		return
	}
	weErr(w, 46004, "user no exist")
}

func (p *Platform) weByEmail(w http.ResponseWriter, r *http.Request) {
	if !p.weAuth(w, r) {
		return
	}
	m, _ := body(r)
	if u, ok := p.find("", str(m, "email")); ok {
		write(w, http.StatusOK, map[string]any{"errcode": 0, "errmsg": "ok", "userid": u.ID})
		return
	}
	weErr(w, 46004, "user no exist")
}

// ---- Feishu: https://open.feishu.cn/document/server-docs/authentication-management/access-token/tenant_access_token_internal,
// im-v1/message/create, contact-v3/user/batch_get_id

func fsErr(w http.ResponseWriter, status, code int, msg string) {
	write(w, status, map[string]any{"code": code, "msg": msg, "error": map[string]any{"log_id": rnd()}})
}

func (p *Platform) fsAuth(w http.ResponseWriter, r *http.Request) bool {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || tok == "" {
		fsErr(w, http.StatusBadRequest, 99991661, "Missing access token for authorization. Please make a request with token attached.")
		return false
	}
	if p.token(tok) != "ok" {
		fsErr(w, http.StatusBadRequest, 99991663, "Invalid access token for authorization. Please make a request with token attached.")
		return false
	}
	return true
}

func (p *Platform) fsToken(w http.ResponseWriter, r *http.Request) {
	m, _ := body(r)
	if str(m, "app_id") != p.ID || str(m, "app_secret") != p.Secret {
		write(w, http.StatusOK, map[string]any{"code": 10014, "msg": "app secret invalid"})
		return
	}
	write(w, http.StatusOK, map[string]any{"code": 0, "msg": "ok", "tenant_access_token": p.issue("t-"), "expire": 7200})
}

func (p *Platform) fsSend(w http.ResponseWriter, r *http.Request) {
	if !p.fsAuth(w, r) {
		return
	}
	if p.takeLimit() {
		w.Header().Set("x-ogw-ratelimit-limit", "50")
		w.Header().Set("x-ogw-ratelimit-reset", "1")
		fsErr(w, http.StatusTooManyRequests, 99991400, "request trigger frequency limit")
		return
	}
	idType := r.URL.Query().Get("receive_id_type")
	if idType != "user_id" && idType != "open_id" && idType != "email" && idType != "union_id" && idType != "chat_id" {
		fsErr(w, http.StatusBadRequest, 230001, "Your request contains an invalid request parameter, ext=invalid receive_id_type")
		return
	}
	m, err := body(r)
	if err != nil {
		fsErr(w, http.StatusBadRequest, 230001, "invalid request body")
		return
	}
	if str(m, "msg_type") != "interactive" {
		fsErr(w, http.StatusBadRequest, 230001, "unsupported msg_type")
		return
	}
	var card map[string]any
	if err := json.Unmarshal([]byte(str(m, "content")), &card); err != nil || obj(card, "header") == nil {
		fsErr(w, http.StatusBadRequest, 230099, "Failed to create card content, ext=content is not a card")
		return
	}
	if len(str(m, "uuid")) > 50 {
		fsErr(w, http.StatusBadRequest, 230001, "uuid longer than 50 characters")
		return
	}
	to := str(m, "receive_id")
	p.mu.Lock()
	_, known := p.users[to]
	p.mu.Unlock()
	if !known {
		fsErr(w, http.StatusBadRequest, 230013, "Bot has NO availability to this user.")
		return
	}
	p.record(to, m)
	write(w, http.StatusOK, map[string]any{"code": 0, "msg": "success", "data": map[string]any{"message_id": "om_" + rnd(), "msg_type": "interactive"}})
}

func (p *Platform) fsBatchGetID(w http.ResponseWriter, r *http.Request) {
	if !p.fsAuth(w, r) {
		return
	}
	var in struct {
		Emails  []string `json:"emails"`
		Mobiles []string `json:"mobiles"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		fsErr(w, http.StatusBadRequest, 99992402, "field validation failed")
		return
	}
	list := []map[string]any{}
	for _, m := range in.Mobiles {
		e := map[string]any{"mobile": m}
		if u, ok := p.find(m, ""); ok {
			e["user_id"] = u.ID
		}
		list = append(list, e)
	}
	for _, em := range in.Emails {
		e := map[string]any{"email": em}
		if u, ok := p.find("", em); ok {
			e["user_id"] = u.ID
		}
		list = append(list, e)
	}
	write(w, http.StatusOK, map[string]any{"code": 0, "msg": "success", "data": map[string]any{"user_list": list}})
}

// String names the stand-in for test logs.
func (p *Platform) String() string { return fmt.Sprintf("%s stand-in at %s", p.Name, p.Server.URL) }

// Tokens returns every token it issued, for tests that look for them where
// they must not be.
func (p *Platform) Tokens() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for t := range p.tokens {
		out = append(out, t)
	}
	return out
}

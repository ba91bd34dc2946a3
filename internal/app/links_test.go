package app_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"image/png"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// client is a signed-in user of a running server, for the API and pages.
type client struct {
	t    *testing.T
	base string
	tok  string
}

func signIn(t *testing.T, a *app.App, login string) *client {
	t.Helper()
	c := &client{t: t, base: a.URL()}
	var out struct{ Token string }
	if code := c.json("POST", "/api/v1/login", map[string]string{"login": login, "password": demo.Password}, &out); code != 200 {
		t.Fatalf("login %s: %d", login, code)
	}
	c.tok = out.Token
	return c
}

// json sends a JSON request and decodes the answer into out (when not nil).
func (c *client) json(method, path string, body, out any) int {
	c.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, c.base+path, rd)
	req.Header.Set("Content-Type", "application/json")
	if c.tok != "" {
		req.Header.Set("Authorization", "Bearer "+c.tok)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(b, out); err != nil {
			c.t.Fatalf("%s %s: %v in %s", method, path, err, b)
		}
	}
	return resp.StatusCode
}

// page fetches a page with the session cookie (form: a POST of it).
func (c *client) page(method, path string, form url.Values) (int, string) {
	c.t.Helper()
	var rd io.Reader
	if form != nil {
		rd = strings.NewReader(form.Encode())
	}
	req, _ := http.NewRequest(method, c.base+path, rd)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	req.AddCookie(&http.Cookie{Name: "liaison_session", Value: c.tok})
	cl := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := cl.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// customerCase starts a server with email off (as the demo runs), opens a
// customer requirement and sends it to the customer for confirmation.
func customerCase(t *testing.T) (*app.App, int64) {
	t.Helper()
	return customerCaseOn(t, filepath.Join(t.TempDir(), "links.db"))
}

// customerCaseOn is customerCase on the database db (a file or a URL).
func customerCaseOn(t *testing.T, db string) (*app.App, int64) {
	t.Helper()
	ctx := context.Background()
	a, err := app.New(ctx, app.Config{Addr: "127.0.0.1:0", DB: db, DevClock: true, PasswordParams: cheap, ManualDelivery: true,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Seed(ctx, a.DB(), time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	if err := a.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Shutdown(context.Background()) })
	return a, sentToCustomer(t, a).ID
}

// sentToCustomer opens zhoumin's requirement of the customer huaxin and
// sends it to 张伟 for confirmation.
func sentToCustomer(t *testing.T, a *app.App) cases.View {
	t.Helper()
	ctx := context.Background()
	zhou := actor(t, a.DB(), "zhoumin")
	v, err := a.Cases().Open(ctx, zhou, "customer-requirement", process.Input{Fields: map[string]any{
		"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example"},
		"background": "华信科技计划上线客户门户。", "requirements": []any{map[string]any{"item": "工单管理", "detail": "支持工单创建与分派"}},
		"expected_by": "2027-01-15", "source": "meeting"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Cases().Act(ctx, zhou, v.ID, "send_confirmation", process.Input{}); err != nil {
		t.Fatal(err)
	}
	return v
}

// portalSurfaces answers the status of every surface a link opens: the
// page and its forms, the JSON view and actions, and the uploads of both
// (the portal serves no downloads: documents and attachments are read by
// staff only). Asking for a new link is left out: a finished link may.
func portalSurfaces(t *testing.T, link string) map[string]int {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	tok := strings.TrimPrefix(u.Path, "/p/")
	base := u.Scheme + "://" + u.Host
	out := map[string]int{}
	var file bytes.Buffer
	mw := multipart.NewWriter(&file)
	fw, _ := mw.CreateFormFile("file", "需求说明.txt")
	_, _ = fw.Write([]byte("附件内容"))
	_ = mw.Close()
	for _, s := range []struct{ name, method, path, ctype, body string }{
		{"page", "GET", "/p/" + tok, "", ""},
		{"form", "POST", "/p/" + tok + "/actions/confirm", "application/x-www-form-urlencoded", "csrf=x"},
		{"form upload", "POST", "/p/" + tok + "/attachments?csrf=x", mw.FormDataContentType(), file.String()},
		{"api view", "GET", "/api/v1/portal/" + tok, "", ""},
		{"api act", "POST", "/api/v1/portal/" + tok + "/actions/confirm", "application/json", `{"fields":{}}`},
		{"api upload", "POST", "/api/v1/portal/" + tok + "/attachments", mw.FormDataContentType(), file.String()},
	} {
		req, _ := http.NewRequest(s.method, base+s.path, strings.NewReader(s.body))
		if s.ctype != "" {
			req.Header.Set("Content-Type", s.ctype)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		out[s.name] = resp.StatusCode
	}
	return out
}

// TestLinksWithoutEmail: with email off the customer's mail fails; the
// case says so on top and tells its owner, in Chinese; the owner copies the
// link (or scans its QR code), renews and revokes it through the API and
// the page, and a revoked link answers 410 on every portal surface.
func TestLinksWithoutEmail(t *testing.T) {
	ctx := context.Background()
	a, id := customerCase(t)
	if _, err := a.DeliverNow(ctx); err != nil {
		t.Fatal(err)
	}
	list, err := a.DB().CaseNotifications(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	told := false
	for _, n := range list {
		if n.Kind == "delivery_failed" && n.Login == "zhoumin" && n.Channel == "inbox" {
			told = true
			if r := n.Payload.Message.Fields["reason"]; !strings.Contains(r, "未配置邮件服务器") {
				t.Errorf("the owner's reason is %q, want it in Chinese", r)
			}
		}
	}
	if !told {
		t.Fatalf("the owner was not told of the failed mail: %+v", list)
	}

	zhou := signIn(t, a, "zhoumin")
	var links []wire.PartyLink
	if code := zhou.json("GET", fmt.Sprintf("/api/v1/cases/%d/links", id), nil, &links); code != 200 || len(links) != 1 {
		t.Fatalf("links: %d %+v", code, links)
	}
	first := links[0]
	if first.Status != cases.LinkValid || first.Email != "zhangwei@huaxin.example" || !strings.HasPrefix(first.URL, a.URL()+"/p/") || first.ExpiresAt == nil {
		t.Fatalf("the customer's link: %+v", first)
	}
	if !strings.HasSuffix(*first.ExpiresAt, "+08:00") {
		t.Errorf("the link's expiry is not in the calendar's zone (CONTRACT.md §2): %v", *first.ExpiresAt)
	}
	if got := portalSurfaces(t, first.URL)["page"]; got != 200 {
		t.Fatalf("the link opens with %d", got)
	}

	// The case page: the warning on top, the link, a QR code of it.
	code, body := zhou.page("GET", fmt.Sprintf("/cases/%d", id), nil)
	if code != 200 {
		t.Fatalf("case page: %d", code)
	}
	for _, want := range []string{"data-delivery-warning", "未能送达", "未配置邮件服务器", `value="` + first.URL + `"`, "复制链接", "撤销链接", "重新生成链接"} {
		if !strings.Contains(body, want) {
			t.Errorf("the case page lacks %q", want)
		}
	}
	if got := decodeQR(t, body); got != first.URL {
		t.Errorf("the QR code reads %q, want %q", got, first.URL)
	}

	// 重新发送 with email off: the case page again, in Chinese, no dead end.
	csrf := csrfField.FindStringSubmatch(body)[1]
	code, body = zhou.page("POST", fmt.Sprintf("/cases/%d/link", id), url.Values{"csrf": {csrf}})
	if code != http.StatusConflict || !strings.Contains(body, "未配置邮件服务器") || strings.Contains(body, "email is not configured") || !strings.Contains(body, first.URL) {
		t.Errorf("重新发送 with email off: %d, Chinese reason and the link shown: %v", code, strings.Contains(body, "未配置邮件服务器"))
	}

	// Renew through the page: the old link is finished, the new one works.
	code, _ = zhou.page("POST", fmt.Sprintf("/cases/%d/links/renew", id), url.Values{"csrf": {csrf}, "email": {first.Email}})
	if code != http.StatusSeeOther {
		t.Fatalf("renew button: %d", code)
	}
	if code := zhou.json("GET", fmt.Sprintf("/api/v1/cases/%d/links", id), nil, &links); code != 200 || links[0].URL == first.URL || links[0].Status != cases.LinkValid {
		t.Fatalf("after renewing: %+v", links)
	}
	second := links[0]
	for surface, got := range portalSurfaces(t, first.URL) {
		if got != http.StatusGone {
			t.Errorf("renewed-away link, %s: %d, want 410", surface, got)
		}
	}
	if got := portalSurfaces(t, second.URL)["api view"]; got != 200 {
		t.Errorf("the new link answers %d", got)
	}

	// Renew through the API, then revoke: 410 everywhere.
	var third wire.PartyLink
	if code := zhou.json("POST", fmt.Sprintf("/api/v1/cases/%d/links/renew", id), map[string]string{}, &third); code != 200 || third.URL == second.URL {
		t.Fatalf("renew: %d %+v", code, third)
	}
	if code := zhou.json("POST", fmt.Sprintf("/api/v1/cases/%d/links/revoke", id), map[string]string{"email": "ZhangWei@huaxin.example"}, &links); code != 200 || links[0].Status != cases.LinkRevoked {
		t.Fatalf("revoke: %d %+v", code, links)
	}
	for surface, got := range portalSurfaces(t, third.URL) {
		if got != http.StatusGone {
			t.Errorf("revoked link, %s: %d, want 410", surface, got)
		}
	}
	// 撤销链接 through the page: a link made again, then revoked there.
	var fourth wire.PartyLink
	if code := zhou.json("POST", fmt.Sprintf("/api/v1/cases/%d/links/renew", id), map[string]string{}, &fourth); code != 200 {
		t.Fatalf("renew after revoking: %d", code)
	}
	_, body = zhou.page("GET", fmt.Sprintf("/cases/%d", id), nil)
	code, _ = zhou.page("POST", fmt.Sprintf("/cases/%d/links/revoke", id), url.Values{"csrf": {csrfField.FindStringSubmatch(body)[1]}, "email": {first.Email}})
	if code != http.StatusSeeOther {
		t.Fatalf("revoke button: %d", code)
	}
	if got := portalSurfaces(t, fourth.URL)["page"]; got != http.StatusGone {
		t.Errorf("the link revoked through the page: %d, want 410", got)
	}

	// Bad input and other people: nothing changes.
	for _, tc := range []struct {
		who, path string
		body      any
		want      int
	}{
		{"zhoumin", "/links/renew", map[string]string{"email": "someone@else.example"}, 422},
		{"zhoumin", "/links/revoke", map[string]string{"email": "someone@else.example"}, 422},
		{"zhoumin", "/links/renew", map[string]any{"email": 3}, 400},
		{"chenjie", "/links/renew", map[string]string{}, 404}, // not his case
		{"chenjie", "/links", nil, 404},
	} {
		c := signIn(t, a, tc.who)
		method := "POST"
		if tc.body == nil {
			method = "GET"
		}
		if got := c.json(method, fmt.Sprintf("/api/v1/cases/%d%s", id, tc.path), tc.body, nil); got != tc.want {
			t.Errorf("%s %s %v: %d, want %d", tc.who, tc.path, tc.body, got, tc.want)
		}
	}
	if code := zhou.json("GET", fmt.Sprintf("/api/v1/cases/%d/links", id), nil, &links); code != 200 || links[0].Status != cases.LinkRevoked {
		t.Fatalf("refused requests changed the link: %+v", links)
	}

	// The timeline and the audit trail hold each change.
	v, err := a.Cases().Get(ctx, cases.ViewerOf(process.Actor{Admin: true}), id)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, e := range v.Events {
		seen[e.Type]++
	}
	if seen["link_renewed"] != 3 || seen["link_revoked"] != 2 || seen["delivery_failed"] != 1 {
		t.Errorf("timeline: %v", seen)
	}
}

var qrImage = regexp.MustCompile(`<img src="data:image/png;base64,([^"]+)"[^>]*data-portal-qr`)

// decodeQR reads the QR code on a case page back into text.
func decodeQR(t *testing.T, page string) string {
	t.Helper()
	m := qrImage.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no QR code on the page")
	}
	raw, err := base64.StdEncoding.DecodeString(html.UnescapeString(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	// The page's image is a generated code, square to the pixel: read it as
	// such (the finder-pattern search of a camera reader can lose a corner
	// on some links and fail at random).
	hints := map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_PURE_BARCODE: true}
	res, err := qrcode.NewQRCodeReader().Decode(bmp, hints)
	if err != nil {
		t.Fatal(err)
	}
	return res.GetText()
}

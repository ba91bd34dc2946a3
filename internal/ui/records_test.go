package ui

import (
	"bytes"
	"html"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// uploadForm posts a file to the case page's upload form, with the CSRF
// value as the page puts it in the form's action.
func (b *browser) upload(path, action, name, content string) *browser {
	b.e.t.Helper()
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	if action != "" {
		mw.WriteField("action", action)
	}
	w, _ := mw.CreateFormFile("file", name)
	w.Write([]byte(content))
	mw.Close()
	req, _ := http.NewRequest("POST", b.e.srv.URL+path, &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return b.do(req)
}

var uploadRE = regexp.MustCompile(`action="(/cases/\d+/attachments\?csrf=[^"]+)"`)

// TestUploadFromTheCasePage: the case page offers the upload form (and the
// deliverable actions open to the visitor); a file goes up with the form's
// token and shows in the list; without the token, 403; an outsider's
// upload is a 404 and nothing is kept.
func TestUploadFromTheCasePage(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	wang := e.browser().signIn("wangfang")
	wang.get("/new/internal-collab")
	form := collabForm("附件上传测试")
	form.Set("csrf", wang.csrf())
	wang.post("/new/internal-collab", form)
	if wang.status != http.StatusSeeOther {
		t.Fatalf("open: %d %s", wang.status, wang.body)
	}
	page := wang.loc
	chen := e.browser().signIn("chenjie")
	chen.get(page).want(http.StatusOK, `id="upload-form"`, "暂无附件")
	m := uploadRE.FindStringSubmatch(chen.body)
	if m == nil {
		t.Fatalf("no upload form action on the page")
	}
	action := html.UnescapeString(m[1])
	chen.upload(page+"/attachments", "", "x.txt", "x")
	if chen.status != http.StatusForbidden {
		t.Fatalf("upload without the token: %d", chen.status)
	}
	chen.upload(action, "", "需求规格说明书.txt", "需求规格说明书 v1.0")
	if chen.status != http.StatusSeeOther {
		t.Fatalf("upload: %d %s", chen.status, chen.body)
	}
	chen.get(page).want(http.StatusOK, "需求规格说明书.txt", "text/plain")
	// sunli's own token, on a case she has no part in.
	sun := e.browser().signIn("sunli")
	sun.upload(page+"/attachments?csrf="+url.QueryEscape(html.UnescapeString(sun.csrf())), "", "x.txt", "x")
	if sun.status != http.StatusNotFound {
		t.Fatalf("outsider upload: %d", sun.status)
	}
	chen.get(page).lacks("x.txt")
}

// TestAttachmentShownInWords: on the case page an attachment's uploader is
// a name (陈杰, not the login chenjie), and its timeline entry labels the
// file's name, size and hash in the page's language instead of printing
// the stored keys (id, name, size, sha256, type) as they were.
func TestAttachmentShownInWords(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	wang := e.browser().signIn("wangfang")
	wang.get("/new/internal-collab")
	form := collabForm("附件显示测试")
	form.Set("csrf", wang.csrf())
	wang.post("/new/internal-collab", form)
	page := wang.loc
	chen := e.browser().signIn("chenjie")
	chen.get(page)
	m := uploadRE.FindStringSubmatch(chen.body)
	if m == nil {
		t.Fatalf("no upload form on %s", page)
	}
	chen.upload(html.UnescapeString(m[1]), "", "规格.txt", "规格 v1")
	chen.get(page).want(http.StatusOK, `data-label="上传人">陈杰</td>`, ">文件类型<", ">大小（字节）<")
	chen.lacks(`data-label="上传人">chenjie<`, ">sha256<", ">size<", ">type<", "<th scope=\"row\">id<")
}

// TestUploadTooLargeStaysOnTheCase: a file over the limit is refused on
// the case page itself, in the visitor's words and MiB, where it had been
// a dead-end error page ("the file is larger than 20971520 bytes").
func TestUploadTooLargeStaysOnTheCase(t *testing.T) {
	e := tourEnv(t)
	chen := e.browser().signIn("chenjie")
	chen.get("/cases/1")
	m := uploadRE.FindStringSubmatch(chen.body)
	if m == nil {
		t.Fatal("no upload form on case 1")
	}
	chen.upload(html.UnescapeString(m[1]), "", "大文件.bin", strings.Repeat("x", 21<<20))
	chen.want(http.StatusRequestEntityTooLarge, "文件超过 20 MiB，未上传。", `id="timeline"`, `name="back" value="/cases/1"`)
}

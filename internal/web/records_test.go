package web_test

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/demo"
)

// multipartBody is a body with one "file" part named name holding data.
func multipartBody(t *testing.T, name string, data []byte) (*bytes.Buffer, map[string]string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	h := textproto.MIMEHeader{}
	disp := `form-data; name="file"; filename="` + name + `"`
	if strings.ContainsFunc(name, unicode.IsControl) { // only RFC 2231 can carry them
		disp = `form-data; name="file"; filename*=UTF-8''` + url.PathEscape(name)
	}
	h.Set("Content-Disposition", disp)
	h.Set("Content-Type", "application/pdf") // what the client claims is never used
	pw, err := mw.CreatePart(h)
	if err != nil {
		t.Fatal(err)
	}
	pw.Write(data)
	mw.Close()
	return &b, map[string]string{"Content-Type": mw.FormDataContentType()}
}

func with(h map[string]string, more map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range h {
		out[k] = v
	}
	for k, v := range more {
		out[k] = v
	}
	return out
}

// TestAttachmentsAndArchive: files go up to a case as its participants
// (201 with the sniffed type and SHA-256) and come down only as downloads
// to those who see the case; bad names, empty files and files over the
// limit are refused with nothing kept, and management, which reads every
// case, attaches nothing to one it has no part in; once both sides sign, the case's
// archive bundle holds the files and verifies; an administrator can check
// the live database.
func TestAttachmentsAndArchive(t *testing.T) {
	s := startDev(t)
	admin, wang, chen, sun := s.login(t, "admin", demo.Password), s.login(t, "wangfang", demo.Password), s.login(t, "chenjie", demo.Password), s.login(t, "sunli", demo.Password)
	gao := s.login(t, "gaojun", demo.Password) // management: reads every case, comments on none it has no part in
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-03-02T10:00:00+08:00"}`, bearer(admin)); r.status != http.StatusOK {
		t.Fatalf("clock: %d %s", r.status, r.body)
	}
	r := s.post(t, "/api/v1/cases", collabBody, bearer(wang))
	if r.status != http.StatusCreated {
		t.Fatalf("open: %d %s", r.status, r.body)
	}
	path := "/api/v1/cases/" + strconv.FormatInt(decodeCase(t, r).ID, 10)
	if r := s.do(t, "GET", path+"/archive", nil, bearer(wang)); r.status != http.StatusConflict {
		t.Fatalf("archive of an open case: %d %s", r.status, r.body)
	}
	elf := append([]byte("\x7fELF\x02\x01\x01"), bytes.Repeat([]byte{0}, 200)...)
	uploads := []struct {
		name, who, file string
		data            []byte
		status          int
		field, typ      string
	}{
		{"requester", wang, "需求规格说明书.txt", []byte("需求规格说明书 v1.0\n"), http.StatusCreated, "", "text/plain; charset=utf-8"},
		{"exe disguised as pdf", chen, "report.pdf", elf, http.StatusCreated, "", "application/octet-stream"},
		{"outsider", sun, "x.txt", []byte("x"), http.StatusNotFound, "", ""},
		{"management reads only", gao, "x.txt", []byte("x"), http.StatusForbidden, "", ""},
		{"empty", wang, "empty.txt", nil, http.StatusUnprocessableEntity, "file", ""},
		{"path", wang, "../../etc/passwd", []byte("x"), http.StatusUnprocessableEntity, "file", ""},
		{"backslash", wang, `C:\evil.txt`, []byte("x"), http.StatusUnprocessableEntity, "file", ""},
		{"bidi", wang, "invoice\u202efdp.exe", []byte("x"), http.StatusUnprocessableEntity, "file", ""},
		{"control", wang, "a\x01b.txt", []byte("x"), http.StatusUnprocessableEntity, "file", ""},
		{"no name", wang, "", []byte("x"), http.StatusUnprocessableEntity, "file", ""},
		{"over the limit", wang, "big.bin", make([]byte, 20<<20+1), http.StatusRequestEntityTooLarge, "", ""},
	}
	var ids []int64
	for _, u := range uploads {
		t.Run(u.name, func(t *testing.T) {
			body, h := multipartBody(t, u.file, u.data)
			r := s.do(t, "POST", path+"/attachments", body, with(h, bearer(u.who)))
			if r.status != u.status {
				t.Fatalf("%d %s", r.status, r.body)
			}
			if u.status != http.StatusCreated {
				if _, _, fields := r.errorBody(t); u.field != "" && fields[u.field] == "" {
					t.Fatalf("no reason for %s: %s", u.field, r.body)
				}
				return
			}
			var a struct {
				ID           int64
				Name, SHA256 string
				Size         int64
				Type, At     string
			}
			if err := json.Unmarshal([]byte(r.body), &a); err != nil {
				t.Fatal(err)
			}
			// Every time of the API is in the calendar's zone (CONTRACT.md §2).
			if a.Name != u.file || a.Size != int64(len(u.data)) || a.SHA256 != archive.SHA256(u.data) || a.Type != u.typ || !strings.HasSuffix(a.At, "+08:00") {
				t.Fatalf("stored %+v", a)
			}
			ids = append(ids, a.ID)
		})
	}
	if len(ids) != 2 {
		t.Fatalf("stored %v", ids)
	}
	if r := s.do(t, "GET", path+"/attachments", nil, bearer(wang)); r.status != http.StatusOK || strings.Count(r.body, `"sha256"`) != 2 {
		t.Fatalf("list: %d %s", r.status, r.body)
	}
	// The list is paged like every list (CONTRACT §2).
	var page struct {
		Items []struct{ ID int64 }
		Next  *string
	}
	r = s.do(t, "GET", path+"/attachments?limit=1", nil, bearer(wang))
	if err := json.Unmarshal([]byte(r.body), &page); r.status != http.StatusOK || err != nil || len(page.Items) != 1 || page.Items[0].ID != ids[0] || page.Next == nil {
		t.Fatalf("first page: %d %s", r.status, r.body)
	}
	r = s.do(t, "GET", path+"/attachments?limit=1&cursor="+url.QueryEscape(*page.Next), nil, bearer(wang))
	page.Next = nil
	if err := json.Unmarshal([]byte(r.body), &page); r.status != http.StatusOK || err != nil || len(page.Items) != 1 || page.Items[0].ID != ids[1] || page.Next != nil {
		t.Fatalf("last page: %d %s", r.status, r.body)
	}
	if r := s.do(t, "GET", path+"/attachments?cursor=bm90LWEtY3Vyc29y", nil, bearer(wang)); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("a cursor of no list: %d %s", r.status, r.body)
	}
	// Downloads: always an attachment, never sniffed, only for those who see the case.
	r = s.do(t, "GET", path+"/attachments/"+strconv.FormatInt(ids[1], 10), nil, bearer(wang))
	if r.status != http.StatusOK || r.body != string(elf) || r.header.Get("X-Content-Type-Options") != "nosniff" ||
		!strings.HasPrefix(r.header.Get("Content-Disposition"), "attachment;") || r.header.Get("Content-Type") != "application/octet-stream" {
		t.Fatalf("download: %d %v", r.status, r.header)
	}
	for _, p := range []string{path + "/attachments/" + strconv.FormatInt(ids[0], 10), path + "/attachments/999", path + "/attachments/x"} {
		who := sun
		if !strings.HasSuffix(p, strconv.FormatInt(ids[0], 10)) {
			who = wang
		}
		if r := s.do(t, "GET", p, nil, bearer(who)); r.status != http.StatusNotFound {
			t.Fatalf("%s: %d", p, r.status)
		}
	}
	// To the end: both sides sign, and the bundle holds it all.
	for _, st := range []struct{ who, action, body string }{
		{chen, "accept", `{"fields":{"committed_by":"2026-03-13"}}`},
		{chen, "deliver", `{"fields":{"summary":"完成","deliverables":"《需求规格说明书》v1.0"}}`},
		{wang, "accept_delivery", `{}`},
		{wang, "sign", `{}`},
		{chen, "sign", `{}`},
	} {
		if r := s.post(t, path+"/actions/"+st.action, st.body, bearer(st.who)); r.status != http.StatusOK {
			t.Fatalf("%s: %d %s", st.action, r.status, r.body)
		}
	}
	r = s.do(t, "GET", path+"/archive", nil, bearer(wang))
	if r.status != http.StatusOK || r.header.Get("Content-Type") != "application/zip" {
		t.Fatalf("archive: %d %s", r.status, r.body)
	}
	rep := archive.Verify(strings.NewReader(r.body), int64(len(r.body)), archive.Options{})
	if !rep.OK() || rep.Attachments != 2 || rep.Signatures != 2 {
		t.Fatalf("bundle: %+v", rep)
	}
	if r := s.do(t, "GET", path+"/archive", nil, bearer(sun)); r.status != http.StatusNotFound {
		t.Fatalf("outsider archive: %d", r.status)
	}
	// The form lists the files with their hashes, and shows its seals.
	if r := s.do(t, "GET", path+"/documents/form", nil, bearer(wang)); !strings.Contains(r.body, `"sha256":"`+archive.SHA256(elf)+`"`) || !strings.Contains(r.body, `"name":"report.pdf"`) {
		t.Fatalf("form lacks the attachments: %s", r.body)
	}
	if r := s.do(t, "GET", path+"/documents/form?format=html", nil, bearer(wang)); !strings.Contains(r.body, "电子签名") || !strings.Contains(r.body, archive.Short(rep.Key)) {
		t.Fatalf("form page lacks the seals: %s", r.body)
	}
	// The list as Excel, with the list's filters.
	if r := s.do(t, "GET", "/api/v1/cases/export.xlsx?process=internal-collab&state=archived", nil, bearer(wang)); r.status != http.StatusOK ||
		r.header.Get("Content-Type") != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" || !strings.HasPrefix(r.body, "PK") ||
		r.header.Get("X-Export-Rows") != "1" || r.header.Get("X-Export-Truncated") != "" {
		t.Fatalf("export: %d %v", r.status, r.header)
	}
	if r := s.do(t, "GET", "/api/v1/cases/export.xlsx?process=nope", nil, bearer(wang)); r.status != http.StatusUnprocessableEntity {
		t.Fatalf("export with a bad filter: %d", r.status)
	}
	// The live check, for administrators only.
	if r := s.post(t, "/api/v1/admin/verify", "", bearer(wang)); r.status != http.StatusForbidden {
		t.Fatalf("verify as a user: %d", r.status)
	}
	if r := s.post(t, "/api/v1/admin/verify", "", bearer(admin)); r.status != http.StatusOK || !strings.Contains(r.body, `"ok":true`) || strings.Contains(r.body, `"next"`) {
		t.Fatalf("verify: %d %s", r.status, r.body)
	}
	// Going on after a case: a case id, or a 422 that names the parameter.
	if r := s.post(t, "/api/v1/admin/verify?after=1", "", bearer(admin)); r.status != http.StatusOK || !strings.Contains(r.body, `"ok":true`) {
		t.Fatalf("verify after 1: %d %s", r.status, r.body)
	}
	for _, bad := range []string{"abc", "0", "-3"} {
		if r := s.post(t, "/api/v1/admin/verify?after="+bad, "", bearer(admin)); r.status != http.StatusUnprocessableEntity || !strings.Contains(r.body, `"after"`) {
			t.Fatalf("verify after %s: %d %s", bad, r.status, r.body)
		}
	}
}

// TestUploadCutOffOrDoubled: a body cut off inside the file (no closing
// boundary) was stored as a complete file (201, the truncated bytes), and a
// second "file" part was dropped without a word; both are 400s now, in
// the caller's language, and keep nothing.
func TestUploadCutOffOrDoubled(t *testing.T) {
	s := startDev(t)
	wang := s.login(t, "wangfang", demo.Password)
	if r := s.post(t, "/api/v1/dev/clock", `{"now":"2026-03-02T10:00:00+08:00"}`, bearer(s.login(t, "admin", demo.Password))); r.status != http.StatusOK {
		t.Fatalf("clock: %d %s", r.status, r.body)
	}
	r := s.post(t, "/api/v1/cases", collabBody, bearer(wang))
	if r.status != http.StatusCreated {
		t.Fatalf("open: %d %s", r.status, r.body)
	}
	path := "/api/v1/cases/" + strconv.FormatInt(decodeCase(t, r).ID, 10) + "/attachments"
	h := map[string]string{"Content-Type": "multipart/form-data; boundary=XB"}
	head := "--XB\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"
	for name, body := range map[string]string{
		"cut off":   head + "the contract text, cut off in the mid",
		"two files": head + "first\r\n--XB\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b.txt\"\r\n\r\nsecond\r\n--XB--\r\n",
		"no close":  head + "first\r\n--XB\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nunfinished",
	} {
		r := s.do(t, "POST", path, strings.NewReader(body), with(h, bearer(wang)))
		if code, msg, _ := r.errorBody(t); r.status != http.StatusBadRequest || code != "malformed" || msg == "" {
			t.Errorf("%s: %d %s", name, r.status, r.body)
		}
	}
	if r := s.do(t, "PATCH", "/api/v1/me", strings.NewReader(`{"lang":"en"}`), bearer(wang)); r.status != http.StatusOK {
		t.Fatalf("lang: %d %s", r.status, r.body)
	}
	r = s.do(t, "POST", path, strings.NewReader(head+"first\r\n--XB\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--XB--\r\n"), with(h, bearer(wang)))
	if _, msg, fields := r.errorBody(t); r.status != http.StatusBadRequest || strings.ContainsFunc(msg+fields["file"], func(c rune) bool { return c > 127 }) {
		t.Errorf("in English: %d %s", r.status, r.body)
	}
	if r := s.do(t, "GET", path, nil, bearer(wang)); r.status != http.StatusOK || strings.Contains(r.body, `"sha256"`) {
		t.Errorf("kept: %d %s", r.status, r.body)
	}
	ok := head + "whole\r\n--XB--\r\n"
	if r := s.do(t, "POST", path, strings.NewReader(ok), with(h, bearer(wang))); r.status != http.StatusCreated || !strings.Contains(r.body, `"size":5`) {
		t.Errorf("a whole file: %d %s", r.status, r.body)
	}
}

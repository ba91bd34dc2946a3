package portal_test

import (
	"bytes"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/portal"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store"
)

func upload(t *testing.T, name, content string) ([]byte, map[string]string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	w, err := mw.CreateFormFile("file", name)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(content))
	mw.Close()
	return b.Bytes(), map[string]string{"Content-Type": mw.FormDataContentType()}
}

// withRecords gives the fixture's portal the attachments service, so the
// party can upload files (the stamped scan of a signature).
func (f *fixture) withRecords(db *store.DB) *records.Service {
	rec := records.New(records.Config{DB: db, Cases: f.svc})
	f.p = portal.New(portal.Config{Links: f.links, Cases: f.svc, Records: rec})
	f.h = f.p.Handler()
	return rec
}

// TestPartyUploads: while the case waits for the customer (confirming,
// where its answer may carry evidence) the link takes a file, by the API
// and by the page's form (its CSRF value checked); the files show in the
// staff's list; once the case no longer waits for them, 403; a name with a
// bidirectional control is a 422.
func TestPartyUploads(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		rec := f.withRecords(db)
		id, tok := f.confirming("客户希望统一受理邮件与微信渠道的工单。")
		body, h := upload(t, "需求确认单-盖章.pdf", "%PDF-1.4 stamped")
		a := f.do("POST", "/api/v1/portal/"+tok+"/attachments", body, h)
		if a.code != http.StatusCreated || !strings.Contains(a.body, `"action":"confirm"`) || !strings.Contains(a.body, `"uploader":"party:huaxin"`) {
			t.Fatalf("api upload: %d %s", a.code, a.body)
		}
		// The page's form carries its CSRF value in the query string.
		csrf := f.csrf(tok)
		body, h = upload(t, "补充说明.txt", "渠道:邮件、微信")
		if a := f.do("POST", "/p/"+tok+"/attachments?csrf=wrong", body, h); a.code != http.StatusForbidden {
			t.Fatalf("form without csrf: %d", a.code)
		}
		body, h = upload(t, "补充说明.txt", "渠道:邮件、微信")
		if a := f.do("POST", "/p/"+tok+"/attachments?csrf="+csrf, body, h); a.code != http.StatusSeeOther {
			t.Fatalf("form upload: %d %s", a.code, a.body)
		}
		list, _, err := rec.Attachments(t.Context(), f.who("zhoumin"), id, store.Page{})
		if err != nil || len(list) != 2 {
			t.Fatalf("staff list: %+v %v", list, err)
		}
		// Once the customer has answered, the case waits for staff.
		f.act("zhoumin", id, "confirm", map[string]any{"evidence": "客户电话确认。"})
		body, h = upload(t, "late.txt", "x")
		if a := f.do("POST", "/api/v1/portal/"+tok+"/attachments", body, h); a.code != http.StatusForbidden {
			t.Fatalf("upload when not waited for: %d %s", a.code, a.body)
		}
		// A bad name is refused before anything is read.
		_, tok2 := f.confirming("另一个客户需求,渠道为电话与邮件。")
		body, h = upload(t, "a\u202egpj.exe", "x")
		if a := f.do("POST", "/api/v1/portal/"+tok2+"/attachments", body, h); a.code != http.StatusUnprocessableEntity {
			t.Fatalf("bidi name: %d %s", a.code, a.body)
		}
	})
}

package cases_test

import (
	"context"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestDigestToTheGroupInChinese: a head who reads English gets the weekly
// digest in English; the department's robot posts it to the group in
// Chinese, not in the head's own language.
func TestDigestToTheGroupInChinese(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s, _ := listScenario(t, db)
		u, err := db.UserByLogin(ctx, "zhaolei")
		if err != nil {
			t.Fatal(err)
		}
		u.Lang = "en"
		if err := db.UpdateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		if _, err := db.InsertChannel(ctx, store.Channel{Dept: "tech", Kind: "dingtalk", Name: "技术部群", URL: "https://oapi.dingtalk.com/robot/send?access_token=x", Enabled: true}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SendDigests(ctx); err != nil {
			t.Fatal(err)
		}
		rows, _, err := db.NotificationsPage(ctx, 0, store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]string{}
		for _, n := range rows {
			if n.Kind == "digest" && (n.Recipient == "zhaolei" && n.Channel == "inbox" || n.Recipient == "技术部群") {
				seen[n.Recipient] = n.Payload.Message.Lang + " " + n.Payload.Message.Fields["dept"]
			}
		}
		if seen["zhaolei"] != "en Technology" || seen["技术部群"] != "zh 技术部" {
			t.Fatalf("digests %v", seen)
		}
	})
}

// TestDigestFiguresInChinesePunctuation: the Chinese digest's figures line
// is punctuated as the rest of the message (，（）；：), not with ASCII.
func TestDigestFiguresInChinesePunctuation(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		s, _ := listScenario(t, db)
		if _, err := s.SendDigests(ctx); err != nil {
			t.Fatal(err)
		}
		rows, _, err := db.NotificationsPage(ctx, 0, store.Page{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, r := range rows {
			if r.Kind == "digest" && r.Payload.Message.Lang == "zh" {
				n++
				if f := r.Payload.Message.Fields["figures"]; strings.ContainsAny(f, ",();:") || !strings.Contains(f, "，按时完成") {
					t.Errorf("figures %q", f)
				}
			}
		}
		if n == 0 {
			t.Fatal("no Chinese digest")
		}
	})
}

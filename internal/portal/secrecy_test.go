package portal_test

import (
	"context"
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestOutboxKeepsNoToken: docs/portal.md promises the database never holds
// a token, only the nonce; the outbox row held the whole link. It now holds
// the link's id, and the link is made when the mail is sent.
func TestOutboxKeepsNoToken(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		id, tok := f.confirming("背景说明。")
		list, err := f.db.CaseNotifications(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range list {
			b, _ := json.Marshal(n.Payload)
			if strings.Contains(string(b), tok) || strings.Contains(string(b), "/p/") {
				t.Errorf("outbox row %d (%s to %s) holds the link: %s", n.ID, n.Kind, n.Recipient, b)
			}
		}
		if got := f.api("GET", "/api/v1/portal/"+tok, nil); got.code != 200 {
			t.Fatalf("the expanded link does not open: %d", got.code)
		}
	})
}

// TestRevokedLinkIsGoneEverywhere: a leaked link, once revoked, answers 410
// on every portal surface — page, form, renewal aside (which is how a party
// asks for a new one), JSON view and JSON action — and changes nothing.
func TestRevokedLinkIsGoneEverywhere(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		f := newFixture(t, db, 0)
		id, tok := f.confirming("背景说明。")
		csrf := f.csrf(tok)
		if _, err := db.RevokePortalLinks(context.Background(), id, "", at("2026-09-14 10:30")); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			name string
			got  answer
		}{
			{"GET page", f.do("GET", "/p/"+tok, nil, nil)},
			{"POST form", f.form("/p/"+tok+"/actions/confirm", url.Values{"csrf": {csrf}})},
			{"GET api", f.api("GET", "/api/v1/portal/"+tok, nil)},
			{"POST api", f.api("POST", "/api/v1/portal/"+tok+"/actions/confirm", map[string]any{})},
			{"POST api correct", f.api("POST", "/api/v1/portal/"+tok+"/actions/correct", map[string]any{"fields": map[string]any{"corrections": "x"}})},
		} {
			if tc.got.code != 410 || strings.Contains(tc.got.body, "背景说明") {
				t.Errorf("%s on a revoked link: %d %.200s", tc.name, tc.got.code, tc.got.body)
			}
		}
		if f.state(id) != "confirming" {
			t.Fatalf("a revoked link changed the case: %s", f.state(id))
		}
	})
}

// TestTokensDecodeStrictly: base64 has several spellings of the last
// character's unused bits, and CR/LF inserted in a token were skipped; each
// spelling opened the same link. Only the one canonical token opens it.
func TestTokensDecodeStrictly(t *testing.T) {
	f := newFixture(t, storetest.SQLite(t), 0)
	_, tok := f.confirming("背景说明。")
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	var variants []string
	for _, c := range alphabet {
		if v := tok[:len(tok)-1] + string(c); v != tok {
			variants = append(variants, v)
		}
	}
	variants = append(variants, tok[:10]+"\r\n"+tok[10:], tok[:10]+"\n"+tok[10:], tok+"\r", tok+"=", " "+tok)
	for _, v := range variants {
		got := f.api("GET", "/api/v1/portal/"+url.PathEscape(v), nil)
		if got.code != 404 {
			t.Errorf("token variant %q: %d", v, got.code)
		}
		if page := f.do("GET", "/p/"+url.PathEscape(v), nil, nil); page.code != 404 {
			t.Errorf("page of token variant %q: %d", v, page.code)
		}
	}
}

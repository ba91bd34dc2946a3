package integrations_test

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/integrations"
	"github.com/liaison-dev/liaison/internal/store"
)

// TestSettingsInForce: the environment wins over a stored setting; a
// stored one is read, and a change made elsewhere (another replica) is seen
// after Invalidate or within RefreshEvery; an invalid stored value counts
// as none.
func TestSettingsInForce(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "i.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"LIAISON_WECOM_APP": "corpid=ww-env&corpsecret=s&agentid=1"}
	s := integrations.New(db, func(k string) string { return env[k] }, slog.New(slog.NewTextHandler(io.Discard, nil)))
	put := func(name, v string) {
		if err := db.PutIntegrationSetting(ctx, name, v, "t", time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	put("wecom_app", "corpid=ww-db&corpsecret=s&agentid=2")
	put("feishu_app", "app_id=cli_1&app_secret=s")
	if c, ok := s.App(ctx, "wecom"); !ok || c.ID != "ww-env" {
		t.Fatalf("wecom: %+v %v, want the environment's", c, ok)
	}
	if c, ok := s.App(ctx, "feishu"); !ok || c.ID != "cli_1" {
		t.Fatalf("feishu: %+v %v", c, ok)
	}
	if _, ok := s.OIDC(ctx); ok {
		t.Fatal("an identity provider nobody set")
	}
	put("oidc", "issuer=https://idp.example&client_id=liaison&client_secret=x")
	if _, ok := s.OIDC(ctx); ok {
		t.Fatal("a change seen before the refresh (the cache is not in use)")
	}
	s.Invalidate()
	if c, ok := s.OIDC(ctx); !ok || c.Issuer != "https://idp.example" {
		t.Fatalf("oidc after Invalidate: %+v %v", c, ok)
	}
	put("feishu_app", "app_id=cli_1&app_secret=s&id_type=nonsense")
	s.Invalidate()
	if _, ok := s.App(ctx, "feishu"); ok {
		t.Fatal("an invalid stored setting is in force")
	}
	if got := s.Platforms(ctx); len(got) != 1 || got[0] != "wecom" {
		t.Fatalf("platforms: %v", got)
	}
	if err := integrations.CheckEnv(func(k string) string {
		return map[string]string{"LIAISON_OIDC": "issuer=ftp://x&client_id=a"}[k]
	}); err == nil {
		t.Fatal("a bad environment variable passes")
	}
}

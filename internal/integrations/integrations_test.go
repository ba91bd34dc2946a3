package integrations_test

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/integrations"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
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

// TestRefreshInsideTransactions: actions read the chat apps in force in the
// middle of their transactions. When the settings are due to be read again
// while every pooled connection is held by such a transaction, the read
// must not make them wait for it: it needs a connection of its own, and
// before, every transaction waited on the reader and the reader on a
// connection, until the requests timed out (PostgreSQL; SQLite's writes go
// through one writer).
func TestRefreshInsideTransactions(t *testing.T) {
	db := storetest.Postgres(t)
	s := integrations.New(db, func(string) string { return "" }, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.Platforms(ctx) // read once
	s.Invalidate()   // the next Value reads again
	width := db.SQL().Stats().MaxOpenConnections
	var inTx sync.WaitGroup
	inTx.Add(width)
	errs := make(chan error, width)
	for range width {
		go func() {
			errs <- db.Tx(ctx, func(tx store.Tx) error {
				inTx.Done()
				inTx.Wait() // every connection is held by a transaction
				s.Platforms(ctx)
				var one int
				return tx.QueryRowContext(ctx, `SELECT 1`).Scan(&one)
			})
		}()
	}
	for range width {
		if err := <-errs; err != nil {
			t.Fatalf("a transaction that read the settings: %v", err)
		}
	}
}

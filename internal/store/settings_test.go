package store_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestIntegrationSettings stores, replaces and deletes a setting on SQLite
// and PostgreSQL.
func TestIntegrationSettings(t *testing.T) {
	ctx := context.Background()
	for _, dialect := range []string{"sqlite", "postgres"} {
		t.Run(dialect, func(t *testing.T) {
			src := filepath.Join(t.TempDir(), "s.db")
			if dialect == "postgres" {
				src = storetest.PostgresURL(t) // skips without LIAISON_TEST_POSTGRES
			}
			db, err := store.Open(ctx, src)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if err := db.Migrate(ctx); err != nil {
				t.Fatal(err)
			}
			now := time.Now()
			for _, v := range []string{"app_id=a&app_secret=1", "app_id=b&app_secret=2"} {
				if err := db.PutIntegrationSetting(ctx, "feishu_app", v, "admin", now); err != nil {
					t.Fatal(err)
				}
			}
			m, err := db.IntegrationSettings(ctx)
			if err != nil || len(m) != 1 || m["feishu_app"] != "app_id=b&app_secret=2" {
				t.Fatalf("settings: %v %v", m, err)
			}
			if ok, err := db.DeleteIntegrationSetting(ctx, "feishu_app"); !ok || err != nil {
				t.Fatalf("delete: %v %v", ok, err)
			}
			if ok, _ := db.DeleteIntegrationSetting(ctx, "feishu_app"); ok {
				t.Fatal("deleted twice")
			}
		})
	}
}

package store

import (
	"context"
	"path/filepath"
	"testing"
)

func TestInstallationIdentityIsStable(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "i.db")
	open := func() *DB {
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		return db
	}
	db := open()
	a, err := db.Installation(ctx)
	if err != nil || len(a) != 12 {
		t.Fatalf("%q %v", a, err)
	}
	db.Close()
	db = open()
	defer db.Close()
	if b, _ := db.Installation(ctx); b != a {
		t.Fatalf("identity changed across a restart: %s, %s", a, b)
	}
	other := open()
	defer other.Close()
	id := DeliveryID(a, 42)
	if n, ok := DeliveryRow(id); !ok || n != 42 || id != "ntf-42."+a {
		t.Fatalf("%s → %d", id, n)
	}
	for _, bad := range []string{"", "42", "ntf-", "ntf-x.a", "ntf-0.a", "ntf--3.a", "msg-42.a"} {
		if n, ok := DeliveryRow(bad); ok {
			t.Fatalf("%q read as row %d", bad, n)
		}
	}
	// Another database gets another identity.
	db2, _ := Open(ctx, filepath.Join(t.TempDir(), "j.db"))
	defer db2.Close()
	_ = db2.Migrate(ctx)
	if c, _ := db2.Installation(ctx); c == a {
		t.Fatal("two databases share an identity")
	}
}

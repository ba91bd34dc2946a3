package auth_test

import (
	"context"
	"strings"
	"testing"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/auth"
)

// TestDefaultParamsAreOWASPs: 19 MiB, two passes, one lane.
func TestDefaultParamsAreOWASPs(t *testing.T) {
	h, err := auth.HashPassword("demo1234")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Fatalf("hash %s: want m=19456,t=2,p=1", h)
	}
}

// TestOldHashesStillVerify: a password hashed with the parameters of
// before (64 MiB, one pass, two lanes) still signs its user in; the hash
// carries its parameters.
func TestOldHashesStillVerify(t *testing.T) {
	s, db, _ := setup(t)
	ctx := context.Background()
	old := &argon2id.Params{Memory: 64 * 1024, Iterations: 1, Parallelism: 2, SaltLength: 16, KeyLength: 32}
	h, err := argon2id.CreateHash("an older password", old)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SetUserPassword(ctx, "lina", h); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Login(ctx, "lina", "an older password", "127.0.0.1"); err != nil {
		t.Fatalf("old hash: %v", err)
	}
	if _, _, err := s.Login(ctx, "lina", "demo1234", "127.0.0.1"); err == nil {
		t.Fatal("the replaced password still signs in")
	}
	u, err := db.UserByLogin(ctx, "lina")
	if err != nil || u.PasswordHash != h {
		t.Fatalf("the hash changed on sign-in: %v", err)
	}
}

package auth

import (
	"context"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestBusyAnswersUnavailable: when every hashing slot stays taken for the
// whole wait, a sign-in is refused with problem.Unavailable (503) and its
// reserved attempt is given back, so a crowd cannot lock a user out.
func TestBusyAnswersUnavailable(t *testing.T) {
	db := storetest.SQLite(t)
	s := New(db, Options{Params: &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32},
		MaxHashes: 1, HashWait: time.Millisecond})
	s.slots <- struct{}{} // a hash that never ends
	ctx := context.Background()
	for i := range LimitPerLogin + 2 {
		_, _, err := s.Login(ctx, "lina", "whatever-1", "10.6.0.1")
		if problem.CodeOf(err) != problem.Unavailable {
			t.Fatalf("attempt %d: %v, want unavailable", i, err)
		}
	}
	<-s.slots
	if _, _, err := s.Login(ctx, "lina", "whatever-1", "10.6.0.1"); problem.CodeOf(err) != problem.Unauthorized {
		t.Fatalf("once free: %v, want unauthorized (not rate limited)", err)
	}
}

// TestCheckPasswordSharesTheBound: checking a password outside sign-in (a
// password change) takes one of the same slots, so it cannot be used to
// run more hashes at once than the bound.
func TestCheckPasswordSharesTheBound(t *testing.T) {
	db := storetest.SQLite(t)
	params := &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}
	s := New(db, Options{Params: params, MaxHashes: 1, HashWait: time.Millisecond})
	h, err := argon2id.CreateHash("right-pass-1", params)
	if err != nil {
		t.Fatal(err)
	}
	s.slots <- struct{}{} // a hash that never ends
	if _, err := s.CheckPassword(context.Background(), "right-pass-1", h); problem.CodeOf(err) != problem.Unavailable {
		t.Fatalf("with every slot taken: %v, want unavailable", err)
	}
	<-s.slots
	for pw, want := range map[string]bool{"right-pass-1": true, "wrong-pass-1": false} {
		if ok, err := s.CheckPassword(context.Background(), pw, h); err != nil || ok != want {
			t.Errorf("CheckPassword(%q) = %v, %v; want %v", pw, ok, err, want)
		}
	}
}

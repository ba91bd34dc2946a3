package auth

import (
	"context"

	"github.com/alexedwards/argon2id"
)

// MaxHashesAtOnce bounds the argon2id hashes this process computes at the
// same time. Each takes its parameters' memory (19 MiB with DefaultParams):
// 32 sign-ins at once would otherwise ask for over 600 MiB, and sign-in
// would be a way to exhaust the server's memory. The others wait their turn
// (or give up when their request ends).
const MaxHashesAtOnce = 2

var hashSlots = make(chan struct{}, MaxHashesAtOnce)

// withHashSlot runs f once a slot is free.
func withHashSlot[T any](ctx context.Context, f func() (T, error)) (T, error) {
	select {
	case hashSlots <- struct{}{}:
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
	defer func() { <-hashSlots }()
	return f()
}

// comparePassword checks password against an argon2id hash, within the bound.
func comparePassword(ctx context.Context, password, hash string) (bool, error) {
	return withHashSlot(ctx, func() (bool, error) { return argon2id.ComparePasswordAndHash(password, hash) })
}

// createHash hashes password with params, within the bound.
func createHash(password string, params *argon2id.Params) (string, error) {
	return withHashSlot(context.Background(), func() (string, error) { return argon2id.CreateHash(password, params) })
}

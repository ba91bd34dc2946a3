//go:build pgx

package store

// The PostgreSQL driver is behind the pgx build tag only because go.sum does
// not yet list pgx's pgxpool dependency (github.com/jackc/puddle/v2); once it
// does, this tag can go and PostgreSQL is in every build.
import _ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

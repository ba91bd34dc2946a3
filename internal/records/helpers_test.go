package records_test

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/records/recordstest"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// dialects runs fn on SQLite, and on PostgreSQL when LIAISON_TEST_POSTGRES is set.
func dialects(t *testing.T, fn func(t *testing.T, db *store.DB)) { storetest.Each(t, fn) }

func newFixture(t testing.TB, db *store.DB, max int64) *recordstest.Fixture {
	t.Helper()
	return recordstest.New(t, db, max)
}

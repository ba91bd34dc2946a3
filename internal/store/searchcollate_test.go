package store_test

import (
	"testing"

	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestSearchTermsCompareByCodePoint: on PostgreSQL the index's words are
// compared by code point whatever the database's collation (migration
// 00033), so that the range of a prefix holds exactly the words that
// begin with it — under en_US.UTF-8, say, "budg" < "bud-get" < "budh".
func TestSearchTermsCompareByCodePoint(t *testing.T) {
	db := storetest.Postgres(t)
	var coll string
	if err := db.SQL().QueryRow(`SELECT COALESCE(collation_name, '') FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name = 'search_terms' AND column_name = 'term'`).Scan(&coll); err != nil {
		t.Fatal(err)
	}
	if coll != "C" {
		t.Errorf("search_terms.term collates as %q, want C", coll)
	}
}

package store

import (
	"strconv"
	"strings"
)

// values writes the VALUES list of a multi-row INSERT: rows groups of cols
// placeholders, numbered from $1 — "($1, $2), ($3, $4)". One statement for
// an action's rows of a table, instead of one each: on PostgreSQL every
// statement is a round trip.
func values(rows, cols int) string { return valuesWith(rows, cols, "") }

// valuesWith is values with extra, an expression of the statement's own
// placeholders, closing every row: "($1, $2, extra), ($3, $4, extra)".
func valuesWith(rows, cols int, extra string) string {
	var b strings.Builder
	n := 0
	for r := range rows {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for c := range cols {
			if c > 0 {
				b.WriteString(", ")
			}
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
		}
		if extra != "" {
			b.WriteString(", ")
			b.WriteString(extra)
		}
		b.WriteByte(')')
	}
	return b.String()
}

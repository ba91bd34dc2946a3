package store

import "strings"

// positional rewrites a query whose parameters are $1, $2, … $n, each used
// once and in that order, to use SQLite's nameless ?, and reports whether
// it did. The queries are written with PostgreSQL's $N for both dialects;
// SQLite accepts $N too, but as a named parameter: binding one then asks
// SQLite for each parameter's name, a walk of the statement's list of
// names, so a multi-row INSERT of n parameters costs n²/2 steps before a
// row is written (2 % of the server's CPU under the load mix, most of it
// in the search index's inserts of up to 600 parameters). A nameless ? is
// bound by position at no such cost. Quoted strings, quoted names and
// comments are left alone; a query that reuses or reorders its
// parameters is kept as it is.
func positional(query string) (string, bool) {
	if !strings.Contains(query, "$") {
		return query, false
	}
	var b strings.Builder
	b.Grow(len(query))
	next := 1
	for i := 0; i < len(query); {
		c := query[i]
		switch {
		case c == '\'' || c == '"':
			j := strings.IndexByte(query[i+1:], c)
			if j < 0 {
				return query, false
			}
			b.WriteString(query[i : i+j+2])
			i += j + 2
		case c == '-' && strings.HasPrefix(query[i:], "--"):
			j := strings.IndexByte(query[i:], '\n')
			if j < 0 {
				j = len(query) - i
			}
			b.WriteString(query[i : i+j])
			i += j
		case c == '$':
			j := i + 1
			n := 0
			for j < len(query) && query[j] >= '0' && query[j] <= '9' && n <= 1<<20 {
				n = n*10 + int(query[j]-'0')
				j++
			}
			if j == i+1 || n != next {
				return query, false
			}
			next++
			b.WriteByte('?')
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), next > 1
}

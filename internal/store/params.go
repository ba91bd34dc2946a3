package store

import (
	"strconv"
	"strings"
)

// params numbers a statement's parameters ($1, $2, …) as its text is
// built, for the statements whose conditions depend on what is asked.
type params struct{ args []any }

// add appends x and returns its placeholder.
func (p *params) add(x any) string {
	p.args = append(p.args, x)
	return "$" + strconv.Itoa(len(p.args))
}

// list adds xs and returns their placeholders, joined for an IN list.
func (p *params) list(xs []string) string {
	ph := make([]string, len(xs))
	for i, x := range xs {
		ph[i] = p.add(x)
	}
	return strings.Join(ph, ", ")
}

package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"golang.org/x/text/width"

	"github.com/liaison-dev/liaison/internal/demo"
)

// cellWidth is how many terminal columns s takes: Chinese characters (wide
// and full-width runes) take two, so a table of names lines up.
func cellWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// writeTable prints rows in columns two spaces apart, padded by display
// width (text/tabwriter counts runes, which misaligns Chinese).
func writeTable(w io.Writer, rows [][]string) {
	widths := map[int]int{}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], cellWidth(c))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, c := range r {
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-cellWidth(c)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// table collects tab-separated lines as text/tabwriter does and prints
// them with writeTable on Flush, padded by display width: the administration
// lists (user, dept, party) hold Chinese names too.
type table struct {
	w   io.Writer
	buf strings.Builder
}

func newTable(w io.Writer) *table { return &table{w: w} }

func (t *table) Write(p []byte) (int, error) { return t.buf.Write(p) }

// Flush prints what was written so far.
func (t *table) Flush() error {
	text := strings.TrimSuffix(t.buf.String(), "\n")
	t.buf.Reset()
	if text == "" {
		return nil
	}
	var rows [][]string
	for _, line := range strings.Split(text, "\n") {
		rows = append(rows, strings.Split(line, "\t"))
	}
	writeTable(t.w, rows)
	return nil
}

// roleWords says what a demo user is, in words: 系统管理员, 市场部负责人,
// 销售部客户经理, 技术部. It reads the demo's own list (the label it
// prints), not a signed-in user's rights.
func roleWords(u demo.User) string {
	dept := demo.DepartmentName(u.Dept)
	switch {
	case u.Dept == "" && u.Login == "admin":
		return "系统管理员"
	case u.Head:
		return dept + "负责人"
	case len(u.Roles) > 0:
		words := map[string]string{"account_manager": "客户经理"}
		if w, ok := words[u.Roles[0]]; ok {
			return dept + w
		}
	}
	return dept
}

// loginsTable is the demo's sign-in list: 账号, 姓名, 身份, 密码.
func loginsTable() [][]string {
	rows := [][]string{{"账号 login", "姓名 name", "身份 role", "密码 password"}}
	for _, u := range demo.Users {
		rows = append(rows, []string{u.Login, u.Name, roleWords(u), demo.Password})
	}
	return rows
}

// quietRequests is a log handler for the demo's console: the per-request
// "http" lines (one for every page and script) stay off it unless asked
// for, everything else passes; times are written in loc (the users' zone,
// not UTC).
type quietRequests struct {
	slog.Handler
	requests bool
}

func (h quietRequests) Handle(ctx context.Context, r slog.Record) error {
	if !h.requests && r.Message == "http" && r.Level < slog.LevelWarn {
		return nil
	}
	return h.Handler.Handle(ctx, r)
}

func (h quietRequests) WithAttrs(as []slog.Attr) slog.Handler {
	return quietRequests{h.Handler.WithAttrs(as), h.requests}
}

func (h quietRequests) WithGroup(name string) slog.Handler {
	return quietRequests{h.Handler.WithGroup(name), h.requests}
}

// demoLogger writes text logs to w with times in loc, request lines only
// when requests is set.
func demoLogger(w io.Writer, loc *time.Location, requests bool) *slog.Logger {
	text := slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Value.Kind() == slog.KindTime {
			a.Value = slog.TimeValue(a.Value.Time().In(loc))
		}
		return a
	}})
	return slog.New(quietRequests{Handler: text, requests: requests})
}

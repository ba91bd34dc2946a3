package dberr_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/liaison-dev/liaison/internal/dberr"
	"github.com/liaison-dev/liaison/internal/problem"
)

// TestProblemNamesTheThingInEachLanguage: the thing a store answer is
// about is a catalogue key, put in the reader's language with the answer.
func TestProblemNamesTheThingInEachLanguage(t *testing.T) {
	for _, c := range []struct {
		err    error
		code   problem.Code
		thing  string
		args   []any
		zh, en string
	}{
		{dberr.ErrNotFound, problem.NotFound, "thing.department", []any{"hr"}, "没有部门 hr", `department "hr" not found`},
		{fmt.Errorf("wrapped: %w", dberr.ErrDuplicate), problem.Conflict, "thing.login", []any{"lina"}, "登录名 lina已存在", `login "lina" already exists`},
		{dberr.ErrStale, problem.Conflict, "thing.case", nil, "事项已被他人更新", "the case changed meanwhile; reload and try again"},
		{dberr.ErrNotFound, problem.NotFound, "thing.identity_of", []any{"sub-1", "lina"}, "没有lina 的账号 sub-1", `identity "sub-1" of lina not found`},
	} {
		p := problem.As(dberr.Problem(c.err, c.thing, c.args...))
		if p.Code != c.code {
			t.Errorf("%v: code %s, want %s", c.err, p.Code, c.code)
		}
		if zh := p.Text("zh"); len(zh) < len(c.zh) || zh[:len(c.zh)] != c.zh {
			t.Errorf("%v %s: zh %q, want %q…", c.err, c.thing, zh, c.zh)
		}
		if en := p.Text("en"); en != c.en {
			t.Errorf("%v %s: en %q, want %q", c.err, c.thing, en, c.en)
		}
	}
	if err := dberr.Problem(nil, "thing.case"); err != nil {
		t.Errorf("nil: %v", err)
	}
	other := errors.New("boom")
	if err := dberr.Problem(other, "thing.case"); err != other {
		t.Errorf("another error came back as %v", err)
	}
}

// TestNulInTextIsMalformed: PostgreSQL refuses a NUL character in text
// (SQLSTATE 22021); a login or id of "a\x00" from a request was a 500
// there. It is a 400 in the reader's language; other database errors stay.
func TestNulInTextIsMalformed(t *testing.T) {
	nul := fmt.Errorf("store: scan user: %w", &pgconn.PgError{Code: "22021", Message: `invalid byte sequence for encoding "UTF8": 0x00`})
	p := problem.As(dberr.AsUnavailable(nul))
	if p.Code != problem.Malformed || !strings.Contains(p.Text("en"), "NUL") || !strings.Contains(p.Text("zh"), "NUL 字符") {
		t.Errorf("NUL: %s %q %q", p.Code, p.Text("en"), p.Text("zh"))
	}
	other := fmt.Errorf("store: %w", &pgconn.PgError{Code: "23505"})
	if err := dberr.AsUnavailable(other); err != other {
		t.Errorf("another error became %v", err)
	}
}

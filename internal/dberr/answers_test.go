package dberr_test

import (
	"errors"
	"fmt"
	"testing"

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

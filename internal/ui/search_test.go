package ui

import (
	"context"
	"net/http"
	"strconv"
	"testing"

	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/process"
)

func TestSearchPageAndKeyJump(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	f := map[string]any{"title": "打印机报价单确认", "to_dept": "tech", "background": "请确认合同条款。", "expected_by": "2026-03-20",
		"tasks": []any{map[string]any{"item": "报价", "standard": "含税"}}}
	v, err := e.cases.Open(context.Background(), casestest.Actor(t, e.db, "wangfang"), "internal-collab", process.Input{Fields: f})
	if err != nil {
		t.Fatal(err)
	}
	b := e.browser().signIn("wangfang")
	b.want(http.StatusOK, `action="/search"`) // the box on every page
	b.get("/search?q=" + "报价")
	b.want(http.StatusOK, "<mark>报价</mark>", `href="/cases/`+strconv.FormatInt(v.ID, 10)+`"`)
	b.get("/search?q=" + v.Key)
	if b.status != http.StatusSeeOther || b.loc != "/cases/"+strconv.FormatInt(v.ID, 10) {
		t.Fatalf("a case key: %d %s", b.status, b.loc)
	}
	// Someone who may not see the case finds nothing, not even by key.
	o := e.browser().signIn("sunli")
	o.get("/search?q=" + "报价")
	o.want(http.StatusOK)
	o.lacks("<mark>")
	o.get("/search?q=" + v.Key)
	o.want(http.StatusOK)
	o.lacks(v.Title)
}

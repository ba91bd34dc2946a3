package ui

import (
	"net/http"
	"testing"
)

func TestSmoke(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	b := e.browser().signIn("wangfang")
	b.want(http.StatusOK, "待办")
	b.get("/new/internal-collab")
	b.want(http.StatusOK)
	t.Log(b.body)
}

package ui

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
)

// TestTimelineInWords: the engine's own entries on the case page — a
// reminder, an escalation, a reassignment — read in words: who was told by
// role, people by name, the deadline as a time, each under a label in the
// page's language; not the stored keys and ids (to, due_at, contact,
// chenjie, 2026-03-04T10:00:00+08:00).
func TestTimelineInWords(t *testing.T) {
	e := newEnv(t, "2026-03-02 10:00")
	wang := e.browser().signIn("wangfang")
	wang.get("/new/internal-collab")
	form := collabForm("时间线文字测试")
	form.Set("csrf", wang.csrf())
	wang.post("/new/internal-collab", form)
	page := wang.loc
	id, err := strconv.ParseInt(strings.TrimPrefix(page, "/cases/"), 10, 64)
	if err != nil {
		t.Fatalf("no case page: %q", page)
	}
	e.setClock("2026-03-04 10:01") // the reminder and the escalation have fired
	if _, err := e.cases.Reassign(context.Background(), process.Actor{Login: "zhaolei", Dept: "tech", HeadOf: []string{"tech"}}, id, "contact", "zhaolei"); err != nil {
		t.Fatal(err)
	}
	wang.get(page).want(http.StatusOK, ">通知对象<", ">截止时间<", "协作对接人", "2026年3月4日（周三） 10:00", ">改派<", ">原处理人<", ">陈杰<", ">赵磊<")
	wang.lacks(`<th scope="row">to<`, `<th scope="row">due_at<`, `<th scope="row">from<`, `"text">contact`, "T10:00:00", `"text">chenjie<`, ">reassigned<")
}

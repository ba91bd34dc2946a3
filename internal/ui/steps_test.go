package ui

import (
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// TestStepIndicator: every case page lists the process's states in order,
// marks the current one, names who finished each done step and when, and
// links to the process's diagram; a customer case shows staff its
// milestones.
func TestStepIndicator(t *testing.T) {
	e := tourEnv(t)
	b := e.browser().signIn("zhaolei")
	b.get("/cases/2") // accepted by 赵磊: 待确认 done, 进行中 current
	b.want(http.StatusOK, `<nav class="steps"`, `href="/processes/internal-collab?state=`)
	steps := regexp.MustCompile(`(?s)<nav class="steps".*?</nav>`).FindString(b.body)
	li := regexp.MustCompile(`(?s)<li class="(\w+)"[^>]*><span class="step-name">([^<]*)</span>(.*?)</li>`).FindAllStringSubmatch(steps, -1)
	if len(li) < 3 {
		t.Fatalf("steps: %s", steps)
	}
	if li[0][1] != "done" || !strings.Contains(li[0][3], "赵磊") || !strings.Contains(li[0][3], "2026年3月2日") {
		t.Errorf("the first step is not done by 赵磊 with a time: %q", li[0])
	}
	current := 0
	for _, l := range li {
		if l[1] == "current" {
			current++
			if !strings.Contains(steps, `aria-current="step"><span class="step-name">`+l[2]) {
				t.Errorf("the current step %s is not marked for screen readers", l[2])
			}
		}
	}
	if current != 1 {
		t.Errorf("%d current steps, want 1: %s", current, steps)
	}
	if li[len(li)-1][1] != "ahead" {
		t.Errorf("the last step of an open case is not ahead: %q", li[len(li)-1])
	}

	// The diagram the step indicator links to is there for a non-administrator.
	b.get("/processes/internal-collab?state=in_progress")
	b.want(http.StatusOK, "<svg", `id="diagram"`)
	b.get("/processes/nope")
	b.want(http.StatusNotFound)

	// A closed case ends on the end it reached, every step before it done.
	l := e.browser().signIn("sunli")
	l.get("/cases/4")
	steps = regexp.MustCompile(`(?s)<nav class="steps".*?</nav>`).FindString(l.body)
	if !strings.Contains(steps, `class="current" aria-current="step"`) || strings.Contains(steps, `class="ahead"`) {
		t.Errorf("closed case steps: %s", steps)
	}

	// Milestones for staff on a customer case.
	z := e.browser().signIn("zhoumin")
	z.get("/cases/9")
	z.want(http.StatusOK, `id="milestones"`, "原型完成", "测试上线", "计划中")
	// A new date proposed (调整计划) shows beside the milestone until answered.
	z.post("/cases/9/actions/propose_milestone_date", url.Values{"csrf": {z.csrf()}, "name": {"测试上线"}, "proposed_date": {"2027-06-30"}, "replan_reason": {"测试环境顺延两周。"}})
	z.get("/cases/9")
	z.want(http.StatusOK, "我方提议改期至2027-06-30：测试环境顺延两周。")
}

// TestDecidingAboveDecision: the delivery to accept is shown in the
// actions, right above the acceptance form.
func TestDecidingAboveDecision(t *testing.T) {
	e := tourEnv(t)
	b := e.browser().signIn("lina")
	b.get("/cases/3")
	b.want(http.StatusOK, `id="deciding"`, "物料已到货并验收数量")
	deciding := strings.Index(b.body, `id="deciding"`)
	form := strings.Index(b.body, `/actions/accept_delivery"`)
	timeline := strings.Index(b.body, `id="timeline"`)
	if deciding < 0 || form < 0 || !(deciding < form && form < timeline) {
		t.Fatalf("deciding at %d, its form at %d, the timeline at %d", deciding, form, timeline)
	}
	// Someone with nothing to decide sees no such box.
	h := e.browser().signIn("heping")
	h.get("/cases/3")
	h.lacks(`id="deciding"`)
	// Nor does the one who made the move: zhaolei accepted case 2 and now
	// owes progress; his own acceptance is not for him to decide on. The
	// requester, who follows it up, still sees the commitment on top.
	z := e.browser().signIn("zhaolei")
	z.get("/cases/2")
	z.want(http.StatusOK, `/actions/progress"`)
	z.lacks(`id="deciding"`)
	w := e.browser().signIn("wangfang")
	w.get("/cases/2")
	w.want(http.StatusOK, `id="deciding"`)
}

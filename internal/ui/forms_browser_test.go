package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/liaison-dev/liaison/internal/browsertest"
)

// browserRun is a test's chromium with the helpers its steps use.
type browserRun struct {
	t   *testing.T
	ctx context.Context
	dir string // where pictures go (docs/screenshots with LIAISON_UPDATE_SCREENSHOTS=1)
}

func newBrowserRun(t *testing.T, bound time.Duration) *browserRun {
	ctx := browsertest.Within(t, bound)
	dir := t.TempDir()
	if os.Getenv("LIAISON_UPDATE_SCREENSHOTS") == "1" {
		dir = screenshots
	}
	return &browserRun{t: t, ctx: ctx, dir: dir}
}

func (b *browserRun) run(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

func (b *browserRun) num(expr string) float64 {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[float64](expr))
	if err != nil {
		b.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func (b *browserRun) strs(expr string) []string {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]string](expr))
	if err != nil {
		b.t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// axe fails the test for every axe-core violation on the page shown.
func (b *browserRun) axe(where string) {
	b.t.Helper()
	vs, err := chromedp.Run(b.ctx, browsertest.Axe())
	if err != nil {
		b.t.Fatalf("%s: axe: %v", where, err)
	}
	for _, v := range vs {
		b.t.Errorf("%s: %s", where, v)
	}
}

func (b *browserRun) shot(name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		pic, err := chromedp.FullScreenshot(100)(ctx, tg)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(b.dir, name), pic, 0o644)
	})
}

// widths are the desktop and the phone.
var widths = []struct{ w, h int64 }{{browsertest.DesktopWidth, browsertest.DesktopHeight}, {browsertest.PhoneWidth, browsertest.PhoneHeight}}

// TestBrowserReferencesAndWarnings: at 1280 px and at 375 px the milestone
// a project lead marks done is a list of the case's 2 open milestones (no
// box to type a name into), the delivery form warns of the 2 open
// milestones before anything is sent, and a commitment later than the
// requester's date is said as soon as it is chosen (1 warning shown, 0
// before); sent anyway, the warning is in the requester's timeline and not
// in an administrator's.
func TestBrowserReferencesAndWarnings(t *testing.T) {
	b := newBrowserRun(t, 4*time.Minute)
	e := tourEnv(t)
	base := e.srv.URL

	b.run("chenjie signs in", signInSteps(base, "chenjie")...)
	for _, w := range widths {
		b.run("case 9", chromedp.EmulateViewport(w.w, w.h), chromedp.Navigate(base+"/cases/9"), chromedp.WaitReady(chromedp.CSS("section.actions")),
			chromedp.Evaluate[chromedp.Void](`document.querySelectorAll("section.actions details").forEach(d => d.open = true)`))
		b.axe(fmt.Sprintf("/cases/9 at %d px", w.w))
		if n := b.num(`document.querySelectorAll('form[action$="/actions/milestone_done"] select[name="name"] option:not([value=""])').length`); n != 2 {
			t.Errorf("at %d px the milestone list offers %.0f, want 2", w.w, n)
		}
		if n := b.num(`document.querySelectorAll('form[action$="/actions/milestone_done"] input[name="name"]').length`); n != 0 {
			t.Errorf("at %d px the milestone is still typed into %.0f box(es)", w.w, n)
		}
		warn := b.strs(`[...document.querySelectorAll('form[action$="/actions/deliver"] [data-case-warnings] li')].map(l => l.textContent)`)
		if len(warn) != 1 || !strings.Contains(warn[0], "还有2个节点未完成") {
			t.Errorf("at %d px the delivery warns %q, want the 2 open milestones", w.w, warn)
		}
		if w.w == browsertest.PhoneWidth {
			b.run("picture", chromedp.Evaluate[chromedp.Void](`document.getElementById("act-deliver").scrollIntoView()`), b.shot("warning-phone.png"))
		}
	}

	for _, w := range widths {
		b.run("case 1", chromedp.EmulateViewport(w.w, w.h), chromedp.Navigate(base+"/cases/1"), chromedp.WaitReady(chromedp.CSS("section.actions")),
			chromedp.Evaluate[chromedp.Void](`document.getElementById("act-accept").open = true`))
		shown := `document.querySelectorAll('form[action$="/actions/accept"] [data-later-than]:not([hidden])').length`
		if n := b.num(shown); n != 0 {
			t.Errorf("at %d px %.0f warning(s) before a date is chosen", w.w, n)
		}
		b.run("a late date", chromedp.SetValue(chromedp.CSS(`form[action$="/actions/accept"] input[name="committed_by"]`), "2026-06-30"),
			chromedp.Evaluate[chromedp.Void](`document.querySelector('form[action$="/actions/accept"] input[name="committed_by"]').dispatchEvent(new Event("change"))`))
		if n := b.num(shown); n != 1 {
			t.Errorf("at %d px %.0f warning(s) after a late date is chosen, want 1", w.w, n)
		}
		b.axe(fmt.Sprintf("/cases/1 with a late date at %d px", w.w))
		if w.w == browsertest.DesktopWidth {
			b.run("picture", b.shot("warning.png"))
		}
	}
	// Sent: warned on the server, sent anyway with the box ticked.
	b.run("send", chromedp.Click(chromedp.CSS(`form[action$="/actions/accept"] button.primary`)), chromedp.WaitVisible(chromedp.CSS(`input[name="ack"]`)))
	if n := b.num(`document.querySelectorAll('form[action$="/actions/accept"] .findings li.sev-warn').length`); n != 1 {
		t.Errorf("the server gave %.0f warning(s) for the late date, want 1", n)
	}
	b.run("send anyway", chromedp.Click(chromedp.CSS(`input[name="ack"]`)), chromedp.Click(chromedp.CSS(`form[action$="/actions/accept"] button.primary`)),
		chromedp.WaitNotPresent(chromedp.CSS(`form[action$="/actions/accept"]`)))
	overridden := `document.querySelectorAll("#timeline [data-overridden] li").length`
	if n := b.num(overridden); n != 1 {
		t.Errorf("the contact sees %.0f warning(s) sent anyway in the timeline, want 1", n)
	}
	b.axe("/cases/1 with the warning sent anyway")
	for _, who := range []struct {
		login string
		want  float64
	}{{"wangfang", 1}, {"admin", 0}} {
		b.run("sign out", chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.CSS("#login")))
		b.run(who.login+" signs in", signInSteps(base, who.login)...)
		b.run("case 1", chromedp.Navigate(base+"/cases/1"), chromedp.WaitReady(chromedp.CSS("#timeline")))
		if n := b.num(overridden); n != who.want {
			t.Errorf("%s sees %.0f warning(s) sent anyway, want %.0f", who.login, n, who.want)
		}
	}
}

// TestBrowserSignConfirm: at both widths the sign form shows what will be
// signed (the form's fields, more than 5 rows) and a confirmation box;
// sent without the box ticked, nothing is signed (0 signatures) and the
// focus is on the box; ticked, 1 signature.
func TestBrowserSignConfirm(t *testing.T) {
	b := newBrowserRun(t, 3*time.Minute)
	e := tourEnv(t)
	base := e.srv.URL
	b.run("lina signs in", signInSteps(base, "lina")...)
	b.run("accept the delivery", chromedp.Navigate(base+"/cases/3"), chromedp.WaitReady(chromedp.CSS("section.actions")),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("act-accept_delivery").open = true`),
		chromedp.Click(chromedp.CSS(`form[action$="/actions/accept_delivery"] button.primary`)),
		chromedp.WaitVisible(chromedp.CSS(`#act-sign`)))
	for _, w := range widths {
		b.run("sign form", chromedp.EmulateViewport(w.w, w.h), chromedp.Navigate(base+"/cases/3"), chromedp.WaitReady(chromedp.CSS("#act-sign")),
			chromedp.Evaluate[chromedp.Void](`document.getElementById("act-sign").open = true`))
		if n := b.num(`document.querySelectorAll('#act-sign [data-sign-preview] table.paper tr').length`); n < 5 {
			t.Errorf("at %d px the preview shows %.0f rows of the form, want at least 5", w.w, n)
		}
		if n := b.num(`document.querySelectorAll('#act-sign input[type=checkbox][name="confirm_sign"]').length`); n != 1 {
			t.Errorf("at %d px %.0f confirmation boxes, want 1", w.w, n)
		}
		b.axe(fmt.Sprintf("/cases/3 signing at %d px", w.w))
		if w.w == browsertest.PhoneWidth {
			b.run("picture", chromedp.Evaluate[chromedp.Void](`document.getElementById("act-sign").scrollIntoView()`), b.shot("sign-phone.png"))
		} else {
			b.run("picture", b.shot("sign.png"))
		}
	}
	// The browser's own check of the required box is bypassed, as a
	// browser without it (or without JavaScript) would send the form.
	b.run("sign unticked", chromedp.Evaluate[chromedp.Void](`document.querySelector('#act-sign form').noValidate = true`),
		chromedp.Click(chromedp.CSS(`#act-sign button.primary`)), chromedp.WaitVisible(chromedp.CSS(`#act-sign .field-error`)))
	if n := b.num(`document.querySelectorAll("ul.signatures li").length`); n != 0 {
		t.Errorf("signed without confirming: %.0f signatures", n)
	}
	if id, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`document.activeElement.name || document.activeElement.id`)); id != "confirm_sign" {
		t.Errorf("after the refusal the focus is on %q, want the confirmation box", id)
	}
	b.run("sign ticked", chromedp.Click(chromedp.CSS(`#act-sign input[name="confirm_sign"]`)), chromedp.Click(chromedp.CSS(`#act-sign button.primary`)),
		chromedp.WaitVisible(chromedp.CSS(`ul.signatures`)))
	if n := b.num(`document.querySelectorAll("ul.signatures li").length`); n != 1 {
		t.Errorf("after confirming: %.0f signatures, want 1", n)
	}
}

// tapPages are the main pages whose action areas are measured, by whom.
var tapPages = []struct{ login, path string }{
	{"", "/login"},
	{"chenjie", "/inbox"},
	{"chenjie", "/new"},
	{"chenjie", "/new/internal-collab"},
	{"chenjie", "/cases"},
	{"chenjie", "/cases/1"},
	{"chenjie", "/cases/9"},
	{"chenjie", "/me"},
}

// tapTargets measures, on the page shown, every button, link and field of
// the action areas (the top bar, the action bar, the forms, the lists'
// links) and names those smaller than 44 × 44 px; a check box counts with
// its label, which takes the tap for it.
const tapTargets = `(() => {
	document.querySelectorAll("details").forEach(d => d.open = true);
	const sel = ["header.top a:not(.skip)", "header.top button", "header.top input:not([type=hidden])",
		"section.actions summary", "section.actions button", "section.actions a",
		"main form button", "main form input:not([type=hidden])", "main form select", "main form textarea",
		"main table.list a", "ul.messages a", ".picks a", "nav.pager a", "a.button", "nav.steps a"].join(",");
	const out = [];
	let n = 0;
	for (const el of document.querySelectorAll(sel)) {
		let r = el.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue;
		n++;
		let w = r.width, h = r.height;
		if (el.type === "checkbox" || el.type === "radio") {
			const l = el.closest("label") || (el.id && document.querySelector('label[for="' + el.id + '"]'));
			if (l) { const lr = l.getBoundingClientRect(); w = Math.max(w, lr.width); h = Math.max(h, lr.height); }
		}
		if (w < 44 - 0.5 || h < 44 - 0.5) {
			out.push(el.tagName.toLowerCase() + (el.name ? "[name=" + el.name + "]" : "") + " «" + (el.textContent || el.value || "").trim().slice(0, 12) + "» " + Math.round(w) + "×" + Math.round(h));
		}
	}
	return [String(n)].concat(out);
})()`

// TestBrowserTapTargets: at 375 px every button, link and field in the
// main pages' action areas is at least 44 × 44 px.
func TestBrowserTapTargets(t *testing.T) {
	b := newBrowserRun(t, 4*time.Minute)
	e := tourEnv(t)
	base := e.srv.URL
	signed := "-"
	for _, p := range tapPages {
		if p.login != signed {
			if signed != "-" && signed != "" {
				b.run("sign out", chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.CSS("#login")))
			}
			if p.login != "" {
				b.run("sign in", signInSteps(base, p.login)...)
			}
			signed = p.login
		}
		b.run(p.path, chromedp.EmulateViewport(browsertest.PhoneWidth, browsertest.PhoneHeight), chromedp.Navigate(base+p.path), chromedp.WaitReady(chromedp.CSS("main")))
		res := b.strs(tapTargets)
		var measured int
		fmt.Sscan(res[0], &measured)
		if measured < 3 {
			t.Errorf("%s: only %d targets measured", p.path, measured)
		}
		t.Logf("%s at 375 px: %d targets, %d under 44 px", p.path, measured, len(res)-1)
		if small := res[1:]; len(small) > 0 {
			t.Errorf("%s at 375 px: %d of %d targets under 44 px: %s", p.path, len(small), measured, strings.Join(small, "; "))
		}
	}
}

// TestBrowserDocumentAxe: axe-core finds 0 violations on the printable
// documents (the forms, the records of actions, a customer's solution and
// contract), in Chinese and in English, at 1280 px and at 375 px, and
// none is wider than the phone.
func TestBrowserDocumentAxe(t *testing.T) {
	b := newBrowserRun(t, 5*time.Minute)
	e := tourEnv(t)
	base := e.srv.URL
	b.run("zhoumin signs in", signInSteps(base, "zhoumin")...)
	b.run("case 9", chromedp.Navigate(base+"/cases/9"), chromedp.WaitReady(chromedp.CSS("main")))
	docs := b.strs(`[...document.querySelectorAll("ul.documents li > a:first-child")].map(a => a.getAttribute("href"))`)
	b.run("sign out", chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.CSS("#login")))
	b.run("sunli signs in", signInSteps(base, "sunli")...)
	b.run("case 4", chromedp.Navigate(base+"/cases/4"), chromedp.WaitReady(chromedp.CSS("main")))
	signed := b.strs(`[...document.querySelectorAll("ul.documents li > a:first-child")].map(a => a.getAttribute("href"))`)
	if len(docs) < 3 || len(signed) < 1 {
		t.Fatalf("documents found: %v and %v", docs, signed)
	}
	b.run("sign out", chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.CSS("#login")))
	pages := 0
	check := func(login string, list []string) {
		b.run(login+" signs in", signInSteps(base, login)...)
		for _, d := range list {
			for _, lang := range []string{"zh", "en"} {
				path := strings.Replace(d, "lang=zh", "lang="+lang, 1)
				for _, w := range widths {
					where := fmt.Sprintf("%s at %d px", path, w.w)
					b.run(where, chromedp.EmulateViewport(w.w, w.h), chromedp.Navigate(base+path), chromedp.WaitReady(chromedp.CSS("main")))
					pages++
					if n := b.num(`document.querySelectorAll("main, [role=main]").length`); n != 1 {
						t.Errorf("%s: %.0f main landmarks, want 1", where, n)
					}
					vs, err := chromedp.Run(b.ctx, browsertest.Axe())
					if err != nil {
						t.Fatalf("%s: axe: %v", where, err)
					}
					if len(vs) != 0 {
						for _, v := range vs {
							t.Errorf("%s: %s", where, v)
						}
					}
					if w.w == browsertest.PhoneWidth {
						if sw := b.num(`Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)`); sw > browsertest.PhoneWidth {
							t.Errorf("%s: %.0f px wide", where, sw)
						}
					}
				}
			}
		}
		b.run("sign out", chromedp.Navigate(base+"/inbox"), chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)), chromedp.WaitVisible(chromedp.CSS("#login")))
	}
	check("zhoumin", docs)
	check("sunli", signed)
	t.Logf("axe: 0 violations required on %d document pages (%d documents × 2 languages × 2 widths)", pages, len(docs)+len(signed))
}

// TestBrowserKnownContacts: at 1280 px and at 375 px, choosing the
// customer fills its known contact into the contact fields (the demo's
// 张伟: name and address, 2 fields; no phone is known), and a
// contact typed by hand is not overwritten by another choice.
func TestBrowserKnownContacts(t *testing.T) {
	b := newBrowserRun(t, 3*time.Minute)
	e := tourEnv(t)
	base := e.srv.URL
	b.run("zhoumin signs in", signInSteps(base, "zhoumin")...)
	filled := `["contact.name", "contact.email", "contact.phone"].filter(n => document.querySelector('[name="' + n + '"]').value !== "").length`
	for _, w := range widths {
		b.run("the form", chromedp.EmulateViewport(w.w, w.h), chromedp.Navigate(base+"/new/customer-requirement"), chromedp.WaitReady(chromedp.CSS(`[name="customer"]`)))
		if n := b.num(filled); n != 0 {
			t.Fatalf("at %d px %.0f contact fields filled before a customer is chosen", w.w, n)
		}
		b.run("choose", chromedp.SetValue(chromedp.CSS(`select[name="customer"]`), "huaxin"),
			chromedp.Evaluate[chromedp.Void](`document.querySelector('select[name="customer"]').dispatchEvent(new Event("change"))`))
		if n := b.num(filled); n != 2 {
			t.Errorf("at %d px %.0f contact fields filled from the customer, want 2", w.w, n)
		}
		if got := b.strs(`[document.querySelector('[name="contact.name"]').value, document.querySelector('[name="contact.email"]').value]`); strings.Join(got, " ") != "张伟 zhangwei@huaxin.example" {
			t.Errorf("at %d px the contact filled is %v", w.w, got)
		}
		b.axe(fmt.Sprintf("/new/customer-requirement at %d px", w.w))
	}
	b.run("typed by hand", chromedp.Evaluate[chromedp.Void](`document.querySelector('[name="contact.name"]').value = "刘经理"`),
		chromedp.SetValue(chromedp.CSS(`select[name="customer"]`), ""),
		chromedp.Evaluate[chromedp.Void](`document.querySelector('select[name="customer"]').dispatchEvent(new Event("change"))`))
	if got := b.strs(`[document.querySelector('[name="contact.name"]').value]`); got[0] != "刘经理" {
		t.Errorf("a contact typed by hand became %q", got[0])
	}
}

package browsertest

import (
	"context"
	_ "embed"
	"fmt"
	"strings"

	"github.com/chromedp/chromedp"
)

// axeSource is axe-core's minified build (npm axe-core 4.14.1, MPL-2.0;
// the licence is beside it in axe/), vendored so the tests need no
// network and no node.
//
//go:embed axe/axe.min.js
var axeSource string

// Phone and Desktop are the two widths every page is tried at: a 375 px
// phone (an iPhone's 375 × 812) and a 1280 px desktop.
const (
	PhoneWidth, PhoneHeight     = 375, 812
	DesktopWidth, DesktopHeight = 1280, 900
)

// Violation is one axe rule that failed, with the elements it failed on.
type Violation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []any  `json:"target"`
		HTML   string `json:"html"`
	} `json:"nodes"`
}

func (v Violation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s): %s", v.ID, v.Impact, v.Help)
	for i, n := range v.Nodes {
		if i == 5 {
			fmt.Fprintf(&b, "\n    … %d more", len(v.Nodes)-5)
			break
		}
		fmt.Fprintf(&b, "\n    %v %s", n.Target, n.HTML)
	}
	return b.String()
}

// Axe runs axe-core on the page the browser shows and returns the rules
// that fail (WCAG 2.x A and AA and axe's best practices). The script is
// evaluated through the DevTools protocol, which the page's CSP does not
// govern, so pages keep their strict policy.
func Axe() chromedp.Action[[]Violation] {
	return func(ctx context.Context, t *chromedp.Target) ([]Violation, error) {
		loaded, err := chromedp.Evaluate[bool](`!!window.axe`)(ctx, t)
		if err != nil {
			return nil, err
		}
		if !loaded {
			if _, err := chromedp.Evaluate[chromedp.Void](axeSource)(ctx, t); err != nil {
				return nil, fmt.Errorf("load axe: %w", err)
			}
		}
		return chromedp.Evaluate[[]Violation](`(async () => {
			const r = await window.axe.run(document, {resultTypes: ["violations"]});
			return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
				nodes: v.nodes.map(n => ({target: n.target, html: n.html.slice(0, 200)}))}));
		})()`, chromedp.EvalAwaitPromise)(ctx, t)
	}
}

// ScrollWidth is the page's widest extent in CSS pixels: wider than the
// window means the visitor scrolls sideways.
func ScrollWidth() chromedp.Action[int] {
	return chromedp.Evaluate[int](`Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0)`)
}

// WidestElements names the innermost elements that reach past width, to
// say what makes a page scroll sideways.
func WidestElements(width int) chromedp.Action[[]string] {
	return chromedp.Evaluate[[]string](fmt.Sprintf(`(() => {
		const out = [];
		for (const el of document.querySelectorAll("body *")) {
			const r = el.getBoundingClientRect();
			if (r.right > %d + 0.5 && r.width > 0 && ![...el.children].some(c => c.getBoundingClientRect().right > %d + 0.5)) {
				out.push(el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().replace(/\s+/g, ".") : "") + " → " + Math.round(r.right));
				if (out.length >= 8) break;
			}
		}
		return out;
	})()`, width, width))
}

package ui

import (
	"fmt"
	"html"
	"html/template"
	"strings"
)

// bar is one bar of a chart: a label under it, a height, an optional part
// drawn darker (e.g. the steps done in time of the steps due), and a link.
type bar struct {
	Label string
	Value int
	Part  int
	Href  string
	Title string
}

// barChart draws bars as an SVG the server writes (no script, no CDN), with
// a viewBox so it scales to a phone's width. Each bar links to the cases
// behind it.
func barChart(bars []bar, label string) template.HTML {
	const w, h, top, bottom = 600, 200, 16, 28
	peak := 1
	for _, b := range bars {
		peak = max(peak, b.Value)
	}
	n := max(len(bars), 1)
	slot := float64(w) / float64(n)
	bw := slot * 0.6
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" viewBox="0 0 %d %d" role="group" aria-label="%s" xmlns="http://www.w3.org/2000/svg">`, w, h, html.EscapeString(label))
	fmt.Fprintf(&sb, `<line x1="0" y1="%d" x2="%d" y2="%d" stroke="#999" stroke-width="1"/>`, h-bottom, w, h-bottom)
	for i, b := range bars {
		x := slot*float64(i) + (slot-bw)/2
		full := float64(h-top-bottom) * float64(b.Value) / float64(peak)
		part := float64(h-top-bottom) * float64(b.Part) / float64(peak)
		if b.Href != "" {
			fmt.Fprintf(&sb, `<a href="%s">`, html.EscapeString(b.Href))
		}
		fmt.Fprintf(&sb, `<g><title>%s</title>`, html.EscapeString(b.Title))
		fmt.Fprintf(&sb, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#9ec5f0"/>`, x, float64(h-bottom)-full, bw, full)
		if b.Part > 0 {
			fmt.Fprintf(&sb, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#2f6fb5"/>`, x, float64(h-bottom)-part, bw, part)
		}
		fmt.Fprintf(&sb, `<text x="%.1f" y="%.1f" font-size="12" text-anchor="middle" fill="#222">%d</text>`, x+bw/2, float64(h-bottom)-full-3, b.Value)
		fmt.Fprintf(&sb, `<text x="%.1f" y="%d" font-size="11" text-anchor="middle" fill="#555">%s</text>`, x+bw/2, h-10, html.EscapeString(b.Label))
		sb.WriteString(`</g>`)
		if b.Href != "" {
			sb.WriteString(`</a>`)
		}
	}
	sb.WriteString(`</svg>`)
	return template.HTML(sb.String())
}

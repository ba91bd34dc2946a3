package ui

import (
	"fmt"
	"html"
	"html/template"
	"strings"

	"github.com/liaison-dev/liaison/internal/process"
)

// Diagram geometry, in SVG units.
const (
	boxW, boxH = 150, 36
	gapX, gapY = 40, 70
	margin     = 20
	left       = 100 // room for the arrows that go back to an earlier step
)

// stateDiagram draws a definition's states and transitions as an inline
// SVG: states in rows by their distance from the initial state, terminal
// ones in the last row, each transition an arrow labelled with its action.
// All text is escaped; the SVG carries no script.
func stateDiagram(d *process.Definition, lang string) template.HTML {
	level := map[string]int{d.Initial: 0}
	queue := []string{d.Initial}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		st := d.State(id)
		if st == nil {
			continue
		}
		for _, a := range st.Actions {
			for _, to := range a.Targets() {
				if _, seen := level[to]; !seen {
					level[to] = level[id] + 1
					queue = append(queue, to)
				}
			}
		}
	}
	last := 0
	for _, st := range d.States {
		if !st.Terminal && level[st.ID] > last {
			last = level[st.ID]
		}
	}
	rows := map[int][]*process.State{}
	for _, st := range d.States {
		l, ok := level[st.ID]
		if st.Terminal || !ok {
			l = last + 1
		}
		level[st.ID] = l
		rows[l] = append(rows[l], st)
	}
	type point struct{ x, y int }
	pos := map[string]point{}
	width := 0
	for l := 0; l <= last+1; l++ {
		for i, st := range rows[l] {
			pos[st.ID] = point{left + i*(boxW+gapX), margin + l*(boxH+gapY)}
		}
		if w := left + margin + len(rows[l])*(boxW+gapX) - gapX; w > width {
			width = w
		}
	}
	height := 2*margin + (last+2)*(boxH+gapY) - gapY
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="diagram" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">`,
		width, height, width, height, html.EscapeString(inLang(d.Name, lang)))
	b.WriteString(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#52606d"/></marker></defs>`)
	for _, st := range d.States {
		from := pos[st.ID]
		for i, a := range st.Actions {
			for _, mv := range movesOf(a, lang) {
				to := mv.to
				p := pos[to]
				x1, y1 := from.x+boxW/2+(i%3-1)*20, from.y+boxH
				x2, y2 := p.x+boxW/2, p.y
				path := fmt.Sprintf("M%d,%d L%d,%d", x1, y1, x2, y2)
				lx, ly := (x1+x2)/2, (y1+y2)/2-3
				if level[to] <= level[st.ID] { // back to an earlier step: around the side
					x1, y1 = from.x, from.y+boxH/2
					x2, y2 = p.x, p.y+boxH/2
					path = fmt.Sprintf("M%d,%d C%d,%d %d,%d %d,%d", x1, y1, x1-gapX-20, y1, x2-gapX-20, y2, x2, y2)
					lx, ly = min(x1, x2)-left/2+4, (y1+y2)/2+4
				}
				fmt.Fprintf(&b, `<path d="%s" fill="none" stroke="#52606d" stroke-width="1.2" marker-end="url(#arrow)"/>`, path)
				fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" fill="#323f4b" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">%s</text>`,
					lx, ly, html.EscapeString(mv.label))
			}
		}
	}
	for _, st := range d.States {
		p := pos[st.ID]
		fill := "#e8f0fe"
		if st.Terminal {
			fill = "#eef2f5"
		}
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" rx="6" fill="%s" stroke="#1f5fa8"/>`, p.x, p.y, boxW, boxH, fill)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="13" fill="#102a43" text-anchor="middle">%s</text>`,
			p.x+boxW/2, p.y+boxH/2+5, html.EscapeString(inLang(st.Name, lang)))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) // built from escaped text only
}

type move struct{ to, label string }

// movesOf lists where an action leads, each labelled with the action's
// name, and for a routed action with the value that chooses the route.
func movesOf(a *process.Action, lang string) []move {
	var out []move
	if a.To != "" {
		out = append(out, move{a.To, inLang(a.Name, lang)})
	}
	for _, r := range a.Routes {
		label := inLang(a.Name, lang)
		for _, f := range a.Fields {
			if f.Name == r.Field {
				colon := "："
				if lang == "en" {
					colon = ": "
				}
				label += colon + f.OptionName(r.Equals, lang)
			}
		}
		out = append(out, move{r.To, label})
	}
	return out
}

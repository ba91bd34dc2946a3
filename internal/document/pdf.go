package document

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/go-pdf/fpdf"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// The fonts built into the binary, so that PDFs work on a machine without
// any fonts installed: Droid Sans Fallback (Apache-2.0, from Debian's
// fonts-droid-fallback) for Chinese and DejaVu Sans (Bitstream Vera licence)
// for Latin letters and digits. Their licences are in fonts/.
var (
	//go:embed fonts/DroidSansFallbackFull.ttf
	embeddedCJK []byte
	//go:embed fonts/DejaVuSans.ttf
	embeddedLatin []byte
)

// Fonts are the TrueType fonts a PDF is set in. A nil font is the
// embedded one, so the zero Fonts is always usable.
type Fonts struct {
	CJK   []byte // Chinese, and everything the Latin font lacks
	Latin []byte // Latin letters and digits: CJK fallback fonts often lack them
}

// LoadFonts reads the fonts at cjkPath and latinPath (LIAISON_PDF_FONT and
// LIAISON_PDF_LATIN_FONT, read by the caller); an empty path keeps the
// embedded font.
func LoadFonts(cjkPath, latinPath string) (Fonts, error) {
	var f Fonts
	for _, p := range []struct {
		path string
		into *[]byte
	}{{cjkPath, &f.CJK}, {latinPath, &f.Latin}} {
		if p.path == "" {
			continue
		}
		b, err := os.ReadFile(p.path)
		if err != nil {
			return Fonts{}, fmt.Errorf("document: font: %w", err)
		}
		if len(b) < 4 {
			return Fonts{}, fmt.Errorf("document: font %s: not a TrueType font", p.path)
		}
		*p.into = b
	}
	return f, nil
}

func (f Fonts) cjk() []byte {
	if f.CJK != nil {
		return f.CJK
	}
	return embeddedCJK
}

func (f Fonts) latin() []byte {
	if f.Latin != nil {
		return f.Latin
	}
	return embeddedLatin
}

// Page geometry in millimetres (A4).
const (
	pageW, pageH = 210.0, 297.0
	marginPDF    = 18.0
	labelW       = 42.0
	lineH        = 5.5
)

// PDF renders doc of case c as an A4 PDF laid out like the HTML page: the
// same title, header, labelled rows, tables, quote and signature lines. The
// output is the same bytes for the same document, so it can be hashed into
// an archive.
func PDF(doc Document, c cases.View, lang string, org process.Org, fonts Fonts) ([]byte, error) {
	v := prepare(doc, c, lang, org)
	p := fpdf.New("P", "mm", "A4", "")
	p.SetCompression(true)
	p.SetCatalogSort(true)
	stamp := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	if !doc.At.IsZero() {
		stamp = doc.At
	}
	p.SetCreationDate(stamp)
	p.SetModificationDate(stamp)
	p.SetTitle(v.Title, true)
	p.SetCreator("liaison", true)
	p.AddUTF8FontFromBytes("cjk", "", fonts.cjk())
	p.AddUTF8FontFromBytes("latin", "", fonts.latin())
	wr := &writer{p: p}
	p.SetMargins(marginPDF, marginPDF, marginPDF)
	p.SetAutoPageBreak(false, marginPDF)
	p.AddPage()
	w := pageW - 2*marginPDF
	x := marginPDF

	wr.size = 16
	wr.line(x, w, 10, v.Title, "C")
	wr.size = 9
	y := p.GetY()
	wr.at(x, y, w/2, lineH, v.L["key"]+v.L["colon"]+v.Key, "L")
	wr.at(x+w/2, y, w/2, lineH, v.L["date"]+v.L["colon"]+v.Date, "R")
	wr.at(x, y+lineH, w/2, lineH, v.L["title"]+v.L["colon"]+v.CaseTitle, "L")
	wr.at(x+w/2, y+lineH, w/2, lineH, v.L["process"]+v.L["colon"]+v.Process, "R")
	p.SetXY(x, y+2*lineH+3)

	for _, s := range v.Sections {
		if s.Title != "" {
			room(p, 3*lineH)
			wr.size = 12
			wr.line(x, w, 8, s.Title, "L")
		}
		wr.size = 10
		for _, r := range s.Rows {
			wr.row(r, v.L, w)
		}
		p.Ln(2)
	}
	if len(v.Signatures) > 0 {
		room(p, float64(len(v.Signatures)+2)*9)
		wr.size = 12
		wr.line(x, w, 8, v.L["signatures"], "L")
		wr.size = 10
		for _, sg := range v.Signatures {
			y := p.GetY()
			wr.at(x, y, 40, 9, sg.Label, "L")
			wr.at(x+40, y, 14, 9, v.L["sign"]+v.L["colon"], "L")
			wr.at(x+54, y, 50, 9, sg.Name, "L")
			p.Line(x+54, y+8, x+104, y+8)
			wr.at(x+110, y, 14, 9, v.L["signed_at"]+v.L["colon"], "L")
			wr.at(x+124, y, 50, 9, sg.At, "L")
			p.Line(x+124, y+8, x+174, y+8)
			p.SetXY(x, y+9)
		}
	}
	if len(v.Seals) > 0 {
		room(p, float64(2*len(v.Seals)+2)*lineH)
		wr.size = 12
		wr.line(x, w, 8, v.L["seals"], "L")
		wr.size = 8
		for _, sg := range v.Seals {
			wr.line(x, w, lineH, sg.Name+"  "+sg.At+"  "+v.L["seal_key"]+v.L["colon"]+sg.Key, "L")
			wr.line(x, w, lineH, v.L["seal_hash"]+v.L["colon"]+sg.SHA256, "L")
		}
	}
	p.Ln(4)
	wr.size = 8
	wr.line(x, w, lineH, v.L["footer"], "C")
	var b bytes.Buffer
	if err := p.Output(&b); err != nil {
		return nil, fmt.Errorf("document: pdf: %w", err)
	}
	return b.Bytes(), nil
}

// room starts a new page unless h millimetres are left on this one.
func room(p *fpdf.Fpdf, h float64) {
	if _, y := p.GetXY(); y+h > pageH-marginPDF {
		p.AddPage()
	}
}

// writer writes mixed Chinese and Latin text, each character in a font that
// has it, and wraps lines the way Chinese is wrapped: after any CJK
// character, or at a space.
type writer struct {
	p    *fpdf.Fpdf
	size float64
}

// fontOf picks the font for a character.
func (wr *writer) fontOf(r rune) string {
	if r < 0x2E80 {
		return "latin"
	}
	return "cjk"
}

// runs splits s into pieces of one font each.
func (wr *writer) runs(s string) (fonts []string, texts []string) {
	for _, r := range s {
		if r > 0xFFFF { // outside the fonts' tables
			r = '□'
		}
		f := wr.fontOf(r)
		if n := len(fonts); n > 0 && fonts[n-1] == f {
			texts[n-1] += string(r)
			continue
		}
		fonts = append(fonts, f)
		texts = append(texts, string(r))
	}
	return fonts, texts
}

func (wr *writer) width(s string) float64 {
	fonts, texts := wr.runs(s)
	w := 0.0
	for i := range fonts {
		wr.p.SetFont(fonts[i], "", wr.size)
		w += wr.p.GetStringWidth(texts[i])
	}
	return w
}

// wrap breaks s into lines no wider than w (less the cell padding).
func (wr *writer) wrap(s string, w float64) []string {
	w -= 2
	var out []string
	for _, para := range strings.Split(s, "\n") {
		rs := []rune(para)
		start, brk := 0, -1
		for i := 0; i < len(rs); i++ {
			if unicode.IsSpace(rs[i]) || rs[i] >= 0x2E80 {
				brk = i
			}
			if wr.width(string(rs[start:i+1])) > w && i > start {
				end := i
				if brk >= start && brk < i {
					end = brk + 1
				}
				out = append(out, strings.TrimRight(string(rs[start:end]), " "))
				start, brk = end, -1
				for start < len(rs) && rs[start] == ' ' {
					start++
				}
				i = start - 1
			}
		}
		out = append(out, string(rs[start:]))
	}
	return out
}

// at writes s in the box (x, y, w, h), aligned L, C or R, on one line.
func (wr *writer) at(x, y, w, h float64, s, align string) {
	tw := wr.width(s)
	switch align {
	case "C":
		x += (w - tw) / 2
	case "R":
		x += w - tw - 1
	default:
		x++
	}
	fonts, texts := wr.runs(s)
	for i := range fonts {
		wr.p.SetFont(fonts[i], "", wr.size)
		wr.p.SetXY(x, y)
		cw := wr.p.GetStringWidth(texts[i])
		wr.p.CellFormat(cw, h, texts[i], "", 0, "L", false, 0, "")
		x += cw
	}
}

// line writes s across the width w at the current line and moves down h.
func (wr *writer) line(x, w, h float64, s, align string) {
	y := wr.p.GetY()
	wr.at(x, y, w, h, s, align)
	wr.p.SetXY(x, y+h)
}

// row draws one labelled row: the label on the left, on the right the
// text, the object's pairs, a table or the quote.
func (wr *writer) row(r viewRow, l map[string]string, w float64) {
	p := wr.p
	valueW := w - labelW
	var lines []string
	var table *viewTable
	switch {
	case r.Table != nil:
		table = r.Table
	case r.Quote != nil:
		table = quoteTable(r.Quote, l)
	case r.Pairs != nil:
		for _, pr := range r.Pairs {
			lines = append(lines, wr.wrap(pr.Label+l["colon"]+pr.Text, valueW)...)
		}
	default:
		lines = wr.wrap(r.Text, valueW)
	}
	label := wr.wrap(r.Label, labelW)
	h := float64(max(len(lines), len(label), 1))*lineH + 2
	if table != nil {
		h = max(h, wr.tableHeight(table, valueW-2)+2)
	}
	room(p, h)
	x, y := p.GetXY()
	p.SetFillColor(242, 242, 242)
	p.Rect(x, y, labelW, h, "FD")
	p.Rect(x+labelW, y, valueW, h, "D")
	for i, ln := range label {
		wr.at(x, y+1+float64(i)*lineH, labelW, lineH, ln, "L")
	}
	if table != nil {
		wr.table(table, x+labelW+1, y+1, valueW-2)
	}
	for i, ln := range lines {
		wr.at(x+labelW, y+1+float64(i)*lineH, valueW, lineH, ln, "L")
	}
	p.SetXY(x, y+h)
}

// quoteTable lays a quote out as a table: its lines, then subtotal, tax and
// total with the currency.
func quoteTable(q *viewQuote, l map[string]string) *viewTable {
	t := &viewTable{Headers: []string{l["no"], l["item"], l["qty"], l["price"], l["amount"]}}
	for i, ln := range q.Lines {
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), ln.Name, ln.Qty, ln.UnitPrice, ln.Amount})
	}
	t.Rows = append(t.Rows,
		[]string{"", l["subtotal"], "", "", q.Subtotal},
		[]string{"", l["tax"] + " (" + l["rate"] + " " + q.TaxRate + ")", "", "", q.Tax},
		[]string{"", l["total"] + " (" + l["currency"] + " " + q.Currency + ")", "", "", q.Total})
	return t
}

func (wr *writer) cells(t *viewTable, w float64) (float64, [][][]string, []int) {
	cw := w / float64(max(len(t.Headers), 1))
	var all [][][]string
	var heights []int
	for _, row := range t.Rows {
		n := 1
		cells := make([][]string, len(row))
		for i, cell := range row {
			cells[i] = wr.wrap(cell, cw)
			n = max(n, len(cells[i]))
		}
		all = append(all, cells)
		heights = append(heights, n)
	}
	return cw, all, heights
}

func (wr *writer) tableHeight(t *viewTable, w float64) float64 {
	_, _, heights := wr.cells(t, w)
	h := lineH
	for _, n := range heights {
		h += float64(n) * lineH
	}
	return h
}

func (wr *writer) table(t *viewTable, x, y, w float64) {
	p := wr.p
	cw, all, heights := wr.cells(t, w)
	p.SetFillColor(242, 242, 242)
	for i, hd := range t.Headers {
		p.Rect(x+float64(i)*cw, y, cw, lineH, "FD")
		wr.at(x+float64(i)*cw, y, cw, lineH, hd, "C")
	}
	y += lineH
	for r, cells := range all {
		h := float64(heights[r]) * lineH
		for i := range cells {
			p.Rect(x+float64(i)*cw, y, cw, h, "D")
			for j, ln := range cells[i] {
				wr.at(x+float64(i)*cw, y+float64(j)*lineH, cw, lineH, ln, "L")
			}
		}
		y += h
	}
}

package portal

import (
	"cmp"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/records"
)

// The page is built from plain strings and tables so that html/template
// escapes every value the customer or staff typed; nothing is template.HTML.

type pageData struct {
	Key, CaseTitle, ProcessName, StateName string
	Terminal, Overdue                      bool
	DueAt, Expires                         string
	Message, Error                         string
	Requirement                            []item
	FormTitle                              string // the opening form's name: 采购订单, 客户反馈处理表; "" for the catalogue's
	Solution                               []item
	Milestones                             []milestoneRow
	Minutes, Reports, History              []entry
	Feedback                               []feedbackRow
	Forms                                  []form
	CSRF, Token                            string
	Upload                                 bool // the case waits for a file from the party
}

// canUpload: the case waits for the party on an action that delivers
// something, so the page offers the upload form (records.AttachParty has
// the last word).
func canUpload(d *process.Definition, v cases.View) bool {
	for _, aid := range v.Actions {
		if records.Deliverable(d.Action(aid)) {
			return true
		}
	}
	return false
}

type item struct {
	Label, Text string
	Long        bool // keep line breaks
	Table       *table
}

type table struct {
	Head []string
	Rows [][]string
}

type entry struct {
	Heading, At string
	at          time.Time // for the order: At is written for people
	Items       []item
}

type milestoneRow struct{ Name, Date, Status string }

type feedbackRow struct {
	ID                                 int
	Description, Severity, Status, Due string
	Overdue                            bool
}

type form struct {
	Action, Name, Comment, Error string
	File                         string // a file to upload first (the stamped scan before the signature)
	Inputs                       []input
	Sign                         []signPart // a signature: what is signed (sign.go)
	SignError                    string     // the confirmation box was not ticked
}

type option struct {
	Value, Label string
	Selected     bool
}

type input struct {
	Name, Label, Kind, Value, Error, Hint string
	InputMode, AutoFill                   string // a line's keyboard on a phone and autocomplete (process.FormInput)
	Required, Checked                     bool
	Options                               []option
	Columns                               []column    // Kind "rows": the columns
	Rows                                  [][]string  // Kind "rows": the values, one slice per row
	Quote                                 *quoteInput // Kind "quote"
}

// quoteInput is a quote entered as rows: currency, tax rate, lines, and the
// totals the server computed for what was typed (计算合计, no script).
type quoteInput struct {
	Currencies []option
	TaxRate    string
	Lines      input       // Kind "rows" of name, qty, unit_price
	Amounts    []string    // per line, as computed
	Totals     [][2]string // 小计, 税额, 合计
}

// column is one column of a rows input; its cells are named FIELD.ROW.NAME.
type column struct {
	Name, Label         string
	Long                bool   // a textarea
	Type                string // else an <input> of this type
	InputMode, AutoFill string
}

// spareRows are the empty rows a rows input offers beyond the values shown.
const spareRows = 2

// show is how the page writes a value for the customer, as the staff
// pages do: days and times as the manual writes them (2026年12月4日（周五）
// 12:03) in the calendar's zone, people, departments and parties by their
// names (nil names: ids as they are).
func show(names process.Names, loc *time.Location) process.Show {
	return process.Show{Lang: lang, Location: loc, Names: names,
		Day:  func(t time.Time) string { return i18n.PageDate(t, lang) },
		Time: func(t time.Time) string { return i18n.PageTime(t, lang) }}
}

// when writes a time of the view as s does, in its zone.
func when(t time.Time, s process.Show) string { return s.Time(t.In(s.Location)) }

// day writes a stored day (2026-12-04) as s does; what is not a day stays as it is.
func day(v string, s process.Show) string {
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return v
	}
	return s.Day(t)
}

// inputShow writes a value back into a form input: as stored, so that it
// reads again when the form is sent.
var inputShow = process.Show{Lang: lang}

func scalar(fd process.Field, v any) string { return process.ShowCell(fd, v, inputShow) }

// renderAs is render with s's way of writing values.
func renderAs(fd process.Field, v any, s process.Show) (item, bool) {
	if v == nil { // the view holds only what the party may read (cases.PortalView)
		return item{}, false
	}
	shape := process.TypeOf(fd).Shape()
	it := item{Label: fd.Label.Zh, Long: shape == process.ShapeLines}
	switch shape {
	case process.ShapeRows:
		rows, _ := v.([]any)
		if len(rows) == 0 {
			return item{}, false
		}
		t := &table{}
		for _, c := range fd.Columns {
			t.Head = append(t.Head, c.Label.Zh)
		}
		for _, r := range rows {
			m, _ := r.(map[string]any)
			var cells []string
			for _, c := range fd.Columns {
				cells = append(cells, process.ShowCell(c, m[c.Name], s))
			}
			t.Rows = append(t.Rows, cells)
		}
		it.Table = t
	case process.ShapeQuote:
		m, _ := v.(map[string]any)
		t := &table{Head: []string{i18n.T(lang, "portal.quote_item"), i18n.T(lang, "portal.quote_qty"), i18n.T(lang, "portal.quote_price"), i18n.T(lang, "portal.amount")}}
		items, _ := m["items"].([]any)
		str := func(v any) string { return process.ShowCell(process.Field{}, v, s) }
		for _, r := range items {
			l, _ := r.(map[string]any)
			t.Rows = append(t.Rows, []string{str(l["name"]), str(l["qty"]), i18n.Amount(str(l["unit_price"])), i18n.Amount(str(l["amount"]))})
		}
		// As the printed quote writes them: 120,000.00 and 税率 6%, not 0.0600.
		cur := str(m["currency"])
		t.Rows = append(t.Rows,
			[]string{i18n.T(lang, "portal.subtotal"), "", "", cur + " " + i18n.Amount(str(m["subtotal"]))},
			[]string{i18n.T(lang, "portal.tax_at", i18n.Rate(str(m["tax_rate"]))), "", "", cur + " " + i18n.Amount(str(m["tax"]))},
			[]string{i18n.T(lang, "portal.total"), "", "", cur + " " + i18n.Amount(str(m["total"]))})
		it.Table = t
	default:
		it.Text = process.ShowCell(fd, v, s)
		if it.Text == "" {
			return item{}, false
		}
	}
	return it, true
}

func items(fields []process.Field, vals map[string]any, s process.Show) []item {
	var out []item
	for _, fd := range fields {
		if it, ok := renderAs(fd, vals[fd.Name], s); ok {
			out = append(out, it)
		}
	}
	return out
}

// build assembles the page for v (already trimmed by cases.PortalView, by
// the disclosure rule), writing its values as s does.
func build(d *process.Definition, v cases.View, s process.Show) pageData {
	pd := pageData{
		Key: v.Key, CaseTitle: v.Title, ProcessName: v.ProcessName.Zh, StateName: v.StateName.Zh,
		Terminal: v.Terminal, Overdue: v.Overdue,
	}
	if v.DueAt != nil {
		pd.DueAt = when(*v.DueAt, s)
	}
	pd.Requirement = items(d.Fields, v.Fields, s)
	// The opening form is named as the manual names it, not 需求内容 on a
	// purchase order or a complaint.
	pd.FormTitle = strings.TrimSuffix(strings.TrimPrefix(d.Template.Zh, "《"), "》")
	// The solution is the last one approved (the disclosure rule kept no other).
	var solution *cases.EventView
	for i := range v.Events {
		if v.Events[i].Action == "submit_solution" {
			solution = &v.Events[i]
		}
	}
	if solution != nil {
		if a := d.Action(solution.Action); a != nil {
			var fs []process.Field
			for _, fd := range a.Fields {
				if fd.Name != "milestones" { // shown with their status below
					fs = append(fs, fd)
				}
			}
			pd.Solution = items(fs, solution.Fields, s)
		}
	}
	for _, m := range v.Milestones {
		st := process.StatusName(m.Status).Zh
		if m.Status == "" {
			st = i18n.T(lang, "portal.planned")
		}
		if m.ProposedDate != "" { // 调整计划 awaiting an answer
			who := i18n.T(lang, "portal.side_company")
			if m.ProposedBy == "customer" {
				who = i18n.T(lang, "portal.side_customer")
			}
			st += " · " + i18n.T(lang, "portal.proposed_date", who, day(m.ProposedDate, s), m.ReplanReason)
		}
		pd.Milestones = append(pd.Milestones, milestoneRow{Name: m.Name, Date: day(m.Date, s), Status: st})
	}
	for _, f := range v.Feedback {
		row := feedbackRow{ID: f.ID, Description: f.Description, Severity: severityName(d, f.Severity), Status: process.StatusName(f.Status).Zh, Overdue: f.Overdue}
		if f.DueAt != nil {
			row.Due = when(*f.DueAt, s)
		}
		pd.Feedback = append(pd.Feedback, row)
	}
	for _, e := range v.Events {
		if e.Type != "action" {
			continue
		}
		a := d.Action(e.Action)
		if a == nil {
			continue
		}
		en := entry{Heading: a.Name.Zh, At: when(e.At, s), at: e.At, Items: items(a.Fields, e.Fields, s)}
		switch e.Action {
		case "record_minutes":
			pd.Minutes = append(pd.Minutes, en)
		case "weekly_report":
			pd.Reports = append(pd.Reports, en)
		case "submit_solution":
			// shown above once approved; the history notes only that it happened
			en.Items = nil
			pd.History = append(pd.History, en)
		default:
			pd.History = append(pd.History, en)
		}
	}
	// Newest first: the party looks for what changed.
	for _, l := range [][]entry{pd.Minutes, pd.Reports, pd.History} {
		sort.SliceStable(l, func(i, j int) bool { return l[i].at.After(l[j].at) })
	}
	return pd
}

// forms returns the forms for the actions the party may take now, with
// kept input and field errors when a submission was refused.
func forms(d *process.Definition, v cases.View, failed string, kept map[string]string, errs map[string]string, top string, s process.Show) []form {
	st := d.State(v.State)
	if st == nil {
		return nil
	}
	var out []form
	for _, id := range v.Actions {
		a := st.Action(id)
		if a == nil {
			continue
		}
		f := form{Action: a.ID, Name: a.Name.Zh, Sign: signPreview(d, v, a, s)}
		if a.File != nil {
			f.File = a.File.Zh
		}
		mine := a.ID == failed
		if mine {
			f.Comment, f.Error, f.SignError = kept["comment"], top, errs[confirmField]
		}
		for _, fd := range process.PartyInputs(a) {
			t := process.TypeOf(fd)
			fi := t.Input(fd)
			in := input{Name: fd.Name, Label: fd.Label.Zh, Required: fd.Required, Kind: fi.Type, InputMode: fi.InputMode, AutoFill: fi.Autocomplete}
			if in.Kind == "" {
				in.Kind = "text"
			}
			switch t.Shape() {
			case process.ShapeLines:
				in.Kind = "textarea"
			case process.ShapeCheckbox:
				in.Kind = "checkbox"
			case process.ShapeSelect:
				if fi.Options != nil { // the organisation's lists are not the party's to read
					in.Kind = "select"
				}
			case process.ShapeRows:
				in.Kind = "rows"
				rowsInput(&in, fd, v.Fields[fd.Name], kept, mine)
			case process.ShapeQuote:
				in.Kind = "quote"
				in.Quote = quoteForm(fd.Name, kept, mine)
			case process.ShapeObject:
				in.Kind, in.Hint = "textarea", i18n.T(lang, "portal.json_hint")
			}
			if mine {
				in.Value, in.Error = kept[fd.Name], errs[fd.Name]
				in.Checked = in.Kind == "checkbox" && in.Value != ""
			}
			for _, o := range fi.Options {
				in.Options = append(in.Options, option{Value: o.Value, Label: o.Label.Zh, Selected: in.Value == o.Value})
			}
			// The item an action answers is chosen from the case's own: a
			// milestone by name, a feedback item by number.
			if opts := itemOptions(a, fd, v, in.Value, s); opts != nil {
				in.Kind, in.Options = "select", opts
			}
			f.Inputs = append(f.Inputs, in)
		}
		out = append(out, f)
	}
	return out
}

// severityName reads a feedback item's severity with the names the
// definition gives its feedback action's severity field.
func severityName(d *process.Definition, v string) string {
	for _, st := range d.States {
		for _, a := range st.Actions {
			for _, f := range a.Fields {
				if f.Name == "severity" && len(process.TypeOf(f).Input(f).Options) > 0 {
					return f.OptionName(v, "zh")
				}
			}
		}
	}
	return v
}

// rowsInput fills a rows input: the values kept from a refused submission,
// else the case's current rows (a correction starts from what stands),
// then spare empty rows.
func rowsInput(in *input, fd process.Field, current any, kept map[string]string, mine bool) {
	for _, c := range fd.Columns {
		t := process.TypeOf(c)
		fi := t.Input(c)
		in.Columns = append(in.Columns, column{Name: c.Name, Label: c.Label.Zh, Long: t.Shape() == process.ShapeLines,
			Type: cmp.Or(fi.Type, "text"), InputMode: fi.InputMode, AutoFill: fi.Autocomplete})
	}
	if mine {
		for i := 0; ; i++ {
			row, any := make([]string, len(fd.Columns)), false
			for j, c := range fd.Columns {
				v, ok := kept[rowCell(in.Name, i, c.Name)]
				row[j], any = v, any || ok
			}
			if !any {
				break
			}
			in.Rows = append(in.Rows, row)
		}
	} else if list, ok := current.([]any); ok {
		for _, r := range list {
			m, _ := r.(map[string]any)
			row := make([]string, len(fd.Columns))
			for j, c := range fd.Columns {
				row[j] = scalar(c, m[c.Name])
			}
			in.Rows = append(in.Rows, row)
		}
	}
	for range spareRows {
		in.Rows = append(in.Rows, make([]string, len(fd.Columns)))
	}
}

// rowCell is the form name of one cell of a rows input.
func rowCell(field string, row int, col string) string {
	return fmt.Sprintf("%s.%d.%s", field, row, col)
}

// itemOptions are the items of the case an item-updating action may name
// in field fd (those in a status the action accepts), or nil when fd does
// not name an item.
func itemOptions(a *process.Action, fd process.Field, v cases.View, value string, s process.Show) []option {
	if a.ReplanMilestone != "" && fd.Name == "name" { // 调整计划: a milestone not done; to answer, one with a date proposed
		out := []option{}
		for _, m := range v.Milestones {
			switch {
			case m.Done, a.ReplanMilestone != "propose" && m.ProposedDate == "":
			case a.ReplanMilestone == "propose":
				out = append(out, option{Value: m.Name, Label: m.Name + " " + day(m.Date, s), Selected: value == m.Name})
			default:
				out = append(out, option{Value: m.Name, Label: m.Name + " " + day(m.Date, s) + " → " + day(m.ProposedDate, s), Selected: value == m.Name})
			}
		}
		return out
	}
	r := a.Item
	if r == nil || r.Op != "update" || (fd.Name != r.Match && fd.Name != r.IDField) {
		return nil
	}
	allowed := func(status string) bool { return len(r.From) == 0 || slices.Contains(r.From, status) }
	out := []option{}
	switch r.Kind {
	case "milestone":
		for _, m := range v.Milestones {
			if allowed(m.Status) {
				out = append(out, option{Value: m.Name, Label: m.Name + " " + day(m.Date, s), Selected: value == m.Name})
			}
		}
	case "feedback":
		for _, f := range v.Feedback {
			if id := strconv.Itoa(f.ID); allowed(f.Status) {
				label := []rune(f.Description)
				if len(label) > 40 {
					label = append(label[:40], '…')
				}
				out = append(out, option{Value: id, Label: "#" + id + " " + string(label), Selected: value == id})
			}
		}
	default:
		return nil
	}
	return out
}

var quoteCurrencies = []string{"CNY", "USD", "EUR", "HKD", "JPY", "GBP"}

// quoteForm is a quote's inputs, with what was typed and, when it reads as
// a quote, its amounts and totals.
func quoteForm(name string, kept map[string]string, mine bool) *quoteInput {
	q := &quoteInput{TaxRate: "0.13"}
	cur := "CNY"
	if mine {
		if v, ok := kept[name+".currency"]; ok {
			cur = v
		}
		if v, ok := kept[name+".tax_rate"]; ok {
			q.TaxRate = v
		}
	}
	for _, c := range quoteCurrencies {
		q.Currencies = append(q.Currencies, option{Value: c, Label: c, Selected: c == cur})
	}
	q.Lines = input{Name: name + ".items", Kind: "rows"}
	rowsInput(&q.Lines, process.QuoteLines, nil, kept, mine)
	if !mine {
		return q
	}
	value, _ := formQuote(name, url.Values{}, kept, time.UTC) // a quote's lines hold no times
	if computed, errs := process.ComputeQuote(value); len(errs) == 0 {
		for _, l := range computed.Items {
			q.Amounts = append(q.Amounts, l.Amount)
		}
		q.Totals = [][2]string{{i18n.T(lang, "portal.subtotal"), computed.Currency + " " + computed.Subtotal}, {i18n.T(lang, "portal.tax"), computed.Currency + " " + computed.Tax}, {i18n.T(lang, "portal.total"), computed.Currency + " " + computed.Total}}
	}
	return q
}

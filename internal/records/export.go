package records

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
)

// Export sheet names.
const (
	sheetCases   = "案件"
	sheetFigures = "部门统计"
)

var caseHeaders = []string{"编号", "流程", "标题", "状态", "发起人", "发起部门", "截止时间", "是否逾期", "金额", "创建时间", "更新时间"}

var figureHeaders = []string{"部门", "流程", "案件数", "进行中", "已结束", "当前逾期"}

// MaxExportRows bounds the cases one export holds (Config.MaxExport): a workbook of every
// case of a large company would take minutes and gigabytes to build (a
// million cases: over 100 s and 3.7 GB before this bound) and more rows
// than a sheet holds. Past it the sheet says so in its last row, and
// the answer's X-Export-Truncated header; a narrower filter gets the rest.
const MaxExportRows = 20000

// Exported is what an export held.
type Exported struct {
	Rows      int  // cases written
	Truncated bool // more cases passed the filter than MaxExportRows
}

// Export writes the cases actor may see that pass f as an Excel workbook:
// one sheet of cases (Chinese headers, dates as dates, amounts as numbers)
// and one of figures per department and process — opened, open, ended
// and overdue now — counted over the same cases. It reads the list a page
// at a time and writes each page as it comes, so its memory is a page's,
// and stops after Config.MaxExport cases.
func (s *Service) Export(ctx context.Context, actor process.Actor, f cases.Filter, w io.Writer) (Exported, error) {
	var out Exported
	org, err := cases.LoadOrg(ctx, s.cfg.DB.SQL())
	if err != nil {
		return out, err
	}
	loc := s.cfg.Cases.Calendar().Location()
	x := excelize.NewFile()
	defer x.Close()
	if err := x.SetSheetName("Sheet1", sheetCases); err != nil {
		return out, fmt.Errorf("records: export: %w", err)
	}
	dateStyle, err := x.NewStyle(&excelize.Style{NumFmt: 22}) // m/d/yy h:mm, shown in the reader's locale
	if err != nil {
		return out, fmt.Errorf("records: export: %w", err)
	}
	moneyStyle, err := x.NewStyle(&excelize.Style{NumFmt: 4}) // #,##0.00
	if err != nil {
		return out, fmt.Errorf("records: export: %w", err)
	}
	sw, err := x.NewStreamWriter(sheetCases)
	if err != nil {
		return out, fmt.Errorf("records: export: %w", err)
	}
	_ = sw.SetColWidth(1, 1, 16)
	_ = sw.SetColWidth(3, 3, 36)
	_ = sw.SetColWidth(7, 7, 18)
	_ = sw.SetColWidth(10, 11, 18)
	if err := sw.SetRow("A1", cellsOf(caseHeaders)); err != nil {
		return out, fmt.Errorf("records: export: %w", err)
	}
	type figKey struct{ dept, process string }
	figs := map[figKey]*[4]int{}
	write := func(c cases.View) error {
		dept := openerDept(c)
		row := []any{c.Key, c.ProcessName.Zh, c.Title, c.StateName.Zh, c.Opener, deptName(org, dept),
			dateCell(c.DueAt, loc, dateStyle), yesNo(c.Overdue), moneyCell(c.Fields, moneyStyle),
			dateCell(&c.CreatedAt, loc, dateStyle), dateCell(&c.UpdatedAt, loc, dateStyle)}
		cell, _ := excelize.CoordinatesToCellName(1, out.Rows+2)
		if err := sw.SetRow(cell, row); err != nil {
			return fmt.Errorf("records: export: %w", err)
		}
		out.Rows++
		k := figKey{dept, c.ProcessName.Zh}
		if figs[k] == nil {
			figs[k] = &[4]int{}
		}
		figs[k][0]++
		if c.Terminal {
			figs[k][2]++
		} else {
			figs[k][1]++
		}
		if c.Overdue {
			figs[k][3]++
		}
		return nil
	}
	// Every page of the list (CONTRACT §2 pages it at 500), up to the bound.
	max := s.cfg.MaxExport
	f.Limit, f.Cursor = min(500, max+1), ""
pages:
	for {
		page, err := s.cfg.Cases.List(ctx, cases.ViewerOf(actor), f)
		if err != nil {
			return out, err
		}
		for _, c := range page.Items {
			if out.Rows == max {
				out.Truncated = true
				break pages
			}
			if err := write(c); err != nil {
				return out, err
			}
		}
		if page.Next == "" {
			break
		}
		if out.Rows == max {
			out.Truncated = true // a next page exists: more cases than the bound
			break
		}
		f.Cursor = page.Next
	}
	if out.Truncated {
		cell, _ := excelize.CoordinatesToCellName(1, out.Rows+3)
		note := fmt.Sprintf("仅导出前 %d 条案件；请缩小筛选范围后分批导出。", max)
		if err := sw.SetRow(cell, []any{excelize.Cell{Value: note}}); err != nil {
			return out, fmt.Errorf("records: export: %w", err)
		}
	}
	if err := sw.Flush(); err != nil {
		return out, fmt.Errorf("records: export: %w", err)
	}
	if _, err := x.NewSheet(sheetFigures); err != nil {
		return out, fmt.Errorf("records: export: %w", err)
	}
	keys := make([]figKey, 0, len(figs))
	for k := range figs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].dept != keys[j].dept {
			return keys[i].dept < keys[j].dept
		}
		return keys[i].process < keys[j].process
	})
	rows := [][]any{make([]any, 0, len(figureHeaders))}
	for _, h := range figureHeaders {
		rows[0] = append(rows[0], h)
	}
	for _, k := range keys {
		n := figs[k]
		rows = append(rows, []any{deptName(org, k.dept), k.process, n[0], n[1], n[2], n[3]})
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetSheetRow(sheetFigures, cell, &r); err != nil {
			return out, fmt.Errorf("records: export: %w", err)
		}
	}
	_, err = x.WriteTo(w)
	return out, err
}

func cellsOf(headers []string) []any {
	out := make([]any, len(headers))
	for i, h := range headers {
		out[i] = excelize.Cell{Value: h}
	}
	return out
}

// dateCell is a time as a spreadsheet date in the calendar's zone; empty
// when there is none.
func dateCell(t *time.Time, loc *time.Location, style int) any {
	if t == nil {
		return nil
	}
	wall := t.In(loc)
	// Spreadsheets have no zones: write the wall-clock time of Shanghai.
	return excelize.Cell{StyleID: style, Value: time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), 0, time.UTC)}
}

func yesNo(b bool) string {
	if b {
		return "是"
	}
	return "否"
}

// moneyCell is a case's amount (a contract's amount, an order's total) as
// a number; empty when the case has none.
func moneyCell(fields map[string]any, style int) any {
	for _, k := range []string{"amount", "total", "budget"} {
		v, ok := fields[k]
		if !ok {
			continue
		}
		var n float64
		var err error
		switch x := v.(type) {
		case float64:
			n = x
		case string:
			n, err = strconv.ParseFloat(x, 64)
		case fmt.Stringer:
			n, err = strconv.ParseFloat(x.String(), 64)
		default:
			continue
		}
		if err == nil {
			return excelize.Cell{StyleID: style, Value: n}
		}
	}
	return nil
}

// openerDept is the department of the person who opened the case.
func openerDept(c cases.View) string {
	for _, p := range c.Participants {
		if p.Login == c.Opener && p.Dept != "" {
			return p.Dept
		}
	}
	return ""
}

func deptName(org *cases.Org, id string) string {
	if id == "" {
		return "—"
	}
	if org != nil {
		if d, ok := org.Departments[id]; ok && d.NameZh != "" {
			return d.NameZh
		}
	}
	return id
}

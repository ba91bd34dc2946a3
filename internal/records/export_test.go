package records_test

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store"
)

// TestExport: the requester's cases as a workbook — Chinese headers, the
// case keys, dates stored as dates (numbers with a date format), and the
// figures sheet counting the same cases; a filter narrows both.
func TestExport(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db, 0)
		done := f.ArchivedCollab(t, "已归档的协作")
		for _, tc := range []struct {
			name   string
			filter cases.Filter
			rows   int
		}{{"all", cases.Filter{}, 1}, {"archived", cases.Filter{State: "archived"}, 1}, {"none", cases.Filter{State: "requested"}, 0}} {
			t.Run(tc.name, func(t *testing.T) {
				var buf bytes.Buffer
				if _, err := f.Records.Export(ctx, f.Actor(t, "wangfang"), tc.filter, &buf); err != nil {
					t.Fatal(err)
				}
				x, err := excelize.OpenReader(&buf)
				if err != nil {
					t.Fatal(err)
				}
				defer x.Close()
				rows, err := x.GetRows("案件")
				if err != nil || len(rows) != tc.rows+1 || rows[0][0] != "编号" || rows[0][6] != "截止时间" {
					t.Fatalf("rows %v %v", rows, err)
				}
				figs, _ := x.GetRows("部门统计")
				if len(figs) != tc.rows+1 || figs[0][2] != "案件数" {
					t.Fatalf("figures %v", figs)
				}
				if tc.rows == 0 {
					return
				}
				if rows[1][0] != done.Key || figs[1][2] != "1" || figs[1][4] != "1" {
					t.Fatalf("row %v figures %v", rows[1], figs[1])
				}
				raw, _ := x.GetCellValue("案件", "J2", excelize.Options{RawCellValue: true})
				if _, err := strconv.ParseFloat(raw, 64); err != nil {
					t.Fatalf("创建时间 is not stored as a date serial: %q", raw)
				}
				shown, _ := x.GetCellValue("案件", "J2")
				if shown == raw {
					t.Fatalf("创建时间 has no date format: %q", shown)
				}
			})
		}
		// Someone with no part in the case exports nothing of it.
		var buf bytes.Buffer
		if _, err := f.Records.Export(ctx, f.Actor(t, "sunli"), cases.Filter{}, &buf); err != nil {
			t.Fatal(err)
		}
		x, _ := excelize.OpenReader(&buf)
		if rows, _ := x.GetRows("案件"); len(rows) != 1 {
			t.Fatalf("outsider sees %v", rows)
		}
	})
}

// TestExportIsBounded: an export holds at most Config.MaxExport cases,
// read and written a page at a time; past it the sheet's last row says
// so and Exported.Truncated is set. Exactly the bound is not cut.
func TestExportIsBounded(t *testing.T) {
	dialects(t, func(t *testing.T, db *store.DB) {
		ctx := context.Background()
		f := newFixture(t, db, 0)
		wang := f.Actor(t, "wangfang")
		for i := range 3 {
			if _, err := f.Cases.Open(ctx, wang, "internal-collab", process.Input{Fields: map[string]any{
				"title": fmt.Sprintf("导出测试%d", i+1), "to_dept": "tech", "background": "核对导出的上限。", "expected_by": "2026-03-20",
				"tasks": []any{map[string]any{"item": "核对导出", "standard": "行数不超过上限"}},
			}}); err != nil {
				t.Fatal(err)
			}
		}
		for _, tc := range []struct {
			max, rows int
			cut       bool
		}{{2, 2, true}, {3, 3, false}, {4, 3, false}} {
			r := records.New(records.Config{DB: db, Cases: f.Cases, MaxExport: tc.max})
			var buf bytes.Buffer
			done, err := r.Export(ctx, wang, cases.Filter{}, &buf)
			if err != nil || done.Rows != tc.rows || done.Truncated != tc.cut {
				t.Fatalf("bound %d: %+v %v, want %d rows, cut %v", tc.max, done, err, tc.rows, tc.cut)
			}
			x, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			rows, _ := x.GetRows("案件")
			x.Close()
			last := rows[len(rows)-1][0]
			if tc.cut != strings.HasPrefix(last, "仅导出前 2 条") {
				t.Fatalf("bound %d: last row %q", tc.max, last)
			}
			if data := len(rows) - 1; tc.cut && data != tc.rows+2 || !tc.cut && data != tc.rows { // the note follows an empty row
				t.Fatalf("bound %d: %d rows in the sheet: %v", tc.max, data, rows)
			}
		}
	})
}

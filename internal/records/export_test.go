package records_test

import (
	"bytes"
	"context"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

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
			filter store.CaseFilter
			rows   int
		}{{"all", store.CaseFilter{}, 1}, {"archived", store.CaseFilter{State: "archived"}, 1}, {"none", store.CaseFilter{State: "requested"}, 0}} {
			t.Run(tc.name, func(t *testing.T) {
				var buf bytes.Buffer
				if err := f.Records.Export(ctx, f.Actor(t, "wangfang"), tc.filter, &buf); err != nil {
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
		if err := f.Records.Export(ctx, f.Actor(t, "sunli"), store.CaseFilter{}, &buf); err != nil {
			t.Fatal(err)
		}
		x, _ := excelize.OpenReader(&buf)
		if rows, _ := x.GetRows("案件"); len(rows) != 1 {
			t.Fatalf("outsider sees %v", rows)
		}
	})
}

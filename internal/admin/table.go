package admin

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/liaison-dev/liaison/internal/problem"
)

// table is an imported sheet: the header's columns and the rows under it,
// each with the number a spreadsheet shows (the header is row 1).
type table struct {
	cols map[string]int
	rows []tableRow
}

type tableRow struct {
	n     int
	cells []string
}

// get returns the cell of column name, trimmed; "" when absent.
func (t *table) get(r tableRow, name string) string {
	i, ok := t.cols[name]
	if !ok || i >= len(r.cells) {
		return ""
	}
	return strings.TrimSpace(r.cells[i])
}

// xlsxMagic starts every XLSX file (a ZIP archive).
var xlsxMagic = []byte("PK\x03\x04")

// readTable reads a CSV (UTF-8, with or without BOM) or the first sheet of
// an XLSX file. Formula cells are kept as their formula text ("=…"), never
// evaluated. want lists the columns the header must have; optional may be
// present too; anything else is refused, as is a file that is not UTF-8.
func readTable(data []byte, contentType string, want, optional []string) (*table, error) {
	var records [][]string
	var err error
	if bytes.HasPrefix(data, xlsxMagic) || strings.Contains(contentType, "spreadsheetml") {
		records, err = readXLSX(data)
	} else {
		records, err = readCSV(data)
	}
	if err != nil {
		return nil, err
	}
	if len(records) == 0 {
		return nil, problem.FieldsKey("problem.file_is_empty", map[string]string{"row 1": i18n.Ref("reason.header_required", strings.Join(want, ","))})
	}
	t := &table{cols: map[string]int{}}
	for i, h := range records[0] {
		h = strings.ToLower(strings.TrimSpace(h))
		if h == "" {
			continue
		}
		if _, dup := t.cols[h]; dup {
			return nil, problem.FieldsKey("problem.bad_header", map[string]string{"row 1: " + h: "reason.column_given_twice"})
		}
		known := false
		for _, c := range append(append([]string{}, want...), optional...) {
			known = known || c == h
		}
		if !known {
			return nil, problem.FieldsKey("problem.bad_header", map[string]string{"row 1: " + h: i18n.Ref("reason.unknown_column", strings.Join(append(append([]string{}, want...), optional...), ","))})
		}
		t.cols[h] = i
	}
	for _, c := range want {
		if _, ok := t.cols[c]; !ok {
			return nil, problem.FieldsKey("problem.bad_header", map[string]string{"row 1: " + c: "reason.column_missing"})
		}
	}
	for i, rec := range records[1:] {
		empty := true
		for _, c := range rec {
			empty = empty && strings.TrimSpace(c) == ""
		}
		if !empty {
			t.rows = append(t.rows, tableRow{n: i + 2, cells: rec})
		}
	}
	return t, nil
}

func readCSV(data []byte) ([][]string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, problem.FieldsKey("problem.file_is_not_utf_8", map[string]string{"file": "reason.not_utf_8_text_gbk"})
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	var out [][]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			// encoding/csv's own words are English whatever the reader's language.
			why := "reason.csv_bad_quote"
			if errors.Is(pe.Err, csv.ErrFieldCount) {
				why = "reason.csv_unreadable_line"
			}
			return nil, problem.FieldsKey("problem.csv_unreadable", map[string]string{fmt.Sprintf("row %d", pe.StartLine): why})
		}
		if err != nil {
			return nil, fmt.Errorf("admin: csv: %w", err)
		}
		out = append(out, rec)
	}
}

func readXLSX(data []byte) ([][]string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true, UnzipSizeLimit: 256 << 20, UnzipXMLSizeLimit: 64 << 20})
	if err != nil {
		return nil, problem.FieldsKey("problem.file_is_not_readable_xlsx_workbook", map[string]string{"file": "reason.not_xlsx_workbook"})
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, problem.FieldsKey("problem.workbook_has_no_sheet", map[string]string{"file": "reason.no_sheet"})
	}
	rows, err := f.GetRows(sheets[0], excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, problem.FieldsKey("problem.sheet_cannot_be_read", map[string]string{"file": "reason.not_xlsx_workbook"})
	}
	// A formula cell's cached value is whatever the file says; keep the
	// formula as text instead, and never evaluate it.
	for i, row := range rows {
		for j := range row {
			ref, err := excelize.CoordinatesToCellName(j+1, i+1)
			if err != nil {
				return nil, fmt.Errorf("admin: xlsx: %w", err)
			}
			if fm, err := f.GetCellFormula(sheets[0], ref); err == nil && fm != "" {
				row[j] = "=" + strings.TrimPrefix(fm, "=")
			}
		}
	}
	return rows, nil
}

// parseBool reads true/false, 1/0, 是/否 or empty (false).
func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "false", "0", "否", "no":
		return false, true
	case "true", "1", "是", "yes":
		return true, true
	}
	return false, false
}

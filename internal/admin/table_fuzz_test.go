package admin

import (
	"bytes"
	"errors"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/liaison-dev/liaison/internal/problem"
)

// FuzzReadTable: CSV and XLSX imports come from administrators' files.
// Whatever the bytes, readTable answers a table with the wanted columns or
// a problem naming what is wrong — never a panic or an internal error.
func FuzzReadTable(f *testing.F) {
	f.Add([]byte("login,name,dept\nann,安,tech\n"), "text/csv")
	f.Add([]byte("\ufefflogin,name,dept\n\"a\nb\",x,y\n"), "text/csv")
	f.Add([]byte("login,name\n=cmd|' /C calc'!A0,x\n"), "text/csv")
	f.Add([]byte("\xff\xfe"), "text/csv")
	x := excelize.NewFile()
	_ = x.SetSheetRow("Sheet1", "A1", &[]any{"login", "name", "dept"})
	_ = x.SetSheetRow("Sheet1", "A2", &[]any{"ann", "安", "tech"})
	var b bytes.Buffer
	if err := x.Write(&b); err == nil {
		f.Add(b.Bytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	}
	f.Add([]byte("PK\x03\x04garbage"), "")
	want := []string{"login", "name", "dept"}
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		tb, err := readTable(data, contentType, want, []string{"email"})
		if err != nil {
			var p *problem.Error
			if !errors.As(err, &p) || p.Code == problem.Internal {
				t.Fatalf("not a problem an administrator can act on: %v", err)
			}
			return
		}
		for _, c := range want {
			if _, ok := tb.cols[c]; !ok {
				t.Fatalf("accepted a table without column %s", c)
			}
		}
	})
}

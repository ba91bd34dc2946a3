package process

import (
	"encoding/json"
	"fmt"
	"github.com/liaison-dev/liaison/internal/i18n"
	"strings"
	"time"
)

// rowsType is a list of rows of the field's columns (tasks, milestones,
// attendees), between min and max rows; ordered names a date column that
// must ascend.
type rowsType struct{}

func (rowsType) Shape() Shape { return ShapeRows }

func (rowsType) Input(Field) FormInput { return FormInput{} }

// Parse reads rows sent as one JSON text (a form without a table).
func (rowsType) Parse(_ Field, raw string, _ *time.Location) any { return parseJSON(raw) }

// Display writes each row on a line, its cells apart by " · ".
func (rowsType) Display(fd Field, v any, s Show) string {
	list, _ := v.([]any)
	lines := make([]string, 0, len(list))
	for _, r := range list {
		m, _ := r.(map[string]any)
		var cells []string
		for _, c := range fd.Columns {
			if x := ShowCell(c, m[c.Name], s); x != "" {
				cells = append(cells, x)
			}
		}
		lines = append(lines, strings.Join(cells, " · "))
	}
	return strings.Join(lines, "\n")
}

func (rowsType) validate(f *form, fd Field, v any, path string, _ map[string]any) (any, bool) {
	list, ok := v.([]any)
	if !ok {
		f.fail(path, "reason.must_be_list")
		return nil, false
	}
	if fd.Min != nil && float64(len(list)) < *fd.Min {
		key := "reason.at_least_rows"
		if *fd.Min == 1 {
			key = "reason.at_least_one_row" // "at least 1 rows" reads wrong
		}
		f.fail(path, i18n.Ref(key, int(*fd.Min)))
		return nil, false
	}
	if fd.Max != nil && float64(len(list)) > *fd.Max {
		f.fail(path, i18n.Ref("reason.at_most_rows", int(*fd.Max)))
		return nil, false
	}
	out := make([]any, 0, len(list))
	prev := ""
	for i, r := range list {
		m, ok := r.(map[string]any)
		rp := fmt.Sprintf("%s[%d]", path, i)
		if !ok {
			f.fail(rp, "reason.must_be_object")
			continue
		}
		row := f.values(fd.Columns, m, rp+".")
		if fd.Ordered != "" {
			d, _ := row[fd.Ordered].(string)
			if d != "" && prev != "" && d < prev {
				f.fail(rp+"."+fd.Ordered, "reason.dates_must_be_in_order")
			}
			if d != "" {
				prev = d
			}
		}
		out = append(out, row)
	}
	return out, true
}

// parseJSON reads a value sent as JSON text; text that is not JSON
// passes as it is, for the engine to refuse.
func parseJSON(raw string) any {
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return raw
	}
	return v
}

package calendar

import (
	"bytes"
	"encoding/json"
	"errors"
	"github.com/liaison-dev/liaison/internal/i18n"
	"io"

	"github.com/liaison-dev/liaison/internal/problem"
)

// holidayCNDay is one entry of a holiday-cn file.
type holidayCNDay struct {
	Name     string `json:"name"`
	Date     string `json:"date"`
	IsOffDay *bool  `json:"isOffDay"`
}

// ParseHolidayCN reads the holiday-cn JSON format
// ({"year":2027,"days":[{"name":"春节","date":"2027-02-06","isOffDay":true}]})
// into overrides. It is all-or-nothing: any fault (bad JSON, a missing field, a
// date that is invalid, outside the file's year or given twice) refuses the
// whole file with an Invalid error naming the line and the date at fault.
// Unknown fields are ignored.
func ParseHolidayCN(data []byte) ([]Override, error) {
	p := &hcnParser{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	year, lines, out, err := p.parse()
	if err != nil {
		return nil, err
	}
	if year == nil {
		return nil, problem.FieldsKey("problem.invalid_holiday_file", map[string]string{"year": "reason.missing"})
	}
	if *year < minOverrideYear || *year > maxOverrideYear {
		return nil, problem.FieldsKey("problem.invalid_holiday_file", map[string]string{"year": i18n.Ref("reason.year_outside", *year, minOverrideYear, maxOverrideYear)})
	}
	seen := map[string]int{}
	for i, o := range out {
		z, _ := parseDate(o.Date)
		if y, _, _ := civil(z); y != *year {
			return nil, p.fail(lines[i], "reason.holiday_other_year", o.Date, *year)
		}
		if first, dup := seen[o.Date]; dup {
			return nil, p.fail(lines[i], "reason.holiday_date_twice", o.Date, first)
		}
		seen[o.Date] = lines[i]
	}
	return out, nil
}

// hcnParser walks the file token by token so errors can name their line.
type hcnParser struct {
	data []byte
	dec  *json.Decoder
	// seenOff and seenLine remember the last lineAt answer so counting lines
	// stays linear in the file size (offsets only grow while parsing).
	seenOff  int64
	seenLine int
}

// fail returns the Invalid error for a fault on a line: the catalogue's
// message key with its arguments (an i18n.Ref), so that each reader reads
// it in their language.
func (p *hcnParser) fail(line int, key string, args ...any) error {
	return problem.FieldsKey("problem.invalid_holiday_file", map[string]string{"file": i18n.Ref("reason.holiday_line", line, i18n.M(key, args...))})
}

// lineAt returns the line of the first significant byte at or after offset off.
func (p *hcnParser) lineAt(off int64) int {
	off = min(max(off, 0), int64(len(p.data)))
	for off < int64(len(p.data)) && bytes.IndexByte([]byte(" \t\r\n,:"), p.data[off]) >= 0 {
		off++
	}
	if off < p.seenOff || p.seenLine == 0 {
		p.seenOff, p.seenLine = 0, 1
	}
	p.seenLine += bytes.Count(p.data[p.seenOff:off], []byte("\n"))
	p.seenOff = off
	return p.seenLine
}

// jsonFail turns a decoder error into an Invalid error with its line.
func (p *hcnParser) jsonFail(err error) error {
	off := p.dec.InputOffset()
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset - 1
	case errors.As(err, &te):
		off = te.Offset - 1
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return p.fail(p.lineAt(int64(len(p.data))), "reason.holiday_end_of_file")
	}
	return p.fail(p.lineAt(off), "reason.holiday_json", err.Error())
}

// delim reads one expected delimiter.
func (p *hcnParser) delim(want json.Delim) error {
	off := p.dec.InputOffset()
	tok, err := p.dec.Token()
	if err != nil {
		return p.jsonFail(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return p.fail(p.lineAt(off), "reason.holiday_expected", string(want))
	}
	return nil
}

// parse reads the top-level object; lines[i] is the line of out[i].
func (p *hcnParser) parse() (year *int, lines []int, out []Override, err error) {
	if err := p.delim('{'); err != nil {
		return nil, nil, nil, err
	}
	seenKey := map[string]bool{}
	for p.dec.More() {
		off := p.dec.InputOffset()
		tok, err := p.dec.Token()
		if err != nil {
			return nil, nil, nil, p.jsonFail(err)
		}
		key, _ := tok.(string)
		if (key == "year" || key == "days") && seenKey[key] {
			return nil, nil, nil, p.fail(p.lineAt(off), "reason.holiday_key_twice", key)
		}
		seenKey[key] = true
		switch key {
		case "year":
			var y int
			if err := p.dec.Decode(&y); err != nil {
				return nil, nil, nil, p.jsonFail(err)
			}
			year = &y
		case "days":
			if lines, out, err = p.days(); err != nil {
				return nil, nil, nil, err
			}
		default:
			var skip json.RawMessage
			if err := p.dec.Decode(&skip); err != nil {
				return nil, nil, nil, p.jsonFail(err)
			}
		}
	}
	if err := p.delim('}'); err != nil {
		return nil, nil, nil, err
	}
	if _, err := p.dec.Token(); !errors.Is(err, io.EOF) {
		return nil, nil, nil, p.fail(p.lineAt(p.dec.InputOffset()), "reason.holiday_trailing")
	}
	return year, lines, out, nil
}

// days reads the "days" array, checking each entry on its own.
func (p *hcnParser) days() ([]int, []Override, error) {
	if err := p.delim('['); err != nil {
		return nil, nil, err
	}
	var lines []int
	var out []Override
	for p.dec.More() {
		line := p.lineAt(p.dec.InputOffset())
		var d holidayCNDay
		if err := p.dec.Decode(&d); err != nil {
			return nil, nil, p.jsonFail(err)
		}
		if _, ok := parseDate(d.Date); !ok {
			return nil, nil, p.fail(line, "reason.holiday_bad_date", d.Date)
		}
		if d.IsOffDay == nil {
			return nil, nil, p.fail(line, "reason.holiday_no_offday", d.Date)
		}
		lines = append(lines, line)
		out = append(out, Override{Date: d.Date, Workday: !*d.IsOffDay, Name: d.Name})
	}
	if err := p.delim(']'); err != nil {
		return nil, nil, err
	}
	return lines, out, nil
}

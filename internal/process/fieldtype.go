package process

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// FieldType is one kind of form field (the `type:` of a definition's
// field), everything about it in one place: how the engine checks and
// normalises a value, how a web form's string becomes the engine's input,
// how it is entered and how it is shown. The engine (form.value), the
// pages (ui), the portal and the documents all ask the field's type and
// never switch on its name; each type lives in its own file
// (fieldtype_*.go) and is listed once in fieldTypes.
type FieldType interface {
	// Shape is how surfaces lay the field out, entered and shown.
	Shape() Shape
	// Input is how the field is entered on a web form (a Line's <input>
	// attributes, a Select's options).
	Input(fd Field) FormInput
	// Parse turns the one string a web form sent for the field (trimmed,
	// not empty) into the engine's input. What it cannot read passes as
	// it is, for validate to refuse with the field's own message.
	Parse(fd Field, raw string, loc *time.Location) any
	// Display writes a stored value as people read it, on a page, the
	// portal or a document cell: s says in which language and with which
	// names, days and amounts.
	Display(fd Field, v any, s Show) string
	// validate checks an input value of field fd at path and returns it
	// normalised as the case stores it; a refusal is recorded on f with
	// the reason in both languages ("中文 (English)").
	validate(f *form, fd Field, v any, path string, cur map[string]any) (any, bool)
}

// fieldTypes are the field types by the name definitions give them.
var fieldTypes = map[string]FieldType{
	"text":       textType{},
	"longtext":   textType{long: true},
	"date":       dateType{},
	"datetime":   datetimeType{},
	"int":        intType{},
	"decimal":    decimalType{},
	"bool":       boolType{},
	"enum":       enumType{},
	"email":      emailType{},
	"user":       userType{},
	"department": departmentType{},
	"party":      partyType{},
	"rows":       rowsType{},
	"object":     objectType{},
	"quote":      quoteType{},
	"phone":      phoneType{},
}

// TypeOf returns the type of field fd; a type no definition may name (a
// document's own entry, a value whose definition changed) is read as text.
func TypeOf(fd Field) FieldType {
	if t, ok := fieldTypes[fd.Type]; ok {
		return t
	}
	return textType{}
}

// FieldTypes lists the names of the field types, sorted.
func FieldTypes() []string {
	out := make([]string, 0, len(fieldTypes))
	for name := range fieldTypes {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// Shape is how a field is laid out: the control that enters it and the
// way its value is shown.
type Shape int

// The shapes of fields.
const (
	ShapeLine     Shape = iota // one line: an <input>, shown as text
	ShapeLines                 // lines: a <textarea>, shown with its line breaks
	ShapeSelect                // one of a list: a <select>
	ShapeCheckbox              // yes or no: a checkbox
	ShapeRows                  // rows of its columns: a table
	ShapeObject                // its columns as labelled parts
	ShapeQuote                 // a quote: lines, currency, tax rate and totals
)

var shapeNames = [...]string{"line", "lines", "select", "checkbox", "rows", "object", "quote"}

// String names the shape, as templates compare it.
func (s Shape) String() string {
	if int(s) < len(shapeNames) {
		return shapeNames[s]
	}
	return "line"
}

// FormInput is how a field is entered on a web form.
type FormInput struct {
	Type         string // a Line's <input type>: text, date, datetime-local, email, tel
	InputMode    string // the keyboard a phone shows: decimal, tel, email
	Autocomplete string // what the browser may fill in: tel, email; empty: its own guess
	// Options are a Select's options, from the definition; nil when From
	// names the organisation's list they come from instead.
	Options []Option
	From    string // a Select of the organisation: "departments", "users" or "parties" (of the kinds in the field's options)
}

// Option is one value a Select offers, with its name in both languages.
type Option struct {
	Value string
	Label Text
}

// The organisation's lists a Select may offer (FormInput.From).
const (
	FromDepartments = "departments"
	FromUsers       = "users"
	FromParties     = "parties"
)

// Show is what writing a value for people needs from the surface that
// shows it. Zero fields fall back to the stored text.
type Show struct {
	Lang     string                 // zh or en
	Location *time.Location         // days and times are read in it; nil: as stored
	Names    Names                  // nil: logins and ids as stored
	Day      func(time.Time) string // a date; nil: 2006-01-02
	Time     func(time.Time) string // a date and time; nil: 2006-01-02 15:04
	Money    func(string) string    // a decimal as stored ("11300.00"); nil: as stored
}

// Names resolves what a case stores by id to what a surface shows for it;
// an empty answer means the surface shows nothing for the value.
type Names interface {
	User(login string) string
	Department(id string) string
	Party(id string) string
}

// ShowCell writes one stored value of field fd for people: Display of its
// type, with "" for nothing stored.
func ShowCell(fd Field, v any, s Show) string {
	if v == nil {
		return ""
	}
	return TypeOf(fd).Display(fd, v, s)
}

// plain writes a stored scalar as it is: strings as they are, numbers
// without exponent, a list of lines one per line and an object's keys
// sorted, one "key: value" a line, so that nothing stored is ever hidden.
func plain(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case int, int64, json.Number:
		return fmt.Sprint(x)
	case bool:
		return strconv.FormatBool(x)
	case []any:
		lines := make([]string, 0, len(x))
		for _, it := range x {
			lines = append(lines, plain(it))
		}
		return strings.Join(lines, "\n")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		lines := make([]string, 0, len(keys))
		for _, k := range keys {
			lines = append(lines, k+": "+plain(x[k]))
		}
		return strings.Join(lines, "\n")
	}
	return fmt.Sprint(v)
}

// stored reads a stored string value; other values are written plainly.
func stored(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return plain(v)
}

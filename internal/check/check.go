// Package check is the communication checker: it enforces the manual's
// principles 明确性 (clarity), 准确性 (accuracy) and 礼貌性 (politeness) on any
// text a user is about to send. It is pure: no I/O, the clock and the working
// calendar come in through Options.
package check

import (
	"context"
	"github.com/liaison-dev/liaison/internal/i18n"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Kind says what a text is for; some rules only apply to some kinds.
type Kind int

// The kinds of text. Text is the zero value.
const (
	// Text is a comment, minutes or a report.
	Text Kind = iota
	// Request is a request body, which must name an owner and a date.
	Request
	// Date is a form field that must hold a date; every date in it is a deadline.
	Date
	// Standard is a delivery standard (交付标准), where vague quantities matter.
	Standard
)

// Workdays tells working days from days off; *calendar.Calendar satisfies it.
type Workdays interface {
	IsWorkday(t time.Time) bool
}

// Options carries everything Check needs besides the text.
type Options struct {
	// Lang is the language of messages: "zh" (default) or "en".
	Lang string
	// Now is the reference clock for "past" and for dates without a year;
	// the zero value means time.Now().
	Now time.Time
	// Calendar decides working days; nil skips the non-working-day rule.
	Calendar Workdays
	// Location is the zone dates are read in; nil means Asia/Shanghai.
	Location *time.Location
	// Kind selects the rules that depend on what the text is for.
	Kind Kind
	// Form is what the surrounding form already says; nil for a text that
	// stands alone.
	Form *Form
}

// Form is the context of a text inside a form: a task row under a form that
// names an owner and a date is not a request missing them, and suggestions
// name the form's own department and contact.
type Form struct {
	// Owner is whoever the form makes responsible (a name or a login); "" if none.
	Owner string
	// Due is the form's deadline as written (e.g. "2026-12-04"); "" if none.
	Due string
	// Dept is the department the request goes to, e.g. "技术部".
	Dept string
	// Contact is the person to name in suggestions, e.g. "陈杰".
	Contact string
}

// MaxFindings bounds the findings of one call: a text full of problems gets
// the first MaxFindings of them, in order, so that the answer stays small.
const MaxFindings = 500

// Severity is how serious a finding is.
type Severity string

// The severities, from most to least serious.
const (
	// Block stops the text from being saved (a date field holding vague time).
	Block Severity = "block"
	// Warn is shown before sending; the user may send anyway.
	Warn Severity = "warn"
	// Info is a hint.
	Info Severity = "info"
)

// Finding is one problem in a text; Start and End count Unicode characters.
type Finding struct {
	Rule       string   `json:"rule"`
	Severity   Severity `json:"severity"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Message    string   `json:"message"`
	Suggestion string   `json:"suggestion,omitempty"`
}

// RuleInfo describes a rule for documentation and the UI.
type RuleInfo struct {
	ID       string   `json:"id"`
	Severity Severity `json:"severity"` // the usual severity; vague-time blocks in Date fields
	ZH       string   `json:"zh"`
	EN       string   `json:"en"`
}

// Rule ids. They are stable: clients and stored findings refer to them.
const (
	RuleVagueTime          = "vague-time"           // 尽快, ASAP … with no concrete time near
	RuleWeekdayMismatch    = "weekday-mismatch"     // 2026年12月3日(周五)
	RuleDateInvalid        = "date-invalid"         // 2月30日
	RuleDeadlinePast       = "deadline-past"        // a deadline already passed
	RuleDeadlineNonWorkday = "deadline-non-workday" // a deadline on a day off
	RuleRequestNoOwner     = "request-no-owner"     // a request naming nobody
	RuleRequestNoDate      = "request-no-date"      // a request without a date
	RuleImpolite           = "impolite"             // rude or emotional wording
	RuleShouting           = "shouting"             // !!! ？？ ALL CAPS
	RuleVagueQuantity      = "vague-quantity"       // 若干, 左右 in a delivery standard
)

var rules = []RuleInfo{
	{RuleVagueTime, Warn, "模糊的时间表述(如「尽快」「近期」「ASAP」),附近没有具体日期或时间;在日期字段中为阻断", "Vague time (\"尽快\", \"ASAP\", \"soon\") with no concrete date or time next to it; blocks in date fields"},
	{RuleWeekdayMismatch, Warn, "星期与日期不符,如「2026年12月3日(周五)」", "A weekday that contradicts its date, e.g. \"Dec 3, 2026 (Fri)\""},
	{RuleDateInvalid, Warn, "不存在的日期,如「2月30日」", "A date that does not exist, e.g. \"Feb 30\""},
	{RuleDeadlinePast, Warn, "作为截止时间的日期已经过去", "A date given as a deadline is already past"},
	{RuleDeadlineNonWorkday, Warn, "作为截止时间的日期不是工作日(按工作日历)", "A date given as a deadline is not a working day (per the calendar)"},
	{RuleRequestNoOwner, Warn, "请求没有写明负责人", "A request that names no owner"},
	{RuleRequestNoDate, Warn, "请求没有写明期限", "A request that gives no date or time limit"},
	{RuleImpolite, Warn, "不礼貌或情绪化的措辞", "Impolite or emotional wording"},
	{RuleShouting, Warn, "连续的感叹号/问号或大段全大写", "Shouting: runs of !!! / ??? or long ALL-CAPS runs"},
	{RuleVagueQuantity, Info, "交付标准中的模糊数量(如「若干」「左右」)", "Vague quantity in a delivery standard (\"some\", \"roughly\")"},
}

// Rules lists every rule the checker applies.
func Rules() []RuleInfo { return slices.Clone(rules) }

// HasBlocking reports whether any finding blocks sending.
func HasBlocking(fs []Finding) bool {
	for _, f := range fs {
		if f.Severity == Block {
			return true
		}
	}
	return false
}

// Worst returns the most serious severity among fs, or "" when there is none.
func Worst(fs []Finding) Severity {
	var w Severity
	for _, f := range fs {
		switch {
		case f.Severity == Block:
			return Block
		case f.Severity == Warn:
			w = Warn
		case f.Severity == Info && w == "":
			w = Info
		}
	}
	return w
}

// defaultLocation is the calendar's zone, Asia/Shanghai.
func defaultLocation() *time.Location { return i18n.Zone() }

// Check runs every rule on text and returns the findings sorted by Start
// (an empty, non-nil slice when the text is clean), at most MaxFindings.
// Its time is linear in the length of the text.
func Check(text string, opt Options) []Finding {
	fs, _ := CheckContext(context.Background(), text, opt)
	return fs
}

// CheckContext is Check that stops early, returning ctx's error, once ctx
// is done (a client that went away).
func CheckContext(ctx context.Context, text string, opt Options) ([]Finding, error) {
	if opt.Location == nil {
		opt.Location = defaultLocation()
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	opt.Now = opt.Now.In(opt.Location)
	if !utf8.ValidString(text) {
		// Invalid bytes would make rune offsets ambiguous; check the text as
		// the user sees it, with U+FFFD in place of each bad byte.
		text = toValid(text)
	}
	text = halfWidth(text)
	c := getChecker()
	defer putChecker(c)
	c.reset(text, &opt, ctx)
	c.run(text)
	if c.err != nil {
		return nil, c.err
	}
	if len(c.out) == 0 {
		return []Finding{}, nil // marshals as [], not null; no allocation
	}
	slices.SortStableFunc(c.out, byPosition)
	if len(c.out) > MaxFindings {
		c.out = c.out[:MaxFindings]
	}
	c.t = text
	return c.finish(), nil
}

// halfWidth reads full-width digits (１２月２０日, １８：００) as ASCII ones. Each
// replaced character stays one character, so offsets in runes do not move.
func halfWidth(s string) string {
	// The first full-width digit, found with strings.Index (which compares
	// many bytes at once) rather than byte by byte: this reads the whole text.
	i := 0
	for {
		j := strings.Index(s[i:], "\xef\xbc")
		if j < 0 {
			return s
		}
		i += j
		if i+2 >= len(s) {
			return s
		}
		if s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			break
		}
		i += 2
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for i < len(s) {
		if i+2 < len(s) && s[i] == 0xEF && s[i+1] == 0xBC {
			x := s[i+2]
			digitNext := i+5 < len(s) && s[i+3] == 0xEF && s[i+4] == 0xBC && s[i+5] >= 0x90 && s[i+5] <= 0x99
			digitPrev := len(b) > 0 && isDigit(b[len(b)-1])
			switch {
			case x >= 0x90 && x <= 0x99:
				b = append(b, '0'+x-0x90)
				i += 3
				continue
			case digitPrev && digitNext && (x == 0x9A || x == 0x8F || x == 0x8E): // ： ／ ．
				ascii := byte(':')
				if x == 0x8F {
					ascii = '/'
				} else if x == 0x8E {
					ascii = '.'
				}
				b = append(b, ascii)
				i += 3
				continue
			}
		}
		b = append(b, s[i])
		i++
	}
	return string(b)
}

// toValid replaces each invalid byte with U+FFFD so that one byte maps to one rune.
func toValid(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = utf8.AppendRune(b, utf8.RuneError)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

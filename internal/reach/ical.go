package reach

import (
	"strings"
	"time"
	"unicode/utf8"
)

// vevent is one waiting step as a calendar event.
type vevent struct {
	UID, Summary, Description, URL string
	Start                          time.Time // the deadline
}

// shanghaiZone is Asia/Shanghai as a VTIMEZONE: UTC+8 all year, no
// daylight saving since 1991.
const shanghaiZone = "BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\nX-LIC-LOCATION:Asia/Shanghai\r\n" +
	"BEGIN:STANDARD\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nTZNAME:CST\r\nDTSTART:19700101T000000\r\nEND:STANDARD\r\n" +
	"END:VTIMEZONE\r\n"

// icalendar writes an RFC 5545 calendar of events, times in Asia/Shanghai:
// CRLF line ends, lines folded at 75 octets without splitting a character,
// text escaped.
func icalendar(name string, events []vevent, stamp time.Time, loc *time.Location) []byte {
	var b strings.Builder
	line := func(s string) { b.WriteString(fold(s)) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//liaison//deadlines//ZH")
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	line("X-WR-CALNAME:" + escapeText(name))
	line("X-WR-TIMEZONE:Asia/Shanghai")
	line("REFRESH-INTERVAL;VALUE=DURATION:PT15M")
	line("X-PUBLISHED-TTL:PT15M")
	b.WriteString(shanghaiZone)
	for _, e := range events {
		line("BEGIN:VEVENT")
		line("UID:" + e.UID)
		line("DTSTAMP:" + stamp.UTC().Format("20060102T150405Z"))
		line("DTSTART;TZID=Asia/Shanghai:" + e.Start.In(loc).Format("20060102T150405"))
		line("SUMMARY:" + escapeText(e.Summary))
		if e.Description != "" {
			line("DESCRIPTION:" + escapeText(e.Description))
		}
		if e.URL != "" {
			line("URL:" + e.URL)
		}
		line("TRANSP:TRANSPARENT")
		line("BEGIN:VALARM")
		line("ACTION:DISPLAY")
		line("TRIGGER:-PT1H")
		line("DESCRIPTION:" + escapeText(e.Summary))
		line("END:VALARM")
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return []byte(b.String())
}

// escapeText escapes a TEXT value (RFC 5545 §3.3.11).
func escapeText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// fold cuts a content line into lines of at most 75 octets, each
// continuation starting with a space (RFC 5545 §3.1), and ends it with CRLF.
func fold(s string) string {
	var b strings.Builder
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut])
		b.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(s)
	b.WriteString("\r\n")
	return b.String()
}

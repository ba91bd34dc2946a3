package process

import (
	"unicode"
	"unicode/utf8"
)

// Blank reports whether s holds nothing a reader can see: only white space
// and invisible format characters (zero-width space U+200B, joiners, word
// joiner, BOM, direction marks). A title, name, comment or password of
// "\u200b" is as empty as "", and every required-value check asks Blank.
func Blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}

// SingleLineReason says why s cannot be a single-line value — a name, a
// title, an address, a file name — or "" when it can. It is the one check
// for every single-line field: the process's "text" fields here, and the
// other services (users, parties, file names) call it too.
//
// Refused: invalid UTF-8; control characters (C0 including tab and line
// breaks, DEL, C1), which break mail headers and logs; and the invisible
// characters that reorder or break what people read: the bidi embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069), the direction marks
// (U+200E, U+200F, U+061C) and the line and paragraph separators (U+2028,
// U+2029).
func SingleLineReason(s string) string {
	if !utf8.ValidString(s) {
		return "reason.invalid_utf8"
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			return "reason.no_line_breaks_or_control"
		}
		if invisibleBreaker(r) {
			return "reason.no_invisible_direction_or_separator"
		}
	}
	return ""
}

// MultiLineReason is SingleLineReason for text with lines: tab, CR and LF
// are welcome, other control characters are refused.
func MultiLineReason(s string) string {
	if !utf8.ValidString(s) {
		return "reason.invalid_utf8"
	}
	for _, r := range s {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			return "reason.control_characters"
		}
	}
	return ""
}

func invisibleBreaker(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f || r == 0x061c || r == 0x2028 || r == 0x2029
}

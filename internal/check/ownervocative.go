package check

import (
	"strings"
	"unicode/utf8"
)

// Whom a 请 later in the sentence asks (round 32, h17ap): a person addressed
// at the sentence's start, before its first comma, is the one asked even
// when the ask comes after the thing to be done (刘兽医，五号场的疫苗冷链记录仪
// 请尽快更换; Hi 杨洁，新配方的 sow lactation diet 请 12月3日 前发我 review);
// and a ship's or a farm's rank right after 请 names its holder (请大副尽早
// 完成…, 请场长安排…).

// rankRoles are the ranks and posts of a ship, a plant or a farm, named by
// the post alone: there is one holder.
var rankRoles = []string{"船长", "大副", "二副", "三副", "轮机长", "大管轮", "二管轮", "三管轮", "水手长", "场长", "厂长", "兽医"}

// vocativeOpensAsk reports whether the sentence that b (the text before a
// 请) ends in opens by addressing a person set off by a comma: a surname and
// a title (李场长，), or a full name after a greeting (Hi 杨洁，). A bare
// "full name" may be any three characters (李白诗，请…), and 明天，…请 and
// 关于疫苗，…请 address nobody.
func vocativeOpensAsk(b string) bool {
	if i := strings.LastIndexAny(b, "。；;！!？?\n"); i >= 0 {
		_, w := utf8.DecodeRuneInString(b[i:])
		b = b[i+w:]
	}
	i := strings.Index(b, "，")
	if j := strings.IndexByte(b, ','); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 {
		return false
	}
	v := strings.TrimSpace(b[:i])
	for _, g := range []string{"Hi ", "Hello ", "Dear ", "嗨", "您好", "你好"} {
		if r, ok := strings.CutPrefix(v, g); ok {
			return hanFullName(strings.TrimLeft(r, " 　")) || titledName(r)
		}
	}
	return titledName(v) || strings.HasPrefix(b[i:], "，") && latinGivenName(v)
}

// latinGivenName reports whether v, set off by a Chinese comma before a
// Chinese ask, is a Latin given name alone (round 35, h17as: Sunny，请于12月
// 18日前…; Kevin，请…): one capitalised word of letters that names no topic
// or greeting (Note，, Thanks，, Update，).
func latinGivenName(v string) bool {
	return len(v) >= 3 && len(v) <= 12 && isUpper(v[0]) && lowerRest(v) && !notAName[strings.ToLower(v)]
}

// hanFullName reports whether v is a full name alone: a surname and one or
// two more Chinese characters that make no common word (杨洁, 王建国; not
// 王府, 高温).
func hanFullName(v string) bool {
	n := utf8.RuneCountInString(v)
	if n < 2 || n > 3 {
		return false
	}
	for _, r := range v {
		if r < 0x4E00 || r > 0x9FFF {
			return false
		}
	}
	s, _ := utf8.DecodeRuneInString(v)
	return strings.ContainsRune(surnames, s) && !wordNotName(v) && !wordNotName(firstRunes(v, 2)) && !notAName12(firstRunes(v, 2))
}

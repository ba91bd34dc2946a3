package check

import (
	"strings"
	"unicode/utf8"
)

// Vague quantity (明确性): 左右 after a number or a unit (100吨左右, 1TB左右,
// 2小时用量左右) and "about" before a number a standard sets ("each prop
// should be about 5,000 triangles"). The other quantity entries of the
// lexicon are in lexicon.go.

func ctxZuoyou(t string, s, e int) bool {
	p, _ := utf8.DecodeLastRuneInString(t[:s])
	if p < utf8.RuneSelf {
		return isDigit(byte(p)) || p == '%' || latinUnitAfterNumber(t[:s]) // round 13: 1TB左右
	}
	if p == '量' { // 2小时用量左右 (round 9); not 受天气影响量左右
		return !strings.Contains(clauseBefore(t, s), "受")
	}
	return zhNumeral[p] || strings.ContainsRune("天元个台件人时周次万千百份米秒分页套年月日度斤吨箱盒倍条项家钟克升寸", p)
}

// latinUnitAfterNumber reports whether b ends in a number and a Latin unit
// of one to four letters (1TB, 5 kg, 20ml, 3GHz): 左右 after it rounds a
// quantity, as after 100吨. A word with no number before it (iPhone左右,
// 上下左右) is none.
func latinUnitAfterNumber(b string) bool {
	i := len(b)
	for i > 0 && isLetter(b[i-1]) {
		i--
	}
	if n := len(b) - i; n < 1 || n > 4 {
		return false
	}
	// round 15: a unit of two parts (1.0m/s, 20mg/L, 5 L/min)
	if j := i; j > 1 && b[j-1] == '/' {
		j--
		for j > 0 && isLetter(b[j-1]) {
			j--
		}
		if n := i - 1 - j; n >= 1 && n <= 3 {
			i = j
		}
	}
	b = strings.TrimRight(b[:i], " ")
	return len(b) > 0 && isDigit(b[len(b)-1])
}

// ctxAboutNumber accepts "about" right before a number that a standard
// sets, after what sets it (be about 5,000, for about 3 months, : about 2
// hours, "…, about 5 minutes of rinse"), not a measurement described with
// "of" ("a response time of about 2 seconds") nor "about" of a topic ("the
// findings about 2024").
func ctxAboutNumber(t string, s, e int) bool {
	k := skipSpace(t, e)
	if k >= len(t) || !isDigit(t[k]) {
		return false
	}
	b := strings.ToLower(strings.TrimRight(lastBytes(t[:s], 16), " "))
	return b == "" || hasSuffixAny(b, ":", ",", "(", " be", " is", " are", " for", " at", " takes", " take", " last", " lasts", " weigh", " weighs", " measure", " measures", " keep", " kept", " wait", " needs", " need", " run", " runs", " cure", " dry", " soak", " rinse", " rest", " and", " or") // round 15: "some EPDM gaskets and about 10 spare check valves"
}

// round12En are the lexicon entries round 12 adds.
var round12En = []enTerm{
	// "each prop should be about 5,000 triangles", "kept for about 3
	// months" in a standard: a number made vague
	{"about", clsQty, ctxAboutNumber},
}

// round15Zh and round15En are the quantity words round 15 adds: 少许 (在刮刀
// 两侧涂抹少许硅脂, 如有少许变形即更换), 些许; "adequate" ("allow adequate
// time", "an adequate amount of grease"), "a small amount", "a small
// quantity", "a little"; round 21 adds 一定距离 and 较低水平 (below). Like every quantity word they count only in a
// standard (Kind Standard).
var round15Zh = []term{
	{"少许", clsQty, ctxNotMargin},
	{"些许", clsQty, ctxNotMargin},
	// round 21: a measure left to "some" or "a lowish level" (保持一定距离,
	// 温度控制在较低水平); 一定 alone is "surely" (一定要) and stays clean
	{"一定距离", clsQty, nil},
	{"一定的距离", clsQty, nil},
	{"一定数量", clsQty, nil},
	{"一定比例", clsQty, nil},
	{"较低水平", clsQty, nil},
	{"较高水平", clsQty, nil},
	{"较低的水平", clsQty, nil},
	{"较高的水平", clsQty, nil},
	{"合理水平", clsQty, nil},
	// round 23: a limit left to "too much" (备货不宜过多, 避免过少, 过多的油脂)
	{"过多", clsQty, ctxTooMuch},
	{"过少", clsQty, ctxTooMuch},
}

var round15En = []enTerm{
	{"adequate", clsQty, nil},
	{"a small amount", clsQty, nil},
	{"a small quantity", clsQty, nil},
	{"a little", clsQty, nil},
}

// countLeftOpenEn are a count left to the reader's judgement with its
// article and "number of" ("carry an adequate number of charged packs"):
// the writer marks the whole phrase, not the adjective alone; and "a
// suitable amount" ("Apply a suitable amount of separator powder"), marked
// like "a small amount" (round 29, h17am). "a sufficient number of" is
// left out: the seventy-ninth set's writer marks the phrase, the
// forty-seventh's the adjective.
var countLeftOpenEn = []enTerm{
	{"an adequate number of", clsQty, nil},
	{"a suitable number of", clsQty, nil},
	{"a suitable amount", clsQty, nil},
}

// amountLeftOpenEn are an amount left to the worker's judgement with its
// article, "a/an ADJ amount|quantity" and "a/an ADJ number of", marked whole
// as the writers mark them (round 32, h17ap: "an appropriate amount" ten
// times by nine writers over 93 sets, "appropriate" alone once; "a
// reasonable quantity", "a reasonable number of"): "amount" and "quantity"
// without their "of", "number" with it. "a sufficient number of" is whole
// only when it opens the sentence ("A sufficient number of guards shall
// be posted", two writers); inside one ("Keep a sufficient number of spare
// fuses") its writer marked "sufficient". "an adequate amount" and "a
// sufficient amount|quantity" stay with the adjective: older writers split
// them (the thirty-sixth and forty-second sets mark "adequate",
// "sufficient").
var amountLeftOpenEn = []enTerm{
	{"an appropriate amount", clsQty, nil},
	{"an appropriate quantity", clsQty, nil},
	{"an appropriate number of", clsQty, nil},
	{"a reasonable amount", clsQty, nil},
	{"a reasonable quantity", clsQty, nil},
	{"a reasonable number of", clsQty, nil},
	{"a suitable quantity", clsQty, nil},
	{"a proper amount", clsQty, nil},
	{"a proper quantity", clsQty, nil},
	{"a certain amount", clsQty, nil},
	{"a certain quantity", clsQty, nil},
	{"a certain number of", clsQty, nil},
	{"a moderate number of", clsQty, nil},
	{"a sufficient number of", clsQty, ctxOpensSentence},
}

// ctxOpensSentence accepts a phrase written with its capital, the subject
// that opens a sentence ("A sufficient number of guards shall be posted").
func ctxOpensSentence(t string, s, e int) bool {
	return isUpper(t[s])
}

// wordMentioned reports whether the word s:e stands alone inside quotation
// marks (“适量”, "adequate", 「少许」): a standard's writing rule naming the
// words it forbids (禁止使用“适量”“少许”等表述; do not use words such as
// "adequate" or "a few") mentions them and sets no quantity. A quantity
// inside a longer quote (“加少许水”) is still one.
func (c *checker) wordMentioned(s, e int) bool {
	if !c.quoted(s, e) {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(c.t[:s])
	n, _ := utf8.DecodeRuneInString(c.t[e:])
	return strings.ContainsRune("“\"‘'「『", p) && strings.ContainsRune("”\"’'」』", n)
}

// round29Zh: 较多 as the amount a standard orders supplied (round 29,
// h17am: 早高峰前须向地铁站口投放较多车辆): after a verb of supplying
// (投放, 配备, 储备 …) and before what is supplied. 问题较多 and 较多时 describe.
var round29Zh = []term{
	{"较多", clsQty, ctxSupplyMore},
}

func ctxSupplyMore(t string, s, e int) bool {
	if !hasSuffixAny(t[:s], "投放", "配备", "配置", "准备", "储备", "预留", "放置", "备好", "携带", "调配", "补充") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[e:])
	return r >= 0x4E00 && r <= 0x9FFF && !hasPrefixAny(t[e:], "时", "的时候")
}

// ctxNotMargin rejects 少许 before a margin or a clearance left on purpose
// (预留少许余量, 留少许间隙: the thirteenth set's clean standard); 少许硅脂 and
// 少许变形 are quantities no one can verify.
// ctxTooMuch accepts 过多/过少 as a limit with no figure: after a word that
// forbids it (不宜过多, 避免过少) or before 的 and a noun (过多的油脂), not
// 经过多次, 超过多少 nor a limit the clause states in figures (不宜过多，
// 不超过20箱).
func ctxTooMuch(t string, s, e int) bool {
	if !hasSuffixAny(t[:s], "不宜", "不得", "不应", "不能", "不可", "不要", "避免", "防止", "切忌", "忌", "勿", "严禁") && !strings.HasPrefix(t[e:], "的") {
		return false
	}
	rest := firstRunes(t[e:], 24)
	if i := strings.IndexAny(rest, "。；;\n"); i >= 0 {
		rest = rest[:i]
	}
	return !(hasAny(rest, "不超过", "不少于", "不多于", "不低于", "不高于", "以内", "以下") && strings.ContainsAny(rest, "0123456789"))
}

func ctxNotMargin(t string, s, e int) bool {
	return !hasPrefixAny(t[e:], "余量", "裕量", "余地", "富余", "间隙", "空隙", "空间")
}

// ctxShidang accepts 适当 as a vague amount, not as a time (适当的时候) nor
// as the manner of a control whose limit the sentence states in figures
// (回喷量应视炉温情况适当控制，炉膛温度不得低于850℃; round 18, h17aa): the
// limit is the measurable part. 适当增加润滑脂 and 适当控制, with no limit, stay.
func ctxShidang(t string, s, e int) bool {
	if !ctxNotTime(t, s, e) {
		return false
	}
	if !hasPrefixAny(t[e:], "控制", "调整", "调节") {
		return true
	}
	a := t[s:]
	if j := strings.IndexAny(a, "。；;\n"); j >= 0 {
		a = a[:j]
	}
	if !hasAny(a, "不得低于", "不得高于", "不低于", "不高于", "不超过", "不得超过", "不小于", "不大于", "控制在") {
		return true
	}
	for i := 0; i < len(a); i++ {
		if isDigit(a[i]) {
			return false
		}
	}
	return true
}

// ctxEnoughNoun accepts "enough" as an amount left to the worker when a verb
// of applying or leaving puts it before its noun ("Spray enough water on the
// conveyor", "apply enough grease", "leave enough slack"): "long enough",
// "enough to cover" and "is not enough" set a test, not an amount.
func ctxEnoughNoun(t string, s, e int) bool {
	b := strings.ToLower(strings.TrimRight(lastBytes(t[:s], 16), " "))
	if i := strings.LastIndexByte(b, ' '); i >= 0 {
		b = b[i+1:]
	}
	switch b {
	case "spray", "apply", "add", "use", "leave", "allow", "keep", "supply", "pour", "put", "provide", "maintain", "inject", "fill", "with", "pump", "feed", "dose", "load", "stock", "spread":
	default:
		return false
	}
	a := strings.TrimLeft(t[e:], " ")
	return a != "" && a[0] >= 'a' && a[0] <= 'z' && !hasPrefixFold(a, "to ", "for ", "and ", "or ")
}

// ctxMeasureAfter accepts "appropriate"/"moderate" before a measure (an
// appropriate torque, a moderate pressure; round 19), not before a kind of
// thing or an act (appropriate PPE, appropriate action, moderate risk).
func ctxMeasureAfter(t string, s, e int) bool {
	a := strings.TrimLeft(t[e:], " ")
	return hasPrefixFold(a, "torque", "amount", "quantity", "pressure", "temperature", "force", "tension", "level of ", "dose", "dosage", "length",
		"depth", "distance", "thickness", "gap", "clearance", "speed", "volume", "concentration", "flow", "load", "number of", "time", "duration",
		"interval", "spacing", "height", "width", "slack", "overlap")
}

// ctxZugou accepts 足够 before 的 and what is to be provided (设置足够的安全
// 围栏, 配备足够数量的灭火器; round 19), not 足够了, 是否足够, 不足够, 足够用.
func ctxZugou(t string, s, e int) bool {
	if hasSuffixAny(lastBytes(t[:s], 6), "不", "是否", "否", "够不") {
		return false
	}
	return hasPrefixAny(t[e:], "的", "数量", "量的")
}

// ctxDaliang accepts 大量 before a material to have ready or use (备好大量清水,
// 用大量清水冲洗; round 19), not a report of many (大量投诉, 大量出现).
func ctxDaliang(t string, s, e int) bool {
	if hasPrefixAny(t[e:], "出现", "发生", "增加", "减少", "涌入", "积压", "投诉", "报道", "的投诉", "客户", "用户", "时间", "工作", "人员", "数据") {
		return false
	}
	return hasSuffixAny(lastBytes(t[:s], 9), "备", "备好", "准备", "用", "使用", "加", "加入", "以", "喷", "喷洒", "涂", "涂抹", "灌", "注入", "储备", "配备", "携带", "带")
}

package check

import "strings"

// Round 31 (h17ao; the eighty-fifth to eighty-eighth sets, by class):
// sarcasm about people's work that uses no listed word. Praise turned
// round by the fault it follows (真厉害啊，又把冬季胎发成夏季胎了，佩服佩服;
// not 真棒，又把良品率提上去了), praise in scare quotes (这个方案真是“惊艳”;
// not 观众说这是“一票难求”), a whole crew worse each year (一届不如一届),
// asking where someone's brain is (脑子呢？); in English the reader called
// a genius for a blunder ("Great job, genius."; not "Great job, team."),
// someone said to need their head examined, told to find another job
// ("maybe find another job"; not "if you find another job, tell HR"), or
// a team said to be asleep at the wheel.
var zhShapes31 = []shape{
	zhs(`(又|竟然|居然|再次)[^。！!？?]{1,30}[，,！!]\s*(佩服佩服|服了服了|实在佩服)`, "佩服佩服", "服了服了", "实在佩服"),
	zhs(`真(厉害|行|能干|有本事|牛|棒|优秀)[啊呀啦]?[，,！!]\s*(又|竟然|居然|再次)把[^，,。！!？?]{1,16}(错|成|反|漏|丢|坏|砸|忘)`, "真厉害", "真行", "真能干", "真有本事", "真牛", "真棒", "真优秀"),
	zhs(`(真是|真|太|可真|果然)[“"「‘'](惊艳|专业|高效|负责|用心|靠谱|优秀|精彩|完美|聪明|给力|厉害|能干|细心|周到|贴心|认真)[”"」’']`, "惊艳", "专业", "高效", "负责", "用心", "靠谱", "优秀", "精彩", "完美", "聪明", "给力", "厉害", "能干", "细心", "周到", "贴心", "认真"),
	zhs(`一(届|代|批|茬|任)不如一(届|代|批|茬|任)`, "不如一"),
	zhs(`(^|[，,。！!？?\s])脑子呢\s*[？?]`, "脑子呢"),
}

var enShapes31 = []shape{
	ens(`\b((great|nice|good|brilliant|fantastic|excellent|amazing|superb|wonderful|lovely|smooth) (job|work|move|going|one)|well done),? (genius|einstein|sherlock|mastermind|hotshot)\b`, "genius", "einstein", "sherlock", "mastermind", "hotshot"),
	ens(`\bneeds? (his|her|their|your|its) heads? examined\b`, "examined"),
	ens(`\b(maybe|perhaps|then just|just go|go) (you should |you could |try to |consider |think about )?(find|get|look for|go find)(ing)? (another|a new|a different|a real) (job|career|line of work)\b`, "another job", "new job", "different job", "real job", "line of work", "career"),
	ens(`\b(your|you|the) ([a-z]+ ){0,2}(is|are|was|were|seems?|seem to be|must be) (clearly |obviously |completely |totally |all )?asleep at the wheel\b`, "asleep at the wheel"),
}

// Round 32 (h17ap; the eighty-ninth to ninety-second sets): the sarcastic
// verdict that closes praise turned round by a fault, marked where the
// writers mark it. In Chinese the praise opens the sentence and the verdict
// is addressed to the team in its last clause (真厉害啊，一个晚上丢了五个件，
// 你们组可以去申请吉尼斯了; 厉害了，又一车猪被退回，你们运输队可真是给集团长脸):
// the span runs from the praise to the verdict. In English a sentence of
// praise closes a fault ("… another truck turned away at the wash station.
// Really impressive work."; "… another 'lost' parcel from your route.
// Impressive work as always, Kevin."; the praise phrase is marked), and
// "nobody bothered to read the
// booking" blames the team for not looking. 真厉害，一个月就拿下三个客户, "Truly
// impressive work by the crew, thank you!" and "Nobody bothered me today"
// stay clean.
var zhShapes32 = []shape{
	zhs(`(真厉害|厉害了|真行|真棒|真能干|真有本事|太厉害了)[啊呀啦]?[，,！!][^。！!？?]{0,20}(又|再次|竟然|居然|丢|错|漏|坏|退回|投诉|延误|没)[^。！!？?]{0,20}[，,]\s*你们?[^，,。！!？?]{0,8}(可真是|真是|真)?(给[^，,。！!？?]{1,6}(长脸|争光|露脸)|(可以|该|能)去?(申请|上)吉尼斯)[^，,。！!？?]{0,4}`, "长脸", "争光", "露脸", "吉尼斯"),
}

var enShapes32 = []shape{
	ens(`\b(nobody|no one|no-one|none of you) (even )?bothered to [a-z][^.,;:!?]{1,40}`, "bothered"),
}

// sarcasmCloseEn are praise that closes a fault as a sentence of its own.
var sarcasmCloseEn = []enTerm{
	{"really impressive", clsImpolite, ctxSarcasmClose},
	{"truly impressive", clsImpolite, ctxSarcasmClose},
	{"impressive work", clsImpolite, ctxSarcasmClose},
	{"impressive stuff", clsImpolite, ctxSarcasmClose},
}

// ctxSarcasmClose accepts praise that opens its sentence (after "Wow," or
// nothing) and ends it, with at most "work", "as always" and the name of
// whom it mocks ("Impressive work as always, Kevin."), after a failure in
// the words before (another, again, missed …), as ctxSarcasmWord reads
// "Impressive." alone.
func ctxSarcasmClose(t string, s, e int) bool {
	a := t[e:]
	if i := strings.IndexAny(a, ".!\n"); i >= 0 {
		a = a[:i]
	} else if len(a) > 40 {
		return false
	}
	a = strings.TrimSpace(a)
	for _, w := range []string{"work", "stuff", "job", ",", "as always", ","} {
		a = strings.TrimSpace(strings.TrimPrefix(a, w))
	}
	if a != "" && !(len(a) <= 20 && isUpper(a[0]) && lowerRest(a)) {
		return false
	}
	b := sentenceBefore(t, s)
	if i := strings.LastIndex(b, ". "); i >= 0 {
		b = b[i+2:]
	}
	if strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(b), "Wow,")) != "" {
		return false
	}
	prev := strings.ToLower(lastBytes(t[:s], 80))
	return hasAny(prev, "again", "another", "missed", "broke", "late", "failed", "wrong", "still not", "delay")
}

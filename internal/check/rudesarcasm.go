package check

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

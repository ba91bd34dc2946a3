package check

import "regexp"

// Rudeness by sentence shape, round 9 of issue 17: the classes of the
// twenty-fourth and twenty-fifth sets' misses, written by people who never
// saw the checker, generalised (not their sentences). Each shape is tried
// only when the sentence holds one of its cues (see rudeshape4.go), and each
// has look-alikes that stay clean (shape9_test.go):
//
//   - repetition thrown at the reader: 已经说过两次了 (no subject, or 我; not
//     王总已经提过两次, 我在周会上已经说过两次); "As previously mentioned
//     (twice)", "as I've now said three times" (a count, not "as mentioned
//     in the kickoff"), "For the third time:";
//   - a rebuke wrapped in a request, which its please does not excuse:
//     "Please check before asking again", "for once" said to the reader
//     ("Maybe someone over there could pick up the phone for once?"), "No
//     rush, it's only been a month";
//   - mock accommodation of a delay: "Or maybe next year", "any decade now";
//   - doubting a basic skill: 你们PM是不会看日历吗, 是不识字吗; "Can your PM
//     not read a calendar?";
//   - the reader's stock phrase thrown back: 这都多少个“过两天”了?, “近期”这两个
//     字我听了一个月了, "'ASAP' is not a plan", "Send me a date, not
//     adjectives", "I want a refund, not another copy-paste reply";
//   - for show: 你们的5S是做给领导看的吗?; words ignored: 你们当耳旁风;
//   - sarcasm after a failure: 满意了吧?, "Happy now?"; 靠猜吗? as a clause;
//     这么明显的划痕都能放出来?;
//   - an order shouted in capitals that says the reader keeps doing it
//     ("STOP CHANGING THE PINOUT WITHOUT TELLING US"), and "Stop changing …
//     without telling us" in lower case.

var (
	zhShapes9 = []shape{
		// 这都多少个“过两天”了? — a count of the reader's broken promises (not 这都几点了?, 这都多少年了?)
		zhs(`这都(多少|几)(个|次|回|轮|遍)[“"「]?[^，,。！!？?年月岁点天周号]{1}[^，,。！!？?]{0,8}了[？?]`, "这都"),
		// the reader's stock phrase heard for a month: “近期”这两个字我听了一个月了
		zhs(`(这(两|三|四|五|几)个字|这句话|这句|这话|这个词|这套说辞|这种话|这几个字)[^。！!？?]{0,4}我(都|已经|起码)?(听|看)了(快|整整|足足|不下)?[一两三四五六七八九十几半0-9]+个?(月|周|天|星期|礼拜|年|遍|次|回)了([，,。！!？?]|$)|我(都|已经)?听了[一两三四五六七八九十几半0-9]+个?(月|周|星期|礼拜|遍|次|回)的[“"「]`, "这两个字", "这三个字", "这四个字", "这五个字", "这几个字", "这句", "这话", "这个词", "这套说辞", "这种话", "听了"),
		// basic skills doubted: 你们PM是不会看日历吗 (not 你们是不会来了吗?)
		zhs(`是(不会|不懂得?)(看|读|查|算|数)(日历|表|钟|时间|邮件|消息|微信|群|通知|说明|字|数|中文|日期|合同|图纸)|是不识字|是(看不见|眼瞎|没长眼)`, "是不会", "是不懂", "是不识字", "是看不见", "是眼瞎", "是没长眼"),
		// sarcasm after a failure: 现在好了,…满意了吧? (not 客户满意了吗?)
		zhs(`(^|[，,。])\s*(这下|现在|这回)?(你们?)?(满意|称心|称心如意|如意)了吧[？?]`, "满意了", "称心", "如意了"),
		// 靠猜吗? as a clause of its own (是靠猜的吗? is round 5's)
		zhs(`(^|[，,。？?])\s*(就|全|都|只能|还得)?靠(猜|蒙|算命|瞎猜|拍脑袋|意念|通灵)(吗|么|啊|呢)?[？?]`, "靠猜", "靠蒙", "靠算命", "靠瞎猜", "靠拍脑袋", "靠意念", "靠通灵"),
		// an obvious defect let through: 这么明显的划痕都能放出来?
		zhs(`这么(明显|低级|基础|基本|显眼|离谱|简单)的[^，,。！!？?]{1,8}都(能|会|可以|敢)[^，,。！!？?]{0,3}(放|漏|流|发|交|过|通过|出|犯|写|报|混)[^，,。！!？?]{0,4}[？?]`, "这么明显", "这么低级", "这么基础", "这么基本", "这么显眼", "这么离谱", "这么简单"),
		// a demand that scorns what the reader sends: 我要的是日期,不是保证
		zhs(`(给我|我要|我需要|我们要|要的是)[^，,。！!？?]{1,12}[，,]\s*(而)?不是(又)?(一句|一堆|一套|一通)?(解释|借口|理由|废话|道歉|保证|承诺|形容词|套话|官话|场面话|模板)`, "不是"),
		// words ignored: 你们当耳旁风 (not 安全规定不能当耳旁风)
		zhs(`你们?[^，,。！!？?]{0,10}(当|当成|当作|当做)(耳旁风|耳边风)`, "耳旁风", "耳边风"),
		// for show: 你们的5S是做给领导看的吗? (not 这份报告是做给领导看的,要简洁)
		zhs(`(做|写|填|摆|贴|挂|弄|搞|演)给(领导|老板|上面|上级|客户|审计|检查组|别人|人|外人|我们)看的(吗|吧|么|[？?])`, "给领导", "给老板", "给上面", "给上级", "给客户", "给审计", "给检查组", "给别人", "给人", "给外人", "给我们"),
		// a group's standard doubted: 你们挂号处就这个态度?, 你们律所的人都这么随便吗?
		zhs(`就这(个|种|么个|副)(水平|态度|素质|服务|效率|质量|速度|能力|服务态度)[？?]`, "就这个", "就这种", "就这么个", "就这副"),
		zhs(`你们?[^，,。！!？?]{0,10}都这么(随便|马虎|敷衍|草率|粗心|不专业|不负责|不靠谱|拖拉|磨蹭)(的)?(吗|么|[？?])`, "都这么"),
		// all the reader can do: 客服就会复制粘贴吗? (not 他会说中文吗?)
		zhs(`就(只)?会(复制粘贴|甩锅|推卸|踢皮球|打官腔|念稿|发模板|道歉|找借口|让人等|说抱歉)[^，,。！!？?]{0,4}(吗|么|[？?])`, "就会", "就只会"),
		// "is this X or Y": 你们这是卖货还是许愿?
		zhs(`这是(在)?[^，,。！!？?]{1,4}还是(在)?(许愿|打劫|抢钱|做慈善|过家家|开玩笑|演戏|骗人|碰运气|抽奖|算命|做梦)`, "还是"),
		// did you read it yourself: 你自己读过一遍吗?
		zhs(`你们?自己[^，,。！!？?]{0,6}(看|读|检查|核对|审)过(一遍|一眼|一次)(吗|么|没有|没)?[？?]`, "自己"),
		// "for once": 能不能有一次按时?
		zhs(`(能不能|就不能|哪怕|就不能哪怕)[^，,。！!？?]{0,4}有一(次|回)(是)?(按时|准时|准点|靠谱|守时|不出错|不拖|说到做到|主动|提前)`, "能不能", "就不能", "哪怕"),
	}
	enShapes9 = []shape{
		ens(`^\s*(and |so )?for the (third|fourth|fifth|sixth|tenth|nth|last) time\s*[:,—-]\s*(the|it|i|you|your|this|that|please|here|again)\b`, "for the"),
		// mock accommodation of a delay
		ens(`^\s*(or|maybe|perhaps|or maybe|or perhaps)( just)? (next|this) (decade|century|millennium|lifetime)\s*[?.!]?\s*$|^\s*(or|maybe|perhaps|or maybe|or perhaps)( just)? next (year|month|decade|century)\b[^.?!]*\b(whatever works|works for you|suits you|no rush|no pressure|who knows|why not|if you feel like it|if that's not too)|\bsome ?time this (decade|century|millennium|lifetime)\b|^\s*any (year|decade|century) now\b`, "next year", "next month", "next decade", "this decade", "next century", "this century", "next millennium", "this millennium", "next lifetime", "this lifetime", "any year", "any decade", "any century"),
		// basic skills doubted: "Can your PM not read a calendar?"
		ens(`\b(you|your [a-z]+|anyone|anybody|nobody|no one|someone)\b[^.?!]{0,25}(\bnot\b|n't\b|\bnever\b)[^.?!]{0,10}\b(read|own|use|heard of|look at) a (calendar|clock|watch|calculator|dictionary|spell ?checker)\b|n't (you|your [a-z]+|anyone|anybody|someone|they)\b[^.?!]{0,20}\b(read|own|use|heard of|look at) a (calendar|clock|watch|calculator|dictionary|spell ?checker)\b|\b(nobody|no one) [^.?!]{0,20}\b(owns?|reads?|has heard of) a (calendar|clock|watch|calculator|dictionary)\b`, "calendar", "clock", "watch", "calculator", "dictionary", "spell"),
		// a demand that scorns what the reader sends: "Send me a date, not adjectives."
		ens(`\b(send|give|get|show|tell) (me|us) [^,.;?!]{1,30}, not (adjectives|excuses|promises|apologies|stories|buzzwords|platitudes|slogans|emojis|more [a-z]+|another [a-z -]{0,20}(reply|replies|response|email|apology|excuse|promise|template|update|answer))\b`+
			`|\b(i|we) (want|need|expect|asked for) [^,.;?!]{1,30}, not (adjectives|excuses|promises|apologies|stories|buzzwords|platitudes|another [a-z -]{0,20}(reply|replies|response|email|apology|excuse|promise|template|update|answer))\b`, "not"),
		// basic skills doubted, asked of a group: "does anyone on second shift know how to read a work order?"
		ens(`\b(does|do|can|is there) (anyone|anybody|someone|nobody|no one|you|your [a-z]+)\b[^.?!]{0,30}\bknow how to (read|use|open|fill in|count) (a|an|the) (work order|calendar|clock|email|ticket|label|form|drawing|spreadsheet)\b|\b(can|does|do|is there) (anyone|anybody|someone|nobody|no one)\b[^.?!]{0,30}\b(even |actually )?(read|count|spell) (a|an) (work order|calendar|clock|label|drawing|map)\b[^?]*\?`, "know how to", "read a", "read an", "count a", "spell a"),
		// contempt by comparison: "about as helpful as a brick wall"
		ens(`\bas (helpful|useful|responsive|reliable|fast|quick|clear|organised|organized) as (a|an) [a-z ]{0,20}(wall|teapot|rock|brick|door|snail|sloth|potato|fence ?post|goldfish)\b`, "as helpful", "as useful", "as responsive", "as reliable", "as fast", "as quick", "as clear", "as organised", "as organized"),
		// is anyone alive there: "Is there a human anywhere in your company?"
		ens(`\bis there (a|any) (human|living soul|real person|actual person|single person)( being)? (anywhere|at all|left)\b`, "is there"),
		// a tally of unanswered efforts: "Three emails, two chats, zero answers."
		ens(`^\s*(one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+) (emails|calls|messages|tickets|reminders|chats)\b[^.?!]{0,40}\b(zero|no|not one|not a single) (answers?|repl(y|ies)|responses?)\b`, "emails", "calls", "messages", "tickets", "reminders", "chats"),
		// praise next to a quoted promise that failed: "Oh brilliant, the "express" shipping took eleven days."
		ens(`^\s*(oh |ah |well,? )?(brilliant|great|wonderful|fantastic|lovely|perfect|marvell?ous|superb),? (the |your |our )?["“'‘][^"”’']{1,20}["”'’][^.?!]{0,40}\b(took|still|again|broke|late|arrived|failed|crashed|lasted)\b`, "brilliant", "great", "wonderful", "fantastic", "lovely", "perfect", "marvellous", "marvelous", "superb"),
		// repetition: "I have now explained the retainer terms four times", "I will not be explaining them a fifth"
		ens(`\bi('ve| have) (now|already) (explained|said|told you|mentioned|repeated)\b[^.?!]{0,40}\b(three|four|five|six|several|many|[0-9]+) times\b|\b(will not|won't) be (explaining|repeating|saying|asking|sending)\b[^.?!]{0,20}\b(again|a (second|third|fourth|fifth|sixth))\b`, "i've", "i have", "will not", "won't"),
		// a duty treated as decoration: "your quality department seems to treat the control plan as decoration"
		ens(`\b(you|your [a-z]+( [a-z]+)?)\b[^.?!]{0,30}\btreat(s|ing)? (the |our |your |this |a |an )?[a-z -]{1,25} (as|like) (a |an )?(decoration|afterthought|suggestion|optional|formality|joke|wallpaper|wish ?list|paperwork)\b`, "treat"),
		// sarcasm after a failure: "Happy now?"
		ens(`^\s*(are you |so,? |well,? )?happy now\?\s*$`, "happy now"),
		// an order that says the reader keeps doing it, in lower case
		ens(`^\s*stop [a-z]+ing\b[^.?!]{0,60}\bwithout (telling|asking|checking|informing|consulting|notifying|warning|testing|talking to)\b`, "stop"),
		// …and shouted: "STOP CHANGING THE PINOUT WITHOUT TELLING US" (case matters: "Stop using the old template" is round 3's business)
		{cues: []string{"stop", "quit"}, re: regexp.MustCompile(`^\s*(PLEASE\s+|JUST\s+)?(STOP|QUIT)\s+[A-Z]{2,}ING\b`)},
	}

	// the round-9 shapes that no softener excuses: a rebuke in a request's
	// clothes ("Please check before asking again", "Could you answer the
	// phone for once?", "No rush, it's only been a month") and repetition
	// before a 希望 (已经说过两次了,希望这次不要再弄错).
	zhStrong9 = []shape{
		zhs(`(^|[，,。！!？?：:])\s*(我)?(都|早就?|明明)?已经(跟你们?|给你们?|和你们?|对你们?)?(说|讲|提|强调|提醒|重复|解释|交代|告诉你们?)(过|了)(你们?)?(两|三|四|五|六|七|八|九|十|好几|多少|无数|N|n|[2-9])(次|遍|回)了`, "已经"),
	}
	enStrong9 = []shape{
		// the reader's stock phrase thrown back (strong: a softener inside the quote is theirs, 'kindly do the needful'): "'ASAP' is not a plan"
		ens(`['"‘“][^'"‘’“”]{1,40}['"’”],? (is|isn't|is not|was not|wasn't) (not )?(a|an) (plan|date|deadline|answer|timeline|commitment|solution|fix|schedule|strategy|update|root cause|eta|response)\b`, "plan", "date", "deadline", "answer", "timeline", "commitment", "solution", "fix", "schedule", "strategy", "update", "root cause", "eta", "response"),
		// repetition with a count: "As previously mentioned (twice)", "as I've now said three times"
		ens(`\bas (i('ve| have)? |we('ve| have)? )?(now |previously |already |repeatedly )?(mentioned|said|stated|explained|noted|pointed out|written|flagged|highlighted|told you)[^.?!;:]{0,20}?\(?(twice|three times|four times|five times|several times|multiple times|many times|more than once|repeatedly|[0-9]+ times)\)?`, "mentioned", "said", "stated", "explained", "noted", "pointed out", "written", "flagged", "highlighted", "told you"),
		ens(`^\s*(please |kindly |just )*(check|read|look|scroll|search|review|look at|go through|open)\b[^.?!]{0,40}\bbefore (asking|emailing|messaging|pinging|calling|writing|replying|chasing|bothering)( me| us)? again\b`, "again"),
		ens(`\b(maybe|perhaps)\s+(try\s+(to\s+)?)?(pick|answer|reply|respond|read|check|call|return|show|turn)\b[^.?!]{0,40}\b(for once|once in a while|for a change)\b|\b(you|your [a-z]+|someone|somebody|anyone|anybody|they|the [a-z]+ team)( [a-z]+){0,3}? (could|can|would|will|might|should|try to|manage to)\b[^.?!]{0,40}\bfor once\b|\b(could|can|would|will|might|should)( [a-z]+)? (you|your [a-z]+|someone|somebody|anyone|anybody|they)\b[^.?!]{0,40}\bfor once\b`, "for once", "once in a while", "for a change"),
		ens(`\bno rush,? (it's|it has|it is|we've|we have)( only| just)? been\b`, "no rush"),
	}
)

package check

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// class is what a lexicon entry means to the rules.
type class uint8

const (
	clsVague    class = iota + 1 // vague time
	clsImpolite                  // rude or emotional wording
	clsQty                       // vague quantity
	clsAnchor                    // a concrete time reference (明天, tomorrow, EOD …)
	clsOwner                     // names or addresses someone who will act
	clsDayPart                   // 上午, 下午 … (shifts a following clock time)
	nClasses
)

// ctxFunc vetoes a match from its surroundings: text[s:e] is the match.
// It returns false when the match is a false alarm (最近的会议室, 回头客 …).
type ctxFunc func(text string, s, e int) bool

// term is one lexicon entry.
type term struct {
	s   string // lower case for English
	cls class
	ctx ctxFunc
}

// zhTerms are matched on their first rune; the list per rune is kept longest first.
var zhTerms = []term{
	// vague time (明确性)
	{"尽快", clsVague, nil},
	{"尽早", clsVague, nil},
	{"尽速", clsVague, nil},
	{"越快越好", clsVague, nil},
	{"抓紧", clsVague, ctxZhuajin},
	{"近期", clsVague, ctxJinqi},
	{"最近", clsVague, ctxFuture},
	{"改天", clsVague, ctxGaitian},
	{"改日", clsVague, nil},
	{"晚点", clsVague, ctxWandian},
	{"晚一点", clsVague, ctxWandian},
	{"迟些", clsVague, nil},
	{"晚些", clsVague, ctxWanxie},
	{"迟点", clsVague, nil},
	{"过段时间", clsVague, nil},
	{"过一段时间", clsVague, nil},
	{"过阵子", clsVague, nil},
	{"过些天", clsVague, nil},
	{"过些日子", clsVague, nil},
	{"抽空", clsVague, nil},
	{"到时候", clsVague, ctxDaoshihou},
	{"等下", clsVague, ctxDengxia},
	{"等会儿", clsVague, ctxDengxia},
	{"等会", clsVague, ctxDengxia},
	{"一会儿", clsVague, ctxYihuir},
	{"有时间", clsVague, ctxYoushijian},
	{"以后再说", clsVague, nil},
	{"以后再", clsVague, nil},
	{"后面再", clsVague, ctxHoumianzai},
	{"下次再", clsVague, ctxXiacizai},
	{"找机会", clsVague, nil},
	{"回头", clsVague, ctxHuitou},
	{"有空", clsVague, ctxYoukong},
	{"过几天", clsVague, nil},
	{"过两天", clsVague, nil},
	{"稍后", clsVague, ctxShaohou},
	{"随后", clsVague, ctxSuihou},
	{"择日", clsVague, nil},
	{"晚些时候", clsVague, nil},
	{"找时间", clsVague, ctxNotAfterVague},
	{"找个时间", clsVague, ctxNotAfterVague},
	// round 2: more words for "some time, not now"
	{"这两天", clsVague, ctxSoonish},
	{"这几天", clsVague, ctxSoonish},
	{"最近几天", clsVague, ctxSoonish},
	{"近几天", clsVague, ctxSoonish},
	{"近日", clsVague, ctxSoonish},
	{"近段时间", clsVague, ctxSoonish},
	{"后续", clsVague, ctxHouxu},
	{"日后", clsVague, ctxRihou},
	{"稍晚", clsVague, ctxShaohou},
	{"晚些天", clsVague, nil},
	{"适当的时候", clsVague, nil},
	{"适当时候", clsVague, nil},
	{"合适的时候", clsVague, nil},
	{"方便的时候", clsVague, ctxNoRush},
	{"得空", clsVague, ctxNoRush},
	{"早日", clsVague, ctxZaori},
	{"择期", clsVague, nil},
	{"过一阵", clsVague, nil},
	{"有机会再", clsVague, nil},
	{"往后再", clsVague, nil},
	{"将来再", clsVague, nil},
	{"不久", clsVague, ctxBujiu},
	{"过些时候", clsVague, nil},
	{"过一些时候", clsVague, nil},
	{"过一阵子", clsVague, nil},
	{"等通知", clsVague, ctxNoticeAfterVague},
	{"迟一点", clsVague, nil},
	{"迟一些", clsVague, nil},
	{"晚一些", clsVague, ctxWandian},
	{"早点", clsVague, ctxZaodian},
	{"早一点", clsVague, ctxZaodian},
	{"早些时候", clsVague, ctxSeasonPromise},
	{"早些", clsVague, ctxZaodian},
	{"尽可能早", clsVague, ctxNotDian},
	{"尽量早", clsVague, ctxNotDian},
	{"合适的时间", clsVague, nil},
	{"适当的时间", clsVague, nil},
	{"方便时", clsVague, ctxNoRush},
	{"空了", clsVague, ctxKongle},
	{"闲了", clsVague, ctxKongle},
	{"等", clsVague, ctxDengZai},

	// impolite or emotional (礼貌性)
	{"怎么搞的", clsImpolite, nil},
	{"搞什么", clsImpolite, nil},
	{"搞什么鬼", clsImpolite, nil},
	{"无语", clsImpolite, nil},
	{"垃圾", clsImpolite, ctxLaji},
	{"你们到底", clsImpolite, nil},
	{"到底会不会", clsImpolite, nil},
	{"有没有搞错", clsImpolite, nil},
	{"说了多少遍", clsImpolite, nil},
	{"说了多少次", clsImpolite, nil},
	{"说过多少次", clsImpolite, nil},
	{"说过多少遍", clsImpolite, nil},
	{"干什么吃的", clsImpolite, nil},
	{"什么玩意", clsImpolite, nil},
	{"什么破", clsImpolite, nil},
	{"扯淡", clsImpolite, nil},
	{"废物", clsImpolite, ctxFeiwu},
	{"白痴", clsImpolite, nil},
	{"愚蠢", clsImpolite, nil},
	{"蠢货", clsImpolite, nil},
	{"太离谱", clsImpolite, ctxPersonAround},
	{"离谱", clsImpolite, ctxPersonAround},
	{"烦死了", clsImpolite, nil},
	{"气死", clsImpolite, nil},
	{"滚蛋", clsImpolite, nil},
	{"滚出去", clsImpolite, nil},
	{"闭嘴", clsImpolite, nil},
	{"少废话", clsImpolite, nil},
	{"别废话", clsImpolite, nil},
	{"是不是傻", clsImpolite, nil},
	{"脑子进水", clsImpolite, nil},
	{"有没有脑子", clsImpolite, nil},
	{"长点心", clsImpolite, nil},
	{"不想干了", clsImpolite, nil},
	{"爱咋咋地", clsImpolite, nil},
	{"一点用都没有", clsImpolite, ctxPerson},
	{"一点用也没有", clsImpolite, ctxPerson},
	{"太差劲", clsImpolite, ctxPerson},
	{"差劲", clsImpolite, ctxPerson},
	{"瞎搞", clsImpolite, nil},
	{"乱搞", clsImpolite, nil},
	{"坑人", clsImpolite, nil},
	{"丢人", clsImpolite, nil},
	{"能不能靠谱", clsImpolite, nil},
	{"靠不靠谱", clsImpolite, nil},
	{"别找借口", clsImpolite, nil},
	{"不要找借口", clsImpolite, nil},
	{"我不管", clsImpolite, nil},
	{"你自己看着办", clsImpolite, nil},
	{"自己看着办", clsImpolite, nil},
	{"什么态度", clsImpolite, nil},
	{"岂有此理", clsImpolite, nil},
	{"莫名其妙", clsImpolite, nil},
	{"给我说清楚", clsImpolite, nil},

	// vague quantity (交付标准)
	{"一些", clsQty, nil},
	{"若干", clsQty, nil},
	{"差不多", clsQty, nil},
	{"大概", clsQty, nil},
	{"左右", clsQty, ctxZuoyou},
	{"大约", clsQty, nil},
	{"少量", clsQty, nil},
	{"适量", clsQty, ctxShiliang},
	{"适中", clsQty, nil},
	{"适度", clsQty, nil},
	{"适当数量", clsQty, nil}, // round 20: the span is the whole measure (加装适当数量的防跳装置)
	{"适当", clsQty, ctxShidang},
	{"尽量", clsQty, nil},
	{"基本上", clsQty, nil},
	// round 19 (h17ab): 足够的 before what is to be set out (设置足够的安全围栏),
	// 大量 before a material to have ready (备好大量清水)
	{"足够", clsQty, ctxZugou},
	{"大量", clsQty, ctxDaliang},

	// concrete time references
	{"今天", clsAnchor, nil},
	{"今日", clsAnchor, nil},
	{"今晚", clsAnchor, nil},
	{"今早", clsAnchor, nil},
	{"明天", clsAnchor, nil},
	{"明日", clsAnchor, nil},
	{"明早", clsAnchor, nil},
	{"明晚", clsAnchor, nil},
	{"后天", clsAnchor, nil},
	{"当天", clsAnchor, nil},
	{"当日", clsAnchor, nil},
	{"即日", clsAnchor, nil},
	{"本周", clsAnchor, nil},
	{"这周", clsAnchor, nil},
	{"下周", clsAnchor, nil},
	{"本月", clsAnchor, nil},
	{"月底", clsAnchor, nil},
	{"月末", clsAnchor, nil},
	{"年底", clsAnchor, nil},
	{"下班前", clsAnchor, nil},
	{"中午前", clsAnchor, nil},
	{"午饭前", clsAnchor, nil},
	{"上班前", clsAnchor, nil},
	{"立即", clsAnchor, nil},
	{"马上", clsAnchor, ctxMashang},

	// someone who will act
	{"请", clsOwner, ctxQing},
	{"麻烦", clsOwner, ctxNotWhoever},
	{"烦请", clsOwner, ctxNotWhoever},
	{"劳烦", clsOwner, ctxNotWhoever},
	{"辛苦", clsOwner, nil},
	{"您", clsOwner, nil},
	{"你", clsOwner, nil},
	{"贵司", clsOwner, nil},
	{"贵方", clsOwner, nil},
	{"贵部", clsOwner, nil},
	{"负责", clsOwner, nil},
	{"对接人", clsOwner, nil},
	{"经理", clsOwner, nil},
	{"主管", clsOwner, nil},
	{"总监", clsOwner, nil},
	{"工程师", clsOwner, nil},
	{"专员", clsOwner, nil},
	// heads of a unit, addressed as 孙店长, 李组长 (round 4)
	{"店长", clsOwner, nil},
	{"组长", clsOwner, nil},
	{"班长", clsOwner, nil},
	{"护士长", clsOwner, nil},
	{"队长", clsOwner, nil},
	{"站长", clsOwner, nil},
	{"所长", clsOwner, nil},
	{"院长", clsOwner, nil},
	{"校长", clsOwner, nil},
	{"行长", clsOwner, nil},
	{"局长", clsOwner, nil},
	{"领班", clsOwner, nil},
	{"律师", clsOwner, nil},
	{"会计", clsOwner, nil},
	{"出纳", clsOwner, nil},
	{"厂长", clsOwner, nil},
	{"科长", clsOwner, nil},
	{"处长", clsOwner, nil},
	{"部长", clsOwner, nil},
	{"主任", clsOwner, nil},
	{"同事", clsOwner, ctxSomeColleague},
	{"老师", clsOwner, nil},
	{"师傅", clsOwner, nil},
	{"团队", clsOwner, nil},
	{"项目组", clsOwner, nil},
	{"小组", clsOwner, nil},
	{"管理层", clsOwner, nil},
	{"由", clsOwner, ctxYou},

	{"上午", clsDayPart, nil},
	{"下午", clsDayPart, nil},
	{"中午", clsDayPart, nil},
	{"晚上", clsDayPart, nil},
	{"傍晚", clsDayPart, nil},
	{"早上", clsDayPart, nil},
	{"凌晨", clsDayPart, nil},
}

// zhDepts are department names; "X部" counts as an owner.
var zhDepts = []string{"技术", "市场", "销售", "法务", "财务", "行政", "采购", "人事", "人力资源", "售后服务", "售后", "产品", "研发", "运营", "质量", "品质", "生产", "客服", "信息", "设计", "工程", "物流", "仓储", "商务"}

// enPhrase is an English entry; words are matched case-insensitively and
// separated by whitespace.
type enPhrase struct {
	words []string
	cls   class
	ctx   ctxFunc
}

// enTerm is an English lexicon entry before it is split into words.
type enTerm struct {
	p   string // lower case, words separated by single spaces
	cls class
	ctx ctxFunc
}

var enList = []enTerm{
	{"asap", clsVague, nil},
	{"promptly", clsVague, ctxRuleTime}, // round 20: "should be escalated … promptly"
	{"as soon as possible", clsVague, nil},
	{"as soon as you can", clsVague, nil},
	{"as soon as i can", clsVague, nil},
	{"as soon as we can", clsVague, nil},
	{"at my earliest convenience", clsVague, nil},
	{"at our earliest convenience", clsVague, nil},
	{"soon", clsVague, ctxSoon},
	{"at your earliest convenience", clsVague, nil},
	{"at the earliest convenience", clsVague, nil},
	{"later", clsVague, ctxLater},
	{"when possible", clsVague, nil},
	{"in the near future", clsVague, nil},
	{"shortly", clsVague, ctxShortly},
	{"at some point", clsVague, ctxNotBeforeSoon},
	{"some time next week", clsVague, nil},
	{"in due course", clsVague, nil},
	{"find some time", clsVague, nil},
	{"at a later date", clsVague, nil},
	{"at a later time", clsVague, nil},
	{"sometime", clsVague, ctxSometime},
	{"sometime later", clsVague, nil}, // round 36 (h17at): one span, as "sometime next week" (not "sometime" and "later" apart)
	{"when i can", clsVague, nil},
	{"when i get a chance", clsVague, nil},
	{"when i get the chance", clsVague, nil},
	{"in a bit", clsVague, nil},
	{"eventually", clsVague, nil},
	{"another time", clsVague, nil},
	{"some other time", clsVague, nil},
	{"in a few days", clsVague, nil},
	{"in a couple of days", clsVague, nil},
	{"in a few weeks", clsVague, nil},
	{"in the coming days", clsVague, nil},
	{"in the coming weeks", clsVague, nil},
	{"in the next few days", clsVague, nil},
	{"over the next few days", clsVague, nil},
	{"over the coming days", clsVague, nil},
	{"whenever you have time", clsVague, ctxNoRush},
	{"whenever you have a moment", clsVague, ctxNoRush},
	{"whenever possible", clsVague, nil},
	{"whenever convenient", clsVague, ctxNoRush},
	{"whenever you can", clsVague, ctxClauseEnd},
	{"when you can", clsVague, ctxClauseEnd},
	{"when we can", clsVague, ctxClauseEnd},
	{"when you have time", clsVague, ctxNoRush},
	{"when you have a moment", clsVague, ctxNoRush},
	// round 18 (h17aa): a third person's or anyone's spare time is as vague
	// as the reader's ("our engineer will reply when he has time", "fix the
	// table when someone has time"); not "when he has time off" (a schedule).
	{"when he has time", clsVague, ctxHasTime},
	{"when she has time", clsVague, ctxHasTime},
	{"when they have time", clsVague, ctxHasTime},
	{"when someone has time", clsVague, ctxHasTime},
	{"when somebody has time", clsVague, ctxHasTime},
	{"when anyone has time", clsVague, ctxHasTime},
	{"when we have time", clsVague, ctxHasTime},
	{"when I have time", clsVague, ctxHasTime},
	{"when someone gets a chance", clsVague, ctxNoRush},
	{"when he gets a chance", clsVague, ctxNoRush},
	{"when she gets a chance", clsVague, ctxNoRush},
	{"when they get a chance", clsVague, ctxNoRush},
	{"when you get a chance", clsVague, ctxNoRush},
	{"when we get a chance", clsVague, nil},
	{"when time permits", clsVague, nil},
	{"as time permits", clsVague, nil},
	{"at your convenience", clsVague, ctxNoRush},
	{"down the road", clsVague, nil},
	{"down the line", clsVague, nil},
	{"at a later stage", clsVague, nil},
	{"at some stage", clsVague, nil},
	{"one of these days", clsVague, nil},
	{"before long", clsVague, nil},
	{"sooner or later", clsVague, ctxSoonerOrLater},
	{"someday", clsVague, nil},
	{"in a while", clsVague, ctxNotOnceIn},
	{"in a little while", clsVague, nil},
	{"in a week or so", clsVague, nil},
	{"in a day or so", clsVague, nil},
	{"in a day or two", clsVague, nil},
	{"in a month or so", clsVague, nil},
	{"in a couple of weeks", clsVague, nil},
	{"any day now", clsVague, nil},
	{"any time now", clsVague, nil},
	{"at your earliest opportunity", clsVague, nil},
	{"at the earliest opportunity", clsVague, nil},
	{"at our earliest opportunity", clsVague, nil},
	{"in the near term", clsVague, nil},
	{"when things calm down", clsVague, nil},
	{"when things settle down", clsVague, nil},
	{"when things quiet down", clsVague, nil},
	{"once things calm down", clsVague, nil},
	{"once things settle down", clsVague, nil},
	{"in the not too distant future", clsVague, nil},

	{"stupid", clsImpolite, nil},
	{"ridiculous", clsImpolite, nil},
	{"useless", clsImpolite, ctxPersonOrAlone},
	{"idiot", clsImpolite, nil},
	{"idiots", clsImpolite, nil},
	{"idiotic", clsImpolite, nil},
	{"incompetent", clsImpolite, nil},
	{"nonsense", clsImpolite, nil},
	{"pathetic", clsImpolite, nil},
	{"absurd", clsImpolite, nil},
	{"what the hell", clsImpolite, nil},
	{"wtf", clsImpolite, nil},
	{"damn", clsImpolite, nil},
	{"crap", clsImpolite, nil},
	{"shut up", clsImpolite, nil},
	{"how many times", clsImpolite, nil},
	{"i told you", clsImpolite, ctxToldYou},
	{"are you kidding", clsImpolite, nil},
	{"get your act together", clsImpolite, nil},
	{"garbage", clsImpolite, ctxRubbish},
	{"rubbish", clsImpolite, ctxRubbish},
	{"clueless", clsImpolite, nil},
	{"for god's sake", clsImpolite, nil},
	{"lazy", clsImpolite, nil},
	{"pissed", clsImpolite, nil},
	{"sick of", clsImpolite, nil},
	{"fed up", clsImpolite, nil},

	{"some", clsQty, nil},
	{"a few", clsQty, nil},
	{"roughly", clsQty, nil},
	{"approximately", clsQty, nil},
	{"several", clsQty, nil},
	{"more or less", clsQty, nil},
	// round 17: an amount left to the worker's judgement in a standard
	// ("apply sufficient grease", "an adequate quantity of absorbent")
	{"sufficient", clsQty, nil},
	{"adequate", clsQty, nil},
	// round 18 (h17aa): "enough" before the noun it measures ("spray enough
	// water", "leave enough slack"); not after an adjective ("long enough").
	{"enough", clsQty, ctxEnoughNoun},
	// round 19 (h17ab): "an appropriate torque", "a moderate amount of grease":
	// a measure left to the worker's judgement
	{"appropriate", clsQty, ctxMeasureAfter},
	{"a moderate amount", clsQty, nil},
	{"a moderate quantity", clsQty, nil},
	{"moderate", clsQty, ctxMeasureAfter},

	{"today", clsAnchor, nil},
	{"tonight", clsAnchor, nil},
	{"tomorrow", clsAnchor, nil},
	{"eod", clsAnchor, nil},
	{"cob", clsAnchor, nil},
	{"end of day", clsAnchor, nil},
	{"end of the day", clsAnchor, nil},
	{"end of week", clsAnchor, nil},
	{"end of the week", clsAnchor, nil},
	{"end of the month", clsAnchor, nil},
	{"this week", clsAnchor, nil},
	{"next week", clsAnchor, nil},
	{"this afternoon", clsAnchor, nil},
	{"this morning", clsAnchor, nil},
	{"noon", clsAnchor, nil},
	{"immediately", clsAnchor, nil},
	{"within", clsAnchor, ctxWithin},

	{"you", clsOwner, nil},
	{"your", clsOwner, nil},
	{"please", clsOwner, nil},
	{"kindly", clsOwner, nil},
	{"team", clsOwner, nil},
	{"department", clsOwner, nil},
	{"dept", clsOwner, nil},
	{"manager", clsOwner, nil},
	{"lead", clsOwner, nil},
	{"owner", clsOwner, ctxOwnerFilled},
	{"engineer", clsOwner, nil},
	{"mr", clsOwner, ctxTitle},
	{"ms", clsOwner, ctxTitle},
	{"mrs", clsOwner, ctxTitle},
	{"assigned", clsOwner, nil},
	// "someone from IT", "anyone in Finance": a department asked (round 4)
	{"someone from", clsOwner, nil},
	{"somebody from", clsOwner, nil},
	{"anyone from", clsOwner, nil},
	{"someone in", clsOwner, nil},
	{"anyone in", clsOwner, nil},
	{"someone on", clsOwner, nil},
	{"anyone on", clsOwner, nil},
	{"somebody on", clsOwner, nil},
	// a department named in English ("Could Finance sign off …", "Ask IT to …")
	{"finance", clsOwner, ctxCapitalised},
	{"legal", clsOwner, ctxCapitalised},
	{"procurement", clsOwner, ctxCapitalised},
	{"purchasing", clsOwner, ctxCapitalised},
	{"sales", clsOwner, ctxCapitalised},
	{"marketing", clsOwner, ctxCapitalised},
	{"engineering", clsOwner, ctxCapitalised},
	{"operations", clsOwner, ctxCapitalised},
	{"facilities", clsOwner, ctxCapitalised},
	{"accounting", clsOwner, ctxCapitalised},
	{"logistics", clsOwner, ctxCapitalised},
	{"compliance", clsOwner, ctxCapitalised},
	{"it", clsOwner, ctxAllCaps},
	{"hr", clsOwner, ctxAllCaps},
	{"qa", clsOwner, ctxAllCaps},
}

// ctxCapitalised accepts a department's name written as a name (Finance),
// not the common noun (the finance report).
func ctxCapitalised(t string, s, e int) bool { return t[s] >= 'A' && t[s] <= 'Z' }

// ctxAllCaps accepts IT, HR, QA, not the pronoun "it".
func ctxAllCaps(t string, s, e int) bool { return allUpper(t[s:e]) }

var (
	zhIndex = buildZh() // first rune → terms, longest first
	enIndex = buildEn() // first word → phrases, longest first
)

func buildZh() map[rune][]term {
	zhIndex := make(map[rune][]term, len(zhTerms))
	all := slices.Concat(zhTerms, rudeZh, rudeShapeZh, round3Zh, round5Zh, round9Zh, round15Zh, round29Zh, round30Zh)
	for _, d := range zhDepts {
		all = append(all, term{d + "部", clsOwner, nil})
	}
	for _, t := range all {
		r, _ := utf8.DecodeRuneInString(t.s)
		zhIndex[r] = append(zhIndex[r], t)
	}
	for r, ts := range zhIndex {
		slices.SortStableFunc(ts, func(a, b term) int { return len(b.s) - len(a.s) })
		zhIndex[r] = ts
	}
	return zhIndex
}

func buildEn() map[string][]enPhrase {
	enIndex := make(map[string][]enPhrase, len(enList))
	for _, e := range slices.Concat(enList, rudeEn, rudeShapeEn, sarcasmCloseEn, round3En, round5En, round9En, round10En, round12En, round15En, countLeftOpenEn, amountLeftOpenEn, round16En, round30En) {
		w := strings.Fields(e.p)
		enIndex[w[0]] = append(enIndex[w[0]], enPhrase{w, e.cls, e.ctx})
	}
	for k, ps := range enIndex {
		slices.SortStableFunc(ps, func(a, b enPhrase) int { return len(b.words) - len(a.words) })
		enIndex[k] = ps
	}
	return enIndex
}

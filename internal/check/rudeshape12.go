package check

import "regexp"

// Rudeness by sentence shape, round 12 of issue 17: classes of the
// twenty-ninth and thirtieth sets' misses, generalised (look-alikes in
// round12_test.go; these lines are not shape*_test.go lines, so the model
// is not retrained on them):
//
//   - the reader's own work they do not even look at (你们自己做的东西自己都
//     不看一遍吗; not 我自己做的东西…);
//   - the reader's staff good only for eating and drinking (你们的业务员是只
//     负责吃饭喝酒的吗; not 是只负责华南区的吗);
//   - the reader's side asleep, without a question mark (你们仓库那几个是不是
//     睡着了哦; not 孩子是不是睡着了, nor 你们是不是放假了);
//   - how many times must I teach such a small thing (这点小事都要我教第几遍);
//   - "you young people are always …" with a fault (你们这些年轻人做事就是毛毛
//     躁躁的; not 你们这些年轻人真能干);
//   - "finally … I thought it would take until next year" (终于交了，我还以为要
//     等到明年呢; not the same without 终于);
//   - English: "…, not another excuse"; "stop telling me it's fine"; "Read
//     the template before you send it back" (not "before you start");
//     "if reading it is the problem"; work that "looks like student work";
//     "why we keep paying for …"; "Did anyone on your side actually watch
//     this …?" (round 10's shape with the verbs of reviewing work).
//
// The strong ones run even with a softener in or right after the sentence,
// because the softener is the sarcasm or belongs to the next request:
// thanks for sparing a moment of a busy day for a trivial act (辛苦各位大佬
// 在百忙之中抽空看一眼群消息; not 感谢各位领导在百忙之中抽空出席); the reader's
// performance as an eye-opener (贵司的配送时效真是让人大开眼界; not 这次展会真是
// 让人大开眼界, nor 贵司的展厅…); a bracketed count of the times said (（第三次
// 了）; not （第三次修订）).

var (
	zhShapes12 = []shape{
		zhs(`你们?[^。！!？?]{0,4}自己(做|写|画|交|出|改|建|搭|调)的(东西|活儿?|图|稿子?|文件|代码|报告|资产|模型|方案)[^。！!？?]{0,4}(自己)?(都|也)不(看|检查|测|过|试|核对|打开|跑)`, "自己"),
		zhs(`你们?的?[^。！!？?，,]{0,8}是(只|就)(负责|会|知道|管|懂)[^。！!？?，,]{0,4}(吃饭|喝酒|喝茶|睡觉|聊天|收钱|拿钱|拿工资|发朋友圈|摸鱼|混日子|请客)`, "吃饭", "喝酒", "喝茶", "睡觉", "聊天", "收钱", "拿钱", "拿工资", "朋友圈", "摸鱼", "混日子", "请客"),
		zhs(`你们[^，,。？?！!]{0,10}是不是(都)?(睡着|瞎|聋|哑|失踪)了?`, "是不是"),
		zhs(`(这点|这么点|这种|这么简单的)(小事|事|东西)[^。！!？?，,]{0,4}(都|也|还)(要|得)我(教|说|讲|提醒|催|手把手)(第几|几|多少)(遍|次|回)`, "要我", "得我"),
		zhs(`你们这些[^。！!？?，,]{1,6}(做事|办事|干活|写东西)?(就是|总是|老是|都是|一个个)[^。！!？?，,]{0,4}(毛毛躁躁|毛躁|马虎|马马虎虎|粗心|不靠谱|靠不住|眼高手低|没耐心|浮躁|不长记性|丢三落四)`, "你们这些"),
		zhs(`终于[^。！!？?]{0,12}[，,]\s*我?还以为要?(等到|拖到|到)(明年|下辈子|退休|猴年马月|过年)`, "还以为"),
	}
	zhStrong12 = []shape{
		zhs(`(你们?|贵司|贵方|贵公司)的?[^。！!？?，,]{0,8}(效率|时效|速度|服务|态度|质量|水平|执行力|响应|配送|交期|售后)[^。！!？?，,]{0,4}(真是|真|可真是?|实在是?|着实)(让人|叫人|令人)?(大)?开(眼界|了眼)`, "开眼界", "开了眼"),
		zhs(`[（(]第[二三四五六七八九十几0-9]+(次|遍|回)了[)）]`, "次了", "遍了", "回了"),
		zhs(`百忙之中[^。！!？?，,]{0,3}(抽空)?[^。！!？?，,]{0,3}(看一眼|看一下|瞄一眼|回个消息|回一下|点开|扫一眼|看看群)`, "百忙之中"),
	}
	enShapes12 = []shape{
		ens(`, not (another|more|any more|yet another) (excuse|excuses|story|stories|runaround)\b`, "not another", "not more", "not any more", "not yet"),
		ens(`\bstop (telling|saying|insisting to|assuring) (me|us)\b[^.?!]{0,20}\b(it's|it is|everything's|everything is|all is|we're|we are) (fine|ok|okay|good|under control|sorted|handled|normal)\b`, "stop telling", "stop saying", "stop insisting", "stop assuring"),
		ens(`^\s*(read|check|look at|open) (the|my|our) [a-z-]+( [a-z-]+)? before (you|your team) (send|submit|resubmit|reply|email|upload|deliver)\b[^.?!]{0,10}\b(back|again|anything|it|this)\b`, "before you", "before your"),
		ens(`\bif (reading|reading it|reading the [a-z]+|understanding it|listening|counting|spelling) (is|was) (the|a|your) (problem|issue|hard part)\b`, "is the", "was the", "is a", "is your"),
		ens(`\b(looks|reads|sounds|look|read) like (student|intern|amateur|high-school|high school|kindergarten|first-year|beginner) (work|homework|stuff|level)\b`, "student", "intern", "amateur", "high-school", "high school", "kindergarten", "first-year", "beginner"),
		ens(`\bwhy (we|i) (keep|still|even) (paying|pay) (for|you)\b`, "keep paying", "still paying", "even paying", "still pay", "even pay"),
		ens(`\b(does|do|did) (anyone|anybody|someone|somebody|a single person)( [a-z]+){0,2} (at|on|in|from|over) (your|that) [a-z -]{1,25}? (actually|even|ever) (watch|review|proofread|play|run|try|open|see|look at|read through|test)\b[^?]*\?`, "actually", "even", "ever"),
	}
)

// untempered12 reports whether the sentence holds one of round 12's strong
// shapes, which a softener right after does not temper (…大开眼界。麻烦把统计
// 发我一份).
func untempered12(sent string) bool {
	for i := range zhStrong12 {
		if zhStrong12[i].re.MatchString(sent) {
			return true
		}
	}
	return false
}

// sarcasticLove is "love how X but Y doesn't …": the sentence before a bare
// "great job everyone" that makes the praise sarcasm.
var sarcasticLove = regexp.MustCompile(`(?i)\b(love|like) how\b[^.?!]{1,60}\b(but|and yet|yet|and then)\b[^.?!]{0,40}\b(doesn't|does not|don't|isn't|won't|can't|didn't|fails|failed|broke|breaks|crashes|crashed)\b`)

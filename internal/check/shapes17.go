package check

// Round 17 (the thirty-ninth to forty-second sets, by class), Chinese:
// the reader called an animal or a coward (你是猪吗, 一个个都是缩头乌龟; not
// 今年是猪年, 养猪场), a bare 呢-question after the reader's own faculty
// (脑子呢？, 眼睛呢？; not 样品呢？), the task wasted on the reader (交给你真是
// 白瞎了; not 这批料白瞎了), sarcastic 大聪明 (真是大聪明; 他真是个天才 stays
// praise), "with this level you dare …" (就这水平也好意思送上飞机; not 不好意思),
// and the reader's work dismissed as useless (别再发这种没用的报表了; not 别再买
// 这么多了).
var zhShapes17 = []shape{
	zhs(`(你|你们|您|一个个|个个)[^，,。！!？?]{0,6}(是|都是|就是|简直是|跟)(猪|缩头乌龟|饭桶|废柴|榆木脑袋|木头人)(吗|啊|嘛|呀|一样|[。！!？?，,]|$)`, "猪", "缩头乌龟", "饭桶", "废柴", "榆木脑袋", "木头人"),
	zhs(`^[^，,。！!？?]{0,2}(脑子|眼睛|良心|记性|常识|责任心)呢[？?！!]`, "脑子呢", "眼睛呢", "良心呢", "记性呢", "常识呢", "责任心呢"),
	zhs(`(你|你们)[^。！!？?]{0,10}(真是|简直|纯属|就是)?白瞎`, "白瞎"),
	zhs(`(真是|真是个|可真是个?|简直是个?|不愧是|好一个)大聪明`, "大聪明"),
	zhs(`就这(水平|质量|手艺|效率|样子|东西|态度|种东西)[^，,。！!？?]{0,4}(也|还)(好意思|敢)`, "好意思", "也敢", "还敢"),
	zhs(`(别再|不要再|别老)[^，,。！!？?]{0,8}(这种|这些|这样的)[^，,。！!？?]{0,6}(没用|没意义|没价值|垃圾|废)的`, "没用", "没意义", "没价值", "垃圾", "废"),
}

// Round 17, English: contempt for the reader's competence opening a sentence ("Frankly, your site team does not
// know how to change a filter"; not "If your team does not know how to …"),
// someone of the reader's barred from their own trade ("whoever is running
// your kitchen should not be allowed near a stove"; not "Visitors should not
// be allowed near the blast zone"), wondering what the reader does all night
// ("I don't understand what your control centre is doing all night"), and
// asking whether they are asleep ("Are they asleep?"; not "Are the kids
// asleep?").
var enShapes17 = []shape{
	ens(`(^|[.!?]\s*|^\s*(frankly|honestly|clearly|obviously|quite frankly),?\s*)(your|you)( [a-z]+){0,3} (does not|doesn't|do not|don't) (even )?know how to\b`, "know how"),
	ens(`\b(whoever|anyone who)\b[^.?!]{0,40}\byour\b[^.?!]{0,30}\bshould(n't| not) be allowed (anywhere )?near\b`, "allowed"),
	ens(`\bwhat (your|you)( [a-z]+){0,3} (is|are) (doing|up to) all (day|night|week)\b`, "all day", "all night", "all week"),
	ens(`^\s*(are|were) (they|you|your [a-z]+( [a-z]+)?)( all)? (asleep|sleeping)\s*\?`, "asleep", "sleeping"),
}

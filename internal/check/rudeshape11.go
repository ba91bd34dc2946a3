package check

// Rudeness by sentence shape, round 11 of issue 17: classes of the
// twenty-seventh and twenty-eighth sets' misses, generalised (look-alikes
// in shape11_test.go):
//
//   - a check on the reader's side asked if it was a formality
//     (你们团队的测试是走过场吗?; not 验收不能走过场);
//   - the reader's papers doubted as copied or made up (你们这个质保书是从网上
//     下载的吧?; not 这个模板是从网上下载的吧, with no 你们);
//   - "or don't bother (coming)" closing an order;
//   - "I've stopped expecting your reports to …" (not "stopped expecting rain");
//   - "Shame none of it answers the question I asked" after thanks;
//   - 哟，难得… : surprise that the reader did their job for once
//     (not 难得大家都到齐了, without the 哟);
//   - 反正…也不是我背锅: the writer washing their hands of it;
//   - a last-minute or late delivery praised as perfect, again (设计又一次完美
//     踩在deadline上交稿; not 又一次完美交付, nor the writer's own 我又一次完美踩点).
//
// The strong ones run on the whole sentence even with a softener in it,
// because the softener is part of the sarcasm or inside a quote:
//
//   - the reader's stock reassurance quoted back with how long it has been
//     said (“请放心”这三个字您已经说了一个月了; not “请放心”这三个字写进了合同);
//   - thanks for failing again (感谢贵司又一次准时地迟到; not 感谢贵司又一次
//     准时交货, 谢谢你又一次帮忙处理延误);
//   - "Please actually read them this time." (not "This time we read it").

var (
	zhShapes11 = []shape{
		zhs(`(你们?|贵司|贵方)[^。！!？?]{0,14}(是|就是|都是|只是|纯属)?走(个)?过场(吗|么|呢|吧)?[？?]`, "过场"),
		zhs(`你们?[^。！!？?]{0,10}(质保书|合格证|证书|报告|检测报告|资料|报价|方案|图纸)[^。！!？?]{0,4}是(从)?网上(下载|抄|复制|扒|找)(来)?的吧`, "网上"),
		zhs(`(^|[，,。！!\s])(哟|呦|哟呵|哎哟|啧啧)[，,\s]*难得`, "难得"),
		zhs(`(^|[，,。！!？?\s])([^，,。！!？?\s我]{0,12})又一?次?完美地?(踩点|踩线|踩在[^，,。！!？?]{0,12}上|卡点|卡着[^，,。！!？?]{0,8}|压线|迟到|错过|延期|翻车|掉链子)`, "完美"),
		zhs(`反正[^。！!？?]{0,12}也(不是我|轮不到我)(来)?(背锅|背这个锅|担责)`, "背锅", "担责"),
	}
	zhStrong11 = []shape{
		zhs(`[“"「‘'][^”"」’']{1,10}[”"」’']这[一两二三四五六七八九十几]个字[^。！!？?]{0,4}(你们?|您)?[^。！!？?]{0,3}(已经)?(说|讲|喊|挂在嘴上)了?(一个|两个|三个|几个|半个|好几个|[0-9]+个)?(月|星期|礼拜|周|年|天|遍|次|回)`, "个字"),
		zhs(`(感谢|谢谢|多谢)[^。！!？?，,]{0,6}又(一次|一回|一次次)?(准时地?|如期地?|完美地?|准点地?|稳定地?)?(迟到|延误|延期|拖延|失约|爽约|掉链子|出错|放鸽子|拖后腿)`, "感谢", "谢谢", "多谢"),
	}
	enShapes11 = []shape{
		ens(`\bor (else )?(just )?don'?t (even )?bother (coming|presenting|showing|sending|calling|replying|turning up|applying|asking|submitting|trying|attending|joining)\b`, "bother"),
		ens(`\b(i've|i have|we've|we have|i|we) (stopped|given up|quit) (expecting|hoping for|waiting for) (your|you|anything from you|the [a-z]+ from you)\b`, "stopped", "given up", "quit"),
		ens(`^\s*(oh,? )?(a |what a |such a )?(shame|pity),? (that )?none of (it|this|that|them|these) (actually )?(answers|addresses|responds to|covers|tells me|touches)\b[^.?!]{0,40}\b(question|asked|point|issue|raised)\b`, "shame", "pity"),
	}
	enStrong11 = []shape{
		ens(`^\s*(please |kindly |just |and )*actually (read|check|test|look at|open|follow|answer|listen to|review|try)\b[^.?!]{0,30}\bthis time\b`, "this time"),
	}
)

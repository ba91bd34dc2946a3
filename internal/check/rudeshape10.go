package check

// Rudeness by sentence shape, round 10 of issue 17: classes of the
// twenty-fourth to twenty-sixth sets' misses, generalised (look-alikes in
// shape10_test.go):
//
//   - an ultimatum that names an authority or a lawyer: "Fix it this week
//     or I'm going to the housing bureau", "… or we will report you to the
//     regulator", 再不修我就去12345投诉 / 否则我们就找媒体曝光. A business
//     consequence ("or we will pull the SKU", 否则按违约处理) is no threat
//     of this kind;
//   - 能不能管管 / 还管不管: the reader told to do their job at all
//     (物业能不能管管楼上…), not 能不能帮忙管一下;
//   - whether anyone there does their job at all: "Does anyone at your front
//     desk actually answer the phone?", "Let me know when someone over there
//     decides to care" (not "Does anyone on your team have the new key?");
//   - the reader's work as good as none: 你们这个SOP写了跟没写一样, and the
//     reader's way of working held up: 收了钱就这么干活的? (not 以后就这么做,按流程走);
//   - two the model found before round 10's retraining and lost (twentieth
//     set's classes): the reader asked if they are all asleep (你们夜班的人都
//     在睡觉吗; not 孩子们都在睡觉吗?) and 别逼我 + what the writer will do
//     (别逼我换供应商, not 别逼自己太紧).

var (
	zhShapes10 = []shape{
		zhs(`(否则|不然|要不然|要不|再不[^，,。！!？?]{1,8})[^。！!？?]{0,6}(我|我们)(就|只能|只好|马上|直接)?(去|向|找|打|到)?(住建局|市场监管局|监管局|消协|12345|12315|市长热线|媒体|记者|电视台|律师|法院|派出所)?(投诉|举报|曝光|起诉|告你们|报警|找媒体|找律师|打12345|打12315|找记者)`, "否则", "不然", "要不", "再不"),
		zhs(`(能不能|能否|到底|还)(管管|管不管|管一管)|管不管了`, "管管", "管不管", "管一管"),
		zhs(`你们?[^。！!？?]{0,16}(写|做|说|改|修|查|检|培训|整改|教|讲|交代)了?((跟|和)没(写|做|说|改|修|查|检|培训|整改|教|讲|交代)(一样|似的|差不多)|等于没(写|做|说|改|修|查|检|培训|整改|教|讲|交代))`, "跟没", "和没", "等于没"),
		zhs(`就(是)?(这么|这样)(干活|做事|办事|服务|对待客户|对待病人|对待家长|对待业主|当差|上班)的?(吗|么|啊|呢)?([？?]|$)`, "这么干活", "这样干活", "这么做事", "这样做事", "这么办事", "这样办事", "这么服务", "这样服务", "这么对待", "这样对待", "这么当差", "这么上班"),
	}
	zhShapes10b = []shape{
		zhs(`你们[^，,。？?！!]{0,10}都在(睡觉|睡大觉|摸鱼|喝茶|打瞌睡|度假|梦游)(吗|么|呢|吧)?[？?]?`, "都在睡", "都在摸鱼", "都在喝茶", "都在打瞌睡", "都在度假", "都在梦游"),
		zhs(`别逼我(们)?(换|找别|去投诉|投诉|翻脸|起诉|走法律|报警|发火|拉黑|终止|解约|动真格)`, "别逼我"),
	}
	enShapes10 = []shape{
		ens(`\b(does|do|did|is|has|can) (anyone|anybody|someone|somebody|a single person)( [a-z]+){0,2} (at|on|in|from|over) (your|that|the) [a-z -]{1,25}? (actually|even|ever|bother to|bothers to|ever bother to) (answer|read|reply|respond|look|check|test|listen|care|work|pick up|call|show up|open)\b`, "actually", "even", "ever", "bother to"),
		ens(`\bwhen (someone|somebody|anyone|anybody|one of you)( [a-z]+){0,3} (decides|bothers|deigns|feels like|gets around) to (care|reply|answer|respond|look|call|show up|do (their|your) job|read)\b`, "decides to", "bothers to", "deigns to", "feels like", "gets around"),
		ens(`\bor (else )?(i'm|i am|i'll|i will|we're|we are|we'll|we will) (be )?(going to |gonna )?(go(ing)? (straight )?to|report(ing)? (you|this|it|your [a-z]+)( to)?|complain(ing)? to|escalat(e|ing) (this |it )?to|tak(e|ing) (this|it) to|call(ing)?|contact(ing)?|writ(e|ing) to|fil(e|ing) a complaint with|su(e|ing))\b[^.?!]{0,30}\b(bureau|council|authority|authorities|regulator|ombudsman|lawyer|lawyers|solicitor|attorney|court|police|press|media|newspaper|consumer [a-z]+|commission|tribunal|trading standards|bbb|small claims|you)\b`, "or i'm", "or i am", "or i'll", "or i will", "or we're", "or we are", "or we'll", "or we will", "or else"),
	}
)

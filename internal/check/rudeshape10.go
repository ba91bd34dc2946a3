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
//     (物业能不能管管楼上…), not 能不能帮忙管一下.

var (
	zhShapes10 = []shape{
		zhs(`(否则|不然|要不然|要不|再不[^，,。！!？?]{1,8})[^。！!？?]{0,6}(我|我们)(就|只能|只好|马上|直接)?(去|向|找|打|到)?(住建局|市场监管局|监管局|消协|12345|12315|市长热线|媒体|记者|电视台|律师|法院|派出所)?(投诉|举报|曝光|起诉|告你们|报警|找媒体|找律师|打12345|打12315|找记者)`, "否则", "不然", "要不", "再不"),
		zhs(`(能不能|能否|到底|还)(管管|管不管|管一管)|管不管了`, "管管", "管不管", "管一管"),
	}
	enShapes10 = []shape{
		ens(`\bor (else )?(i'm|i am|i'll|i will|we're|we are|we'll|we will) (be )?(going to |gonna )?(go(ing)? (straight )?to|report(ing)? (you|this|it|your [a-z]+)( to)?|complain(ing)? to|escalat(e|ing) (this |it )?to|tak(e|ing) (this|it) to|call(ing)?|contact(ing)?|writ(e|ing) to|fil(e|ing) a complaint with|su(e|ing))\b[^.?!]{0,30}\b(bureau|council|authority|authorities|regulator|ombudsman|lawyer|lawyers|solicitor|attorney|court|police|press|media|newspaper|consumer [a-z]+|commission|tribunal|trading standards|bbb|small claims|you)\b`, "or i'm", "or i am", "or i'll", "or i will", "or we're", "or we are", "or we'll", "or we will", "or else"),
	}
)

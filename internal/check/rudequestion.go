package check

// Round 37 (h17au; the hundred-and-ninth to twelfth sets, by class):
// rhetorical questions and comparisons at people that ask nothing.
//
//   - whether the reader grew a brain at all (到底有没有长脑子？, 长没长脑子;
//     the finding used to land on 你们 alone, short of the words);
//   - what a team is doing at all (技术部的人到底在干什么？？？, 仓库到底在干嘛？;
//     not 请问现在在干什么, 我们到底在等什么 without a question at people);
//   - the reader's work likened to a child's (你这报告写得跟小学生作文一样; not
//     小学生都能看懂的说明书才是好说明书);
//   - "Are you blind?", "Are you guys blind?", "are your QC people blind?"
//     (five writers over the sets label it; not "the blind is removed",
//     "Are the blinds installed?").
var zhShapes37 = []shape{
	zhs(`(有没有|长没长|带没带)(长|带)?(点)?脑子`, "脑子"),
	zhs(`到底(都)?在(干什么|干嘛|干啥|搞什么|忙什么|搞啥)\s*[？?]`, "到底"),
	zhs(`(你|你们|写得|做得|画得|弄得|排得|搞得|写的|做的)[^。！!？?]{0,10}(跟|像|和)(小学生|幼儿园|三岁小孩|小孩子?)[^，,。！!？?]{0,4}(一样|似的|差不多|水平)`, "小学生", "幼儿园", "小孩"),
}

var enShapes37 = []shape{
	ens(`\bare (you|you guys|you people|you all|y'all|your [a-z]+( [a-z]+)?) (all )?blind\s*(\?|or\b)`, "blind"),
}

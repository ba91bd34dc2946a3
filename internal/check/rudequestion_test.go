package check

import "testing"

// Round 37 (h17au): rhetorical questions and comparisons at people
// (rudequestion.go) are rude; plain questions and the same words about
// things or oneself stay clean.
func TestRudeQuestion37(t *testing.T) {
	wantRude(t, []struct {
		text string
		rude bool
	}{
		{"坐席系统又崩了！！！技术部的人到底在干什么？？？", true},
		{"仓库到底在干嘛？货堆在门口两天了。", true},
		{"你这报告写得跟小学生作文一样，重写。", true},
		{"这份方案做得像幼儿园小孩画的一样。", true},
		{"质检长没长脑子？", true},
		{"Are you blind? The label says 500 g and the punnets weigh 460 g.", true},
		{"Are you guys blind? The barrier is lying on the ground again.", true},
		{"Honestly, are your QC people blind?", true},
		// look-alikes
		{"小学生研学团12月3日上午十点到馆，由社教部孙老师接待。", false},
		{"说明书要写得像给小学生看的一样简单，请12月5日前改好。", false},
		{"请问你们现在在干什么工序？", false},
		{"DO NOT OPEN VALVE V-12 UNTIL THE BLIND IS REMOVED.", false},
		{"Are the blinds in room 3 installed?", false},
	})
	wantKindSpans(t, []kindCase{
		{Text, "你们组又把客户的投诉单弄丢了，到底有没有长脑子？", RuleImpolite, "你们组又把客户的投诉单弄丢了，到底有没有长脑子"},
	})
}

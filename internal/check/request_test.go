package check

import "testing"

// Round 12: how people name who acts in a task row (the twenty-ninth and
// thirtieth sets' owner false alarms, by class), with rows where nobody is
// named that keep their finding.
func TestRound12Owners(t *testing.T) {
	var cases []kindCase
	for _, s := range []string{
		// names joined before a colon or "to"
		"Mike + Ah Jie: fix foot sliding on the loop by Dec 3",
		"Mike & Sara: fix foot sliding by Dec 3",
		"Mike and Sara to fix foot sliding by Dec 3",
		"Mike, Sara: fix foot sliding by Dec 3",
		// a name, then will/should/a dash and the task
		"Kevin will fix the rig by Dec 3",
		"AI: Kevin - fix the rig by Dec 3",
		// a label before the name
		"Action: Kevin to fix the rig by Dec 3",
		"Lighting: Kevin to rebake the lightmaps by Dec 3",
		// a verb with re- or of the trade after "to"
		"Priya to re-export the FBX by Friday",
		"Tom to double-check the BOM by Friday",
		"Tom to animate the idle loop by Friday",
		"Ah Jie to rebake the lightmaps by Friday",
		// a nickname or a team, a space and the task
		"阿明 重新导出骨骼动画 周五前",
		"美术组 重新烘焙场景光照贴图 周五前",
		// a full name and an urgency word without a space
		"赵敏尽快把投标文件的授权书拿回来",
		"王磊抓紧把样品寄给客户",
		// a name alone in brackets at the start or the end
		"[Kevin] Fix the rig by Dec 3",
		"Fix the rig by Dec 3 (Kevin)",
		"【王磊】12月3日前把报价单发过来",
		"12月3日前把报价单发过来（王磊）",
		// a name as a field of the row: a cell, between dashes, first in
		// brackets, after an owner label, 交给 + a name, a team and a name
		"| 修复骨骼绑定 | 王磊 | 12月3日 |",
		"| Fix the rig | @Kevin | Dec 3 |",
		"修复骨骼绑定 —— 王磊 —— 12月3日",
		"1. 修复骨骼绑定（王磊，12月3日前）",
		"Fix the rig (Kevin, by Dec 3)",
		"Rigging (Kevin) - fix the controls by Dec 3",
		"Fix the rig by Dec 3, assignee: Kevin",
		"责任人：王磊，12月3日前修复骨骼绑定",
		"12月3日前修复骨骼绑定，交给王磊",
		"动画组王磊：12月3日前修复骨骼绑定",
		// two Chinese names joined, a name and 牵头
		"王磊/李娜：12月3日前修复骨骼绑定",
		"王磊和李娜12月3日前修复骨骼绑定",
		"王磊牵头，12月3日前修复骨骼绑定",
		"Jake to greenlight the animatic by Dec 3",
	} {
		cases = append(cases, kindCase{Request, s, RuleRequestNoOwner, ""})
	}
	for _, s := range []string{
		"尽快把投标文件的授权书拿回来",
		"方案尽快定下来，周五前",
		"任务书尽快发出来，周五前",
		"陈列尽快调整，周五前",
		"重新烘焙场景光照贴图 周五前",
		"阿里 重新烘焙场景光照贴图 周五前",
		"Need to re-render shots 12–18 with the new LUT",
		"Time to re-render shots 12–18",
		"Shots 12–18 to be re-rendered by Friday",
		"High + Urgent: fix foot sliding by Dec 3",
		"Urgent - fix the rig by Dec 3",
		"Monday will be the last day to fix the rig",
		"Fix the rig by Dec 3 [urgent]",
		"Fix the rig by Dec 3 (ASAP)",
		"【紧急】12月3日前把报价单发过来",
		"12月3日前把报价单发过来（含税）",
		"12月3日前把报价单发过来（周五）",
		"12月3日前把色卡发过来（黄色）",
		"Note: fix the rig by Dec 3",
		"| 修复骨骼绑定 | 高 | 12月3日 |",
		"| 修复骨骼绑定 | 周五 | 12月3日 |",
		"修复骨骼绑定 —— 高优先级 —— 12月3日",
		"修复骨骼绑定（紧急，12月3日前）",
		"Fix the rig (High, by Dec 3)",
		"Fix the login page (Chrome, Safari) by Dec 3",
		"Send the files to Shanghai (Pudong) by Dec 3",
		"Check the stock in Chengdu - Chongqing - Xi'an by Dec 3",
		"Fix the bug in Login | Checkout | Payment by Dec 3",
		"Fix the rig by Dec 3 - Kevin",
		"修复骨骼绑定，12月3日前交给财务",
	} {
		cases = append(cases, kindCase{Request, s, RuleRequestNoOwner, "*"})
	}
	wantKindSpans(t, cases)
}

// Round 12: rudeness shapes and the impolite false alarms of the
// twenty-ninth and thirtieth sets, in new wording, with look-alikes.
func TestRound12Rude(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "这个贴图谁画的？你们自己画的图自己都不检查一遍吗？", RuleImpolite, "你们自己画的图自己都不检查一遍吗"},
		{Text, "我自己做的东西自己都不看一遍，这次是我的问题。", RuleImpolite, ""},
		{Text, "贵司的售后响应真是让人大开眼界，报修五天没人上门。麻烦把维修记录发我一份。", RuleImpolite, "贵司的售后响应真是让人大开眼界"},
		{Text, "这次展会真是让人大开眼界，学到很多。", RuleImpolite, ""},
		{Text, "贵司的展厅真是让人大开眼界，设计很用心。", RuleImpolite, ""},
		{Text, "你们的采购是只会喝茶聊天的吗？报价单一直没发。", RuleImpolite, "你们的采购是只会喝茶聊天的吗"},
		{Text, "你们的销售是只负责华南区的吗？", RuleImpolite, ""},
		{Text, "你们客服那几个是不是睡着了，电话一直没人接。", RuleImpolite, "你们客服那几个是不是睡着了"},
		{Text, "孩子是不是睡着了？那我晚点再打。", RuleImpolite, ""},
		{Text, "你们那边是不是放假了？", RuleImpolite, ""},
		{Text, "这么简单的事都要我讲第几遍？", RuleImpolite, "这么简单的事都要我讲第几遍"},
		{Text, "你们这些新人干活就是马马虎虎的，标签又贴反了。", RuleImpolite, "你们这些新人干活就是马马虎虎的"},
		{Text, "你们这些年轻人真能干，方案做得很漂亮。", RuleImpolite, ""},
		{Text, "终于发过来了，我还以为要拖到过年呢。", RuleImpolite, "终于发过来了，我还以为要拖到过年呢"},
		{Text, "我还以为要等到明年，没想到这么快就批了。", RuleImpolite, ""},
		{Text, "按群公告说的（第四次了），请先自测再提测。", RuleImpolite, "按群公告说的（第四次了）"},
		{Text, "附件是合同（第三次修订），请查收。", RuleImpolite, ""},
		{Text, "辛苦各位领导在百忙之中抽空回个消息，周五的评审要定人。", RuleImpolite, "辛苦各位领导在百忙之中抽空回个消息"},
		{Text, "感谢各位领导在百忙之中抽空出席今天的评审会。", RuleImpolite, ""},
		{Text, "Stop telling us everything is under control and send the test log today.", RuleImpolite, "Stop telling us everything is under control and send the test log today."},
		{Text, "The sensor stopped telling us the temperature after the update.", RuleImpolite, ""},
		{Text, "Happy to walk you through it again if reading the spec is the problem.", RuleImpolite, "Happy to walk you through it again if reading the spec is the problem."},
		{Text, "The first round of storyboards looks like student work.", RuleImpolite, "The first round of storyboards looks like student work."},
		{Text, "Her portfolio looks like professional work already.", RuleImpolite, ""},
		{Text, "Did anyone on your team actually review this before uploading it?", RuleImpolite, "Did anyone on your team actually review this before uploading it"},
		{Text, "Did anyone on your team review the storyboard yet?", RuleImpolite, ""},
		{Text, "love how the patch notes say fixed but the game still doesn't start. nice work team 🙄", RuleImpolite, "nice work"},
		{Text, "The build is green and the game launches. Great job everyone 👏", RuleImpolite, ""},
		// a tool called garbage in a sentence that speaks to nobody
		{Text, "The old ticketing system is garbage, half the filters don't load.", RuleImpolite, ""},
		{Text, "Your report is garbage.", RuleImpolite, "garbage"},
		{Text, "The mockups you sent are garbage.", RuleImpolite, "garbage"},
		// a firm demand for an explanation with a date, no 最好
		{Text, "返工第三次了。下周一之前给我一个说法。", RuleImpolite, ""},
		{Text, "你最好今天下班前给我一个说法。", RuleImpolite, "你最好今天下班前给我一个说法"},
	})
}

// Round 12: 逾期 + an effect or a rule for the late ones is a condition on
// the future, not a report that the date was missed.
func TestRound12Late(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "各门店：盘点表请于11月20日前交回，逾期影响当月考核。", RuleDeadlinePast, "11月20日"},
		{Text, "各供应商：发票请在11月20日前寄出，逾期的统一顺延到下月结算。", RuleDeadlinePast, "11月20日"},
		{Text, "盘点表原定11月20日前交回，逾期影响了当月考核。", RuleDeadlinePast, ""},
		{Text, "发票原定11月20日前寄出，逾期的已经催过了。", RuleDeadlinePast, ""},
	})
}

// Round 12: a clause telling what the writer has been busy with (subject
// left out) is no limit of the vague promise before it.
func TestRound12Ongoing(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "王姐，报价的事我改天跟你细说，今天一直在跑工地。", RuleVagueTime, "改天"},
		{Text, "合同的事改天再聊，上午都在开会。", RuleVagueTime, "改天"},
		{Text, "合同的事改天再聊，今天下午3点前我给你回电话。", RuleVagueTime, ""},
	})
}

// Round 12: "about" before a number a standard sets is a vague quantity;
// a measurement described with "of", a topic and a year are not.
func TestRound12About(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Standard, "Each tile should be about 2,000 polygons.", RuleVagueQuantity, "about"},
		{Standard, "Samples are kept for about 6 months.", RuleVagueQuantity, "about"},
		{Standard, "Response time of about 2 seconds.", RuleVagueQuantity, ""},
		{Standard, "Rinse: about 5 minutes per vehicle.", RuleVagueQuantity, "about"},
		{Standard, "The audit findings about 2024 are in annex B.", RuleVagueQuantity, ""},
		{Text, "Each tile should be about 2,000 polygons.", RuleVagueQuantity, ""},
	})
}

// Round 12: a role or a team opening a task row is who acts; a thing named
// after a role (采购单, 程序包 …) and a section label are not.
func TestRound12Roles(t *testing.T) {
	var cases []kindCase
	for _, s := range []string{
		"制片：周五前确认排期", "库管 12月3日前盘点冷库", "药师12月3日前复核处方", "原画师12月3日前交稿",
		"质管部：12月3日前提交偏差报告", "动画组：12月3日前修复", "美术这边12月3日前交稿",
		"PM to confirm the schedule by Dec 3", "Vendor to ship the parts by Dec 3", "PM：12月3日前确认排期",
	} {
		cases = append(cases, kindCase{Request, s, RuleRequestNoOwner, ""})
	}
	for _, s := range []string{
		"说明：12月3日前提交偏差报告", "采购单12月3日前提交", "采购周期12月3日前确认", "设计稿12月3日前定稿",
		"部分数据12月3日前补齐", "全部材料12月3日前补齐", "内部评审12月3日前完成", "教师节活动12月3日前报名",
		"注册证12月3日前更新", "Vendor list to be updated by Dec 3", "PM: the schedule is due Dec 3",
	} {
		cases = append(cases, kindCase{Request, s, RuleRequestNoOwner, "*"})
	}
	wantKindSpans(t, cases)
}

package check

import (
	"testing"
)

// Requests and their owners: a request that asks the reader, owners named
// the way action items, task rows and roles name them, offices named after
// a role. TestRound11Accuracy is round 11's table of classes: owners first,
// then vague time, dates and a rude look-alike.

// A request that asks the reader in a later clause names its owner; one that
// asks "someone" does not (round 8).
func TestRound8RequestOwner(t *testing.T) {
	cases := []struct {
		text  string
		owner bool
	}{
		{"接待新客户的会议室，帮忙订一下。", true},
		{"这份合同，你今天看一下。", true},
		{"会议室需要有人帮忙订一下。", false},
		{"会议室订一下。", false},
	}
	for _, c := range cases {
		noOwner := false
		for _, f := range Check(c.text, Options{Now: corpusNow, Kind: Request, Calendar: testCalendar{}}) {
			if f.Rule == RuleRequestNoOwner {
				noOwner = true
			}
		}
		if noOwner == c.owner {
			t.Errorf("%s: request-no-owner = %v, want %v", c.text, noOwner, !c.owner)
		}
	}
}

// Round 9: owners named the way action items name them.
func TestRound9Owner(t *testing.T) {
	for text, owner := range map[string]bool{
		"Mei: draft the packing list by Dec 3":       true,
		"Zhang Wei to book the test lab for Dec 3":   true,
		"Anna：12月3日前把样品寄出":                           true,
		"王强 12月3日前把样品寄出":                             true,
		"Note: draft the packing list by Dec 3":      false,
		"Need to book the test lab by Dec 3":         false,
		"Reminder: send the packing list by Dec 3":   false,
		"Packing list to be drafted by Dec 3":        false,
		"Update: the lab is booked, please confirm.": false, // a bare please names nobody (round 19)
	} {
		noOwner := false
		for _, f := range Check(text, Options{Now: corpusNow, Kind: Request, Calendar: testCalendar{}}) {
			if f.Rule == RuleRequestNoOwner {
				noOwner = true
			}
		}
		if noOwner == owner {
			t.Errorf("%s: request-no-owner = %v, want %v", text, noOwner, !owner)
		}
	}
}

// Round 11: the accuracy classes of the twenty-seventh and twenty-eighth
// sets' misses and false alarms, in new wording, with the look-alikes that
// stay as they are.
func TestRound11Accuracy(t *testing.T) {
	wantKindSpans(t, []kindCase{
		// an action item laid out as "task - Name - due …"
		{Request, "Update the cable schedule - Tom Baker - due Dec 4", RuleRequestNoOwner, ""},
		{Request, "Send revised BOQ – Anita – by 3 December", RuleRequestNoOwner, ""},
		{Request, "Fix the login timeout - High - due Dec 4", RuleRequestNoOwner, "*"},
		{Request, "Submit the signed checklist - Open - due Dec 4", RuleRequestNoOwner, "*"},
		{Request, "Submit the signed checklist - due Dec 4", RuleRequestNoOwner, "*"},
		// a team and a Latin given name before a colon
		{Request, "运营部Cindy：双12活动页改成横版，周四EOD", RuleRequestNoOwner, ""},
		{Request, "采购组Kevin: 12月3日前把样品寄给客户", RuleRequestNoOwner, ""},
		{Request, "说明：双12活动页改成横版，12月3日前", RuleRequestNoOwner, "*"},
		{Request, "关于Q4：活动页改成横版，12月3日前", RuleRequestNoOwner, "*"},
		// a full name, a space and what the person is to do
		{Request, "王磊 抓紧把样品寄给客户", RuleRequestNoOwner, ""},
		{Request, "周婷 把12月的排班表发群里", RuleRequestNoOwner, ""},
		{Request, "尽快把对账单发过去", RuleRequestNoOwner, "*"},
		{Request, "马上 把对账单发过去", RuleRequestNoOwner, "*"},
		{Request, "周报 尽快交", RuleRequestNoOwner, "*"},
		// a later clause that dates an event is no limit of the vague word
		{Text, "抓紧把样衣的吊牌核一遍，明早9点发车。", RuleVagueTime, "抓紧"},
		{Text, "尽快把讲稿定下来，周四下午3点开会。", RuleVagueTime, "尽快"},
		{Text, "抓紧把样衣的吊牌核一遍，明早9点前发我。", RuleVagueTime, ""},
		{Text, "尽快把讲稿定下来，周四下午3点前。", RuleVagueTime, ""},
		{Text, "Please send the packing list ASAP, the booking window closes Dec 4.", RuleVagueTime, "ASAP"},
		{Text, "We need the artwork soon, the print run starts on Dec 7.", RuleVagueTime, "soon"},
		{Text, "Please send the packing list ASAP, the deadline is Dec 4.", RuleVagueTime, ""},
		{Text, "Please send the packing list ASAP, the courier will pick it up on Dec 4.", RuleVagueTime, ""},
		{Text, "The Wi-Fi keeps dropping, please reset the router ASAP - the audit starts at 9 tomorrow.", RuleVagueTime, "ASAP"},
		{Text, "Please reset the router ASAP - by 5 pm today at the latest.", RuleVagueTime, ""},
		{Text, "Send the quote soon - we need it by Friday.", RuleVagueTime, ""},
		{Text, "I'll send the photos shortly, once the site visit ends on Dec 4.", RuleVagueTime, ""},
		// 近期 as the time of a colleague's task in minutes
		{Text, "2. 退货话术需要更新，小林近期整理一版。", RuleVagueTime, "近期"},
		{Text, "2. 退货话术小林近期整理过一版，可以直接用。", RuleVagueTime, ""},
		{Text, "2. 小林近期的排班比较满。", RuleVagueTime, ""},
		// a weekday of this week already past, asked for as a deadline (Now is a Wednesday)
		{Text, "请各班组在本周一前把安全交底记录交到项目部。", RuleDeadlinePast, "本周一"},
		{Text, "请各班组在本周五前把安全交底记录交到项目部。", RuleDeadlinePast, ""},
		{Text, "安全交底记录各班组本周一前已经交齐。", RuleDeadlinePast, ""},
		{Text, "上周五前交的记录都已归档。", RuleDeadlinePast, ""},
		// 逾期未X的… a rule for those who miss the date, not a report that it was missed
		{Text, "请于11月20日前提交复检申请，逾期未报的批次一律不予验收。", RuleDeadlinePast, "11月20日"},
		{Text, "请于11月20日前提交复检申请，逾期未报，请说明原因。", RuleDeadlinePast, ""},
		{Text, "请于12月20日前提交复检申请，逾期未报的批次一律不予验收。", RuleDeadlinePast, ""},
		// a day-first slash date after a date word
		{Text, "The handover will be done by 31/11 as agreed.", RuleDateInvalid, "31/11"},
		{Text, "Please return the signed form on 30/02.", RuleDateInvalid, "30/02"},
		{Text, "Our hotline is open 24/7 for urgent cases.", RuleDateInvalid, ""},
		{Text, "We scored 31/11 on the supplier audit? No, 31 of 40.", RuleDateInvalid, ""},
		{Text, "The handover will be done by 15/12 as agreed.", RuleDateInvalid, ""},
		// exasperation at the writer's own machine, not at the reader
		{Text, "财务室那台破打印机又卡纸了，下午报销单只能手写。", RuleImpolite, ""},
		{Text, "这破电脑开机要五分钟，真该换了。", RuleImpolite, ""},
		{Text, "你们这破机器三天两头坏，到底修不修？", RuleImpolite, "你们这破"},
		{Text, "你们这破系统又登不上了。", RuleImpolite, "破"},
	})
}

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

// Round 13: an office named after a role owns the row (采购办：…); a rule,
// a handling or a bare to-do label does not.
func TestRound13Offices(t *testing.T) {
	var cases []kindCase
	for _, s := range []string{"采购办：核对合同条款，12月3日前反馈", "财务处：12月3日前核对发票", "人事办公室：12月3日前更新名单", "法务室 12月3日前审合同"} {
		cases = append(cases, kindCase{Request, s, RuleRequestNoOwner, ""})
	}
	for _, s := range []string{"待办：核对合同条款，12月3日前反馈", "采购办法：12月3日前修订", "财务处理：12月3日前完成", "督办：12月3日前核对发票"} {
		cases = append(cases, kindCase{Request, s, RuleRequestNoOwner, "*"})
	}
	wantKindSpans(t, cases)
}

// Round 15: owners written as a department's abbreviation and a name
// before the colon, a numbered crew and a space, 阿 and a Latin name, 让/叫
// someone go and do it; with look-alikes that name nobody.
func TestRound15Owners(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "IQC张敏：复测隔膜批次SP-2611-08的热收缩率。", RuleRequestNoOwner, ""},
		{Request, "SQE王涛：12月4日前回复8D报告。", RuleRequestNoOwner, ""},
		{Request, "ME 李强：周五前更新夹具图纸。", RuleRequestNoOwner, ""},
		{Request, "FAE刘洋: 12月3日前去客户现场确认。", RuleRequestNoOwner, ""},
		{Request, "SOP说明：12月3日前更新作业指导书。", RuleRequestNoOwner, "*"},
		{Request, "ERP系统：12月3日前完成升级。", RuleRequestNoOwner, "*"},
		{Request, "QC标准：12月3日前修订。", RuleRequestNoOwner, "*"},
		{Request, "三班 12月3日前完成设备点检", RuleRequestNoOwner, ""},
		{Request, "四队 １２月４日前完成管网巡查", RuleRequestNoOwner, ""},
		{Request, "阿Ken 12月3日前把样衣寄到上海", RuleRequestNoOwner, ""},
		{Request, "阿里 12月3日前把样衣寄到上海", RuleRequestNoOwner, "*"},
		{Request, "让三队的老刘明天上午去看一下那个阀门井", RuleRequestNoOwner, ""},
		{Request, "让保全组的大个子明天上午去看一下那台冲床", RuleRequestNoOwner, ""},
		{Request, "让大家明天上午去看一下那台冲床", RuleRequestNoOwner, "*"},
		{Request, "叫仓库小李12月3日前去盘点一下", RuleRequestNoOwner, ""},
		{Request, "让大家去12月3日前看一下", RuleRequestNoOwner, "*"},
		{Request, "让相关人员12月3日前去现场看一下", RuleRequestNoOwner, "*"},
	})
}

// Round 15: 请/麻烦 before "whoever it concerns" names nobody; a person or
// a team named with them does.
func TestRound15Whoever(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请相关人员抓紧处理分容柜报警。", RuleRequestNoOwner, "*"},
		{Request, "麻烦有关部门12月3日前把整改报告交上来。", RuleRequestNoOwner, "*"},
		{Request, "请各相关单位于12月3日前上报检修计划。", RuleRequestNoOwner, "*"},
		{Request, "烦请有关单位12月3日前确认。", RuleRequestNoOwner, "*"},
		{Request, "请王磊和相关人员12月3日前处理分容柜报警。", RuleRequestNoOwner, ""},
		{Request, "请设备部12月3日前处理分容柜报警。", RuleRequestNoOwner, ""},
		{Request, "请12月3日前处理分容柜报警。", RuleRequestNoOwner, "*"}, // round 19: a bare 请
		{Request, "请把相关报告12月3日前发我。", RuleRequestNoOwner, "*"}, // round 19: a bare 请
	})
}

// Round 16: a permit's applicant and each holder of a role addressed with 各
// are owners; a record row's bare 请处理 names nobody. Look-alikes keep
// their reading.
func TestRound16Owners(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "动火作业：罐区管线补焊，申请人：维修组 王磊，作业时间：12月3日08:00–12:00", RuleRequestNoOwner, ""},
		{Request, "高处作业：12月3日更换灯具，申请人：张伟", RuleRequestNoOwner, ""},
		{Request, "动火作业：12月3日罐区管线补焊，申请人：待定", RuleRequestNoOwner, "*"},
		{Request, "各领队于12月5日前提交行程确认单", RuleRequestNoOwner, ""},
		{Request, "各班组长12月3日前上报检修计划", RuleRequestNoOwner, ""},
		{Request, "各相关单位于12月3日前上报检修计划", RuleRequestNoOwner, "*"},
		{Request, "设备异常：P-102 泵振动偏大，请处理", RuleRequestNoOwner, "*"},
		{Request, "安全隐患：3号罐区消防通道堵塞，请安排人员12月3日前清理", RuleRequestNoOwner, "*"},
		{Request, "巡检发现：E-201 保温层破损，请维修班王磊12月3日前处理", RuleRequestNoOwner, ""},
		{Request, "E-201保温层破损，请12月3日前处理", RuleRequestNoOwner, "*"}, // round 19: a bare 请
	})
}

// Round 17: owners of work-order and action-item rows, in new wording, with
// rows that name nobody.
func TestRound17Owners(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "工单：2号皮带机托辊异响，需更换。责任人：赵刚（机修一班）；完成时限：12月3日。", RuleRequestNoOwner, ""},
		{Request, "工单编号WO-7｜设备：破碎机｜责任人：钱伟｜时限：12月3日", RuleRequestNoOwner, ""},
		{Request, "工单编号WO-8｜设备：破碎机｜责任人：待定｜时限：12月3日", RuleRequestNoOwner, "*"},
		{Request, "库房孙丽：12月3日前完成劳保用品盘点", RuleRequestNoOwner, ""},
		{Request, "机修班周强：12月4日前更换3号泵密封", RuleRequestNoOwner, ""},
		{Request, "王磊（调度）：12月3日16:00前导出上周运量报表", RuleRequestNoOwner, ""},
		{Request, "备注：12月3日前完成盘点", RuleRequestNoOwner, "*"},
		{Request, "配方组出春节套餐的成本核算，12月4日前", RuleRequestNoOwner, ""},
		{Request, "Anna Li (Delta Foods) to confirm the January delivery slots by 3 December", RuleRequestNoOwner, ""},
		{Request, "Night shift foreman to check all guard rails by 3 December", RuleRequestNoOwner, ""},
		{Request, "Need to check all guard rails by 3 December", RuleRequestNoOwner, "*"},
		{Request, "Task 12 | Replace conveyor belt | Owner: — | Due: 2026-12-03", RuleRequestNoOwner, "*"},
		{Request, "Task 13 | Replace conveyor belt | Owner: TBD | Due: 2026-12-03", RuleRequestNoOwner, "*"},
		{Request, "Task 14 | Replace conveyor belt | Owner: Li Wei | Due: 2026-12-03", RuleRequestNoOwner, ""},
		{Request, "补充3号海缆冲埋方案", RuleRequestNoDate, "*"},
		{Request, "工程部王工负责修复2号温度记录仪线路", RuleRequestNoDate, "*"},
		{Request, "请机修班3号前修复线路", RuleRequestNoDate, ""},
	})
}

// teamSubject reads a team's name, not a group word, before the verb.
func TestRound17TeamSubject(t *testing.T) {
	for l, want := range map[string]bool{"配方组出成本核算": true, "装配班完成盘点": true, "小组出一份方案": false, "夜班出现停机": false, "航班出港延误": false} {
		if got := teamSubject(l); got != want {
			t.Errorf("teamSubject(%q) = %v, want %v", l, got, want)
		}
	}
}

// Round 17: a work order whose 请 asks only for a repair to be arranged
// names nobody; one that names the crew after 安排 or 请 does.
func TestRound17WorkOrderAsk(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "工单：2号站台照明损坏8处，请安排更换。", RuleRequestNoOwner, "*"},
		{Request, "报修：食堂冷库门封条破损，请安排维修，12月3日前。", RuleRequestNoOwner, "*"},
		{Request, "工单：2号站台照明损坏8处，请电工班12月3日前更换。", RuleRequestNoOwner, ""},
		{Request, "巡检发现：E-201 保温层破损，请安排维修班王磊12月3日前处理", RuleRequestNoOwner, ""},
		{Request, "2号站台照明损坏8处，请安排更换。", RuleRequestNoOwner, "*"}, // round 19: a bare 请
	})
}

// Round 18 (h17aa): a period word joined to its data (本周…检测结果, 上月…发电量)
// names the data, not a date; 本周内 and 本周五前 still give one.
func TestRound18PeriodOfData(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请化验室尽快出具本周渗滤液COD检测结果。", RuleRequestNoDate, "*"},
		{Request, "请运行部王磊提供上月锅炉发电量数据。", RuleRequestNoDate, "*"},
		{Request, "请运行部王磊本周内提供锅炉发电量数据。", RuleRequestNoDate, ""},
		{Request, "请运行部王磊本周五前提供锅炉发电量数据。", RuleRequestNoDate, ""},
	})
}

// Round 18 (h17aa): a name with an honorific before "to" and a verb names
// the owner; "Need to", a bare capitalised word do not.
func TestRound18HonorificOwner(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Tanaka-san to send the grate hydraulic spare list by December 4.", RuleRequestNoOwner, ""},
		{Request, "Mr. Dubois to confirm the nozzle delivery date by December 4.", RuleRequestNoOwner, ""},
		{Request, "Need to send the grate hydraulic spare list by December 4.", RuleRequestNoOwner, "*"},
	})
}

// Round 18 (h17aa): who collects a requisition (领用人：刘红) is its owner.
func TestRound18Requisition(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "申请：包装车间补领胶带10卷，领用人：陈芳，需求日期：12月3日", RuleRequestNoOwner, ""},
		{Request, "申请：包装车间补领胶带10卷，领料人：陈芳，需求日期：12月3日", RuleRequestNoOwner, ""},
		{Request, "申请：包装车间补领胶带10卷，领用人：待定，需求日期：12月3日", RuleRequestNoOwner, "*"},
	})
}

// Round 19 (h17ab, a decided change): a bare 请/麻烦/please asks whoever
// reads and names nobody; a unit, a role or a name after the ask, a name
// addressed before "please", 你/您/you, 由…, @name still name an owner.
func TestRound19BareAsk(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请对10kV东岭线#3—#12杆开展特巡，12月3日前反馈。", RuleRequestNoOwner, "*"},
		{Request, "请尽快更换二楼营业厅的排队叫号机。", RuleRequestNoOwner, "*"},
		{Request, "请安排人员12月3日前对仓库开展消防检查。", RuleRequestNoOwner, "*"},
		{Request, "请核对新装用户档案，12月4日前完成。", RuleRequestNoOwner, "*"},
		{Request, "麻烦12月3日前把会议纪要发一下。", RuleRequestNoOwner, "*"},
		{Request, "Please update the cable route drawings by Dec 4.", RuleRequestNoOwner, "*"},
		{Request, "Someone please chase the shipping documents by 27 November.", RuleRequestNoOwner, "*"},
		{Request, "Kindly return the signed form by Dec 3.", RuleRequestNoOwner, "*"},
		{Request, "请技术部12月3日前完成接口评审。", RuleRequestNoOwner, ""},
		{Request, "请维修班王磊12月3日前处理。", RuleRequestNoOwner, ""},
		{Request, "请营销部回头把停电损失统计一下，12月4日前。", RuleRequestNoOwner, ""},
		{Request, "请值班人员12月3日前核对台账。", RuleRequestNoOwner, ""},
		{Request, "请Linda 12月3日前订好会议室。", RuleRequestNoOwner, ""},
		{Request, "请安排维修班12月3日前更换叫号机。", RuleRequestNoOwner, ""},
		{Request, "麻烦张工12月3日前看一下图纸。", RuleRequestNoOwner, ""},
		{Request, "请你12月3日前把报价发我。", RuleRequestNoOwner, ""},
		{Request, "由设备科12月3日前完成更换。", RuleRequestNoOwner, ""},
		{Request, "Kevin, please update the drawings by Dec 4.", RuleRequestNoOwner, ""},
		{Request, "Please, Priya, send the quote by Dec 4.", RuleRequestNoOwner, ""},
		{Request, "Could you please send the quote by Dec 4?", RuleRequestNoOwner, ""},
		{Request, "Again, please send the quote by Dec 4.", RuleRequestNoOwner, "*"},
	})
	fs := Check("请尽快更新报价单。", Options{Now: corpusNow, Kind: Request, Form: &Form{Owner: "王磊", Due: "12月3日"}})
	for _, f := range fs {
		if f.Rule == RuleRequestNoOwner {
			t.Errorf("the form's owner must count: %+v", f)
		}
	}
}

// Round 19 (h17ab): a role nobody holds yet (安排一名护士, 相关同事) names no
// owner; a work order's 处理人 does, its fields ending at a bar.
func TestRound19Owners(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请12月5日前安排一名护士支援夜班。", RuleRequestNoOwner, "*"},
		{Request, "请相关同事12月3日前处理差评回复。", RuleRequestNoOwner, "*"},
		{Request, "请护士长12月5日前排好夜班。", RuleRequestNoOwner, ""},
		{Request, "城东店同事12月3日前处理差评回复。", RuleRequestNoOwner, ""},
		{Request, "工单 | 类别：低电压 | 处理人：彭卫东 | 要求完成时间：12月3日", RuleRequestNoOwner, ""},
		{Request, "工单｜设备报修｜处理人：设备科张伟｜期望完成：12月2日", RuleRequestNoOwner, ""},
		{Request, "工单 | 类别：低电压 | 处理人：待定 | 要求完成时间：12月3日", RuleRequestNoOwner, "*"},
		{Request, "工单 | 处理人：陈芳 | 要求完成时间：近期", RuleVagueTime, "近期"},
		{Request, "工单 | 发现时间：近期 | 处理人：陈芳 | 要求完成时间：12月3日", RuleVagueTime, ""},
	})
}

// Round 20 (h17ac): owners of the forty-seventh and forty-eighth sets, by
// class. A contact (联系人) is whom the crew calls, not who acts (the manual
// asks for who is responsible); a role right after 安排/派 is one to be found;
// 中心003 is a site's code; MS-40 is a model, not Ms; 资料员 is a role asked;
// 仓库 陈敏 in an owner field is a team and its member.
func TestRound20Owners(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "工单：3栋2#梯更换门刀，完成日期：2026-12-03，联系人：物业 王姐 139 0000 1111。", RuleRequestNoOwner, "*"},
		{Request, "工单：3栋2#梯更换门刀，完成日期：2026-12-03，现场联系人：李娜 139 0000 1111。", RuleRequestNoOwner, "*"},
		{Request, "工单：3栋2#梯更换门刀，完成日期：2026-12-03，责任人：李娜。", RuleRequestNoOwner, ""},
		{Request, "Request: quote for MS-40 drive overhaul, 3 units. Due 2026-12-10.", RuleRequestNoOwner, "*"},
		{Request, "Ms Chen, please send the quote by Dec 10.", RuleRequestNoOwner, ""},
		{Request, "申请为中心012补寄采血管10套，12月3日前。", RuleRequestNoOwner, "*"},
		{Request, "研发中心12月3日前提交测试报告。", RuleRequestNoOwner, ""},
		{Request, "请安全员12月3日前检查脚手架。", RuleRequestNoOwner, ""},
		{Request, "请全员12月3日前完成培训。", RuleRequestNoOwner, "*"},
		{Request, "客服你好，楼道灯坏了，麻烦派师傅来修一下，12月3日前。", RuleRequestNoOwner, "*"},
		{Request, "麻烦安排王师傅12月3日前来修一下。", RuleRequestNoOwner, ""},
		{Request, "工单：盘点备件，责任人：仓库 陈敏，完成日期：2026-12-03。", RuleRequestNoOwner, ""},
	})
}

// Round 21 (h17ad): the owner fields of work orders and tickets in both
// languages (经办：包装组王美玲, 承办, 执行人, 跟进人, "Assignee: Wu Min
// (customs)", Assigned to, Handler, PIC), the value read up to a bracket; an
// empty or placeholder value names nobody; a name after "Please could",
// "Could" or "Can" is asked.
func TestRound21OwnerFields(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "申请采购7g小泡袋20万只，需求日期12月10日，经办：包装组王美玲。", RuleRequestNoOwner, ""},
		{Request, "申请采购小泡袋，12月10日前，经办人：王美玲（包装组）。", RuleRequestNoOwner, ""},
		{Request, "工单｜更换封口机｜承办：设备科张伟｜期限：12月3日", RuleRequestNoOwner, ""},
		{Request, "工单｜更换封口机｜执行人：李娜｜期限：12月3日", RuleRequestNoOwner, ""},
		{Request, "工单｜更换封口机｜跟进人：陈敏｜期限：12月3日", RuleRequestNoOwner, ""},
		{Request, "工单｜更换封口机｜执行人：待定｜期限：12月3日", RuleRequestNoOwner, "*"},
		{Request, "工单#TQ-1128｜内容：包装线二号封口机漏气排查｜负责人：（空）｜期限：2026-11-30", RuleRequestNoOwner, "*"},
		{Request, "工单｜更换封口机｜经办：（无）｜期限：12月3日", RuleRequestNoOwner, "*"},
		{Request, "Ticket #EX-206 | Arrange fumigation certificate for export pallets | Assignee: Wu Min (customs) | Due: Dec 3", RuleRequestNoOwner, ""},
		{Request, "Ticket #EX-207 | Reprint 2,000 outer cartons (wrong barcode) | Assignee: Li (printer) | Due: 2027-01-01", RuleRequestNoOwner, ""},
		{Request, "Ticket #EX-208 | Reprint cartons | Assigned to: Kevin Zhang | Due: Dec 3", RuleRequestNoOwner, ""},
		{Request, "Ticket #EX-209 | Reprint cartons | Handler: Priya | Due: Dec 3", RuleRequestNoOwner, ""},
		{Request, "Ticket #EX-210 | Reprint cartons | PIC: Tom Lee | Due: Dec 3", RuleRequestNoOwner, ""},
		{Request, "Ticket #EX-211 | Reprint cartons | Assignee: (unassigned) | Due: Dec 3", RuleRequestNoOwner, "*"},
		{Request, "Ticket #EX-212 | Reprint cartons | Assignee: TBD | Due: Dec 3", RuleRequestNoOwner, "*"},
		{Request, "Ticket #EX-213 | Reprint cartons | Assignee: — | Due: Dec 3", RuleRequestNoOwner, "*"},
		{Request, "Please see the topic Kevin raised and fix it by Dec 3.", RuleRequestNoOwner, "*"},
		{Request, "Please could Kenji send the import notification form by Wednesday 2 December.", RuleRequestNoOwner, ""},
		{Request, "Could Kenji send the import form by Dec 3?", RuleRequestNoOwner, ""},
		{Request, "Can Priya send the import form by Dec 3?", RuleRequestNoOwner, ""},
		{Request, "Please could someone send the import form by Dec 3.", RuleRequestNoOwner, "*"},
		{Request, "Please could you send the import form by Dec 3.", RuleRequestNoOwner, ""},
	})
}

// Round 22 (h17ae): an ask addressed with an honorific, "please have NAME
// do", and a department named by its function alone name an owner; their
// look-alikes still name nobody.
func TestRound22AskOwner(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Sato-san, please send the revised torque curve by 3 December.", RuleRequestNoOwner, ""},
		{Request, "Please have Delta Fitout confirm the ceiling heights by 3 December.", RuleRequestNoOwner, ""},
		{Request, "Please have the ceiling heights confirmed by 3 December.", RuleRequestNoOwner, "*"},
		{Request, "麻烦财务把上月的对账单12月3日前发一下。", RuleRequestNoOwner, ""},
		{Request, "请采购一批防滑手套，12月3日前到货。", RuleRequestNoOwner, "*"},
	})
}

// Round 23 (h17af): a full name after an institute's division, an office or
// a bureau, before a colon, is who is to act; the division alone is read
// as before, and a label word before the colon names nobody.
func TestRound23TeamNameColon(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "桥梁所刘洋：12月4日前复核3#墩配筋。", RuleRequestNoOwner, ""},
		{Request, "质监处王强：补充桩基检测报告。", RuleRequestNoOwner, ""},
		{Request, "所有人：12月4日前复核3#墩配筋。", RuleRequestNoOwner, "*"},
		{Request, "备注：12月4日前复核3#墩配筋。", RuleRequestNoOwner, "*"},
	})
}

// Round 24 (h17ag): a team, an office or an outside party addressed in
// English (NOC shift B, please …; Could the … service desk please …; Please
// ask the landlord's property office to …; Please ask Tom to …) and a team
// word with a full name before a comma (计划科孙丽，…) name the owner; a
// topic, a thing and a question still name nobody.
func TestRound24AskOwner(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "NOC shift B, please rerun the alarm export by Friday.", RuleRequestNoOwner, ""},
		{Request, "Night shift, please rerun the export by Friday.", RuleRequestNoOwner, ""},
		{Request, "For the night shift, please rerun the export by Friday.", RuleRequestNoOwner, "*"},
		{Request, "Could the Life Fitness service desk please send the revised quote by Friday?", RuleRequestNoOwner, ""},
		{Request, "Could the report please be sent by Friday?", RuleRequestNoOwner, "*"},
		{Request, "Please ask the landlord's property office to fix the roof by Friday.", RuleRequestNoOwner, ""},
		{Request, "Please ask the question to the supplier by Friday.", RuleRequestNoOwner, "*"},
		{Request, "Please ask Tom to fix the roof by Friday.", RuleRequestNoOwner, ""},
		{Request, "计划科孙丽，下个月的排产请12月31日前发出。", RuleRequestNoOwner, ""},
		{Request, "下个月的排产，请12月31日前发出。", RuleRequestNoOwner, "*"},
	})
}

// Round 24 (h17ag): 同事 asked for as whoever is free names nobody.
func TestRound24SomeColleague(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "这周内请哪位同事帮忙把音响修一下。", RuleRequestNoOwner, "*"},
		{Request, "有没有同事12月3日前帮忙把音响修一下？", RuleRequestNoOwner, "*"},
		{Request, "请技术部的同事12月3日前把音响修一下。", RuleRequestNoOwner, ""},
		{Request, "请同事小王12月3日前把音响修一下。", RuleRequestNoOwner, ""},
	})
}

// Round 25: a unit or a role and then a full name after 请 names the owner
// even when the unit's first character could open a task (发行部 is no 发);
// a unit or a role before 请 is whom it asks. A task's words before a name,
// or everyone, name nobody.
func TestRound25UnitOwner(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请发行部张敏于12月4日（周五）17:00前把铺货计划发给编辑部。", RuleRequestNoOwner, ""},
		{Request, "请美编王磊在12月4日前交三套封面方案。", RuleRequestNoOwner, ""},
		{Request, "请审读组李娜于12月4日前返回意见。", RuleRequestNoOwner, ""},
		{Request, "请发行部在12月4日前发铺货计划。", RuleRequestNoOwner, ""},
		{Request, "印厂请于12月3日前返回蓝样。", RuleRequestNoOwner, ""},
		{Request, "仓库请于12月3日前盘点。", RuleRequestNoOwner, ""},
		{Request, "发行部张敏请于12月3日前发计划。", RuleRequestNoOwner, ""},
		{Request, "请提交方案于12月4日前。", RuleRequestNoOwner, "*"},
		{Request, "请发给王磊在12月4日前。", RuleRequestNoOwner, "*"},
		{Request, "请核对陈列在12月4日前完成。", RuleRequestNoOwner, "*"},
		{Request, "请发放班组津贴于12月4日前。", RuleRequestNoOwner, "*"},
		{Request, "请全员12月3日前完成培训。", RuleRequestNoOwner, "*"},
		{Request, "如有问题请于12月3日前反馈。", RuleRequestNoOwner, "*"},
		{Request, "收到请于12月3日前回复。", RuleRequestNoOwner, "*"},
		{Request, "以上请于12月3日前回复。", RuleRequestNoOwner, "*"},
	})
}

// Round 25 (h17ai): experts or advisers named by their work after 请 are
// whom it asks (请审读专家在…); experts the task brings in are not
// (请组织专家…, 请邀请专家…).
func TestRound25Experts(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请外审专家在12月10日前返回书稿修改意见。", RuleRequestNoOwner, ""},
		{Request, "请评审专家于12月10日前提交打分表。", RuleRequestNoOwner, ""},
		{Request, "请组织专家在12月10日前完成评审。", RuleRequestNoOwner, "*"},
		{Request, "请邀请专家于12月10日前到厂验收。", RuleRequestNoOwner, "*"},
		{Request, "请组织部在12月10日前报送名单。", RuleRequestNoOwner, ""},
	})
}

// Round 25 (h17ai): a person greeted by name and then told what the writer
// needs is whom the request asks; a greeting with no name, or no need, is not.
func TestRound25GreetedNeed(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Dear Marco, we will need the health certificate by 4 December 2026.", RuleRequestNoOwner, ""},
		{Request, "Hi Anna Berg, I need the signed contract by 4 December 2026.", RuleRequestNoOwner, ""},
		{Request, "Dear customer, we will need the health certificate by 4 December 2026.", RuleRequestNoOwner, "*"},
		{Request, "Marco, we shipped the health certificate on 4 December 2026.", RuleRequestNoOwner, "*"},
	})
}

// Round 26 (h17aj): a person addressed by name and a comma before an order
// without "please", or after the ask's sentence, is whom it asks; a 销售代表,
// an 业主 before a name, and 各位 with a role held by work name their owners.
// The look-alikes (a name as the object, a weekday or thanks after the comma,
// 各位 alone, a statement after the name) name nobody.
func TestRound26AskOwner(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Jenny, send me the distributor sales report by Friday, November 27, 2026.", RuleRequestNoOwner, ""},
		{Request, "Lisa, arrange the courier pickup for the replacement Bordeaux by 2026-12-02.", RuleRequestNoOwner, ""},
		{Request, "Please send the updated spec sheet by 2026-12-02, Emma.", RuleRequestNoOwner, ""},
		{Request, "Please submit the supplier evaluation by 2027-01-01, Mei! Thanks.", RuleRequestNoOwner, ""},
		{Request, "Please send the updated spec sheet to Emma by 2026-12-02.", RuleRequestNoOwner, "*"},
		{Request, "Please send the updated spec sheet by 2026-12-02, thanks.", RuleRequestNoOwner, "*"},
		{Request, "Thanks, send me the distributor sales report by 2026-12-02.", RuleRequestNoOwner, "*"},
		{Request, "Sofia, we shipped the pallets and need the receipt by 2026-12-02.", RuleRequestNoOwner, "*"},
		{Request, "请销售代表徐亮于2026年12月3日前收回万豪的欠款。", RuleRequestNoOwner, ""},
		{Request, "请业主赵先生在12月3日前把产权证复印件发给我们。", RuleRequestNoOwner, ""},
		{Request, "请各位销售12月3日前提交本月拜访记录。", RuleRequestNoOwner, ""},
		{Request, "请各位经销商在12月3日前把今年的装机清单发回来。", RuleRequestNoOwner, ""},
		{Request, "请各位在12月3日前把今年的装机清单发回来。", RuleRequestNoOwner, "*"},
		{Request, "请在12月3日前收回万豪的欠款，业主那边已同意。", RuleRequestNoOwner, "*"},
	})
}

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
	} {
		cases = append(cases, kindCase{Request, s, RuleRequestNoOwner, "*"})
	}
	wantKindSpans(t, cases)
}

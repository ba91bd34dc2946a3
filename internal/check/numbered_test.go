package check

import "testing"

// A number and 号 that name a place or close a quoted name are no day
// (datescan.go, round 28, h17al): 5号店, 4号缆车, 3号泊位, “宝岛18号”; a
// shop's day off, a quoted day and a day after its month stay dates.
func TestNumberedPlaceNoDay(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "更换5号店蒸汽棒密封圈", RuleRequestNoDate, "*"},
		{Request, "请奥地利厂家工程师近期安排一次4号缆车的钢丝绳探伤。", RuleVagueTime, "近期"},
		{Request, "请调度室安排3号泊位的清淤。", RuleRequestNoDate, "*"},
		{Request, "“宝岛18号”艉门液压管路渗漏修复", RuleRequestNoDate, "*"},
		{Request, "「海峡3号」救生艇检查", RuleRequestNoDate, "*"},
		{Request, "请机修班5号店休前把咖啡机修好。", RuleRequestNoDate, ""},
		{Request, "请机修班5号前把4号缆车修好。", RuleRequestNoDate, ""},
		{Request, "请机修班在“18号”前把咖啡机修好。", RuleRequestNoDate, ""},
		{Request, "请机修班在“12月18号”把咖啡机修好。", RuleRequestNoDate, ""},
		// round 37 (h17au): a farm's greenhouse, pond or pen by its number
		{Text, "张师傅，麻烦你改天来看看3号棚的天窗电机。", RuleVagueTime, "改天"},
		{Request, "请技术员检修2号温室的风机。", RuleRequestNoDate, "*"},
		{Request, "请饲养员清理5号池的网箱。", RuleRequestNoDate, "*"},
		{Request, "请技术员3号前检修温室风机。", RuleRequestNoDate, ""},
	})
}

// A number and 号 before a machine ending in 桥, 炉, 窑 or 辊 name it, no day
// (datescan.go numberedDevice, round 29, h17am); an act on a thing right
// after N号 (过桥, 开阀) leaves the day a day.
func TestNumberedMachineNoDay(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请设备科李强更换冷端3号切割桥的导轨。", RuleRequestNoDate, "*"},
		{Request, "请设备科李强检修2号退火窑的加热段。", RuleRequestNoDate, "*"},
		{Request, "请设备科李强更换5号过渡辊的轴承。", RuleRequestNoDate, "*"},
		{Request, "请设备科李强3号前检修退火窑。", RuleRequestNoDate, ""},
		{Request, "请李强3号过桥去对面仓库拿货。", RuleRequestNoDate, ""},
		{Request, "请李强3号开阀放水。", RuleRequestNoDate, ""},
	})
}

// A number and 号 before a machine ending in 机 or a valve ending in 门 name
// it, no day (datescan.go numberedDevice, round 33, h17aq: 请设备部刘工检查3号
// 纸机的压光辊温度控制, 尽快更换灌装线3号阀门的密封圈); an act right after N号
// (开机, 上门, 试机) and a day before its 前 stay days.
func TestNumberedMachineJiMenNoDay(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "请设备部刘工检查3号纸机的压光辊温度控制。", RuleRequestNoDate, "*"},
		{Request, "请机修班王强更换2号复卷机的刀片。", RuleRequestNoDate, "*"},
		{Request, "请机修班王强检查灌装线3号阀门的密封圈。", RuleRequestNoDate, "*"},
		{Request, "尽快更换灌装线3号阀门的密封圈。", RuleVagueTime, "尽快"},
		{Request, "请机修班王强检修1号闸门。", RuleRequestNoDate, "*"},
		{Request, "请机修班王强3号开机前检查压光辊。", RuleRequestNoDate, ""},
		{Request, "请售后李工3号上门安装。", RuleRequestNoDate, ""},
		{Request, "请机修班王强3号试机。", RuleRequestNoDate, ""},
		{Request, "请机修班王强3号前检查纸机。", RuleRequestNoDate, ""},
	})
}

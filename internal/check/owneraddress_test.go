package check

import "testing"

// Whom an ask addresses (owneraddress.go), round 28 (h17al): a surname and
// a title before a comma, 各 + a ship or a shop + the role held there, a
// place that works by itself and then acts, agents, dealers and a workshop
// after 请, and in English a school, a bureau, a liaison or a shipyard
// addressed; their look-alikes still name nobody.
func TestAskAddressesTitleUnitRole(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "李教练，请在12月2日下班前把新教练考核成绩录入系统。", RuleRequestNoOwner, ""},
		{Request, "赵队长，请12月3日前交值班表。", RuleRequestNoOwner, ""},
		{Request, "收到。陈船长，请明天上午回复报价。", RuleRequestNoOwner, ""},
		{Request, "教练，请在12月2日下班前把成绩录入系统。", RuleRequestNoOwner, "*"},
		{Request, "明天，请在12月2日下班前把成绩录入系统。", RuleRequestNoOwner, "*"},
		{Request, "李白诗，请在12月2日前背完。", RuleRequestNoOwner, "*"},
		{Request, "请各船大副抓紧把防台绑扎检查表填好交上来。", RuleRequestNoOwner, ""},
		{Request, "请各店店长12月3日前上报库存。", RuleRequestNoOwner, ""},
		{Request, "请各船船长12月3日前上报船员名单。", RuleRequestNoOwner, ""},
		{Request, "请抓紧把各船大副的检查表填好交上来。", RuleRequestNoOwner, "*"},
		{Request, "请仓库统计一下现存的废荧光灯管数量。", RuleRequestNoOwner, ""},
		{Request, "请前台明天通知客人退房时间。", RuleRequestNoOwner, ""},
		{Request, "请仓库里腾一块地方出来。", RuleRequestNoOwner, "*"},
		{Request, "请统计一下仓库现存的废荧光灯管数量。", RuleRequestNoOwner, "*"},
		{Request, "请瑞士压雪车代理商于2027年1月1日前把履带配件送到。", RuleRequestNoOwner, ""},
		{Request, "请雪具维修间在12月7日之前把50副竞技板打蜡完毕。", RuleRequestNoOwner, ""},
		{Request, "请本地经销商12月7日前回款。", RuleRequestNoOwner, ""},
		{Request, "请在维修间把50副竞技板打蜡完毕。", RuleRequestNoOwner, "*"},
		{Request, "请在12月7日前把50副竞技板送到维修间。", RuleRequestNoOwner, "*"},
		{Request, "Ski school: please submit the Christmas private lesson roster by January 1, 2027.", RuleRequestNoOwner, ""},
		{Request, "Weather bureau liaison: please send the blizzard forecast update by 2026-12-01 noon.", RuleRequestNoOwner, ""},
		{Request, "Dear shipyard, please confirm the dry-dock slot as soon as possible.", RuleRequestNoOwner, ""},
		{Request, "After school: please send the roster by Friday.", RuleRequestNoOwner, "*"},
		{Request, "Note: please send the blizzard forecast update by Friday.", RuleRequestNoOwner, "*"},
		{Request, "Hotel housekeeping: extra blankets for the Snowtrek group, rooms 401–420, by 6 pm today please.", RuleRequestNoOwner, ""},
		{Request, "Front desk: late checkout for room 1203 by 6 pm today please.", RuleRequestNoOwner, ""},
		{Request, "Note: extra blankets for rooms 401–420 by 6 pm today please.", RuleRequestNoOwner, "*"},
		{Request, "Travel agencies are requested to confirm New Year group bookings by 1 January 2027.", RuleRequestNoOwner, ""},
		{Request, "The warehouse team is asked to count the pallets by Friday 4 December.", RuleRequestNoOwner, ""},
		{Request, "All agencies are requested to confirm group bookings by 1 January 2027.", RuleRequestNoOwner, "*"},
		{Request, "Changes are requested to be confirmed by 1 January 2027.", RuleRequestNoOwner, "*"},
		{Request, "Dear all, please confirm the dry-dock slot as soon as possible.", RuleRequestNoOwner, "*"},
	})
}

// A management addressed before a colon, a name set off by commas after
// "Please," (ownerrows.go) and a post ending in 员 that opens the line
// (ownerfields.go) name who acts; crowds, asides and labels do not.
func TestAskAddressesManagementNameStaff(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "Property management: please arrange a water shutdown window before Friday, December 4, 2026.", RuleRequestNoOwner, ""},
		{Request, "Site management: please close gate 3 by Friday, December 4, 2026.", RuleRequestNoOwner, ""},
		{Request, "Note: please arrange a water shutdown window before Friday, December 4, 2026.", RuleRequestNoOwner, "*"},
		{Request, "Please, Li Wei, confirm the revised ETA at Duisburg by 3 December 2026.", RuleRequestNoOwner, ""},
		{Request, "Please, Anna, send the CMR copies by 3 December 2026.", RuleRequestNoOwner, ""},
		{Request, "Please, everyone, confirm the revised ETA by 3 December 2026.", RuleRequestNoOwner, "*"},
		{Request, "Please, if possible, confirm the revised ETA by 3 December 2026.", RuleRequestNoOwner, "*"},
		{Request, "安全员抽空把本月的动火作业台账整理出来。", RuleRequestNoOwner, ""},
		{Request, "资料员尽快把竣工资料整理出来。", RuleRequestNoOwner, ""},
		{Request, "调度员明天把排班表发出来。", RuleRequestNoOwner, ""},
		{Request, "相关人员尽快把台账整理出来。", RuleRequestNoOwner, "*"},
		{Request, "公司全员抽空把台账整理出来。", RuleRequestNoOwner, "*"},
		{Request, "新会员尽快把资料补全。", RuleRequestNoOwner, "*"},
	})
}

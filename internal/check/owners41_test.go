package check

import "testing"

// Round 41 (h17ay): owners the rows name in ways the rules did not read —
// a team and a full name before the date, 各 and a doer ending in 手, 员, 工
// or 师, a role and a nickname, a name addressed before a rude order — and
// the look-alikes that still name nobody.
func TestOwners41(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "维修站陈刚12月18日前完成所有吊车的防冻液更换。", RuleRequestNoOwner, ""},
		{Request, "维修站陈刚周五前完成所有吊车的防冻液更换。", RuleRequestNoOwner, ""},
		{Request, "调度中心李伟12月18日前提交排班表。", RuleRequestNoOwner, ""},
		{Request, "服务站王小明12月18日前完成巡检。", RuleRequestNoOwner, ""},
		{Request, "请各操作手于本周五前提交11月份工时表。", RuleRequestNoOwner, ""},
		{Request, "各操作手于本周五前提交11月份工时表。", RuleRequestNoOwner, ""},
		{Request, "请各飞手务必在12月18日前上传飞行日志。", RuleRequestNoOwner, ""},
		{Request, "请各分馆馆员12月18日前交回借书证。", RuleRequestNoOwner, ""},
		{Request, "请各化妆师于12月18日前提交排期。", RuleRequestNoOwner, ""},
		{Request, "请各钳工12月18日前交回工具。", RuleRequestNoOwner, ""},
		{Request, "请摄影师阿杰尽快把原片拷给客户。", RuleRequestNoOwner, ""},
		{Request, "请化妆师小周12月18日前出三套妆面方案。", RuleRequestNoOwner, ""},
		{Request, "请维修工老王明天把刹车换了。", RuleRequestNoOwner, ""},
		{Request, "摄影师阿杰12月18日前把原片拷给客户。", RuleRequestNoOwner, ""},
		{Request, "Kevin, stop being lazy and upload the wedding films by December 8.", RuleRequestNoOwner, ""},
		{Request, "Dave, stop wasting everyone's time and send the insurance quote by Friday, November 27.", RuleRequestNoOwner, ""},
		{Request, "Lisa, quit stalling and send the contract by December 8.", RuleRequestNoOwner, ""},
		{Request, "回头让维修站看一下6号吊车的刹车。", RuleRequestNoOwner, ""},
		{Request, "让机修组查一下3号泵的密封。", RuleRequestNoOwner, ""},
		{Request, "明天叫仓库盘点一下冷库。", RuleRequestNoOwner, ""},
		// look-alikes: nobody named
		{Request, "维修站的设备12月18日前完成防冻液更换。", RuleRequestNoOwner, "*"},
		{Request, "维修站全部12月18日前完成防冻液更换。", RuleRequestNoOwner, "*"},
		{Request, "请各项工作于12月18日前完成。", RuleRequestNoOwner, "*"},
		{Request, "请各位于12月18日前提交工时表。", RuleRequestNoOwner, "*"},
		{Request, "请把摄影师阿杰拍的原片尽快拷给客户。", RuleRequestNoOwner, "*"},
		{Request, "各工种工时表于12月18日前交齐。", RuleRequestNoOwner, "*"},
		{Request, "各类焊工证书于12月18日前交齐。", RuleRequestNoOwner, "*"},
		{Request, "Monday, stop the line and send the report by December 8.", RuleRequestNoOwner, "*"},
		{Request, "回头让我看一下6号泵的密封。", RuleRequestNoOwner, "*"},
		{Request, "回头让相关部门看一下6号泵的密封。", RuleRequestNoOwner, "*"},
		{Request, "Stop being lazy and upload the wedding films by December 8.", RuleRequestNoOwner, "*"},
	})
}

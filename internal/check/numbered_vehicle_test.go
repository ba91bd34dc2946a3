package check

import "testing"

// A number and 号 before 车 name a vehicle, no day (datescan.go
// numberedThings13, round 35, h17as: 李师傅，尽快把8号车的刹车片换了): the
// vague time is no longer anchored by a day. A day before its 前 stays a
// day.
func TestNumberedVehicleNoDay(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "李师傅，尽快把8号车的刹车片换了。", RuleVagueTime, "尽快"},
		{Request, "请车队尽快检查12号车的轮胎。", RuleVagueTime, "尽快"},
		{Request, "请车队王磊更换3号车的离合器片。", RuleRequestNoDate, "*"},
		{Request, "请车队王磊12号前更换教练车的离合器片。", RuleRequestNoDate, ""},
	})
}

// A number and 号 before a vehicle's name ending in 车, or a list of
// numbers closed by one (numbered_vehicle.go: 2号清运车, 3号、7号教练车),
// name vehicles; an act on a car (3号去提车, 3号洗车) and 3号、5号前 stay days.
func TestNumberedVehicleNameNoDay(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "3号、7号教练车年检资料整理一下。", RuleRequestNoDate, "*"},
		{Request, "请车队王磊尽快检查2号清运车。", RuleVagueTime, "尽快"},
		{Request, "请车队王磊更换5号勾臂车的液压油。", RuleRequestNoDate, "*"},
		{Request, "请车队王磊3号去提车。", RuleRequestNoDate, ""},
		{Request, "请车队王磊3号洗车。", RuleRequestNoDate, ""},
		{Request, "请车队王磊3号、5号前交表。", RuleRequestNoDate, ""},
	})
}

// Round 41 (h17ay): a two-character vehicle after N号 (吊车, 叉车, 铲车)
// names a vehicle too; 3号打车 and 5号刹车 stay days.
func TestNumberedVehicleTwoCharacters(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Request, "回头让维修站看一下6号吊车的刹车。", RuleVagueTime, "回头"},
		{Request, "回头让维修站看一下6号吊车的刹车。", RuleRequestNoDate, "*"},
		{Request, "请仓库王磊尽快更换3号叉车的轮胎。", RuleVagueTime, "尽快"},
		{Request, "请车队王磊更换2号铲车的液压油。", RuleRequestNoDate, "*"},
		{Request, "请车队王磊3号打车去工地。", RuleRequestNoDate, ""},
		{Request, "请车队王磊3号约车送样品。", RuleRequestNoDate, ""},
	})
}

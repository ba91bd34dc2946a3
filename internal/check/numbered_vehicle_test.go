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

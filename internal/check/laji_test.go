package check

import "testing"

// Round 35 (h17as): 垃圾 as the material a sanitation crew collects — the
// work done to it or where it lies before it, its collection after it
// (laji.go) — is no insult; 垃圾 said of a service or a plan stays rude.
func TestLajiWork(t *testing.T) {
	wantRude(t, []struct {
		text string
		rude bool
	}{
		{"凌晨4点就来收垃圾，声音那么大？", false},
		{"请安排人员清理和平街垃圾站周边的积存垃圾。", false},
		{"请二队于11月24日前完成滨河路绿化带垃圾捡拾。", false},
		{"三队负责东区的垃圾收集点，每天两次。", false},
		{"请环卫所12月5日前清除背街小巷的暴露垃圾。", false},
		{"路面垃圾要在早7点前清扫完。", false},
		{"你们这服务就是垃圾。", true},
		{"这什么垃圾方案，重新做。", true},
		{"你这报表做得跟垃圾一样，重做。", true},
	})
}

// Round 37 (h17au): 垃圾 cleared off a place (清运展位垃圾, 清运全部展位垃圾)
// and a verdict on a device or supply (冷库的温控器真是垃圾, "The label film
// … is rubbish") are no insults (laji.go, rudecontext.go toolNouns12); a
// verdict on people, on the reader's things or after a comma stays rude.
func TestLajiDeviceAndPlace(t *testing.T) {
	wantRude(t, []struct {
		text string
		rude bool
	}{
		{"撤展后，搭建商应尽快清运展位垃圾。", false},
		{"撤展后，搭建商应于撤展结束后4小时内清运全部展位垃圾。", false},
		{"请保洁组清理会场的垃圾。", false},
		{"冷库的温控器真是垃圾，修了三次还不行，12月1日前换新的。", false},
		{"二号棚的卷膜机就是垃圾，三天两头卡住。", false},
		{"The label film from this supplier is rubbish - it tears on every third pack. Let's switch.", false},
		{"The packing tape is rubbish, it won't stick in the cold.", false},
		{"你们的温控器就是垃圾。", true},
		{"这帮人就是垃圾。", true},
		{"宝安那个五金厂的滑轨质量太差了，真是垃圾。", true},
		{"你们这服务就是垃圾。", true},
		{"Your label film is rubbish.", true},
	})
}

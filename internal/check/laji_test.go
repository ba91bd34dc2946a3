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

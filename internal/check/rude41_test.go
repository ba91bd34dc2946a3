package check

import "testing"

// Round 41 (h17ay): rude verdicts and orders the rules did not list — a
// slacking verb after 别再, a verdict 到家, "Do your jobs", "keeps dropping
// the ball", praise turned round by what is still not done — and their
// clean look-alikes.
func TestRude41(t *testing.T) {
	wantRude(t, []struct {
		text string
		rude bool
	}{
		{"老吴，别再磨洋工了，12月2日前把维修报价单给我。", true},
		{"别再偷懒了，今天把台账补齐。", true},
		{"摄影师小林把客户的存储卡弄丢了，这种低级错误真是蠢到家了。", true},
		{"We missed the cut-off again. Do your jobs.", true},
		{"Your team keeps dropping the ball. Fix the scheduling mess soon.", true},
		{"真厉害，三天了连个许可证都办不下来。", true},
		{"真行啊，一个月了连个报价都没做出来。", true},
		// look-alikes
		{"别再磨损刀具了，换新的吧。", false},
		{"真厉害，一个月就拿下三个客户。", false},
		{"The printer keeps dropping the ball feed; the engineer will check it.", false},
		{"Please find the job descriptions attached.", false},
		{"严禁在未获批空域飞行，违者后果自负。", false},
		{"禁止在罐区吸烟，违者：后果自负。", false},
		{"如果这批货还交不了，后果自负。", true},
		{"客户说许可证三天就办下来了，连个电话都不用打。", false},
	})
}

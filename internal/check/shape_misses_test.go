package check

import (
	"slices"
	"testing"
)

// TestRound10Shapes checks the round-10 rudeness shapes (rudeshape10.go)
// and sarcastic praise (round10.go) on sentences written for them, in no
// corpus and no held-out set: each rude one must get an impolite finding,
// each look-alike no impolite finding. The training reads these lines too
// (shapeExamples).
func TestRound10Shapes(t *testing.T) {
	tests := []struct {
		text string
		rule string // "" = no impolite finding
	}{
		// an ultimatum naming an authority or a lawyer
		{"Sort out the mould by Friday or I'm going to the tenancy tribunal.", RuleImpolite},
		{"Refund me this week or we will report you to trading standards.", RuleImpolite},
		{"Answer my emails or I'll be calling my lawyer.", RuleImpolite},
		{"电梯再不修我就打12345投诉。", RuleImpolite},
		{"三天内给说法，否则我们就找媒体曝光。", RuleImpolite},
		{"Please confirm the build by Tuesday, or we will pull the SKU from the reset.", ""},
		{"Send the form to the bureau by noon, or the permit will lapse.", ""},
		{"逾期未付款的，按合同约定处理。", ""},
		{"如有问题可以向市场监管局咨询。", ""},
		// the reader told to do their job at all
		{"保安能不能管管门口乱停的车？", RuleImpolite},
		{"你们到底还管不管了？", RuleImpolite},
		{"能不能帮忙管一下仓库钥匙？", ""},
		{"这件事归哪个部门管？", ""},
		// praise as a sentence of its own next to the reader's blunder
		{"Well done. You managed to lose the same parcel twice.", RuleImpolite},
		{"You somehow broke the charger again. Impressive.", RuleImpolite},
		{"You lost my booking. Great job, team.", RuleImpolite},
		{"Great job, guys. You managed to close 40 tickets this week.", ""},
		{"Your team lost the final but played well. Really impressive.", ""},
		{"The new line is running at 98%. Really impressive.", ""},
		{"Nice work, everyone. The audit found nothing.", ""},
	}
	for _, tc := range tests {
		got := ruleIDs(tc.text, Text)
		if tc.rule == RuleImpolite && !slices.Contains(got, RuleImpolite) || tc.rule == "" && slices.Contains(got, RuleImpolite) {
			t.Errorf("%q: got %v, want %q", tc.text, got, tc.rule)
		}
	}
}

// TestRound10ShapesMore: whether anyone there does their job, work as good
// as none, the reader's way of working held up.
func TestRound10ShapesMore(t *testing.T) {
	tests := []struct {
		text string
		rude bool
	}{
		{"Does anyone in your warehouse actually read the packing notes?", true},
		{"Is anyone at the service desk even reading these tickets?", true},
		{"Call me back when somebody over there decides to do their job.", true},
		{"Does anyone on your team have the new door code?", false},
		{"Is anyone at the front desk able to print a receipt for me?", false},
		{"Let me know when someone decides on the venue.", false},
		{"你们这份交接单写了跟没写一样。", true},
		{"你们培训了等于没培训，新人还是不会开机。", true},
		{"这个补丁我装了跟没装一样，可能是版本不对，帮我看看？", false},
		{"拿着工资就这么干活的？", true},
		{"以后就这么做，按流程走。", false},
		{"原来就是这么办事的，我明白了，谢谢。", false},
		{"报警灯亮了一晚上，你们值班的都在睡觉吗？", true},
		{"再拖下去，别逼我们走法律程序。", true},
		{"孩子们都在睡觉吗？我晚点再打。", false},
		{"别逼自己太紧，周五前交就行。", false},
	}
	wantRude(t, tests)
}

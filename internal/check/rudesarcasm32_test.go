package check

import "testing"

// Round 32 (h17ap): the sarcastic verdict that closes praise turned round
// by a fault is marked with it (rudesarcasm.go): in Chinese from the praise
// to the verdict addressed to the team, in English the closing sentence of
// praise, and "nobody bothered to …" (its sentence). Sincere look-alikes
// stay clean.
func TestRudeSarcasmVerdict(t *testing.T) {
	wantKindSpans(t, []kindCase{
		{Text, "真厉害啊，一个晚上丢了五个件，你们组可以去申请吉尼斯了。", RuleImpolite, "真厉害啊，一个晚上丢了五个件，你们组可以去申请吉尼斯了"},
		{Text, "厉害了，又一车猪在洗消点被退回，你们运输队可真是给集团长脸。", RuleImpolite, "厉害了，又一车猪在洗消点被退回，你们运输队可真是给集团长脸"},
		{Text, "真行，三天丢了两台扫描枪，你们班可真是给公司争光。", RuleImpolite, "真行，三天丢了两台扫描枪，你们班可真是给公司争光"},
		{Text, "Wow, another 'lost' parcel from your route. Impressive work as always, Kevin.", RuleImpolite, "Impressive work"},
		{Text, "Great job, team - another truck turned away at the wash station. Really impressive work.", RuleImpolite, "Really impressive"},
		{Text, "The school bus was turned away because nobody bothered to read the booking.", RuleImpolite, "The school bus was turned away because nobody bothered to read the booking."},
		{Text, "这次评优，你们组可真是给公司长脸了，谢谢大家！", RuleImpolite, ""},
		{Text, "真棒，一个月就拿下三个客户，大家辛苦了！", RuleImpolite, ""},
		{Text, "The new dashboard went live. Really impressive work by the data team, thank you!", RuleImpolite, ""},
		{Text, "The audit closed with zero findings. Impressive work as always, Kevin.", RuleImpolite, ""},
		{Text, "Nobody bothered me during the night shift, it was quiet.", RuleImpolite, ""},
	})
}

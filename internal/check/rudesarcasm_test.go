package check

import "testing"

// Round 31 (h17ao): sarcasm about people's work with no listed word
// (rudesarcasm.go), and the sincere look-alikes that stay clean.
func TestRudeSarcasmAboutWork(t *testing.T) {
	wantRude(t, []struct {
		text string
		rude bool
	}{
		// praise turned round by the fault it follows
		{"真厉害啊，又把冬季胎发成夏季胎了，佩服佩服。", true},
		{"竟然又把色号弄错了，佩服佩服。", true},
		{"真行，又把客户的地址写错了。", true},
		{"真棒，又把良品率提上去了，大家辛苦了。", false},
		{"这次攻关做得漂亮，佩服佩服！", false},
		// praise in scare quotes
		{"这个方案真是“惊艳”，不愧是市场部的大作。", true},
		{"你们的售后可真“高效”，一个月都没回音。", true},
		{"观众都说这场演出是“一票难求”。", false},
		{"这个方案真是惊艳，市场部辛苦了。", false},
		// a whole crew worse each time; where is the brain
		{"这届舞台组真是一届不如一届。", true},
		{"新来的实习生一批不如一批。", true},
		{"今年的收成不如去年。", false},
		{"你们销售部是怎么做事的？客户投诉了三天才转过来，脑子呢？", true},
		{"我的脑子呢，今天一直在想别的事。", false},
		// English
		{"Great job, genius. You double-booked the hall again.", true},
		{"Well done, Einstein, the pallets are in the rain.", true},
		{"Great job, team. The concert sold out.", false},
		{"Seriously, whoever left the harp in the corridor needs their head examined.", true},
		{"The patient needs a head examination by Friday.", false},
		{"If your team can't handle a simple warranty claim, maybe find another job.", true},
		{"If you find another job, please tell HR by Friday.", false},
		{"Your QC team is clearly asleep at the wheel.", true},
		{"The driver fell asleep at home after the night shift.", false},
	})
}

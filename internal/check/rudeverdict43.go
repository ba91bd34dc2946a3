package check

import "strings"

// Round 43 (h17ba): two verdicts the lexicon read wrong.
//
// 骗子 is a verdict on the reader when the writer says they are one (你们平台
// 就是骗子, 物业就是一群骗子, 简直是骗子, 你们这群骗子, 骗子公司); "小心骗子"
// and "有人冒充…" warn about someone else, "凡是让你先转账的就是骗子" defines
// one, and "有业主说物业就是一群骗子" reports another's words. Quoted words are
// dropped before any context is asked (rules.go).
//
// "last warning" is a threat when it is the reader's ("this is your last
// warning", "last warning!"), not in a notice about a practice ("THIS IS
// THE LAST WARNING ABOUT UNCAPPED TUBES …": the older sets label that line
// shouting alone).

// ctxPianzi accepts 骗子 said of someone as what they are.
func ctxPianzi(t string, s, e int) bool {
	c := clauseBefore(t, s)
	if hasAny(c, "小心", "谨防", "防范", "冒充", "提防", "警惕", "凡是", "的就是", "说", "称", "骂") {
		return false
	}
	b := lastBytes(c, 18)
	return hasSuffixAny(b, "是", "个", "群", "帮", "伙", "种", "些") || strings.HasPrefix(t[e:], "公司")
}

// ctxWarningAtYou rejects "the last warning about/regarding/on/for …", a
// notice's heading.
func ctxWarningAtYou(t string, s, e int) bool {
	b := strings.ToLower(lastBytes(t[:s], 5))
	a := strings.ToLower(firstRunes(t[e:], 12))
	return !(strings.HasSuffix(b, "the ") && hasPrefixAny(a, " about ", " regarding ", " on ", " for ", " concerning "))
}

package check

import "strings"

// A third party's vague promise the writer passes on (round 37, h17au).
// reportedTime leaves a vague time inside reported speech to the speaker;
// writers since the thirty-fifth set hold the writer to a relayed promise
// the reader cannot plan with, while older sets leave "X说近期会…" clean.
// Two forms no older set labels the other way are the writer's:
//
//   - an outside party named as X那边 passing on a promise with no span at
//     all (物流那边说近期会安排提货, forwarder那边说…回头再更新ETA,
//     体检中心那边说改天再来): 17 labels over the sets, none against. 过两天
//     and 过几天 name a rough span and stay reported (韩国那边说过两天发新的
//     价目表 is clean in the twenty-eighth set); so do a demand on the
//     writer's side (学院那边说要尽快交) and a word someone keeps saying
//     (客户那边一直说soon soon soon);
//   - a present-tense "says" of a party not the writer's own ("Supplier
//     says they'll ship soon", "The translator says she'll get back to us
//     soon"): 6 labels, none against; "said", "claims" and "promised" tell
//     an earlier exchange and stay reported as older sets label them.

// relayedNoSpan are the vague words that give no span at all.
var relayedNoSpan = []string{"近期", "改天", "改日", "回头", "尽快", "尽早", "有空", "稍后", "ASAP", "asap"}

// relayedPromiseZh reports whether the vague word w after the verb of
// saying (lead before it, said between it and w) is a promise relayed from
// an outside party named as X那边.
func relayedPromiseZh(lead, said, w string) bool {
	if !strings.Contains(lead, "那边") || hasAny(lead, "我们那边", "我这边", "我们这边", "咱们那边") || strings.HasSuffix(lead, "一直") {
		return false
	}
	if strings.HasSuffix(said, "要") {
		return false // 学院那边说要尽快交: what is asked of the writer's side
	}
	for _, v := range relayedNoSpan {
		if w == v {
			return true
		}
	}
	return false
}

// relayedPromiseEn reports whether the lower-cased sentence l relays with a
// present-tense "says" at i the promise of a party not the writer's own,
// the vague word in the same sentence ("The client says the printer jams
// again. They will send it back when they have time." stays reported).
func relayedPromiseEn(l string, i int, v string) bool {
	if v != "says" || strings.ContainsAny(l[i:], ".!?;") {
		return false
	}
	b := " " + l[:i]
	return !hasAny(b, " our ", " my ", " we ", " i ")
}

// pleaseAfterReport reports whether the report after a verb of saying ends
// at a comma and the vague word right after 请 or 麻烦 opens the writer's own
// ask (Zara那批lab dip客户说偏黄，请尽快重打; round 37, h17au). 客户说，请尽快
// 发货 — the comma right after the verb — opens the report with its ask.
func pleaseAfterReport(said string) bool {
	i := strings.LastIndexAny(said, ",，")
	if i <= 0 {
		return false
	}
	r := strings.TrimLeft(said[i:], ",，")
	return r == "请" || r == "麻烦" || r == "烦请" || r == "麻烦您" || r == "请您"
}

package check

// Rudeness by sentence shape, round 13 of issue 17: classes of the
// thirty-first and thirty-second sets' misses, generalised (look-alikes in
// round13_test.go; not shape*_test.go lines, so no training line changes):
//
//   - "we've waited …, I wonder if X is rather busy?" (等了一周了，不知道合规是
//     不是比较忙; not 不知道您这周是不是比较忙 without the wait);
//   - "don't tell me again you're still checking" (别再跟我说在排查; not 别再
//     跟我说谢谢了);
//   - a fault the reader's side did not even notice, asked (…过期了你们运营都
//     没发现？; not 系统升级了你们都没发现吗 without a fault);
//   - work praised as creative with a fault after it (写得挺有创意，…一个都对
//     不上; not 写得挺有创意，客户很喜欢);
//   - a count of the times said with a teasing particle (第三次了哈; not 这是
//     第三次了，这次一定要成功);
//   - "you're good at saving effort" (挺会省事啊, 真会甩锅啊; not 挺会过日子);
//   - "every time you say tomorrow … did it come?" (每次都说明天来，…来了吗？);
//   - "finally remembered you have an advisor?" (终于想起来还有个导师了？; not
//     终于想起来密码了);
//   - "at your pace I'll retire before you graduate" (你这进度，等你毕业我都
//     退休了);
//   - a request to a group to write things clearly first, asked
//     (各位业务同事，提需求之前能不能先把需求文档写清楚？; not …能不能先把需求
//     文档发我一份？);
//   - English: "I assume somebody there is paid to answer the phone?" (not
//     "I assume someone there is able to …"); "Stop emailing me at
//     midnight" (not "stop emailing the old address"); "We would be
//     grateful if this time the correct version could be sent" (not "if
//     this time the shipment could go by air").
//
// The strong ones run with a softener in or right after the sentence,
// because the softener is the sarcasm or belongs to the next sentence:
// 麻烦这次看一下群公告 (the notice sent before; not 麻烦这次会议前看一下附件),
// "We would be grateful if this time …", 沈老师，…等了一周了，不知道合规是不是
// 比较忙？, …过期了你们运营都没发现？每次出问题都是我们前台背锅.

var (
	zhShapes13 = []shape{
		zhs(`别再(跟|和|给|对)(我|我们)(说|讲|扯)[^。！!？?，,]{0,3}(在|还在|正在)?(排查|处理|跟进|研究|协调|查|走流程|加急|催)`, "别再"),
		zhs(`(写|做|画|编|弄)得(挺|很|真|相当|非常|可真)有创意[，,][^。！!？?]{0,24}(对不上|不对|错|一个都|全是|没一个|牛头不对马嘴)`, "有创意"),
		zhs(`(挺|真|很|可真|太|倒是)会(省事|偷懒|找借口|甩锅|推活|躲|糊弄|抄|复制粘贴)(的)?(啊|呀|哈|嘛|呢)`, "省事", "偷懒", "借口", "甩锅", "推活", "会躲", "糊弄", "会抄", "复制粘贴"),
		zhs(`每次都(说|讲|答应|保证)[^。！!？?]{1,12}[，,][^。！!？?]{0,12}了吗[？?]`, "每次都"),
		zhs(`终于(想起来|记起来|想起)(还有|有)(个|我|我们|这个?)?[^。！!？?，,]{0,6}了[？?]`, "终于"),
		zhs(`你(这|们这)(进度|速度|效率|节奏)[，,]\s*等(你|你们)[^。！!？?，,]{0,8}(我都|我早就?|我们都)(退休|老了|入土|换工作)`, "退休"),
		zhs(`(各位|你们)[^。！!？?]{0,10}能不能先把[^。！!？?，,]{1,12}(写清楚|弄清楚|搞清楚|想清楚|看清楚)(再)?[^。！!？?，,]{0,6}[？?]`, "能不能先把"),
	}
	zhStrong13 = []shape{
		zhs(`等了[^。！!？?]{0,8}了[，,]\s*不知道[^。！!？?，,]{0,10}是不是(比较|很|太|特别|都)?忙`, "不知道"),
		zhs(`(过期|错|漏|坏|丢|超期|超时|断|不对|写反|贴反)[^。！!？?]{0,6}了?[，,]?\s*你们[^。！!？?，,]{0,6}(都|也|竟然|居然)没(发现|注意到|看到|看出来|察觉|核对)`, "都没", "也没", "竟然没", "居然没"),
		zhs(`第[二三四五六七八九十几0-9]+(次|遍|回)了(哈|啊|呀|喔|哦)`, "次了", "遍了", "回了"),
		zhs(`(麻烦|请)这次(认真|仔细|好好)?(看一下|看一眼|看看|看清楚|读一下)(群公告|公告|邮件|通知|群消息|消息|模板|附件|说明)`, "这次"),
	}
	enShapes13 = []shape{
		ens(`\bi (assume|take it|presume|suppose|trust) (somebody|someone|anyone|anybody) (there|at your [a-z]+|on your [a-z]+|over there)( [a-z]+){0,2} (is|are|gets|get) paid to\b`, "paid to"),
		ens(`^\s*stop (emailing|messaging|calling|texting|pinging|phoning|chasing) (me|us)\b`, "stop"),
	}
	enStrong13 = []shape{
		ens(`\bif (this time|for once) (the|a|you|your|we)( [a-z]+){0,2}? (correct|right|proper|requested|actual|signed|original|complete) `, "this time", "for once"),
	}
)

// untempered13 reports whether the sentence holds one of round 13's strong
// Chinese shapes, which a softener right after does not temper.
func untempered13(sent string) bool {
	for i := range zhStrong13 {
		if zhStrong13[i].re.MatchString(sent) {
			return true
		}
	}
	return false
}

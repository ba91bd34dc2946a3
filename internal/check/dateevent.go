package check

// eventDate reports whether the date ending at e is the day something
// already happened to the thing the sentence names, a verb and 的 right
// after it (round 33, h17aq: 请有空时回访11月22日投诉的那位顾客; 11月20日到货
// 的纸浆, 11月18日送检的样品): like a batch's day it dates the object, so it
// anchors no 尽快/有空时 and gives a request no date. 11月22日前的, 11月22日
// 要交的 and 11月22日的会 are no event (a verb outside the list, or none).
func eventDate(t string, e int) bool {
	a := t[e:]
	for _, v := range eventVerbs {
		if len(a) > len(v) && a[:len(v)] == v && hasPrefixAny(a[len(v):], "的", "过的", "了的") {
			return true
		}
	}
	return false
}

// eventVerbs are what happens to a complaint, a delivery or a sample on a
// day that has passed by the time someone is asked to follow it up.
var eventVerbs = []string{"投诉", "报修", "反馈", "来电", "来访", "下单", "购买", "购票", "退货", "退款", "到货", "到港", "入库", "出库", "发货", "收货", "签收", "送检", "抽检", "检测", "取样", "生产", "入住", "入院", "出院", "发生", "登记", "提交", "收到"}

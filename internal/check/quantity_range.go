package check

// Round 30 (h17an): a measure a standard leaves to the reader's sense of
// "reasonable", "some range" or "regular" (石粉含量应控制在合理范围内,
// 温度保持在一定范围; "rest for a reasonable period", "a reasonable amount of
// drinking water", "watered at regular intervals"). The writers mark the
// phrase. Like every quantity word they count only in a standard.

var round30Zh = []term{
	{"一定范围", clsQty, nil},
	{"合理范围内", clsQty, nil},
}

var round30En = []enTerm{
	{"a reasonable period", clsQty, nil},
	{"a reasonable amount", clsQty, nil},
	{"a reasonable quantity", clsQty, nil},
	{"at regular intervals", clsQty, nil},
}

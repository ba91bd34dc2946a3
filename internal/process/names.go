package process

// itemStatuses name the statuses of sub-items (feedback, milestones) as
// people read them.
var itemStatuses = map[string]Text{
	"open":      {Zh: "待响应", En: "Open"},
	"responded": {Zh: "已响应", En: "Responded"},
	"resolved":  {Zh: "已解决,待客户确认", En: "Resolved, awaiting the customer"},
	"confirmed": {Zh: "客户已确认", En: "Confirmed by the customer"},
	"objected":  {Zh: "客户有异议", En: "Objected by the customer"},
	"planned":   {Zh: "计划中", En: "Planned"},
	"noticed":   {Zh: "已预告", En: "Announced"},
	"done":      {Zh: "已完成", En: "Done"},
}

// StatusName is how an item status reads; the status itself if unknown.
func StatusName(status string) Text {
	if t, ok := itemStatuses[status]; ok {
		return t
	}
	return Text{Zh: status, En: status}
}

// ItemKindName is how an item's kind reads in Chinese ("反馈", "提问");
// "事项" for a kind without a name.
func ItemKindName(kind string) string {
	if kind == "question" {
		return "提问"
	}
	if n := itemKindNames[kind]; n != "" {
		return n
	}
	return "事项"
}

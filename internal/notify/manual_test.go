package notify

import (
	"strings"
	"testing"
	"time"
)

// eachFilled renders every kind, with every field filled, for every
// recipient kind and language, and hands over subject and text.
func eachFilled(t *testing.T, do func(kind, rk, lang, body string)) {
	t.Helper()
	for _, kind := range Kinds {
		for _, rk := range recipientKinds {
			for _, lang := range []string{"zh", "en"} {
				r, err := Render(message(kind, rk, lang, true), nil)
				if err != nil {
					t.Fatalf("%s/%s/%s: %v", kind, rk, lang, err)
				}
				do(kind, rk, lang, r.Subject+"\n"+r.Text)
			}
		}
	}
}

// TestMessagesWriteDatesAsTheManual: a date a message carries in a field
// (a milestone moved from one date to another) is written as the manual
// writes dates, 2026年12月7日 / 7 Dec 2026, never as the raw 2026-12-07.
func TestMessagesWriteDatesAsTheManual(t *testing.T) {
	eachFilled(t, func(kind, rk, lang, body string) {
		if raw := filledValue("date", lang); strings.Contains(body, raw) {
			t.Errorf("%s to %s (%s): a date is shown raw (%s):\n%s", kind, rk, lang, raw, body)
		}
	})
}

// TestReassignedIsHandedOver: the new holder of a reassigned step reads
// that the head handed the work over, not that the head raised the case.
func TestReassignedIsHandedOver(t *testing.T) {
	for lang, want := range map[string][2]string{"zh": {"赵磊已将「产品V2.0版本开发需求支持」（XZ-2026-0001）改派给您处理。", "提交的"}, "en": {`赵磊 has handed "产品V2.0版本开发需求支持" (XZ-2026-0001) over to you.`, "raised"}} {
		m := message(KindAssigned, "actor", lang, true)
		m.Actor, m.Fields["reassigned"] = "赵磊", "1"
		r, err := Render(m, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Text, want[0]) || strings.Contains(r.Text, want[1]) {
			t.Errorf("%s:\n%s", lang, r.Text)
		}
	}
}

// TestCCSaysWhoOwesWhat: a copied reader learns who owes which step by
// when, and hears that its lateness comes to them only where it does.
func TestCCSaysWhoOwesWhat(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, escalates := range []string{"", "1"} {
			m := message(KindCC, "copied", lang, true)
			m.Fields["escalates"], m.Fields["assignee"], m.Fields["action_name"] = escalates, "陈杰", "承接"
			r, err := Render(m, nil)
			if err != nil {
				t.Fatal(err)
			}
			told := strings.Contains(r.Text, "升级给您") || strings.Contains(r.Text, "escalated to you")
			if !strings.Contains(r.Text, "陈杰") || !strings.Contains(r.Text, "承接") || told != (escalates != "") || strings.Contains(r.Text, "双方部门负责人") {
				t.Errorf("%s, escalates=%q:\n%s", lang, escalates, r.Text)
			}
		}
	}
}

// TestExternalsAnswerThroughTheirLink: a customer or supplier has no
// account; no message sends them to answer "in the system". Escalations,
// copies and the staff's own notices (a link asked for again, a mail not
// delivered, the digest) go to staff only.
func TestExternalsAnswerThroughTheirLink(t *testing.T) {
	staffOnly := map[string]bool{KindEscalation: true, KindCC: true, KindLinkRequested: true, KindDeliveryFailed: true, KindDigest: true}
	eachFilled(t, func(kind, rk, lang, body string) {
		if rk == "external" && !staffOnly[kind] && (strings.Contains(body, "系统中") || strings.Contains(body, "in liaison")) {
			t.Errorf("%s to an external party (%s) sends them to liaison:\n%s", kind, lang, body)
		}
	})
}

// TestReminderToChaseSaysWho: a reminder read by someone who chases
// another's step says in its subject whose step it is.
func TestReminderToChaseSaysWho(t *testing.T) {
	for lang, want := range map[string]string{"zh": "提醒：「承接」应由陈杰于2026年12月3日(周四)18:00前完成", "en": `Reminder: "承接" from 陈杰 is due Thu 3 Dec 2026 18:00`} {
		r, err := Render(message(KindReminder, "head", lang, true), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(r.Subject, want) {
			t.Errorf("%s: %s", lang, r.Subject)
		}
	}
}

// TestWeeklyDraftInTheReadersWords: the Friday reminder's draft lists the
// milestones in the reader's language and the manual's date style — it read
// "后续节点 (coming milestones): 原型完成 2026-12-07" to everyone.
func TestWeeklyDraftInTheReadersWords(t *testing.T) {
	want := map[string]string{"zh": "后续节点：原型完成（2026年12月7日(周一)）、正式交付（2027年1月4日(周一)）", "en": "Milestones ahead: 原型完成 (Mon 7 Dec 2026); 正式交付 (Mon 4 Jan 2027)"}
	for lang, w := range want {
		m := message(KindReminder, "actor", lang, false)
		m.Fields["milestones_next"] = "2026-12-07 原型完成\n2027-01-04 正式交付"
		r, err := Render(m, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Text, w) {
			t.Errorf("%s:\n%s", lang, r.Text)
		}
	}
}

// TestDeliveredAsksForTheReadersStep: told of a delivery, the account
// manager is asked for the callback they owe — not to accept a delivery,
// which is not theirs (已交付，请于…前验收).
func TestDeliveredAsksForTheReadersStep(t *testing.T) {
	for lang, want := range map[string]string{"zh": "已交付，请于2026年12月3日(周四)18:00前完成「登记回访」", "en": `Delivered — please complete "登记回访" by Thu 3 Dec 2026 18:00`} {
		m := message(KindDelivered, "actor", lang, true)
		m.Action, m.Fields["action_name"] = "record_callback", "登记回访"
		r, err := Render(m, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(r.Subject, want) {
			t.Errorf("%s: %s", lang, r.Subject)
		}
	}
}

// TestQuestionNamesItsAsker: the reminder and the 24-hour escalation of a
// question are sent by the system but name the person who asked — they
// said "liaison提问" — and the asker reads that their question waits.
func TestQuestionNamesItsAsker(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		m := message(KindComment, "actor", lang, true)
		m.Actor, m.Fields["asker"], m.Fields["assignee"] = "liaison", "李娜", ""
		r, err := Render(m, nil)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Subject+r.Text, "liaison提问") || strings.Contains(r.Subject, "liaison asks") || !strings.Contains(r.Subject, "李娜") {
			t.Errorf("%s, to who must answer:\n%s\n%s", lang, r.Subject, r.Text)
		}
		m.Fields["own_question"], m.Fields["assignee"], m.Fields["recipient"] = "1", "陈杰", "李娜"
		r, err = Render(m, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"zh": "您的提问尚待陈杰回复", "en": "Your question still awaits 陈杰's answer"}[lang]
		if !strings.Contains(r.Subject, want) || strings.Contains(r.Subject, "请于") || strings.Contains(r.Subject, "please answer") {
			t.Errorf("%s, to the asker: %s", lang, r.Subject)
		}
	}
}

// TestChaseCarriesItsMessage: a reminder a person sent (催交) says their
// words, and without a step to name reads whole — no 「未指定」.
func TestChaseCarriesItsMessage(t *testing.T) {
	for lang, want := range map[string]string{"zh": "何平催办：请于1月8日前确认备货进度。", "en": "何平 chases: 请于1月8日前确认备货进度。"} {
		m := message(KindReminder, "external", lang, false)
		m.Actor, m.Action, m.Fields["message"] = "何平", "", "请于1月8日前确认备货进度。"
		d := time.Date(2027, 1, 14, 10, 0, 0, 0, time.UTC)
		m.DueAt = &d
		r, err := Render(m, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Text, want) || strings.Contains(r.Subject+r.Text, "未指定") || strings.Contains(r.Subject+r.Text, "not specified") {
			t.Errorf("%s:\n%s\n%s", lang, r.Subject, r.Text)
		}
	}
}

// TestSignedWhileOthersMustSign: a signature that leaves others to sign
// does not say the case is archived.
func TestSignedWhileOthersMustSign(t *testing.T) {
	for lang, want := range map[string]string{"zh": "尚待其他各方签字", "en": "The others have still to sign"} {
		m := message(KindSigned, "copied", lang, false)
		m.Fields["pending"] = "1"
		r, err := Render(m, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Text, want) || strings.Contains(r.Text, "归档") || strings.Contains(r.Text, "archived") {
			t.Errorf("%s:\n%s", lang, r.Text)
		}
	}
}

// TestGroupIsNotEscalatedTo: a robot's post to a department group does not
// tell the group that something is escalated "to you".
func TestGroupIsNotEscalatedTo(t *testing.T) {
	for _, kind := range []string{KindEscalation, KindCC} {
		for _, lang := range []string{"zh", "en"} {
			m := message(kind, "robot", lang, true)
			m.Fields["escalates"] = "1"
			r, err := Render(m, nil)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(r.Markdown, "升级给您") || strings.Contains(r.Markdown, "escalated to you") || strings.Contains(r.Markdown, "you and the heads") {
				t.Errorf("%s to a group (%s):\n%s", kind, lang, r.Markdown)
			}
		}
	}
}

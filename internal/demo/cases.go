package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

// SeedCases opens sample cases in several states so that a new user sees
// every page with something on it. It does nothing if any case exists.
func SeedCases(ctx context.Context, db *store.DB, svc *cases.Service) error {
	n, err := db.CountCases(ctx)
	if err != nil || n > 0 {
		return err
	}
	org, err := cases.LoadOrg(ctx, db.SQL())
	if err != nil {
		return err
	}
	as := org.Actor
	now, err := svc.Now(ctx)
	if err != nil {
		return err
	}
	cal := svc.Calendar()
	day := func(workdays int) string {
		return cal.AddWorkdays(now, workdays).In(cal.Location()).Format("2006-01-02")
	}
	collab := func(title, to, contact, item, standard string) map[string]any {
		return map[string]any{
			"title": title, "to_dept": to, "contact": contact,
			"background":  "为满足第一季度客户引流需求,需要" + org.Departments[to].NameZh + "配合完成相关工作。",
			"tasks":       []any{map[string]any{"item": item, "standard": standard}},
			"expected_by": day(15),
		}
	}
	type step struct {
		who, action string
		fields      map[string]any
	}
	scripts := []struct {
		opener, process string
		fields          map[string]any
		steps           []step
	}{
		{"wangfang", "internal-collab", collab("产品V2.0版本开发需求支持", "tech", "chenjie", "需求分析:输出《需求规格说明书》", "含用户故事、功能流程图,经双方评审通过"), nil},
		{"wangfang", "internal-collab", collab("官网改版技术评估", "tech", "zhaolei", "评估现有官网架构并给出改版方案", "输出《技术评估报告》,含工期与人力估算"), []step{
			{"zhaolei", "accept", map[string]any{"committed_by": day(8)}},
			{"wangfang", "progress", map[string]any{"summary": "架构梳理完成", "percent": 40, "next_steps": "赵磊于" + day(3) + "前提交方案初稿", "risks": "无"}},
		}},
		{"lina", "internal-collab", collab("展会物料采购支持", "purchasing", "heping", "采购展会易拉宝20个", "规格80×200cm,"+day(6)+"前到货"), []step{
			{"heping", "accept", map[string]any{"committed_by": day(5)}},
			{"heping", "deliver", map[string]any{"summary": "物料已到货并验收数量", "deliverables": "易拉宝20个,签收单1份"}},
		}},
		{"chenjie", "internal-collab", collab("合同模板法务审核", "legal", "sunli", "审核《技术服务合同》模板", "出具书面审核意见"), []step{
			{"sunli", "accept", map[string]any{"committed_by": day(4)}},
			{"sunli", "deliver", map[string]any{"summary": "审核完成", "deliverables": "《合同审核意见》1份"}},
			{"chenjie", "accept_delivery", map[string]any{}},
			{"chenjie", "sign", map[string]any{}},
			{"sunli", "sign", map[string]any{}},
		}},
		{"wangfang", "internal-collab", collab("客户数据导出", "finance", "qianhui", "导出上季度客户回款数据", "Excel格式,按月汇总"), []step{
			{"qianhui", "decline", map[string]any{"reason": "回款数据涉及保密,需管理层审批", "alternative": "请先经高军审批,或改为申请汇总后的统计报表"}},
		}},
		{"lina", "internal-collab", collab("新品发布会场地协调", "admin-office", "wuqiang", "预订发布会场地并布置", "容纳200人,含投影与音响,提前一天完成布置"), []step{
			{"wuqiang", "accept", map[string]any{"committed_by": day(3)}},
			{"wuqiang", "deliver", map[string]any{"summary": "场地已预订并完成布置", "deliverables": "场地确认单1份,布置照片"}},
			{"lina", "accept_delivery", map[string]any{}},
			{"lina", "sign", map[string]any{}},
		}},
		{"wangfang", "internal-collab", collab("宣传册设计支持", "tech", "chenjie", "设计产品宣传册", "A4三折页,中英文各一版"), []step{
			{"wangfang", "withdraw", map[string]any{"reason": "市场部已改为外包设计,不再需要技术部支持"}},
		}},
		{"chenjie", "issue-report", map[string]any{
			"title": "三楼会议室投影仪无法开机", "location": "三楼301会议室", "urgency": "urgent",
			"description": "投影仪电源灯不亮,更换插座后仍无法开机,今天下午的客户会议需要使用。",
		}, nil},
		{"zhoumin", "customer-requirement", map[string]any{
			"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example", "phone": "010-12345678"},
			"title":        "华信科技数据看板项目",
			"background":   "华信科技希望为管理层提供经营数据看板。",
			"requirements": []any{map[string]any{"item": "经营数据看板", "detail": "每日自动汇总销售、回款两类数据"}},
			"expected_by":  day(60), "source": "survey",
		}, []step{
			{"zhoumin", "send_confirmation", map[string]any{"summary": "需求复述:每日自动汇总销售与回款数据,管理层网页查看。"}},
			{"zhoumin", "confirm", map[string]any{"evidence": "张伟邮件回复确认无理解偏差"}},
			{"zhoumin", "submit_solution", map[string]any{
				"summary":    "采用现有BI平台搭建看板,分两期交付。",
				"milestones": []any{map[string]any{"name": "原型完成", "date": day(10)}, map[string]any{"name": "测试上线", "date": day(30)}},
				"quote": map[string]any{"currency": "CNY", "tax_rate": "0.06", "items": []any{
					map[string]any{"name": "看板设计与开发", "qty": "1", "unit_price": "48000.00"},
					map[string]any{"name": "数据接口对接", "qty": "3", "unit_price": "5000.00"},
				}},
			}},
			{"liuyang", "approve_solution", map[string]any{}},
			{"zhoumin", "record_minutes", map[string]any{
				"meeting_at": now.Format(time.RFC3339), "mode": "online", "attendees": "张伟、周敏、陈杰",
				"feedback": "客户认可方案与报价。", "outcome": "accepted",
			}},
			{"zhoumin", "submit_contract", map[string]any{"scope": "按方案书交付数据看板两期", "payment_terms": "签约付50%,上线验收后付50%", "amount": "66780.00"}},
			{"sunli", "legal_approve", map[string]any{}},
			{"zhoumin", "record_signature", map[string]any{"signed_on": now.In(cal.Location()).Format("2006-01-02"), "project_lead": "chenjie"}},
		}},
		{"zhoumin", "customer-requirement", map[string]any{
			"customer": "huaxin", "contact": map[string]any{"name": "张伟", "email": "zhangwei@huaxin.example", "phone": "010-12345678"},
			"background":   "华信科技计划升级客服系统,希望接入工单与回访功能。",
			"requirements": []any{map[string]any{"item": "工单系统", "detail": "支持邮件和微信两个渠道的工单自动创建"}},
			"expected_by":  day(40), "source": "meeting",
		}, nil},
	}
	for _, sc := range scripts {
		v, err := svc.Open(ctx, as(sc.opener), sc.process, process.Input{Fields: sc.fields})
		if err != nil {
			return fmt.Errorf("demo: open %s: %w", sc.process, err)
		}
		for _, st := range sc.steps {
			if _, err := svc.Act(ctx, as(st.who), v.ID, st.action, process.Input{Fields: st.fields}); err != nil {
				return fmt.Errorf("demo: %s %s on %s: %w", st.who, st.action, v.Key, err)
			}
		}
	}
	return nil
}

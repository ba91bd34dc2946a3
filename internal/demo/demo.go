// Package demo holds the demo organisation of the contract (§5) and seeds it.
package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/store"
)

// Password is every demo user's password.
const Password = "demo1234"

// EmailDomain is the domain of every demo user's email address.
const EmailDomain = "liaison-demo.example"

// Departments are the demo departments, with their fixed ids.
var Departments = []store.Department{
	{ID: "market", NameZh: "市场部", NameEn: "Marketing"},
	{ID: "tech", NameZh: "技术部", NameEn: "Technology"},
	{ID: "legal", NameZh: "法务部", NameEn: "Legal"},
	{ID: "sales", NameZh: "销售部", NameEn: "Sales"},
	{ID: "after-sales", NameZh: "售后服务部", NameEn: "After-sales Service"},
	{ID: "admin-office", NameZh: "行政部", NameEn: "Administration"},
	{ID: "purchasing", NameZh: "采购部", NameEn: "Purchasing"},
	{ID: "finance", NameZh: "财务部", NameEn: "Finance"},
	{ID: "management", NameZh: "管理层", NameEn: "Management"},
}

// User is one demo user.
type User struct {
	Login, Name, Dept string
	Head, Admin       bool
	Roles             []string
}

// Users are the demo users, in the contract's order.
var Users = []User{
	{Login: "admin", Name: "系统管理员", Admin: true},
	{Login: "lina", Name: "李娜", Dept: "market", Head: true},
	{Login: "wangfang", Name: "王芳", Dept: "market"},
	{Login: "zhaolei", Name: "赵磊", Dept: "tech", Head: true},
	{Login: "chenjie", Name: "陈杰", Dept: "tech"},
	{Login: "sunli", Name: "孙丽", Dept: "legal", Head: true},
	{Login: "liuyang", Name: "刘洋", Dept: "sales", Head: true},
	{Login: "zhoumin", Name: "周敏", Dept: "sales", Roles: []string{"account_manager"}},
	{Login: "xuting", Name: "徐婷", Dept: "after-sales", Head: true},
	{Login: "wuqiang", Name: "吴强", Dept: "admin-office", Head: true},
	{Login: "heping", Name: "何平", Dept: "purchasing", Head: true},
	{Login: "qianhui", Name: "钱慧", Dept: "finance", Head: true},
	{Login: "gaojun", Name: "高军", Dept: "management", Head: true},
}

// Parties are the demo external parties.
var Parties = []store.Party{
	{ID: "huaxin", Kind: store.PartyCustomer, Name: "华信科技",
		Contacts: []store.Contact{{Name: "张伟", Email: "zhangwei@huaxin.example", Primary: true}}},
	{ID: "dongfang", Kind: store.PartySupplier, Name: "东方电子",
		Contacts: []store.Contact{{Name: "李强", Email: "liqiang@dongfang.example", Primary: true}}},
	// Not in CONTRACT.md §5, which names one customer and one supplier: a
	// partner, so that 合作方协同 can be tried in the demo too.
	{ID: "zhiyuan", Kind: store.PartyPartner, Name: "致远咨询",
		Contacts: []store.Contact{{Name: "王磊", Email: "wanglei@zhiyuan.example", Primary: true}}},
}

// DepartmentName returns the Chinese name of a demo department, "—" for none.
func DepartmentName(id string) string {
	for _, d := range Departments {
		if d.ID == id {
			return d.NameZh
		}
	}
	return "—"
}

// Seed adds the demo organisation to db in one transaction. It is
// idempotent: existing users, parties and heads are left as they are.
// params is the password hashing cost (auth.DefaultParams if nil).
func Seed(ctx context.Context, db *store.DB, now time.Time, params *argon2id.Params) error {
	if params == nil {
		params = &auth.DefaultParams
	}
	// One hash for all: the demo password is public anyway, and hashing it
	// thirteen times would make every demo start half a second slower.
	hash, err := argon2id.CreateHash(Password, params)
	if err != nil {
		return fmt.Errorf("demo: hash: %w", err)
	}
	return db.Tx(ctx, func(tx store.Tx) error {
		for _, d := range Departments {
			if err := store.In(tx).UpsertDepartment(ctx, d); err != nil {
				return err
			}
		}
		for _, u := range Users {
			_, err := store.In(tx).CreateUserIfAbsent(ctx, store.User{Login: u.Login, Name: u.Name,
				Email: u.Login + "@" + EmailDomain, DeptID: u.Dept, Admin: u.Admin, Roles: u.Roles, Lang: "zh",
				EmailNotify: true, PasswordHash: hash, CreatedAt: now})
			if err != nil {
				return err
			}
			if u.Head {
				if err := store.In(tx).SetDepartmentHeadIfNone(ctx, u.Dept, u.Login); err != nil {
					return err
				}
			}
		}
		for _, p := range Parties {
			exists, err := store.In(tx).PartyExists(ctx, p.ID)
			if err != nil {
				return err
			}
			if !exists {
				if err := store.In(tx).PutParty(ctx, p); err != nil {
					return err
				}
			}
		}
		return store.In(tx).InsertAudit(ctx, store.AuditEntry{At: now, Action: "seed_demo", Target: "demo"})
	})
}

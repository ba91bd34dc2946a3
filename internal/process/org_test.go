package process

import (
	"testing"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
)

// demoOrg is the demo organisation of CONTRACT.md §5.
func demoOrg() *Directory {
	d := &Directory{Users: map[string]User{}, Departments: map[string]Department{}, Parties: map[string]Party{}}
	for _, dp := range []Department{
		{"market", "市场部", "Marketing", "lina", ""}, {"tech", "技术部", "Technology", "zhaolei", ""},
		{"legal", "法务部", "Legal", "sunli", ""}, {"sales", "销售部", "Sales", "liuyang", ""},
		{"after-sales", "售后服务部", "After-sales", "xuting", ""}, {"admin-office", "行政部", "Administration", "wuqiang", ""},
		{"purchasing", "采购部", "Purchasing", "heping", ""}, {"finance", "财务部", "Finance", "qianhui", ""},
		{"management", "管理层", "Management", "gaojun", ""},
	} {
		d.Departments[dp.ID] = dp
	}
	for _, u := range []User{
		{Login: "lina", Name: "李娜", Dept: "market"}, {Login: "wangfang", Name: "王芳", Dept: "market"},
		{Login: "zhaolei", Name: "赵磊", Dept: "tech"}, {Login: "chenjie", Name: "陈杰", Dept: "tech"},
		{Login: "sunli", Name: "孙丽", Dept: "legal"}, {Login: "liuyang", Name: "刘洋", Dept: "sales"},
		{Login: "zhoumin", Name: "周敏", Dept: "sales", Roles: []string{"account_manager"}},
		{Login: "xuting", Name: "徐婷", Dept: "after-sales"}, {Login: "wuqiang", Name: "吴强", Dept: "admin-office"},
		{Login: "heping", Name: "何平", Dept: "purchasing"}, {Login: "qianhui", Name: "钱慧", Dept: "finance"},
		{Login: "gaojun", Name: "高军", Dept: "management"},
	} {
		u.Email = u.Login + "@liaison-demo.example"
		d.Users[u.Login] = u
	}
	d.Parties["huaxin"] = Party{ID: "huaxin", Kind: "customer", Name: "华信科技", Contacts: []Contact{{Name: "张伟", Email: "zhangwei@huaxin.example"}}}
	d.Parties["dongfang"] = Party{ID: "dongfang", Kind: "supplier", Name: "东方电子", Contacts: []Contact{{Name: "李强", Email: "liqiang@dongfang.example"}}}
	return d
}

var shanghai = func() *time.Location {
	l, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		panic(err)
	}
	return l
}()

func testCalendar(t testing.TB) *calendar.Calendar {
	t.Helper()
	c, err := calendar.New(calendar.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, shanghai)
	if err != nil {
		panic(err)
	}
	return t
}

func actor(org *Directory, login string) Actor {
	u := org.Users[login]
	a := Actor{Login: u.Login, Name: u.Name, Dept: u.Dept, Roles: u.Roles}
	for _, d := range org.Departments {
		if d.Head == login {
			a.HeadOf = append(a.HeadOf, d.ID)
		}
	}
	return a
}

package ui

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/cases/casestest"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// TestFirstAdminSeesWhereToStart: on an empty database the first
// administrator's page says there is no department yet and that one comes
// before its users, where the departments' table had been a header row
// over nothing.
func TestFirstAdminSeesWhereToStart(t *testing.T) {
	ctx := context.Background()
	db := storetest.SQLite(t)
	clock, err := cases.DevClock(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	svc := casestest.Service(t, db, clock, nil)
	a := auth.New(db, auth.Options{Params: cheap})
	adm := admin.New(admin.Config{DB: db, Auth: a, Now: svc.Now, CalendarChanged: svc.ReloadCalendar})
	if _, err := adm.CreateUser(ctx, admin.CLI(), admin.UserInput{Login: "root", Name: admin.Of("管理员甲"), Admin: admin.Of(true), Password: admin.Of("Str0ng-admin-pw")}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(New(Deps{Auth: a, Cases: svc, Admin: adm}))
	t.Cleanup(srv.Close)
	b := (&env{t: t, db: db, cases: svc, srv: srv}).browser()
	b.get("/login")
	b.post("/login", url.Values{"csrf": {b.csrf()}, "login": {"root"}, "password": {"Str0ng-admin-pw"}, "next": {"/admin"}})
	b.get("/admin")
	b.want(http.StatusOK, "尚无部门。除管理员外，每位用户都属于一个部门：请先添加部门，再添加用户。", `id="add-dept"`)
}

package process

import (
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/problem"
)

// TestContactOfAnotherParty: a customer's case whose contact is an address
// another party lists (and the chosen one does not) is refused on the
// contact's email, in both languages, since its link and mail would go to
// that other company; a new address, or one the chosen party lists too,
// is taken.
func TestContactOfAnotherParty(t *testing.T) {
	shared.once.Do(func() { shared.reg, shared.cal = registry(t), testCalendar(t) })
	org := fullOrg()
	org.Parties["acme"] = Party{ID: "acme", Kind: "customer", Name: "艾克美", Contacts: []Contact{{Name: "Ann", Email: "ann@acme.example"}, {Name: "张伟", Email: "ZhangWei@huaxin.example"}}}
	org.Parties["beta"] = Party{ID: "beta", Kind: "customer", Name: "贝塔", Contacts: []Contact{{Name: "Bo", Email: "bo@beta.example"}}}
	env := Env{Now: at("2026-09-14 10:00"), Time: shared.cal, Org: org}
	d, _ := shared.reg.Get("customer-requirement")
	zhoumin := Actor{Login: "zhoumin", Dept: "sales", Roles: []string{"account_manager"}}
	open := func(email string) error {
		f := customerFields()
		f["contact"] = map[string]any{"name": "某人", "email": email}
		_, err := Open(d, zhoumin, Input{Fields: f}, env)
		return err
	}
	err := open(" Bo@Beta.example ")
	if problem.CodeOf(err) != problem.Invalid {
		t.Fatalf("huaxin's case with beta's contact: %v, want invalid", err)
	}
	p := problem.As(err)
	zh, en := p.Reasons("zh")["contact.email"], p.Reasons("en")["contact.email"]
	if !strings.Contains(zh, "贝塔的联系人") || !strings.Contains(en, "contact of 贝塔") {
		t.Fatalf("contact.email reasons zh %q, en %q", zh, en)
	}
	for _, email := range []string{"new.person@huaxin.example", "zhangwei@huaxin.example"} {
		if err := open(email); err != nil {
			t.Errorf("contact %s: %v", email, err)
		}
	}
}

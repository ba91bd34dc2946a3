package admin

import (
	"context"

	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/store"
)

// Person is a user as every colleague may see them: forms offer the
// enabled ones, and history names the disabled ones too.
type Person struct {
	Login    string
	Name     string
	Dept     string
	Disabled bool
}

// Directory is the organisation as the forms and pages show it to every
// signed-in user: departments, people and parties.
type Directory struct {
	Departments []Department
	People      []Person
	Parties     []Party
}

// Directory returns departments, people and parties (every signed-in user).
func (s *Service) Directory(ctx context.Context, a auth.User) (Directory, error) {
	var out Directory
	err := s.read(ctx, a, Anyone, "", func(q store.Querier) error {
		ds, err := store.In(q).Departments(ctx)
		if err != nil {
			return err
		}
		for _, d := range ds {
			out.Departments = append(out.Departments, viewDepartment(d))
		}
		us, err := s.cfg.DB.Users(ctx)
		if err != nil {
			return err
		}
		for _, u := range us {
			out.People = append(out.People, Person{Login: u.Login, Name: u.Name, Dept: u.DeptID, Disabled: u.Disabled})
		}
		ps, err := s.cfg.DB.Parties(ctx)
		for _, p := range ps {
			out.Parties = append(out.Parties, viewParty(p))
		}
		return err
	})
	return out, err
}

// Names maps every login (disabled ones too: history keeps their names) to
// the person's name.
func (d Directory) Names() map[string]string {
	out := make(map[string]string, len(d.People))
	for _, p := range d.People {
		out[p.Login] = p.Name
	}
	return out
}

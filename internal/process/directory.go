package process

// Directory is an Org held in memory: the shell loads it from the database
// and tests build it by hand.
type Directory struct {
	Users       map[string]User
	Departments map[string]Department
	Parties     map[string]Party
}

// User returns the user with login.
func (d *Directory) User(login string) (User, bool) { u, ok := d.Users[login]; return u, ok }

// Department returns the department with id.
func (d *Directory) Department(id string) (Department, bool) {
	dp, ok := d.Departments[id]
	return dp, ok
}

// Party returns the external party with id.
func (d *Directory) Party(id string) (Party, bool) { p, ok := d.Parties[id]; return p, ok }

package process

import (
	"maps"
	"slices"
	"strings"
)

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

// PartiesOfContact returns the parties that list email among their
// contacts (letter case aside), in id order.
func (d *Directory) PartiesOfContact(email string) []Party {
	var out []Party
	for _, id := range slices.Sorted(maps.Keys(d.Parties)) {
		p := d.Parties[id]
		if slices.ContainsFunc(p.Contacts, func(c Contact) bool { return strings.EqualFold(strings.TrimSpace(c.Email), email) }) {
			out = append(out, p)
		}
	}
	return out
}

// Below returns the departments under dept, at any depth, not dept itself.
func (d *Directory) Below(dept string) []string {
	var out []string
	seen := map[string]bool{dept: true}
	queue := []string{dept}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, id := range d.sortedDepartments() {
			if d.Departments[id].Parent == cur && !seen[id] {
				seen[id] = true
				out = append(out, id)
				queue = append(queue, id)
			}
		}
	}
	return out
}

// Oversees returns the departments a user heads and every department below them.
func (d *Directory) Oversees(login string) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range d.sortedDepartments() {
		if d.Departments[id].Head != login || login == "" {
			continue
		}
		for _, x := range append([]string{id}, d.Below(id)...) {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
	}
	return out
}

func (d *Directory) sortedDepartments() []string {
	ids := make([]string, 0, len(d.Departments))
	for id := range d.Departments {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// ManagementDept is 管理层: its members read every case, read-only (CONTRACT §10).
const ManagementDept = "management"

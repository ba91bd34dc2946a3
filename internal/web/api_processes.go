package web

import (
	"net/http"

	"github.com/liaison-dev/liaison/internal/process"
)

// processView is a definition as GET /api/v1/processes shows it.
type processView struct {
	ID       string           `json:"id"`
	Names    process.Text     `json:"names"`
	Template process.Text     `json:"template"`
	OpenedBy []string         `json:"opened_by"`
	Roles    []process.Role   `json:"roles"`
	Fields   []process.Field  `json:"fields"`
	Initial  string           `json:"initial"`
	States   []*process.State `json:"states"`
}

func (s *Server) handleProcesses(w http.ResponseWriter, r *http.Request) {
	out := []processView{}
	for _, d := range s.Cases.Processes().All() {
		out = append(out, processView{ID: d.ID, Names: d.Name, Template: d.Template, OpenedBy: d.OpenedBy, Roles: d.Roles, Fields: d.Fields, Initial: d.Initial, States: d.States})
	}
	writeSlice(s, w, r, out, "processes", func(p processView) string { return p.ID })
}

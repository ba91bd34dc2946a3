package ui

import (
	"strings"
	"testing"

	"github.com/liaison-dev/liaison/internal/process"
)

func TestStateDiagram(t *testing.T) {
	reg, err := process.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range reg.All() {
		svg := string(stateDiagram(d, "zh"))
		if !strings.HasPrefix(svg, "<svg") || strings.Contains(svg, "<script") {
			t.Fatalf("%s: not a plain SVG", d.ID)
		}
		for _, st := range d.States {
			if !strings.Contains(svg, ">"+st.Name.Zh+"</text>") {
				t.Errorf("%s: state %s missing", d.ID, st.Name.Zh)
			}
		}
	}
	d, _ := reg.Get("customer-requirement")
	svg := string(stateDiagram(d, "zh"))
	if !strings.Contains(svg, "记录沟通纪要：客户拒绝") {
		t.Error("routes are not labelled with the value that chooses them")
	}
	evil := &process.Definition{ID: "x", Name: process.Text{Zh: "<b>"}, Initial: "a", States: []*process.State{{ID: "a", Name: process.Text{Zh: "<script>alert(1)</script>"}, Terminal: true}}}
	if strings.Contains(string(stateDiagram(evil, "zh")), "<script>") {
		t.Error("names are not escaped")
	}
}

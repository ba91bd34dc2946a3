package cases

import (
	"github.com/liaison-dev/liaison/internal/process"
)

// Disclose trims v (with all events of the case) to what the reader may
// read, as process.Disclose decides: the rule lives in the core, this only
// applies its answer to the view. PortalView calls it; so may any other
// surface that shows a case to a party.
func Disclose(d *process.Definition, r process.Reader, v View) View {
	recs := make([]process.Record, len(v.Events))
	for i, e := range v.Events {
		recs[i] = process.Record{Type: e.Type, Action: e.Action, Fields: e.Fields}
	}
	dc := process.Disclose(d, r, recs, v.Fields)
	evs := make([]EventView, 0, len(dc.Events))
	for k, i := range dc.Events {
		e := v.Events[i]
		e.Fields = dc.Fields[k]
		if r.Party != "" {
			// Who took it is a staff login; what was said beside it is staff's.
			e.Actor, e.Comment, e.Findings = "", "", nil
		}
		evs = append(evs, e)
	}
	v.Events, v.Fields = evs, dc.Case
	if !dc.Milestones {
		v.Milestones = nil // they come with the solution, once approved
		v.Choices, v.Warnings = nil, nil
	}
	return v
}

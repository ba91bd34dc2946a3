package process

import "testing"

// TestHandlesCase: the warnings sent anyway are for the people who handle
// a case — its actors and the heads, even when copied — not for someone
// merely copied (a meeting's attendee), an external party or a reader.
func TestHandlesCase(t *testing.T) {
	defs, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	meeting, _ := defs.Get("meeting")
	collab, _ := defs.Get("internal-collab")
	m := &Case{Participants: []Participant{{Role: "organizer", Login: "wangfang"}, {Role: "organizer_head", Login: "lina", CC: true},
		{Role: "attendee", Login: "chenjie", CC: true}}}
	c := &Case{Participants: []Participant{{Role: "requester", Login: "wangfang"}, {Role: "contact", Login: "chenjie"},
		{Role: "requester_head", Login: "lina", CC: true}, {Role: "counterpart_head", Login: "zhaolei", CC: true}}}
	for _, tc := range []struct {
		d    *Definition
		c    *Case
		a    Actor
		want bool
	}{
		{meeting, m, Actor{Login: "wangfang"}, true},
		{meeting, m, Actor{Login: "lina"}, true},
		{meeting, m, Actor{Login: "chenjie"}, false},
		{meeting, m, Actor{Login: "admin", Admin: true}, false},
		{collab, c, Actor{Login: "wangfang"}, true},
		{collab, c, Actor{Login: "chenjie"}, true},
		{collab, c, Actor{Login: "zhaolei"}, true},
		{collab, c, Actor{Login: "lina"}, true},
		{collab, c, Actor{Party: "huaxin"}, false},
		{collab, c, Actor{Login: "gaojun"}, false},
	} {
		if got := HandlesCase(tc.d, tc.c, tc.a); got != tc.want {
			t.Errorf("%s: %+v handles the case: %v, want %v", tc.d.ID, tc.a, got, tc.want)
		}
	}
}

package process

import "testing"

// TestUnansweredQuestionNamesItsAsker: 24 hours on, the one who must answer
// and the asker are told; both messages name the asker (王芳, not the
// system), the step is the answer, and the asker's says it is theirs.
func TestUnansweredQuestionNamesItsAsker(t *testing.T) {
	s := open(t, "internal-collab", "wangfang", "2026-12-01 10:00", collabFields("2026-12-31"), nil)
	s.do("2026-12-01 11:00", "chenjie", "accept", map[string]any{"committed_by": "2026-12-18"}, "in_progress")
	s.do("2026-12-02 14:00", "wangfang", "comment", map[string]any{"comment": "原型评审能否提前到12月3日？"}, "in_progress")
	dec := s.fire("question.1.due")
	got := map[string]Notice{}
	for _, n := range dec.Notices {
		if n.Kind == "comment" {
			got[n.Recipient.Login] = n
		}
	}
	for _, who := range []string{"chenjie", "wangfang"} {
		n, ok := got[who]
		if !ok || n.Fields["asker"] != "王芳" || n.Action != "comment" {
			t.Errorf("%s: %+v", who, n)
		}
	}
	if got["wangfang"].Fields["own_question"] != "1" || got["chenjie"].Fields["own_question"] != "" || got["wangfang"].Fields["assignee"] != "陈杰" {
		t.Errorf("own question: asker %v, answerer %v", got["wangfang"].Fields, got["chenjie"].Fields)
	}
}

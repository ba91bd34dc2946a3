package cases

import "github.com/liaison-dev/liaison/internal/process"

// SetAheadDecided sets the hook decideAhead runs between its decision and
// the writer's batch.
func SetAheadDecided(s *Service, f func()) { s.aheadDecided = f }

// AheadStats says how many actions decideAhead committed, and how many it
// sent back to be decided inside the transaction.
func AheadStats(s *Service) (committed, inside int64) {
	return s.aheadStats.committed.Load(), s.aheadStats.inside.Load()
}

// TimerSweeps says how many times the timer runner has read the timers.
func TimerSweeps(s *Service) int64 { return s.timerSweeps.Load() }

// NoteTimers tells the runner of timers set, as a commit does.
func NoteTimers(s *Service, ts []process.Timer) {
	s.timersSet(ts)
	s.signalTimers()
}

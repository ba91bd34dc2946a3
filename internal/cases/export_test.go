package cases

// SetAheadDecided sets the hook decideAhead runs between its decision and
// the writer's batch.
func SetAheadDecided(s *Service, f func()) { s.aheadDecided = f }

// AheadStats says how many actions decideAhead committed, and how many it
// sent back to be decided inside the transaction.
func AheadStats(s *Service) (committed, inside int64) {
	return s.aheadStats.committed.Load(), s.aheadStats.inside.Load()
}

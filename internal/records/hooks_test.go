package records

// SetMaxProblems sets how many problems a check lists until the returned
// function puts it back.
func SetMaxProblems(n int) (restore func()) {
	old := maxProblems
	maxProblems = n
	return func() { maxProblems = old }
}

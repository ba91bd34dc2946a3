package store

// The outbox's queries, for the plan checks of explain_test.go.
var (
	ClaimSQL         = claimSQL + "100"
	InboxMessagesSQL = inboxMessagesSQL + "50"
	NextDueSQL       = nextDueSQL
)

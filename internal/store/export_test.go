package store

// The outbox's queries, for the plan checks of explain_test.go.
var (
	ClaimSQL         = claimSQL + "100"
	InboxMessagesSQL = inboxMessagesSQL + " ORDER BY id DESC LIMIT 50"
	NextDueSQL       = nextDueSQL
	NextDueFreeSQL   = nextDueFreeSQL
)

// Queued is how many transactions wait for the writer.
func (db *DB) Queued() int { return len(db.reqs) }

// Batches is how many batches the writer has run.
func (db *DB) Batches() int64 { return db.batches.Load() }

// SetFewCasesBound sets how many index rows make a part of a list few
// (chooseDriver) until the returned function puts it back.
func SetFewCasesBound(n int) (restore func()) {
	old := fewCasesBound
	fewCasesBound = n
	return func() { fewCasesBound = old }
}

// InDialect is In for a Querier of db's dialect: the statements written
// for each planner take db's form.
func InDialect(q Querier, db *DB) Q { return Q{querier: q, pg: db.dialect == Postgres} }

package store

import (
	"errors"
	"fmt"
)

var errLocked = errors.New("locked")

// LockForServer makes this DB the only server on its SQLite file: it takes
// an exclusive lock on FILE.lock, held until Close, and refuses with a clear
// message when another server holds it. Two servers on one SQLite file would
// each run the timers and the dispatcher as if alone. Commands that only
// read or add a row (backup, user add) do not take it. On PostgreSQL, where
// replicas are expected, it does nothing.
func (db *DB) LockForServer() error {
	if db.dialect != SQLite {
		return nil
	}
	path := db.path + ".lock"
	f, err := lockFile(path)
	if errors.Is(err, errLocked) {
		return fmt.Errorf("store: another liaison server is already using %s (it holds %s); stop it first, or give this one its own database", db.path, path)
	}
	if err != nil {
		return err
	}
	db.lock = f
	return nil
}

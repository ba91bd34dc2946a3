//go:build !unix

package store

import (
	"fmt"
	"os"
)

// lockFile creates path exclusively; where flock is missing, a lock file
// left by a crashed server must be removed by hand.
func lockFile(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if os.IsExist(err) {
		return nil, errLocked
	}
	if err != nil {
		return nil, fmt.Errorf("store: lock file: %w", err)
	}
	return f, nil
}

package notify

import (
	"time"

	"github.com/liaison-dev/liaison/internal/i18n"
)

// orDefault is loc, or the calendar's zone (Asia/Shanghai) when nil.
func orDefault(loc *time.Location) *time.Location {
	if loc == nil {
		return i18n.Zone()
	}
	return loc
}

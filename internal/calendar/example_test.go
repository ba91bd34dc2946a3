package calendar_test

import (
	"fmt"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
)

// The contract's example: Saturday 2026-02-14 is a make-up working day and
// 02-15…02-23 are the Spring Festival.
func ExampleCalendar_AddWorkdays() {
	c, err := calendar.New(calendar.DefaultConfig(), nil)
	if err != nil {
		panic(err)
	}
	filed := time.Date(2026, 2, 13, 16, 0, 0, 0, c.Location())
	fmt.Println(c.AddWorkdays(filed, 2).Format(time.RFC3339))
	span, _ := calendar.ParseSpan("2个工作日")
	fmt.Println(span, c.Add(filed, span).Format(time.RFC3339))
	// Output:
	// 2026-02-24T16:00:00+08:00
	// 2 workdays 2026-02-24T16:00:00+08:00
}

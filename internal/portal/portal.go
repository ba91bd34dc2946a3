// Package portal is the customer's (or supplier's) window on one case: signed,
// expiring links sent by email, a page at /p/{token} to read the case and act
// on it without an account, and the same through /api/v1/portal/{token}.
// The links themselves are the links service's; this package translates HTTP.
package portal

import (
	"log/slog"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/links"
	"github.com/liaison-dev/liaison/internal/records"
)

// Config holds what the portal needs.
type Config struct {
	Links  *links.Service
	Cases  *cases.Service
	Logger *slog.Logger
	// Records stores the files a party uploads; without it links take none.
	Records *records.Service
}

// Portal serves the pages and JSON of the links.
type Portal struct{ cfg Config }

// New returns a portal.
func New(cfg Config) *Portal {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Portal{cfg: cfg}
}

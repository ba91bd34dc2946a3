package app

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/liaison-dev/liaison/internal/archive"
	"github.com/liaison-dev/liaison/internal/records"

	"github.com/liaison-dev/liaison/internal/document"
)

// buildRecords loads the PDF fonts (the embedded ones unless
// LIAISON_PDF_FONT or LIAISON_PDF_LATIN_FONT name others), builds the
// records service and makes the signing key on first start.
func (a *App) buildRecords(ctx context.Context) error {
	getenv := a.cfg.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	fonts, err := document.LoadFonts(getenv("LIAISON_PDF_FONT"), getenv("LIAISON_PDF_LATIN_FONT"))
	if err != nil {
		return fmt.Errorf("app: %w", err)
	}
	a.fonts = fonts
	max, err := byteSize(getenv("LIAISON_MAX_ATTACHMENT"))
	if err != nil {
		return fmt.Errorf("app: LIAISON_MAX_ATTACHMENT: %w", err)
	}
	a.records = records.New(records.Config{DB: a.db, Cases: a.cases, Fonts: fonts, MaxAttachment: max, Logger: a.cfg.Logger, Now: a.cfg.Now})
	// The installation's signing key is made on first start.
	fp, err := a.records.EnsureKey(ctx)
	if err != nil {
		return err
	}
	a.cfg.Logger.Debug("signing key", "fingerprint", archive.Short(fp))
	return nil
}

// byteSize reads a size in bytes, with an optional KiB, MiB or GiB (or
// K, M, G) suffix; empty is 0 (the default).
func byteSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n > (1<<40)/mult {
		return 0, fmt.Errorf("%q is not a size (bytes, or with KiB, MiB, GiB)", s)
	}
	return n * mult, nil
}

// Records returns the records service.
func (a *App) Records() *records.Service { return a.records }

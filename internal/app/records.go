package app

import (
	"fmt"
	"os"

	"github.com/liaison-dev/liaison/internal/document"
)

// buildRecords loads the PDF fonts: the embedded ones unless
// LIAISON_PDF_FONT or LIAISON_PDF_LATIN_FONT name others.
func (a *App) buildRecords() error {
	getenv := a.cfg.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	fonts, err := document.LoadFonts(getenv("LIAISON_PDF_FONT"), getenv("LIAISON_PDF_LATIN_FONT"))
	if err != nil {
		return fmt.Errorf("app: %w", err)
	}
	a.fonts = fonts
	return nil
}

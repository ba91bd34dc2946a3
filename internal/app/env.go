package app

import (
	"fmt"
	"os"

	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/integrations"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/reach"
)

// CheckEnv reads the settings of the environment (LIAISON_SMTP,
// LIAISON_MAIL_FROM, LIAISON_IMAP, LIAISON_MAX_ATTACHMENT, the PDF fonts,
// LIAISON_OIDC and the chat apps) as New does, without opening the
// database, and returns the first that is wrong (getenv is os.Getenv if
// nil). The commands call it first, so that a bad value is refused before
// anything is written.
func CheckEnv(getenv func(string) string) error {
	if getenv == nil {
		getenv = os.Getenv
	}
	if err := integrations.CheckEnv(getenv); err != nil {
		return err
	}
	if _, err := notify.EmailFromEnv(getenv); err != nil {
		return fmt.Errorf("mail: %w", err)
	}
	if raw := getenv("LIAISON_IMAP"); raw != "" {
		if _, err := reach.ParseIMAP(raw); err != nil {
			return err
		}
	}
	if _, err := byteSize(getenv("LIAISON_MAX_ATTACHMENT")); err != nil {
		return fmt.Errorf("LIAISON_MAX_ATTACHMENT: %w", err)
	}
	if cjk, latin := getenv("LIAISON_PDF_FONT"), getenv("LIAISON_PDF_LATIN_FONT"); cjk != "" || latin != "" {
		if _, err := document.LoadFonts(cjk, latin); err != nil {
			return err
		}
	}
	return nil
}

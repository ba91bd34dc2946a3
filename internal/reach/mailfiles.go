package reach

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/records"
	"github.com/liaison-dev/liaison/internal/store"
)

// MaxMailFiles is how many files of one reply are kept; the rest are noted
// as skipped.
const MaxMailFiles = 10

// mailFileTypes are the kinds of file a reply may bring: documents,
// spreadsheets, slides, PDFs and OFD, images, text and archives. Programs,
// scripts, web pages and anything else are not kept (the mail itself stays
// in the mailbox).
var mailFileTypes = map[string]bool{
	".pdf": true, ".ofd": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true,
	".wps": true, ".et": true, ".dps": true, ".odt": true, ".ods": true, ".odp": true, ".rtf": true,
	".csv": true, ".txt": true, ".md": true, ".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true,
	".bmp": true, ".tif": true, ".tiff": true, ".heic": true, ".zip": true, ".rar": true, ".7z": true, ".eml": true,
}

// fileVerdict is what happens to one file of a reply.
type fileVerdict struct {
	file mailFile
	why  string // empty when it is kept
}

// sortFiles decides which files of a reply are kept: a known kind, a
// usable name, not empty, at most max bytes, at most MaxMailFiles of them.
func sortFiles(files []mailFile, max int64) []fileVerdict {
	var out []fileVerdict
	kept := 0
	for _, f := range files {
		v := fileVerdict{file: f}
		ext := strings.ToLower(path.Ext(f.Name))
		switch {
		case records.CheckName(f.Name) != nil:
			v.why = "bad file name"
		case !mailFileTypes[ext]:
			v.why = "type not accepted (" + ext + ")"
		case len(f.Data) == 0:
			v.why = "empty"
		case max <= 0:
			v.why = "attachments are not kept by this server"
		case int64(len(f.Data)) > max:
			v.why = fmt.Sprintf("larger than %d bytes", max)
		case kept == MaxMailFiles:
			v.why = fmt.Sprintf("more than %d files", MaxMailFiles)
		default:
			kept++
		}
		out = append(out, v)
	}
	return out
}

// skipped lists the files not kept, for the inbound record's reason.
func skipped(vs []fileVerdict) string {
	var parts []string
	for _, v := range vs {
		if v.why != "" {
			name := v.file.Name
			if name == "" {
				name = "(no name)"
			}
			parts = append(parts, truncateRunes(name, 80)+": "+v.why)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "attachments not kept: " + strings.Join(parts, "; ")
}

// keepFiles stores the kept files of a reply that becomes a comment or
// feedback as the case's attachments, from the sender, in tx: the
// transaction that records the mail and makes the comment. A file that
// cannot be stored fails the whole, which is then tried again.
func (s *Service) keepFiles(ctx context.Context, tx store.Tx, actor process.Actor, caseID int64, vs []fileVerdict) error {
	if s.cfg.Records == nil {
		return nil
	}
	for _, v := range vs {
		if v.why != "" {
			continue
		}
		if _, err := s.cfg.Records.AttachIn(ctx, tx, actor, caseID, v.file.Name, v.file.Data); err != nil {
			return fmt.Errorf("reach: keeping the attachment %q: %w", v.file.Name, err)
		}
	}
	return nil
}

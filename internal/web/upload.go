package web

import (
	"io"
	"mime"
	"net/http"

	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/records"
)

// ReadUpload reads a multipart/form-data body as a stream up to its "file"
// part, which it returns unread as the upload's body (an "action" field
// may come before it). The caller bounds r.Body (http.MaxBytesReader).
func ReadUpload(r *http.Request) (records.Upload, error) {
	mr, err := r.MultipartReader()
	if err != nil {
		return records.Upload{}, problem.Key(problem.Malformed, "problem.want_multipart")
	}
	var up records.Upload
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return records.Upload{}, problem.FieldsKey("problem.no_file", map[string]string{"file": "reason.required"})
		}
		if err != nil {
			return records.Upload{}, problem.Key(problem.Malformed, "problem.multipart_unreadable")
		}
		switch part.FormName() {
		case "action":
			b, _ := io.ReadAll(io.LimitReader(part, 100))
			up.Action = string(b)
		case "file":
			// The name as sent: Part.FileName would cut a path down to its
			// last element, and a name with a path is refused, not repaired.
			_, params, _ := mime.ParseMediaType(part.Header.Get("Content-Disposition"))
			up.Name, up.Body = params["filename"], part
			return up, nil
		}
	}
}

// LimitUpload bounds r's body to an attachment of max bytes and the
// multipart framing around it.
func LimitUpload(w http.ResponseWriter, r *http.Request, max int64) {
	r.Body = http.MaxBytesReader(w, r.Body, max+1<<20)
}

package web

import (
	"errors"
	"io"
	"mime"
	"mime/multipart"
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
			up.Name, up.Body = params["filename"], &filePart{part: part, mr: mr}
			return up, nil
		}
	}
}

// filePart is the upload's body: the "file" part, which ends well only
// where its closing boundary is and no second "file" part follows. A body
// cut off inside the file (the part reader's io.ErrUnexpectedEOF) was
// stored as a complete file, and a second file was dropped without a word.
type filePart struct {
	part io.Reader
	mr   *multipart.Reader
	err  error
}

func (f *filePart) Read(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	n, err := f.part.Read(p)
	switch {
	case err == io.EOF:
		f.err = f.rest()
	case errors.Is(err, io.ErrUnexpectedEOF):
		f.err = problem.Key(problem.Malformed, "problem.multipart_unreadable")
	default:
		return n, err // nil, or a read error such as the body limit
	}
	return n, f.err
}

// rest reads the parts after the file: io.EOF when none is another file
// and the body closes properly.
func (f *filePart) rest() error {
	for {
		part, err := f.mr.NextPart()
		if err == io.EOF {
			return io.EOF
		}
		if err != nil {
			var mb *http.MaxBytesError
			if errors.As(err, &mb) {
				return err
			}
			return problem.Key(problem.Malformed, "problem.multipart_unreadable")
		}
		if part.FormName() == "file" {
			return &problem.Error{Code: problem.Malformed, Key: "problem.one_file_per_upload", Fields: map[string]string{"file": "reason.given_more_than_once"}}
		}
	}
}

// LimitUpload bounds r's body to an attachment of max bytes and the
// multipart framing around it.
func LimitUpload(w http.ResponseWriter, r *http.Request, max int64) {
	r.Body = http.MaxBytesReader(w, r.Body, max+1<<20)
}

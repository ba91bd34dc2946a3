package web

import (
	"net/http"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/web/wire"
)

// documentFormats are the renderings served.
var documentFormats = []string{"json", "html", "pdf"}

type documentItem struct {
	ID      string       `json:"id"`
	Kind    string       `json:"kind"`
	Name    process.Text `json:"name"`
	At      string       `json:"at"`
	Formats []string     `json:"formats"`
}

// caseDocuments loads the case as the caller sees it — a 404 for anyone
// who may not, as for the case itself — and derives its documents.
func (s *Server) caseDocuments(r *http.Request) (cases.View, []document.Document, error) {
	id, err := caseID(r)
	if err != nil {
		return cases.View{}, nil, err
	}
	v, err := s.Cases.Get(r.Context(), viewer(r), id)
	if err != nil {
		return cases.View{}, nil, err
	}
	d, ok := s.Cases.Processes().Get(v.Process)
	if !ok {
		return cases.View{}, nil, problem.Key(problem.Internal, "problem.case_process_not_loaded", id, v.Process)
	}
	return v, document.Build(d, v), nil
}

func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) {
	_, docs, err := s.caseDocuments(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := make([]documentItem, 0, len(docs))
	for _, d := range docs {
		out = append(out, documentItem{ID: d.ID, Kind: d.Kind, Name: d.Name, At: wire.Stamp(d.At), Formats: documentFormats})
	}
	writeSlice(s, w, r, out, "documents "+r.PathValue("id"), func(d documentItem) string { return d.ID })
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	v, docs, err := s.caseDocuments(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	doc, ok := document.Find(docs, r.PathValue("doc"))
	if !ok {
		s.fail(w, r, problem.Key(problem.NotFound, "problem.no_such_document"))
		return
	}
	switch format := r.URL.Query().Get("format"); format {
	case "", "json":
		WriteJSON(w, http.StatusOK, doc)
	case "html", "pdf":
		u, _ := UserFrom(r.Context())
		lang := r.URL.Query().Get("lang")
		if lang == "" {
			lang = u.Lang
		}
		org, err := s.Cases.Org(r.Context())
		if err != nil {
			s.fail(w, r, err)
			return
		}
		h := w.Header()
		h.Set("Cache-Control", "no-store")
		h.Set("X-Content-Type-Options", "nosniff")
		var body []byte
		if format == "pdf" {
			body, err = document.PDF(doc, v, lang, org, s.Fonts)
			h.Set("Content-Type", "application/pdf")
			h.Set("Content-Disposition", `inline; filename="`+v.Key+"-"+doc.ID+`.pdf"`)
		} else {
			body, err = document.HTML(doc, v, lang, org)
			h.Set("Content-Type", "text/html; charset=utf-8")
			// The page is inline CSS and text only; the policy keeps it so
			// even if a value ever slipped past escaping.
			h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'")
		}
		if err != nil {
			s.fail(w, r, err)
			return
		}
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(body) // the status is out; a failed write means the client went away
	default:
		s.fail(w, r, problem.FieldsKey("problem.unknown_format", map[string]string{"format": "reason.unknown_format_use"}))
	}
}

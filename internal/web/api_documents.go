package web

import (
	"net/http"

	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/problem"
	"github.com/liaison-dev/liaison/internal/process"
)

// documentRoutes registers the documents of a case (CONTRACT §2).
func (s *Server) documentRoutes() {
	s.mux.HandleFunc("GET /api/v1/cases/{id}/documents", s.requireUser(s.handleDocuments))
	s.mux.HandleFunc("GET /api/v1/cases/{id}/documents/{doc}", s.requireUser(s.handleDocument))
}

// documentFormats are the renderings served today; PDF comes with the
// documents and archive issue.
var documentFormats = []string{"json", "html"}

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
	u, _ := UserFrom(r.Context())
	v, err := s.Cases.Get(r.Context(), cases.ViewerOf(actorOf(u)), id)
	if err != nil {
		return cases.View{}, nil, err
	}
	d, ok := s.Cases.Processes().Get(v.Process)
	if !ok {
		return cases.View{}, nil, problem.New(problem.Internal, "case %d: process %q is not loaded", id, v.Process)
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
		out = append(out, documentItem{ID: d.ID, Kind: d.Kind, Name: d.Name, At: d.At, Formats: documentFormats})
	}
	WriteJSON(w, http.StatusOK, out)
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	v, docs, err := s.caseDocuments(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	doc, ok := document.Find(docs, r.PathValue("doc"))
	if !ok {
		s.fail(w, r, problem.New(problem.NotFound, "这个案件没有该文件 (no such document)"))
		return
	}
	switch format := r.URL.Query().Get("format"); format {
	case "", "json":
		WriteJSON(w, http.StatusOK, doc)
	case "html":
		u, _ := UserFrom(r.Context())
		lang := r.URL.Query().Get("lang")
		if lang == "" {
			lang = u.Lang
		}
		org, err := cases.LoadOrg(r.Context(), s.Store.SQL())
		if err != nil {
			s.fail(w, r, err)
			return
		}
		page, err := document.HTML(doc, v, lang, org)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-store")
		// The page is inline CSS and text only; the policy keeps it so even
		// if a value ever slipped past escaping.
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(page) // the status is out; a failed write means the client went away
	case "pdf":
		s.fail(w, r, problem.Fields("PDF is not available yet", map[string]string{"format": "pdf rendering arrives with the documents and archive issue; use html or json"}))
	default:
		s.fail(w, r, problem.Fields("unknown format", map[string]string{"format": "unknown format; use html or json"}))
	}
}

// Package web is liaison's HTTP face: the JSON API under /api/v1, health and
// metrics, and (later) the web UI. Handlers decode, call a service, encode;
// the business rules live in the services.
package web

import (
	"log/slog"
	"net/http"
	"time"

	"github.com/liaison-dev/liaison/internal/admin"
	"github.com/liaison-dev/liaison/internal/auth"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/document"
	"github.com/liaison-dev/liaison/internal/reach"
	"github.com/liaison-dev/liaison/internal/records"
)

// Deps are the services the handlers call.
type Deps struct {
	Auth     *auth.Service
	Cases    *cases.Service
	Admin    *admin.Service   // administration, parties, preferences, passwords
	DevClock bool             // POST /api/v1/dev/clock answers only then
	UI       http.Handler     // the web pages, served for every path outside the API
	Portal   http.Handler     // external parties\' pages under /p/
	Links    cases.Links      // the staff's handling of portal links (the portal); nil answers 404
	Reach    *reach.Service   // channel tests, calendar feeds, inbound mail; nil answers 404
	Logger   *slog.Logger     // slog.Default() if nil
	Now      func() time.Time // the clock (simulated under --dev-clock); time.Now if nil
	Fonts    document.Fonts   // the fonts of PDFs; the zero value is the embedded ones
	Records  *records.Service // attachments, archive bundles, exports; their routes are off if nil
	Pprof    bool             // serve /debug/pprof/ to administrators (--pprof)
}

// Server holds the dependencies and the routes; its handlers are methods.
type Server struct {
	Deps
	mux     *http.ServeMux
	metrics *metrics
}

// New returns the complete handler: routes wrapped in logging, metrics,
// panic recovery and cross-origin protection.
func New(d Deps) http.Handler {
	if d.Logger == nil {
		d.Logger = slog.Default()
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	s := &Server{Deps: d, mux: http.NewServeMux(), metrics: newMetrics(d.Now())}
	s.routes()
	// Browsers send Sec-Fetch-Site/Origin; a cross-site POST is refused
	// before any handler runs. Non-browser clients send neither and pass.
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, errCrossOrigin)
	}))
	// observe sees the same *http.Request the mux fills r.Pattern into, so it
	// must wrap the mux without any r.WithContext in between.
	return withIP(s.observe(s.recover(cop.Handler(s.oneValueQuery(s.mux)))))
}

// withIP puts the client's address in the request's context for the audit
// trail. It is the outermost wrapper: observe must see the very request the
// mux fills r.Pattern into.
func withIP(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(cases.WithClient(r.Context(), ClientIP(r))))
	})
}

package web

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
)

// The web kit: what the three front ends (API, pages, portal) share besides
// the status table, JSON decoding and ClientIP.

// SecurityHeaders wraps h so that every answer carries the headers a page
// needs: no sniffing, no framing, the given content security and referrer
// policies, and extra headers given as name, value pairs.
func SecurityHeaders(h http.Handler, csp, referrer string, extra ...string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", referrer)
		hd.Set("X-Frame-Options", "DENY")
		for i := 0; i+1 < len(extra); i += 2 {
			hd.Set(extra[i], extra[i+1])
		}
		h.ServeHTTP(w, r)
	})
}

// CSRFToken is the hidden form value for a binding (a session, a link): an
// HMAC only the holder of key can make, so a form from one binding is
// refused for another.
func CSRFToken(key []byte, binding string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("csrf\x00"))
	m.Write([]byte(binding))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil)[:24])
}

// CSRFValid reports, in constant time, whether got is the token of binding.
func CSRFValid(key []byte, binding, got string) bool {
	return got != "" && hmac.Equal([]byte(got), []byte(CSRFToken(key, binding)))
}

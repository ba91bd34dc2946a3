package notify

import (
	"strings"
	"testing"
)

func TestEmailFromEnv(t *testing.T) {
	tests := []struct {
		smtp, from string
		on         bool
		wantErr    string
	}{
		{"", "", false, ""},
		{"smtp://127.0.0.1:1025?tls=none", "liaison@example.com", true, ""},
		{"smtp://127.0.0.1:1025?tls=none", "", false, "LIAISON_MAIL_FROM"},
		{"smtp://u:secret@127.0.0.1:1025?tls=none", "", false, "LIAISON_MAIL_FROM"},
		{"ftp://x", "liaison@example.com", false, "LIAISON_SMTP"},
	}
	for _, tt := range tests {
		env := map[string]string{"LIAISON_SMTP": tt.smtp, "LIAISON_MAIL_FROM": tt.from}
		ch, err := EmailFromEnv(func(k string) string { return env[k] })
		if (ch != nil) != tt.on {
			t.Errorf("%q: channel %v, want on=%v", tt.smtp, ch, tt.on)
		}
		if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
			t.Errorf("%q/%q: err %v, want %q", tt.smtp, tt.from, err, tt.wantErr)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("error %q shows the SMTP password", err)
		}
	}
	if got := Channels(HTTPOptions{}, nil); len(got) != 5 || got[ChannelEmail] != nil {
		t.Errorf("Channels without email: %v", got)
	}
}

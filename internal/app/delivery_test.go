package app_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/app"
	"github.com/liaison-dev/liaison/internal/cases"
	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/notify"
	"github.com/liaison-dev/liaison/internal/process"
	"github.com/liaison-dev/liaison/internal/store"
)

var cheap = &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}

// receiver is a webhook endpoint that counts deliveries by their identity.
type receiver struct {
	mu   sync.Mutex
	seen map[string]int
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := notify.VerifyWebhook("s3cret", r.Header, body, time.Now(), 5*time.Minute); err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	rc.mu.Lock()
	rc.seen[r.Header.Get(notify.HeaderDelivery)]++
	rc.mu.Unlock()
}

func (rc *receiver) counts() map[string]int {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	out := map[string]int{}
	for k, v := range rc.seen {
		out[k] = v
	}
	return out
}

func newApp(t *testing.T, path string) *app.App {
	t.Helper()
	a, err := app.New(context.Background(), app.Config{Addr: "127.0.0.1:0", DB: path, DevClock: true, PasswordParams: cheap,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Getenv: func(string) string { return "" }})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func actor(t *testing.T, db *store.DB, login string) process.Actor {
	org, err := cases.LoadOrg(context.Background(), db.SQL())
	if err != nil {
		t.Fatal(err)
	}
	u := org.Users[login]
	return process.Actor{Login: login, Dept: u.Dept, Roles: u.Roles}
}

// TestDeliveryAcrossACrash stops the server after the state change was
// committed and before anything was sent: after the restart every message
// is delivered, each exactly once.
func TestDeliveryAcrossACrash(t *testing.T) {
	ctx := context.Background()
	rc := &receiver{seen: map[string]int{}}
	hook := httptest.NewServer(rc)
	defer hook.Close()
	path := filepath.Join(t.TempDir(), "crash.db")

	a1 := newApp(t, path)
	if err := demo.Seed(ctx, a1.DB(), time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	if _, err := a1.DB().InsertChannel(ctx, store.Channel{Dept: "tech", Kind: "webhook", Name: "技术部系统", URL: hook.URL, Secret: "s3cret", Enabled: true, CreatedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	// The action commits with its outbox rows; the server never started its
	// dispatcher, as if it died right after the commit.
	v, err := a1.Cases().Open(ctx, actor(t, a1.DB(), "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": "接口联调支持", "to_dept": "tech", "contact": "chenjie", "background": "新版本需要接口联调。",
		"tasks": []any{map[string]any{"item": "联调订单接口", "standard": "全部用例通过"}}, "expected_by": time.Now().AddDate(0, 1, 0).Format("2006-01-02"),
	}})
	if err != nil {
		t.Fatal(err)
	}
	if err := a1.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	if n := len(rc.counts()); n != 0 {
		t.Fatalf("%d deliveries before the restart", n)
	}

	a2 := newApp(t, path)
	if err := a2.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer a2.Shutdown(ctx)
	deadline := time.Now().Add(10 * time.Second)
	var list []store.Notification
	for time.Now().Before(deadline) {
		list, err = a2.DB().CaseNotifications(ctx, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		pending := 0
		for _, n := range list {
			if n.Status == "pending" {
				pending++
			}
		}
		if pending == 0 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	hooks := 0
	for _, n := range list {
		if n.Status != "sent" {
			t.Fatalf("notification %d (%s to %s on %s) is %s: %s", n.ID, n.Kind, n.Recipient, n.Channel, n.Status, n.LastError)
		}
		if n.Channel == "webhook" {
			hooks++
			if c := rc.counts()[n.Payload.ID]; c != 1 {
				t.Fatalf("delivery %s received %d times", n.Payload.ID, c)
			}
		}
	}
	// assigned to chenjie and cc to zhaolei (both 技术部): one post per kind.
	if hooks != 2 {
		t.Fatalf("%d webhook rows, want 2: %+v", hooks, list)
	}
}

// flaky loses the acknowledgement of the first send, as a crash between
// sending and recording it would.
type flaky struct {
	*store.Outbox
	mu    sync.Mutex
	hooks map[string]bool // webhook deliveries claimed
	lost  bool
}

func (f *flaky) Claim(ctx context.Context, now time.Time, limit int) ([]notify.Delivery, error) {
	list, err := f.Outbox.Claim(ctx, now, limit)
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, d := range list {
		if d.Channel == notify.ChannelWebhook {
			f.hooks[d.ID] = true
		}
	}
	return list, err
}

func (f *flaky) MarkSent(ctx context.Context, id string, at time.Time) error {
	f.mu.Lock()
	lose := f.hooks[id] && !f.lost
	if lose {
		f.lost = true
	}
	f.mu.Unlock()
	if lose {
		return errors.New("crash before the acknowledgement")
	}
	return f.Outbox.MarkSent(ctx, id, at)
}

// TestRepeatAfterLostAcknowledgement: a send whose acknowledgement was lost
// is sent again once its lease runs out, with the same identity, so the
// receiver can drop it.
func TestRepeatAfterLostAcknowledgement(t *testing.T) {
	ctx := context.Background()
	rc := &receiver{seen: map[string]int{}}
	hook := httptest.NewServer(rc)
	defer hook.Close()
	a := newApp(t, filepath.Join(t.TempDir(), "ack.db"))
	defer a.Shutdown(ctx)
	if err := demo.Seed(ctx, a.DB(), time.Now(), cheap); err != nil {
		t.Fatal(err)
	}
	if _, err := a.DB().InsertChannel(ctx, store.Channel{Dept: "tech", Kind: "webhook", Name: "技术部系统", URL: hook.URL, Secret: "s3cret", Kinds: []string{"assigned"}, Enabled: true, CreatedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Cases().Open(ctx, actor(t, a.DB(), "wangfang"), "internal-collab", process.Input{Fields: map[string]any{
		"title": "接口联调支持", "to_dept": "tech", "contact": "chenjie", "background": "新版本需要接口联调。",
		"tasks": []any{map[string]any{"item": "联调订单接口", "standard": "全部用例通过"}}, "expected_by": time.Now().AddDate(0, 1, 0).Format("2006-01-02"),
	}}); err != nil {
		t.Fatal(err)
	}
	now := time.Now().Add(time.Hour) // past every row's next_at, whatever the dev clock says
	ob := &flaky{Outbox: &store.Outbox{DB: a.DB(), Lease: time.Minute}, hooks: map[string]bool{}}
	d := notify.NewDispatcher(ob, map[string]notify.Channel{"webhook": notify.NewWebhook(notify.HTTPOptions{}), "inbox": notify.Inbox{}},
		notify.DispatcherOptions{Now: func() time.Time { return now }, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if _, err := d.RunOnce(ctx); err != nil {
		t.Logf("first pass: %v", err)
	}
	first := rc.counts()
	if len(first) != 1 {
		t.Fatalf("first pass delivered %v", first)
	}
	now = now.Add(2 * time.Minute) // the lease of the unacknowledged row runs out
	if _, err := d.RunOnce(ctx); err != nil {
		t.Fatal(err)
	}
	second := rc.counts()
	for id := range first {
		if second[id] != 2 {
			t.Fatalf("repeat of %s: %v", id, second)
		}
	}
	if len(second) != 1 {
		t.Fatalf("a repeat came with a new identity: %v", second)
	}
}

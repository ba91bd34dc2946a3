package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/alexedwards/argon2id"

	"github.com/liaison-dev/liaison/internal/demo"
	"github.com/liaison-dev/liaison/internal/search"
	"github.com/liaison-dev/liaison/internal/store"
	"github.com/liaison-dev/liaison/internal/store/storetest"
)

// BenchmarkSearchAndFigures measures search and the figures over a large
// database, bulk-inserted in the setup: LIAISON_BENCH_CASES cases (default
// 100,000) with ten events each (1,000,000), three of them carrying text,
// their access rows, search index and two steps each, and the figures'
// totals recomputed from them. It reports the p99
// of a mix of queries as "p99-ms". PostgreSQL runs when
// LIAISON_TEST_POSTGRES is set.
//
//	go test ./internal/store -run '^$' -bench SearchAndFigures -benchtime 200x -timeout 90m
func BenchmarkSearchAndFigures(b *testing.B) {
	n := 100_000
	if s := os.Getenv("LIAISON_BENCH_CASES"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	dialects := []string{store.SQLite}
	if os.Getenv(storetest.PostgresEnv) != "" {
		dialects = append(dialects, store.Postgres)
	}
	if only := os.Getenv("LIAISON_BENCH_DIALECT"); only != "" {
		dialects = []string{only} // sqlite or postgres, to run the two side by side
	}
	for _, d := range dialects {
		db, seeded := benchDB(b, d, n)
		if !seeded {
			start := time.Now()
			seedBench(b, db, n)
			fmt.Fprintf(os.Stderr, "%s: seeded %d cases in %v\n", d, n, time.Since(start).Round(time.Second))
		}
		db.SQL().SetMaxOpenConns(1) // one PostgreSQL backend, whose CPU time cpuClock reads
		b.Run(d+"/search", func(b *testing.B) { benchSearch(b, db, benchQueries) })
		b.Run(d+"/search-prefix", func(b *testing.B) { benchSearch(b, db, benchPrefixQueries) })
		b.Run(d+"/stats", func(b *testing.B) { benchStats(b, db, false) })
		b.Run(d+"/stats-days", func(b *testing.B) { benchStats(b, db, true) })
	}
}

// benchDB opens the benchmark's database: a fresh one, or, when
// LIAISON_BENCH_KEEP names one (NAME: the SQLite file NAME.db in the
// temporary directory, the PostgreSQL schema NAME), that one, kept after
// the run and reused when it already holds n cases (seeded reports it).
func benchDB(b *testing.B, dialect string, n int) (db *store.DB, seeded bool) {
	keep := os.Getenv("LIAISON_BENCH_KEEP")
	if keep == "" {
		if dialect == store.SQLite {
			return storetest.SQLite(b), false
		}
		return storetest.Postgres(b), false
	}
	ctx := context.Background()
	dsn := filepath.Join(os.TempDir(), keep+".db")
	if dialect == store.Postgres {
		base := os.Getenv(storetest.PostgresEnv)
		admin, err := store.Open(ctx, base)
		if err != nil {
			b.Fatal(err)
		}
		_, err = admin.SQL().ExecContext(ctx, `CREATE SCHEMA IF NOT EXISTS `+keep)
		admin.Close()
		if err != nil {
			b.Fatal(err)
		}
		u, err := url.Parse(base)
		if err != nil {
			b.Fatal(err)
		}
		q := u.Query()
		q.Set("search_path", keep)
		u.RawQuery = q.Encode()
		dsn = u.String()
	}
	db, err := store.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	if err := db.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	var have int
	if err := db.SQL().QueryRowContext(ctx, `SELECT COUNT(*) FROM cases`).Scan(&have); err != nil {
		b.Fatal(err)
	}
	if have == 0 {
		return db, false
	}
	if have < n {
		b.Fatalf("%s holds %d cases, not %d: drop it to seed again", dsn, have, n)
	}
	return db, true
}

var benchNow = time.Date(2026, 12, 1, 2, 0, 0, 0, time.UTC)

// The vocabulary: business words used with a Zipf frequency, so the most
// common appear in a large share of cases.
var benchWords = func() []string {
	base := strings.Fields(`合同 报价 打印机 审批 交付 验收 需求 采购 发票 付款 维修 报修 客户 供应商 项目 进度 会议 纪要 方案 测试
		上线 培训 合作 投诉 退货 样品 物流 仓库 预算 报销 招聘 入职 网络 服务器 数据库 接口 文档 设计 质量 安全 框架协议 保密协议
		技术支持 售后服务 市场推广 渠道 价格 折扣 库存 订单 交货期 规格 型号 参数 升级 备份 权限 账号 邮件 电话 拜访 演示 评审 签字`)
	chars := []rune("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严")
	r := rand.New(rand.NewPCG(1, 2))
	for len(base) < 3000 {
		n := 2 + r.IntN(3)
		var w []rune
		for range n {
			w = append(w, chars[r.IntN(len(chars))])
		}
		base = append(base, string(w))
	}
	return append(base, "printer", "contract", "invoice", "delivery", "server", "quote", "urgent", "review")
}()

func seedBench(b *testing.B, db *store.DB, n int) {
	b.Helper()
	ctx := context.Background()
	cheap := &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}
	if err := demo.Seed(ctx, db, benchNow, cheap); err != nil {
		b.Fatal(err)
	}
	people := []struct{ login, dept string }{{"wangfang", "market"}, {"lina", "market"}, {"chenjie", "tech"}, {"zhaolei", "tech"},
		{"sunli", "legal"}, {"zhoumin", "sales"}, {"liuyang", "sales"}, {"xuting", "after-sales"}, {"wuqiang", "admin-office"}, {"heping", "purchasing"}, {"qianhui", "finance"}}
	r := rand.New(rand.NewPCG(7, 11))
	zipf := rand.NewZipf(r, 1.1, 10, uint64(len(benchWords)-1))
	sentence := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = benchWords[zipf.Uint64()]
		}
		return strings.Join(ws, "")
	}
	year := int64(365 * 24 * time.Hour / time.Microsecond)
	now := benchNow.UnixMicro()
	const batch = 400
	lite := db.Dialect() == store.SQLite
	err := db.Tx(ctx, func(tx store.Tx) error {
		for lo := 0; lo < n; lo += batch {
			hi := min(n, lo+batch)
			var cases, access, events, terms, texts, steps [][]any
			type meta struct {
				opener, contact int
				created         int64
				title           string
				text            []string
			}
			ms := make([]meta, hi-lo)
			for i := lo; i < hi; i++ {
				m := meta{opener: r.IntN(len(people)), contact: r.IntN(len(people)), created: now - r.Int64N(year)}
				m.title = sentence(3)
				for range 3 {
					m.text = append(m.text, sentence(4)+" "+benchWords[len(benchWords)-1-r.IntN(8)])
				}
				ms[i-lo] = m
				terminal := r.IntN(3) == 0
				var due any
				if !terminal {
					due = m.created + r.Int64N(60*24*int64(time.Hour/time.Microsecond))
				}
				cases = append(cases, []any{fmt.Sprintf("BX-2026-%07d", i+1), "internal-collab", "requested", terminal, m.title, people[m.opener].login, `{"fields":{}}`, due, m.created, 1, 10, m.created, m.created})
			}
			if err := bulk(ctx, tx, lite, "cases", "key, process, state, terminal, title, opener, data, due_at, state_since, version, event_seq, created_at, updated_at", cases); err != nil {
				return err
			}
			ids, err := idsOf(ctx, tx, lo+1, hi)
			if err != nil {
				return err
			}
			for j, m := range ms {
				id := ids[j]
				access = append(access, []any{id, "requester", people[m.opener].login, people[m.opener].dept, false},
					[]any{id, "contact", people[m.contact].login, people[m.contact].dept, true})
				for seq := 1; seq <= 10; seq++ {
					body := `{"type":"reminder"}`
					if seq <= 3 {
						body = `{"type":"comment","comment":"` + m.text[seq-1] + `"}`
					}
					events = append(events, []any{id, seq, m.created + int64(seq)*1e6, people[m.opener].login, "comment", body, "h"})
				}
				tw := map[string]int{}
				for t, c := range search.Terms(m.title) {
					tw[t] += c * store.TitleWeight
					tw[store.TitlePrefix+t] += c
				}
				for _, s := range m.text {
					for t, c := range search.Terms(s) {
						tw[t] += c
					}
				}
				for t, w := range tw {
					terms = append(terms, []any{t, id, w})
				}
				texts = append(texts, []any{id, strings.Join(m.text, "\n")})
				for k := range 2 {
					due := m.created + int64(k+1)*2*24*int64(time.Hour/time.Microsecond)
					var done, onTime, work any
					if due < now-int64(k)*1e6 && r.IntN(5) > 0 {
						d := due - 3600e6 + r.Int64N(2*3600e6)
						done, onTime, work = d, d <= due, r.Int64N(16*60)
					}
					who := people[m.contact]
					steps = append(steps, []any{id, "internal-collab", "requested/" + strconv.Itoa(k), "contact", who.login, who.dept, m.created, due, done, onTime, work})
				}
			}
			for _, t := range []struct {
				table, cols string
				rows        [][]any
			}{
				{"case_access", "case_id, role, login, dept, acts", access},
				{"case_events", "case_id, seq, at, actor, type, body, hash", events},
				{"search_terms", "term, case_id, weight", terms},
				{"search_text", "case_id, body", texts},
				{"steps", "case_id, process, step, role, login, dept, started_at, due_at, done_at, on_time, work_minutes", steps},
			} {
				if err := bulk(ctx, tx, lite, t.table, t.cols, t.rows); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	// The rows were written around the case service, which keeps the
	// figures' totals: count them as migration 00030 does.
	if err := db.RebuildFigureCounts(ctx); err != nil {
		b.Fatal(err)
	}
	// On PostgreSQL, VACUUM as autovacuum would have by the time a live
	// database held this much: until then the visibility map is empty and
	// every index-only scan (search's term counts, the figures) reads the
	// table too — a count of 2,000 postings took 290 ms instead of 0.9 ms.
	stmt := "ANALYZE"
	if db.Dialect() == store.Postgres {
		stmt = "VACUUM ANALYZE"
	}
	if _, err := db.SQL().ExecContext(ctx, stmt); err != nil {
		b.Fatal(err)
	}
}

// idsOf reads the ids of the cases with keys lo…hi, in key order.
func idsOf(ctx context.Context, tx store.Tx, lo, hi int) ([]int64, error) {
	out, err := caseIDs(ctx, tx, `key >= $1 AND key <= $2`, fmt.Sprintf("BX-2026-%07d", lo), fmt.Sprintf("BX-2026-%07d", hi))
	if err == nil && len(out) != hi-lo+1 {
		return nil, fmt.Errorf("read %d ids for %d cases", len(out), hi-lo+1)
	}
	return out, err
}

// caseIDs reads the ids of the cases that where selects, in key order.
func caseIDs(ctx context.Context, tx store.Tx, where string, args ...any) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM cases WHERE `+where+` ORDER BY key`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// bulk inserts rows with multi-row VALUES, a few hundred at a time.
func bulk(ctx context.Context, tx store.Tx, sqlite bool, table, cols string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	per := max(1, 3000/len(rows[0]))
	if !sqlite {
		per = max(1, 60000/len(rows[0])) // PostgreSQL takes up to 65,535 parameters
	}
	for lo := 0; lo < len(rows); lo += per {
		chunk := rows[lo:min(len(rows), lo+per)]
		var sb strings.Builder
		args := make([]any, 0, len(chunk)*len(chunk[0]))
		sb.WriteString("INSERT INTO " + table + " (" + cols + ") VALUES ")
		for i, row := range chunk {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString("(")
			for j, v := range row {
				if j > 0 {
					sb.WriteString(", ")
				}
				args = append(args, v)
				if sqlite {
					sb.WriteString("?") // modernc looks $N up by name, in time growing with N
				} else {
					sb.WriteString("$" + strconv.Itoa(len(args)))
				}
			}
			sb.WriteString(")")
		}
		if _, err := tx.ExecContext(ctx, sb.String(), args...); err != nil {
			return fmt.Errorf("bulk %s: %w", table, err)
		}
	}
	return nil
}

// benchQueries: the most common word, words of two, three and four
// characters, an English word, mixed text, a rare word.
var benchQueries = []string{benchWords[0], benchWords[1], "打印机", "框架协议", "printer", "合同 printer", benchWords[2000], benchWords[5] + benchWords[6]}

// benchPrefixQueries: the starts of the English words, alone and beside
// Chinese, from two letters up.
var benchPrefixQueries = []string{"pr", "con", "inv", "deli", "ur", "合同 pri", "rev", benchWords[0] + " se"}

func benchSearch(b *testing.B, db *store.DB, queries []string) {
	ctx := context.Background()
	cpu := cpuClock(b, db)
	viewers := []store.Viewer{{Admin: true}, {Login: "zhaolei", Dept: "tech", HeadOf: []string{"tech"}}, {Login: "chenjie", Dept: "tech"}}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := queries[i%len(queries)]
		v := viewers[(i/len(queries))%len(viewers)]
		t0 := time.Now()
		if _, _, err := db.Search(ctx, v, search.QueryTerms(q), store.Page{Limit: 20}); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	reportP99(b, lat)
	cpu(b)
}

// benchStats runs what GET /api/v1/stats and the figures page compute: the
// figures of 30 days (all departments, then one), the 12-week trend and the
// workload. The periods start and end at benchNow's time of day (10:00 in
// Asia/Shanghai), so that the totals' whole days do not cover them and the
// part days are read from the steps and cases; with days, they are the
// periods the service asks for (cases.Service.Figures): whole local days up
// to today, the trend from a Monday.
func benchStats(b *testing.B, db *store.DB, days bool) {
	ctx := context.Background()
	cpu := cpuClock(b, db)
	lat := make([]time.Duration, 0, b.N)
	shanghai := time.FixedZone("CST", 8*3600)
	local := benchNow.In(shanghai)
	tomorrow := time.Date(local.Year(), local.Month(), local.Day()+1, 0, 0, 0, 0, shanghai)
	monday := tomorrow.AddDate(0, 0, -1-(int(local.Weekday())+6)%7)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		q := store.FigureQuery{From: benchNow.AddDate(0, 0, -30), To: benchNow, Now: benchNow}
		if days {
			q.From, q.To = tomorrow.AddDate(0, 0, -30), tomorrow
		}
		if i%2 == 1 {
			q.Depts = []string{"tech"}
		}
		if _, err := db.Figures(ctx, q); err != nil {
			b.Fatal(err)
		}
		wq := q
		wq.From = benchNow.AddDate(0, 0, -84)
		if days {
			wq.From = monday.AddDate(0, 0, -7*11)
		}
		if _, err := db.Weekly(ctx, wq, 12); err != nil {
			b.Fatal(err)
		}
		if _, err := db.Workload(ctx, q); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	b.StopTimer()
	reportP99(b, lat)
	cpu(b)
}

// cpuClock starts counting the CPU time spent on the benchmark's work: this
// process's (which holds SQLite) and, on PostgreSQL, the one backend's
// (read from /proc: the server runs on this machine). The returned func
// reports it per operation as "cpu-ms/op", a figure that, unlike the
// latencies, does not grow with the load of other work on the machine.
func cpuClock(b *testing.B, db *store.DB) func(*testing.B) {
	ctx := context.Background()
	backend := 0
	if db.Dialect() == store.Postgres {
		if err := db.SQL().QueryRowContext(ctx, `SELECT pg_backend_pid()`).Scan(&backend); err != nil {
			b.Fatal(err)
		}
	}
	read := func() time.Duration {
		var ru syscall.Rusage
		_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		t := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		if backend != 0 {
			raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", backend))
			if err != nil {
				return t // a server on another machine: this process only
			}
			f := strings.Fields(string(raw[strings.LastIndexByte(string(raw), ')')+2:]))
			ut, _ := strconv.ParseInt(f[11], 10, 64)          // utime, field 14
			st, _ := strconv.ParseInt(f[12], 10, 64)          // stime, field 15
			t += time.Duration(ut+st) * 10 * time.Millisecond // USER_HZ = 100
		}
		return t
	}
	start := read()
	return func(b *testing.B) {
		if b.N > 0 {
			b.ReportMetric(float64((read()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		}
	}
}

func reportP99(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	p99 := lat[min(len(lat)-1, len(lat)*99/100)]
	b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
}

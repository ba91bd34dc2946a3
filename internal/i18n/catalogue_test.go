package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// verbs are fmt's verbs with an optional explicit argument index.
var verbs = regexp.MustCompile(`%(\[(\d+)\])?[-+# 0]*\d*(\.\d+)?([a-zA-Z%])`)

// slots lists what each argument of a message must be, by its verb:
// 'd' an integer, 'g' a float, 's' anything printable.
func slots(s string) []byte {
	var out []byte
	next := 0
	for _, m := range verbs.FindAllStringSubmatch(s, -1) {
		if m[4] == "%" {
			continue
		}
		i := next
		if m[2] != "" {
			i, _ = strconv.Atoi(m[2])
			i--
		}
		next = i + 1
		for len(out) <= i {
			out = append(out, 's')
		}
		switch m[4] {
		case "d":
			out[i] = 'd'
		case "g", "f", "e":
			out[i] = 'g'
		}
	}
	return out
}

// arity is how many arguments a message takes: the most either language uses.
func arity(key string) int {
	c, _ := Load()
	return max(len(slots(c["zh"][key])), len(slots(c["en"][key])))
}

func TestCatalogueLoads(t *testing.T) {
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(c["zh"]) < 100 {
		t.Fatalf("the catalogue has %d messages", len(c["zh"]))
	}
}

// TestEveryKeyInBothLanguages: a message is never Chinese only or English
// only, and never empty.
func TestEveryKeyInBothLanguages(t *testing.T) {
	c, _ := Load()
	for _, pair := range [][2]string{{"zh", "en"}, {"en", "zh"}} {
		for k, v := range c[pair[0]] {
			if _, ok := c[pair[1]][k]; !ok {
				t.Errorf("%s lacks %s", pair[1], k)
			}
			if strings.TrimSpace(v) == "" {
				t.Errorf("%s %s is empty", pair[0], k)
			}
		}
	}
}

// TestNoEmptySlot renders every message in both languages with as many
// arguments as it takes: no "%!" (a missing, extra or mistyped argument)
// may show, so the two languages take the same arguments.
func TestNoEmptySlot(t *testing.T) {
	c, _ := Load()
	for k := range c["zh"] {
		zs, es := slots(c["zh"][k]), slots(c["en"][k])
		n := max(len(zs), len(es))
		args := make([]any, n)
		for i := range args {
			kind := byte('s')
			if i < len(zs) {
				kind = zs[i]
			} else if i < len(es) {
				kind = es[i]
			}
			switch kind {
			case 'd':
				args[i] = 7
			case 'g':
				args[i] = 1.5
			default:
				args[i] = "x"
			}
		}
		for _, lang := range Langs {
			if got := T(lang, k, args...); strings.Contains(got, "%!") {
				t.Errorf("%s %s with %d arguments: %q", lang, k, n, got)
			}
		}
	}
}

func TestRefAndRender(t *testing.T) {
	ref := Ref("reason.no_department", "hr")
	if got := Render("en", ref); got != "no department hr" {
		t.Errorf("en: %q", got)
	}
	if got := Render("zh", ref); got != "没有部门 hr" {
		t.Errorf("zh: %q", got)
	}
	if got := Render("en", "reason.required"); got != "required" {
		t.Errorf("a bare key: %q", got)
	}
	if got := Render("en", "plain words (kept)"); got != "plain words (kept)" {
		t.Errorf("plain text: %q", got)
	}
	both := Ref("reason.cannot_resolve_role", text{"法务", "legal"})
	if got := Render("en", both); got != "cannot resolve the role legal" {
		t.Errorf("a localized argument in English: %q", got)
	}
	if got := Render("zh", both); got != "无法确定法务" {
		t.Errorf("a localized argument in Chinese: %q", got)
	}
	if got := T("en", "problem.not_your_role", text{"法务", "legal"}, text{"签字", "sign"}); got != "only legal may do sign" {
		t.Errorf("T with localized arguments: %q", got)
	}
	if got := T("en", "no.such.key"); got != "no.such.key" {
		t.Errorf("an unknown key shows itself: %q", got)
	}
}

type text struct{ zh, en string }

func (x text) In(lang string) string {
	if lang == "en" {
		return x.en
	}
	return x.zh
}

// use is one place the code names a message.
type use struct {
	at   string
	key  string
	args int  // arguments after the key
	more bool // args... : the count is not known
}

// keyArg says, for a call the catalogue serves, which argument is the key.
var keyArg = map[string]int{
	"problem.Key": 1, "problem.FieldsKey": 0, "i18n.T": 1, "i18n.Ref": 0, "cat.T": 1, "i18n.Label": -1,
	"i18n.M": 0, "dberr.Problem": 1,
}

// keyLiteral is a string that names a message by its prefix.
var keyLiteral = regexp.MustCompile(`^(problem|reason|delivery|portal|document|thing)\.[a-z0-9_.]*[a-z0-9_]$`)

// uses finds every literal key the code passes to the catalogue, and every
// "problem.", "reason.", "delivery." or "portal." literal (keys kept in
// tables or given as field reasons).
func uses(t *testing.T) []use {
	t.Helper()
	var out []use
	srcs, fset := sources(t)
	for _, src := range srcs {
		ast.Inspect(src.file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CallExpr:
				sel, ok := x.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				name := sel.Sel.Name
				if id, ok := sel.X.(*ast.Ident); ok {
					name = id.Name + "." + name
				} else if inner, ok := sel.X.(*ast.SelectorExpr); ok {
					name = inner.Sel.Name + "." + name
				}
				i, ok := keyArg[name]
				if !ok || i < 0 || len(x.Args) <= i {
					return true
				}
				lit, ok := x.Args[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				key, _ := strconv.Unquote(lit.Value)
				n := len(x.Args) - i - 1
				if name == "problem.FieldsKey" {
					n-- // the fields come before the arguments
				}
				out = append(out, use{at: fset.Position(x.Pos()).String(), key: key, args: n, more: x.Ellipsis.IsValid()})
			case *ast.BasicLit:
				if x.Kind != token.STRING {
					return true
				}
				s, _ := strconv.Unquote(x.Value)
				if keyLiteral.MatchString(s) {
					out = append(out, use{at: fset.Position(x.Pos()).String(), key: s, args: -1})
				}
			}
			return true
		})
	}
	return out
}

// TestEveryKeyUsedExists: a key the code names is in the catalogue, and a
// call passes as many arguments as the message has slots.
func TestEveryKeyUsedExists(t *testing.T) {
	us := uses(t)
	if len(us) < 200 {
		t.Fatalf("found only %d uses of the catalogue; is the walk broken?", len(us))
	}
	for _, u := range us {
		if !Has(u.key) {
			t.Errorf("%s: no message %q", u.at, u.key)
			continue
		}
		if u.args >= 0 && !u.more && u.args != arity(u.key) {
			t.Errorf("%s: %q takes %d arguments, given %d", u.at, u.key, arity(u.key), u.args)
		}
	}
}

// bilingual is the old way of writing a message: "中文 (English)".
var bilingual = regexp.MustCompile(`\p{Han}[^"]*\s?\([^()"]*[a-z][^()"]*\)`)

// TestNoBilingualProblems: a problem's message is a catalogue key; no call
// that builds one writes "中文 (English)" text (the fallback problem.New and
// problem.Fields are for plain text only), and no field reason does either.
func TestNoBilingualProblems(t *testing.T) {
	srcs, fset := sources(t)
	for _, src := range srcs {
		ast.Inspect(src.file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				if cl, ok := n.(*ast.CompositeLit); ok {
					if sel, ok := cl.Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" {
						if id, ok := sel.X.(*ast.Ident); ok && id.Name == "problem" {
							checkBilingual(t, fset, cl)
						}
					}
				}
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			id, ok := sel.X.(*ast.Ident)
			if !ok || id.Name != "problem" {
				return true
			}
			checkBilingual(t, fset, call)
			return true
		})
	}
}

// checkBilingual fails on any string literal under n written "中文 (English)".
func checkBilingual(t *testing.T, fset *token.FileSet, n ast.Node) {
	t.Helper()
	ast.Inspect(n, func(m ast.Node) bool {
		if lit, ok := m.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if s, _ := strconv.Unquote(lit.Value); bilingual.MatchString(s) {
				t.Errorf("%s: bilingual text %q: give it a key in internal/i18n/messages", fset.Position(lit.Pos()), s)
			}
		}
		return true
	})
}

// TestNoUnusedKeys: a problem's, a reason's, a delivery's, the portal's or
// a document's message that nothing names any more is removed, not kept.
func TestNoUnusedKeys(t *testing.T) {
	named := map[string]bool{}
	for _, u := range uses(t) {
		named[u.key] = true
	}
	for _, k := range templateKeys(t) {
		named[k] = true
	}
	c, _ := Load()
	for k := range c["zh"] {
		if keyLiteral.MatchString(k) && !strings.HasPrefix(k, "document.label.") && !named[k] {
			t.Errorf("%s is not used", k)
		}
	}
}

// templateKeys are the keys the templates name through t.
func templateKeys(t *testing.T) []string {
	t.Helper()
	used := regexp.MustCompile(`[{(]t "([a-z0-9_.]+)"`)
	files, _ := filepath.Glob("../*/templates/*.html")
	var out []string
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range used.FindAllStringSubmatch(string(b), -1) {
			out = append(out, m[1])
		}
	}
	return out
}

// TestEveryKeyInTemplatesExists: the pages' and the portal's templates name
// messages through t; each must be in the catalogue, and no template holds
// Chinese text of its own.
func TestEveryKeyInTemplatesExists(t *testing.T) {
	used := regexp.MustCompile(`[{(]t "([a-z0-9_.]+)"`)
	han := regexp.MustCompile(`\p{Han}`)
	files, _ := filepath.Glob("../*/templates/*.html")
	if len(files) < 20 {
		t.Fatalf("found %d templates; is the glob broken?", len(files))
	}
	n := 0
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if han.Match(b) {
			t.Errorf("%s holds Chinese text; give it a key in internal/i18n/messages", p)
		}
		for _, m := range used.FindAllStringSubmatch(string(b), -1) {
			n++
			if !Has(m[1]) {
				t.Errorf("%s: no message %q", p, m[1])
			}
		}
	}
	if n < 100 {
		t.Errorf("found %d keys in templates; is the pattern broken?", n)
	}
}

// plainAllowed are the only places that may still build a problem from
// plain text (problem.New, problem.Fields, or a problem.Error without a
// Key), each with the reason it is never text for people: file (from the
// repository's root) and function → why. Everything else says what it
// means through a catalogue key, in both languages.
var plainAllowed = map[string]string{}

// TestNoPlainProblems: no code outside plainAllowed builds a problem from
// plain text, so the fallback cannot grow back silently.
func TestNoPlainProblems(t *testing.T) {
	srcs, fset := sources(t)
	for _, src := range srcs {
		for _, at := range plainProblems(fset, src.file) {
			if _, ok := plainAllowed[src.rel+":"+at.fn]; !ok {
				t.Errorf("%s (in %s): a problem in plain text; give it a key in internal/i18n/messages (problem.Key, problem.FieldsKey)", at.pos, at.fn)
			}
		}
	}
	for k, why := range plainAllowed {
		if strings.TrimSpace(why) == "" {
			t.Errorf("plainAllowed[%s] gives no reason", k)
		}
	}
}

// plainAt is a problem built from plain text: where, and in which function.
type plainAt struct{ pos, fn string }

// plainProblems finds the calls of problem.New and problem.Fields and the
// problem.Error literals without a Key (or with a Message) in f.
func plainProblems(fset *token.FileSet, f *ast.File) []plainAt {
	var out []plainAt
	fn := ""
	isProblem := func(e ast.Expr, name string) bool {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != name {
			return false
		}
		id, ok := sel.X.(*ast.Ident)
		return ok && id.Name == "problem"
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl:
			fn = x.Name.Name
		case *ast.CallExpr:
			if isProblem(x.Fun, "New") || isProblem(x.Fun, "Fields") {
				out = append(out, plainAt{fset.Position(x.Pos()).String(), fn})
			}
		case *ast.CompositeLit:
			if !isProblem(x.Type, "Error") {
				return true
			}
			keyed := false
			for _, e := range x.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						keyed = keyed || id.Name == "Key"
						if id.Name == "Message" {
							keyed = false
							break
						}
					}
				}
			}
			if !keyed {
				out = append(out, plainAt{fset.Position(x.Pos()).String(), fn})
			}
		}
		return true
	})
	return out
}

// TestPlainProblemsFound: the finder sees each way of writing plain text.
func TestPlainProblemsFound(t *testing.T) {
	src := `package x

func a() error { return problem.New(problem.Malformed, "bad") }
func b() error { return problem.Fields("bad", nil) }
func c() error { return &problem.Error{Code: problem.Malformed, Message: "bad"} }
func d() error { return &problem.Error{Code: problem.Malformed, Key: "problem.x", Message: "bad"} }
func e() error { return &problem.Error{Code: problem.Malformed} }
func fine() error {
	_ = &problem.Error{Code: problem.Malformed, Key: "problem.x"}
	_ = problem.FieldsKey("problem.x", nil)
	return problem.Key(problem.Malformed, "problem.x")
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, at := range plainProblems(fset, f) {
		got = append(got, at.fn)
	}
	if strings.Join(got, " ") != "a b c d e" {
		t.Errorf("plain problems found in %v, want in a b c d e", got)
	}
}

// A Ref's arguments travel as text, yet the catalogue formats numbers
// with %d: the number must come back as itself, not "%!d(string=3650)"
// (GET /api/v1/calendar/deadline?workdays=-1 said so).
func TestRefNumberArguments(t *testing.T) {
	if got := Render("zh", Ref("reason.whole_number_0_to_max_span", 3650)); got != "应为 0 到 3650 的整数" {
		t.Errorf("zh: %q", got)
	}
	if got := Render("en", Ref("reason.party_named_differently", "acme", 7)); got != "party acme is named differently in row 7" {
		t.Errorf("en: %q", got)
	}
}

// TestPortalChinesePunctuation: the portal's Chinese pages are not set by
// the web pages' punctuation pass, so their messages carry full-width marks
// themselves; 当前进度:客户确认中 and 备注(可选) were half-width.
func TestPortalChinesePunctuation(t *testing.T) {
	c, _ := Load()
	half := regexp.MustCompile(`\p{Han}[,:;()]|[,:;()]\p{Han}`)
	for k, v := range c["zh"] {
		if strings.HasPrefix(k, "portal.") && half.MatchString(v) {
			t.Errorf("%s: %q has a half-width mark beside Chinese", k, v)
		}
	}
}

// TestPagesCallACase事项: the pages call a case 事项 (我的事项, 搜索事项);
// four of their messages said 案件, a court's word (整个案件, 含案件记录).
// So do the problems the pages show on top ("事项已被他人更新").
func TestPagesCallACase事项(t *testing.T) {
	c, _ := Load()
	for k, v := range c["zh"] {
		page := false
		for _, p := range []string{"case.", "cases.", "records.", "warning.", "admin.", "inbox.", "form.", "problem."} {
			page = page || strings.HasPrefix(k, p)
		}
		if page && strings.Contains(v, "案件") {
			t.Errorf("%s: %q says 案件", k, v)
		}
	}
}

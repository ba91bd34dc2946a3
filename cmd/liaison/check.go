package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/liaison-dev/liaison/internal/calendar"
	"github.com/liaison-dev/liaison/internal/check"
)

// cmdCheck runs the communication checker on its argument or standard
// input. Exit 1 when a block or warn finding exists, so scripts can use it.
func cmdCheck(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	lang := fs.String("lang", "zh", "language of the messages: zh or en")
	kind := fs.String("kind", "text", "what the text is: text, request, date or standard")
	synopsis := "check [--lang zh|en] [--kind text|request|date|standard] [TEXT]  (TEXT or standard input)"
	// TEXT may come before or after the flags.
	var text []string
	var flags []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			flags = append(flags, a)
			if !strings.Contains(a, "=") && (a == "--lang" || a == "-lang" || a == "--kind" || a == "-kind") && i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		text = append(text, a)
	}
	if code, stop := parse(e, fs, synopsis, flags); stop {
		return code
	}
	if *lang != "zh" && *lang != "en" {
		return fail(e, "check", badUsage("--lang %q: want zh or en", *lang))
	}
	k, ok := map[string]check.Kind{"text": check.Text, "request": check.Request, "date": check.Date, "standard": check.Standard}[*kind]
	if !ok {
		return fail(e, "check", badUsage("--kind %q: want text, request, date or standard", *kind))
	}
	input := strings.Join(text, " ")
	if len(text) == 0 {
		b, err := io.ReadAll(io.LimitReader(e.stdin, 1<<20))
		if err != nil {
			return fail(e, "check", err)
		}
		input = string(b)
	}
	cal, err := calendar.New(calendar.DefaultConfig(), nil)
	if err != nil {
		return fail(e, "check", err)
	}
	findings := check.Check(input, check.Options{Lang: *lang, Kind: k, Now: time.Now(), Calendar: cal, Location: cal.Location()})
	runes := []rune(input)
	for _, f := range findings {
		fmt.Fprintf(e.stdout, "%s\t%s\t%d-%d\t「%s」\t%s", f.Severity, f.Rule, f.Start, f.End, string(runes[f.Start:f.End]), f.Message)
		if f.Suggestion != "" {
			fmt.Fprintf(e.stdout, "\t→ %s", f.Suggestion)
		}
		fmt.Fprintln(e.stdout)
	}
	if len(findings) == 0 {
		fmt.Fprintln(e.stdout, "ok: no findings")
	}
	if w := check.Worst(findings); w == "block" || w == "warn" {
		return exitError
	}
	return exitOK
}

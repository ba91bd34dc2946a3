package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeCommandsMatchHelp walks README.md's table of commands: every
// flag a row names is one the command defines (its --help lists it), and
// the usage line of that help names every flag the command defines, so
// that neither the README nor the usage line leaves one out. bench's usage
// line is a summary (docs/benchmarks.md has the rest).
func TestReadmeCommandsMatchHelp(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	start := strings.Index(text, "## Commands")
	end := strings.Index(text[start:], "\n## ")
	if start < 0 || end < 0 {
		t.Fatal("README.md has no section Commands")
	}
	span := regexp.MustCompile("^\\| `liaison ([^`]*)`")
	flagRE := regexp.MustCompile(`--([a-z][a-z-]*)`)
	defined := regexp.MustCompile(`(?m)^  -([a-z][a-z-]*)`)
	rows := 0
	for _, line := range strings.Split(text[start:start+end], "\n") {
		m := span.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		rows++
		var words []string
		for _, w := range strings.Fields(m[1]) {
			w, _, _ = strings.Cut(w, `\|`) // show\|revoke\|renew: the first
			if w == "" || strings.ContainsAny(w, "[/.") || strings.HasPrefix(w, "-") || strings.ToLower(w) != w {
				break
			}
			words = append(words, w)
		}
		_, stdout, stderr := runCmd(t, "", append(words, "--help")...)
		help := stdout + stderr
		flags := map[string]bool{}
		for _, f := range defined.FindAllStringSubmatch(help, -1) {
			flags[f[1]] = true
		}
		for _, f := range flagRE.FindAllStringSubmatch(m[1], -1) {
			if !flags[f[1]] {
				t.Errorf("README: liaison %s names --%s, which %v --help does not list:\n%s", m[1], f[1], words, help)
			}
		}
		if words[0] == "bench" {
			continue
		}
		usage, _, _ := strings.Cut(help, "\n\n")
		for f := range flags {
			if !strings.Contains(usage, "--"+f) {
				t.Errorf("liaison %s --help: the usage line leaves out --%s:\n%s", strings.Join(words, " "), f, usage)
			}
		}
	}
	if rows < 15 {
		t.Fatalf("README.md: only %d command rows read", rows)
	}
}

// TestReadmeNamesEveryVariable: every LIAISON_ variable the code (not its
// tests) reads is in README.md, and every one the README's configuration
// table names is read somewhere.
func TestReadmeNamesEveryVariable(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	name := regexp.MustCompile(`LIAISON_[A-Z_]*[A-Z]`)
	read := map[string]bool{}
	for _, root := range []string{"../../cmd", "../../internal"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			for _, m := range regexp.MustCompile(`"(LIAISON_[A-Z_]*[A-Z])"`).FindAllStringSubmatch(string(src), -1) {
				read[m[1]] = true
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(read) < 10 {
		t.Fatalf("only %d variables found in the code", len(read))
	}
	for v := range read {
		if !strings.Contains(readme, v) {
			t.Errorf("the code reads %s; README.md does not name it", v)
		}
	}
	start := strings.Index(readme, "## Configuration")
	end := strings.Index(readme[start:], "\n## ")
	if start < 0 || end < 0 {
		t.Fatal("README.md has no section Configuration")
	}
	for _, v := range name.FindAllString(readme[start:start+end], -1) {
		if !read[v] {
			t.Errorf("README.md's configuration names %s, which no code reads", v)
		}
	}
}

package process

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

//go:embed definitions/*.yaml
var builtin embed.FS

// Registry holds the process definitions a server runs.
type Registry struct {
	byID  map[string]*Definition
	order []string
}

// Get returns the definition with id.
func (r *Registry) Get(id string) (*Definition, bool) {
	d, ok := r.byID[id]
	return d, ok
}

// All returns the definitions in a stable order: built-ins first as listed.
func (r *Registry) All() []*Definition {
	out := make([]*Definition, 0, len(r.order))
	for _, id := range r.order {
		out = append(out, r.byID[id])
	}
	return out
}

// Builtin loads the definitions embedded in the binary.
func Builtin() (*Registry, error) {
	return Load("")
}

// Load reads the built-in definitions, then every *.yaml in dir (if dir is
// not empty), which add processes or override built-ins with the same id.
func Load(dir string) (*Registry, error) {
	r := &Registry{byID: map[string]*Definition{}}
	names, err := fs.Glob(builtin, "definitions/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := builtin.ReadFile(n)
		if err != nil {
			return nil, err
		}
		if err := r.add(n, b); err != nil {
			return nil, err
		}
	}
	if dir == "" {
		return r, nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("process definitions: %w", err)
		}
		if err := r.add(f, b); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func (r *Registry) add(file string, b []byte) error {
	d, err := Parse(file, b)
	if err != nil {
		return err
	}
	if _, ok := r.byID[d.ID]; !ok {
		r.order = append(r.order, d.ID)
	}
	r.byID[d.ID] = d
	return nil
}

// Parse reads and validates one definition. Errors name the file and line.
func Parse(file string, b []byte) (*Definition, error) {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	var d Definition
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("%s: %s", file, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	// The line-remembering decoders of definition.go decode their nodes
	// without KnownFields, so a misspelt key below the top level (such as
	// "escalation:" for "escalate:") would vanish silently; look for them.
	var root yaml.Node
	if err := yaml.Unmarshal(b, &root); err == nil && len(root.Content) > 0 {
		if errs := unknownKeys(root.Content[0], reflect.TypeOf(d)); len(errs) > 0 {
			return nil, fmt.Errorf("%s: %s", file, strings.Join(errs, "; "))
		}
	}
	d.Source = string(b)
	d.File = file
	if errs := validate(&d); len(errs) > 0 {
		return nil, fmt.Errorf("%s: %s", file, strings.Join(errs, "; "))
	}
	return &d, nil
}

// unknownKeys lists every mapping key in n that names no yaml field of t,
// recursing through structs, pointers, slices and maps.
func unknownKeys(n *yaml.Node, t reflect.Type) []string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var errs []string
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return nil
		}
		fields := map[string]reflect.Type{}
		for i := 0; i < t.NumField(); i++ {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
			if name != "" && name != "-" {
				fields[name] = t.Field(i).Type
			}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ft, ok := fields[k.Value]
			if !ok {
				errs = append(errs, fmt.Sprintf("line %d: field %s not found in type process.%s", k.Line, k.Value, t.Name()))
				continue
			}
			errs = append(errs, unknownKeys(v, ft)...)
		}
	case reflect.Slice:
		if n.Kind == yaml.SequenceNode {
			for _, c := range n.Content {
				errs = append(errs, unknownKeys(c, t.Elem())...)
			}
		}
	case reflect.Map:
		if n.Kind == yaml.MappingNode {
			for i := 1; i < len(n.Content); i += 2 {
				errs = append(errs, unknownKeys(n.Content[i], t.Elem())...)
			}
		}
	}
	return errs
}

package story

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// Competitor is a company or product the story's company competes with:
// what a source says about it is not the company speaking of itself.
type Competitor struct {
	Name    string
	Aliases []string
	Pos     Pos
}

// competitorKeys are the keys of a competitor.
var competitorKeys = []string{"name", "aliases"}

// competitors decodes the competitors list: each has a name, unique among
// the competitors' names and aliases as written (matching keeps case, so
// "HotJar" and "Hotjar" are two forms), and optional aliases.
func (d *decoder) competitors(n *yaml.Node) []Competitor {
	seen := map[string]bool{}
	unique := func(n *yaml.Node, p, name string) {
		k := strings.TrimSpace(name)
		if k == "" {
			return
		}
		if seen[k] {
			d.failf(n, p, "competitor name %q is listed twice", name)
		}
		seen[k] = true
	}
	return orNil(entries(d, n, "competitors", "a list of competitors (name, aliases)", competitorKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) Competitor {
			c := Competitor{Name: d.required(m, it, p, "name"), Pos: pos(it)}
			unique(m["name"], join(p, "name"), c.Name)
			for _, a := range d.items(m["aliases"], join(p, "aliases")) {
				c.Aliases = append(c.Aliases, a.s)
				unique(a.n, a.path, a.s)
			}
			return c
		})) // nil when empty, as a story without the key
}

// IsReference reports whether a source path or URL is a reference page of
// the story (a style guide, a glossary), whose listed forms are examples.
func (s *Story) IsReference(source string) bool {
	return matchAny(s.Reference, normalize(source))
}

package story

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"
)

// Other is the channel of a source that no channel glob matches.
const Other = "other"

// ChannelOf returns the channel of a source path or URL: the first channel,
// in file order, with a glob that matches it; Other when none does. Paths
// are compared cleaned and slash-separated ("./site/a.html" is
// "site/a.html"); URLs as written.
func (s *Story) ChannelOf(source string) string {
	src := normalize(source)
	for _, c := range s.Channels {
		if matchAny(c.Globs, src) {
			return c.Name
		}
	}
	return Other
}

// Ignored reports whether a source path or URL matches one of the story's
// ignore globs.
func (s *Story) Ignored(source string) bool {
	return matchAny(s.Ignore, normalize(source))
}

// MatchesAny reports whether one of globs matches a source path or URL,
// compared as ChannelOf compares them. The globs are taken as valid, as
// the story loader leaves them; an invalid glob matches nothing.
func MatchesAny(globs []string, source string) bool {
	return matchAny(globs, normalize(source))
}

// ChannelNames returns the names of the story's channels in file order.
// Other is not among them unless the file declares it.
func (s *Story) ChannelNames() []string {
	names := make([]string, len(s.Channels))
	for i, c := range s.Channels {
		names[i] = c.Name
	}
	return names
}

// matchAny reports whether one of globs matches src. The globs were
// validated when the story was loaded.
func matchAny(globs []string, src string) bool {
	for _, g := range globs {
		if doublestar.MatchUnvalidated(g, src) {
			return true
		}
	}
	return false
}

// normalize makes a source path comparable with the story's globs: clean,
// slash-separated, without a leading "./". URLs are kept as written.
func normalize(source string) string {
	if strings.Contains(source, "://") {
		return source
	}
	return path.Clean(filepath.ToSlash(source))
}

// channels decodes the channels mapping: name → list of globs, in file order.
func (d *decoder) channels(n *yaml.Node) []Channel {
	if isNull(n) {
		return nil
	}
	fs, _ := d.pairs(n, "channels")
	out := make([]Channel, 0, len(fs))
	for _, f := range fs {
		p := join("channels", f.name)
		if strings.TrimSpace(f.name) == "" {
			d.failf(f.key, p, "a channel needs a name")
			continue
		}
		if v := deref(f.val); isNull(v) || (v.Kind == yaml.SequenceNode && len(v.Content) == 0) {
			d.failf(f.key, p, "a channel needs at least one glob, like [\"site/**\"]")
		}
		globs := d.globs(f.val, p)
		out = append(out, Channel{Name: f.name, Globs: globs, Pos: pos(f.key)})
	}
	return out
}

// globs decodes a list of path or URL globs and checks that each compiles.
// A leading "./" is dropped, since sources are compared without one.
func (d *decoder) globs(n *yaml.Node, p string) []string {
	var out []string
	for _, it := range d.itemsOf(n, p, `a list of globs, like ["site/**"]`, "a glob must not be empty") {
		if !doublestar.ValidatePattern(it.s) {
			d.failf(it.n, it.path, "bad glob %q: check its brackets and braces", it.s)
			continue
		}
		out = append(out, strings.TrimPrefix(it.s, "./"))
	}
	return out
}

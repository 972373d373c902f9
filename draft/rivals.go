package draft

import (
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
)

// A draft has no story yet, so it infers the competitors from how the
// sources compare: a page titled or named "Hound vs. Sourcegraph"
// (hound_vs_sourcegraph.md), "an alternative to Google Analytics", and
// sibling headings one of which is the company ("## 1. PostHog", "## 2.
// Apache Spark", "## 4. Plausible Analytics" of a "best tools" post). The
// second pass gives them to the analyser as the story's competitors, so
// that what is said of them ("No cookies required" under "Plausible
// Analytics", "No support for code navigation" under "Hound") is read as
// about a competitor, not as the company's policy.

// versusSep parts the two sides of a comparison in a title, a heading or a
// file name.
var versusSep = regexp.MustCompile(`(?i)(?:\s+|_|-)(?:vs\.?|versus)(?:\s+|_|-)`)

// alternativeTo finds what a sentence calls the company an alternative
// to: "an alternative to Google Analytics", "a Mixpanel alternative".
var alternativeTo = regexp.MustCompile(`\balternatives? (?:to|for) ((?:[A-Z][\w.+&'’-]*)(?: [A-Z][\w.+&'’-]*){0,3})|((?:[A-Z][\w.+&'’-]*)(?: [A-Z][\w.+&'’-]*){0,3}) alternatives?\b`)

// addComparisons records, of one document, the two sides of a comparison
// its title, first heading or file name states, the names its sentences
// call something an alternative to, and its groups of sibling headings
// that are names.
func (c *Collector) addComparisons(d *analyze.Doc) {
	written := []string{d.Text.Title}
	for _, b := range d.Text.Blocks {
		if b.Kind == extract.Heading || b.Kind == extract.Title {
			written = append(written, b.Text)
		}
	}
	var loc extract.Location
	if len(d.Text.Blocks) > 0 {
		loc = d.Text.Blocks[0].Location
	}
	base := path.Base(d.Source)
	base = strings.TrimSuffix(base, path.Ext(base))
	for i, text := range append([]string{base}, written[:min(len(written), 2)]...) {
		sides := versusSep.Split(strings.TrimSpace(text), -1)
		if len(sides) != 2 {
			continue
		}
		var names [2]string
		for j, side := range sides {
			if i == 0 {
				names[j] = asWritten(strings.NewReplacer("_", " ", "-", " ").Replace(side), written)
			} else {
				names[j] = openingName(side)
			}
		}
		if names[0] != "" && names[1] != "" && names[0] != names[1] {
			c.tallyOf(c.versus, names[0]+"\x00"+names[1]).add(loc, d.Channel, names[0]+" vs "+names[1])
		}
	}
	for _, s := range d.Sentences {
		if !strings.Contains(s.Text, "lternative") {
			continue
		}
		for _, m := range alternativeTo.FindAllStringSubmatch(s.Text, -1) {
			name := strings.TrimRight(m[1]+m[2], ".'’")
			if first, rest, ok := strings.Cut(name, " "); ok && stopWords[strings.ToLower(first)] {
				name = rest // "The Mixpanel alternative"
			}
			if name != "" && !stopWords[strings.ToLower(name)] {
				c.tallyOf(c.alternatives, name).add(s.Location, d.Channel, name)
			}
		}
	}
	c.addSiblings(d, loc)
}

// addSiblings records each group of three or more headings of one level
// under the same parent that are all names ("1. PostHog", "2. Apache
// Spark", …), numbering and links taken off.
func (c *Collector) addSiblings(d *analyze.Doc, loc extract.Location) {
	groups := map[string][]string{}
	var keys []string
	var stack []extract.Block // the headings above, outermost first
	for _, b := range d.Text.Blocks {
		if b.Kind != extract.Heading {
			continue
		}
		for len(stack) > 0 && stack[len(stack)-1].Level >= b.Level {
			stack = stack[:len(stack)-1]
		}
		parents := make([]string, 0, len(stack)+1)
		parents = append(parents, string(rune('0'+b.Level)))
		for _, h := range stack {
			parents = append(parents, h.Text)
		}
		stack = append(stack, b)
		key := strings.Join(parents, "\x00")
		if _, ok := groups[key]; !ok {
			keys = append(keys, key)
		}
		groups[key] = append(groups[key], strings.TrimSpace(strings.TrimLeft(b.Text, "0123456789.) ")))
	}
	for _, key := range keys {
		hs := groups[key]
		if len(hs) < 3 || !allNames(hs) {
			continue
		}
		c.tallyOf(c.siblings, strings.Join(hs, "\x00")).add(loc, d.Channel, strings.Join(hs, ", "))
	}
}

// allNames reports whether each heading is a name of one to four words,
// each capitalised: "Apache Spark", "Plausible Analytics", not "Who is it
// for?" or "Open source license".
func allNames(hs []string) bool {
	for _, h := range hs {
		ws := strings.Fields(h)
		if len(ws) == 0 || len(ws) > 4 {
			return false
		}
		for _, w := range ws {
			if r := []rune(w)[0]; !unicode.IsUpper(r) {
				return false
			}
		}
		if strings.ContainsAny(h, "?!:") {
			return false
		}
	}
	return true
}

// openingName returns the run of up to four capitalised words text opens with:
// "Google Cloud Source Repositories" of "Google Cloud Source Repositories
// code search".
func openingName(text string) string {
	var run []string
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ".,;:()[]\"'“”")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) {
			break
		}
		if w, ok := strings.CutSuffix(strings.TrimSuffix(w, "’s"), "'s"); ok || len(w) < len(strings.TrimSuffix(w, "’s")) {
			run = append(run, w)
			break // "Bitbucket Cloud's code search"
		}
		run = append(run, w)
	}
	if len(run) > 4 {
		return ""
	}
	return strings.Join(run, " ")
}

// asWritten returns name ("google cloud source repositories", from a file
// name) as the document's title or a heading writes it, else each word
// capitalised.
func asWritten(name string, written []string) string {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return ""
	}
	low := strings.ToLower(name)
	for _, w := range written {
		lw := strings.ToLower(w)
		if len(lw) != len(w) {
			continue // a case change that moves bytes: no offsets to share
		}
		if at := indexWord(lw, low); at >= 0 {
			return w[at : at+len(low)]
		}
	}
	ws := strings.Fields(name)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// rivals returns the names the sources compare the company or its
// products with: the other side of a comparison one side of which is ours,
// what the company is called an alternative to, and the sibling headings
// of one that is the company's name.
func (c *Collector) rivals(company string, prods []Product) []string {
	ours := map[string]bool{strings.ToLower(company): true}
	for _, p := range prods {
		ours[strings.ToLower(p.Name)] = true
		for _, a := range p.Aliases {
			ours[strings.ToLower(a)] = true
		}
		for _, pl := range p.Plans {
			ours[strings.ToLower(pl.Name)] = true
		}
	}
	isOurs := func(name string) bool {
		low := strings.ToLower(name)
		return ours[low] || strings.HasPrefix(low, strings.ToLower(company)+" ")
	}
	found := map[string]bool{}
	add := func(name string) {
		if name != "" && !isOurs(name) && !isAcronym(name) {
			found[name] = true
		}
	}
	for _, k := range sortedKeys(c.versus) {
		a, b, _ := strings.Cut(k, "\x00")
		switch {
		case isOurs(a):
			add(b)
		case isOurs(b):
			add(a)
		}
	}
	for _, name := range sortedKeys(c.alternatives) {
		add(name)
	}
	for _, k := range sortedKeys(c.siblings) {
		hs := strings.Split(k, "\x00")
		if !slices.ContainsFunc(hs, func(h string) bool { return strings.EqualFold(h, company) }) {
			continue
		}
		for _, h := range hs {
			add(h)
		}
	}
	return sortedKeys(found)
}

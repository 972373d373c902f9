package draft

import (
	"fmt"
	"strings"

	"github.com/onestory/onestory/analyze"
)

// definitionEnds end the noun phrase that says what a thing is.
var definitionEnds = []string{" that ", " which ", " for ", " to ", " with ", " where ", " used ", ":", ",", "(", ";", " – ", " — "}

// notDefinitions open a phrase that compares rather than defines: "is a
// good replacement for", "is a better alternative to".
var notDefinitions = map[string]bool{"good": true, "better": true, "great": true, "best": true,
	"nice": true, "bad": true, "worse": true, "few": true, "lot": true, "bit": true, "little": true}

// addDefinition records a sentence that says what the company or one of
// c.Names is — "Sourcegraph is a code AI platform", "Cody is an AI coding
// assistant that …" — under the phrase after "is a" or "is an", so that
// competing definitions show.
func (c *Collector) addDefinition(s analyze.Sentence, channel string) {
	if len(strings.Fields(s.Text)) > 40 {
		return
	}
	for _, name := range append([]string{c.Company}, c.Names...) {
		if name == "" {
			continue
		}
		rest, start, ok := definedAs(s.Text, name)
		if !ok {
			continue
		}
		key := definitionKey(rest)
		if key == "" {
			continue
		}
		byKey := c.defs[name]
		if byKey == nil {
			byKey = map[string]*tally{}
			c.defs[name] = byKey
		}
		c.tallyOf(byKey, key).add(s.Location, channel, strings.TrimRight(s.Text[start:], "."))
	}
}

// definedAs returns what follows "NAME is a" or "NAME is an" where the
// sentence or a label ("1-line description: ") opens with it, and where
// NAME starts.
func definedAs(text, name string) (string, int, bool) {
	for _, open := range []string{"", ": "} {
		i := 0
		if open != "" {
			i = strings.Index(text, open)
			if i < 0 || i > 40 {
				continue
			}
			i += len(open)
		}
		for _, is := range []string{" is a ", " is an "} {
			if rest, ok := strings.CutPrefix(text[i:], name+is); ok {
				return rest, i, true
			}
		}
	}
	return "", 0, false
}

// definitionKey returns the lower-cased noun phrase that opens rest, up to
// what ends it, or "" when it compares rather than defines.
func definitionKey(rest string) string {
	end := len(rest)
	for _, e := range definitionEnds {
		if i := strings.Index(rest, e); i >= 0 && i < end {
			end = i
		}
	}
	key := strings.ToLower(strings.TrimSpace(strings.TrimRight(rest[:end], ".")))
	ws := strings.Fields(key)
	if len(ws) == 0 || len(ws) > 6 || notDefinitions[ws[0]] {
		return ""
	}
	return key
}

// draftDefinitions proposes, for the company and each product, the
// definition most places give as a key message, every other definition a
// comment with its places.
func (c *Collector) draftDefinitions(d *Draft, ids map[string]bool) []Message {
	names := []string{d.Company}
	for _, p := range d.Products {
		names = append(names, p.Name)
	}
	var out []Message
	done := map[string]bool{}
	for _, name := range names {
		byKey := c.defs[name]
		if len(byKey) == 0 || done[name] {
			continue // a product named after the company is defined with it
		}
		done[name] = true
		ks := ranked(byKey)
		top := byKey[ks[0]]
		m := Message{ID: uniqueID(name+" is", ids), Text: top.shortest(), RequiredIn: declaredOf(top, d.Channels)}
		if len(m.RequiredIn) == 0 {
			continue
		}
		m.Comments = []string{fmt.Sprintf("what %s is, %s", name, top.seen())}
		for _, k := range ks[1:] {
			t := byKey[k]
			m.Comments = append(m.Comments, fmt.Sprintf("also defined as %q, %s", t.form(), t.seen()))
		}
		out = append(out, m)
	}
	return out
}

// declaredOf returns the channels of t that d declares.
func declaredOf(t *tally, channels []Channel) []string {
	declared := map[string]bool{}
	for _, ch := range channels {
		declared[ch.Name] = true
	}
	var in []string
	for _, ch := range t.channels() {
		if declared[ch] {
			in = append(in, ch)
		}
	}
	return in
}

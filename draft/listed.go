package draft

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/onestory/onestory/analyze"
)

// planLists are the words after which a sentence lists plans: "three
// pricing tiers, Free, Team, and Enterprise", "three plans: Free,
// Business, and Enterprise".
var planLists = []string{"plans", "tiers", "editions", "packages"}

// addListedPlans records the plans a sentence lists by name, and the list.
func (c *Collector) addListedPlans(s analyze.Sentence, channel string) {
	names := listedPlans(s.Text)
	if len(names) < 2 {
		return
	}
	for _, n := range names {
		c.tallyOf(c.listed, n).add(s.Location, channel, n)
	}
	c.tallyOf(c.listings, strings.Join(names, ", ")).add(s.Location, channel, "")
}

// listedPlans returns the names listed after "plans" or "tiers" and a
// colon or comma: each item the capitalised words it opens with, up to the
// first item that opens with none.
func listedPlans(text string) []string {
	for _, w := range planLists {
		i := strings.Index(text, w)
		if i < 0 {
			continue
		}
		rest := text[i+len(w):]
		j := strings.IndexAny(rest, ":,")
		if j < 0 || j > 3 {
			continue
		}
		var names []string
		for _, item := range splitList(rest[j+1:]) {
			name := leadingName(item)
			if name == "" {
				break
			}
			names = append(names, name)
		}
		if len(names) >= 2 {
			return names
		}
	}
	return nil
}

// splitList splits "Free, Team, and Enterprise." at its commas and "and"
// or "or".
func splitList(s string) []string {
	s = strings.NewReplacer(", and ", ", ", ", or ", ", ", " and ", ", ", " or ", ", ").Replace(s)
	if k := strings.IndexAny(s, ".;()[]"); k >= 0 {
		s = s[:k]
	}
	return strings.Split(s, ",")
}

// leadingName returns the one to three capitalised words an item opens
// with ("Enterprise" of "Enterprise as defined in pricing"), "" if none.
func leadingName(item string) string {
	var ws []string
	for _, f := range strings.Fields(item) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) || len(ws) == 3 || nameStop[f] || articles[f] {
			break
		}
		ws = append(ws, strings.Trim(f, `*_"'“”`))
	}
	return strings.Join(ws, " ")
}

// planListNotes names each list of plans the sources give, with its places,
// when they give more than one: the plan names to settle.
func (c *Collector) planListNotes() []string {
	if len(c.listings) < 2 {
		return nil
	}
	notes := []string{"Plans listed by name, in competing lists:"}
	for _, k := range ranked(c.listings) {
		notes = append(notes, fmt.Sprintf("  %q %s", k, c.listings[k].seen()))
	}
	return notes
}

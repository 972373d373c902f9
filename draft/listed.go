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

// planWords are the lower-case nouns a plan's name stands before: "the
// Enterprise Starter pricing", "`Cody Enterprise` and `Code Intelligence
// Platform` licenses", "the Free plan".
var planWords = map[string]bool{
	"plan": true, "plans": true, "tier": true, "tiers": true, "edition": true, "editions": true,
	"license": true, "licenses": true, "licence": true, "licences": true, "pricing": true,
	"package": true, "packages": true, "subscription": true, "subscriptions": true,
}

// notPlanNames are capitalised words that stand before a plan word
// without naming a plan: "Pricing tiers", "Paid plans", "Apache license".
var notPlanNames = map[string]bool{
	"Pricing": true, "Paid": true, "Plan": true, "Plans": true, "License": true, "Licence": true,
	"New": true, "Current": true, "Annual": true, "Monthly": true, "Yearly": true, "Custom": true,
	"Apache": true, "Software": true, "Open": true, "Source": true, "Commercial": true, "Existing": true,
}

// addNamedPlans records the names a sentence puts before a plan word.
func (c *Collector) addNamedPlans(s analyze.Sentence, channel string) {
	names := namedPlans(s.Text)
	for _, n := range names {
		t := c.tallyOf(c.named, n)
		t.add(s.Location, channel, n)
		if len(names) >= 2 {
			t.text[listedTogether]++ // named beside another plan: a plan list
		}
	}
}

// listedTogether marks, in a named plan's tally, a sentence that names it
// beside another plan.
const listedTogether = "\x00together"

// namedPlans returns the names written before a lower-case plan word, with
// the names listed before them: "either the Cody Enterprise or the Code
// Intelligence Platform plan" → Cody Enterprise, Code Intelligence
// Platform. A name is one to four capitalised words; not an acronym ("MIT
// license"), not the sentence's first word alone ("Pricing tiers …").
func namedPlans(text string) []string {
	fs := strings.Fields(text)
	var out []string
	for i := 1; i < len(fs); i++ {
		w := strings.TrimRight(fs[i], ",.;:!?)")
		if !planWords[w] {
			continue
		}
		j := i
		for {
			start, name := nameBefore(fs, j)
			if name == "" || start == 0 && !strings.Contains(name, " ") || isAcronym(name) {
				break
			}
			out = append(out, name)
			j = start
			if j > 0 && (fs[j-1] == "the" || fs[j-1] == "our") {
				j--
			}
			if j == 0 || strings.HasSuffix(fs[j-1], ",") {
				continue // "Free, Team plans": another name before the comma
			}
			if fs[j-1] != "and" && fs[j-1] != "or" && fs[j-1] != "&" {
				break
			}
			j--
		}
	}
	return out
}

// nameBefore returns the capitalised words that end just before fs[end],
// stripped of Markdown marks, and where they start.
func nameBefore(fs []string, end int) (int, string) {
	start := end
	for start > 0 && end-start < 4 {
		f := strings.Trim(strings.TrimSuffix(fs[start-1], ","), "`*_\"'“”")
		if start < end && strings.HasSuffix(fs[start-1], ",") {
			break // "Free, Team": a comma ends a name
		}
		r, _ := utf8.DecodeRuneInString(f)
		if f == "" || !unicode.IsUpper(r) || nameStop[f] || articles[f] || notPlanNames[f] {
			break
		}
		start--
	}
	if start == end {
		return end, ""
	}
	ws := make([]string, 0, end-start)
	for _, f := range fs[start:end] {
		ws = append(ws, strings.Trim(strings.TrimSuffix(f, ","), "`*_\"'“”"))
	}
	return start, strings.Join(ws, " ")
}

// mergeNamed adds to the listed plans the names written before a plan
// word twice or more, or beside another plan: a name of two or more words
// ("Enterprise Starter"), or of one word named beside another plan ("the
// Free and Team plans"); a single word alone before "plan" names a product
// or a deployment as often ("Cloud plan"). The company's name is not a plan,
// and is taken off the front of one ("PostHog Scale" is "Scale").
func (c *Collector) mergeNamed(company string) {
	for _, name := range sortedKeys(c.named) {
		t := c.named[name]
		together := t.text[listedTogether] > 0
		delete(t.text, listedTogether)
		plan := name
		if company != "" {
			plan = strings.TrimPrefix(name, company+" ")
		}
		if t.n() < 2 && !together || plan == company || strings.ContainsAny(plan, "/&+") ||
			!together && !strings.Contains(plan, " ") {
			continue
		}
		lt := c.tallyOf(c.listed, plan)
		for _, l := range t.places {
			lt.add(l, "", plan)
		}
		for ch := range t.chans {
			lt.chans[ch] = true
		}
	}
	clear(c.named)
}

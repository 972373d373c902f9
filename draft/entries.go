package draft

import (
	"fmt"
	"slices"
	"strings"

	"github.com/onestory/onestory/value"
)

// draftFacts proposes a fact for each noun that quantities count in two or
// more documents, at the value most places state.
func (c *Collector) draftFacts() []Fact {
	all := map[string]*tally{}
	for noun, byValue := range c.facts {
		t := newTally()
		for _, v := range byValue {
			t.merge(v)
		}
		all[noun] = t
	}
	claimLines := c.claimLines()
	ids := map[string]bool{}
	var out []Fact
	for _, noun := range ranked(all) {
		byValue := c.facts[noun]
		ks := ranked(byValue)
		if len(all[noun].docs) < 2 && !onceIsEnough(noun, ks[0]) || len(out) == maxFacts || textNouns[noun] {
			continue
		}
		top := byValue[ks[0]]
		if claimed(top, claimLines) || strings.HasPrefix(ks[0], "0||") {
			continue // a claim's figure ("boosted retention by 70%"), or nothing ("a 0% release")
		}
		if len(top.docs) < 2 && !onceIsEnough(noun, ks[0]) {
			continue // no two documents agree on a value, and no fact noun names it
		}
		v := top.form()
		if _, err := value.ParseQuantity(v); err != nil && !moneyFact(ks[0]) {
			continue
		}
		f := Fact{ID: uniqueID(noun, ids), About: []string{noun}, Value: v}
		if head := headIn(noun); head != "" && head != noun {
			f.About = append(f.About, head) // "free trial" is spoken of as the trial too
		}
		f.Comments = append([]string{top.seen()}, others("value", byValue, ks[1:])...)
		out = append(out, f)
	}
	return out
}

// claimLines returns the places (source, line, slide, page) that state a
// claim.
func (c *Collector) claimLines() map[string]bool {
	lines := map[string]bool{}
	for _, ct := range c.claims {
		for _, l := range ct.places {
			lines[fmt.Sprintf("%s:%d:%d:%d", l.Source, l.Line, l.Slide, l.Page)] = true
		}
	}
	return lines
}

// claimed reports whether every place of t is a line that states a claim:
// its figure is the claim's, not a fact the company keeps.
func claimed(t *tally, lines map[string]bool) bool {
	for _, l := range t.places {
		if !lines[fmt.Sprintf("%s:%d:%d:%d", l.Source, l.Line, l.Slide, l.Page)] {
			return false
		}
	}
	return len(t.places) > 0
}

// onceIsEnough reports whether one document stating a value is enough to
// propose it: an amount of money a fact noun names ("list price"), or a
// time or a percentage a fact noun names ("partner margin = 30%", "within
// 10 working days after the latest release"). A count is not: "2.1
// payments" numbers a section.
func onceIsEnough(noun, key string) bool {
	if moneyFact(key) || strings.HasPrefix(noun, "minimum ") || strings.HasPrefix(noun, "maximum ") {
		return true // an amount a noun names, or a stated limit
	}
	unit := strings.Split(key, "|")
	return len(unit) >= 3 && unit[2] != "" && (measureUnits[unit[2]] || len(unit) > 3) && headIn(noun) != ""
}

// moneyFact reports whether a fact value's key is an amount of money
// ("list price" of "$1440 / named user / year").
func moneyFact(key string) bool { return strings.HasPrefix(key, "money|") }

// textNouns count parts of a text or a process, not what a company states
// about itself: "50 words", "2 ways", "3 steps".
var textNouns = map[string]bool{
	"word": true, "way": true, "step": true, "thing": true, "example": true, "reason": true,
	"question": true, "point": true, "line": true, "page": true, "item": true, "option": true,
	"part": true, "slide": true, "sentence": true, "paragraph": true, "character": true,
	"letter": true, "bullet": true, "column": true, "row": true, "tab": true, "click": true,
	"time": true, "people": true, "person": true, "one": true, "other": true, "few": true,
}

// quantityGroup keys a quantity by its number, range and unit, not its
// bound: "up to 10 users" and "10 users" state the same limit.
func quantityGroup(q value.Quantity) string { return q.Value + "|" + q.Max + "|" + q.Unit }

// draftClaims proposes as approved claims those stated in two or more
// documents and the statistics about the company or a product ("Sourcegraph
// saves a developer 30–60 minutes per day"), and names the others, seen in
// one document, in notes.
func (c *Collector) draftClaims(d *Draft) ([]Claim, []string) {
	names := map[string]bool{strings.ToLower(d.Company): true}
	for _, p := range d.Products {
		names[strings.ToLower(p.Name)] = true
	}
	m := map[string]*tally{}
	for k, ct := range c.claims {
		m[k] = ct.tally
	}
	// A document that states a statistic about the company states its
	// figures (a value-drivers page): its other statistics are claims too
	// ("Batch changes are 50%–75% faster").
	statDocs := map[string]bool{}
	for k, ct := range c.claims {
		if ct.kind == "statistic" && namesAny(k, names) {
			for src := range ct.docs {
				statDocs[src] = true
			}
		}
	}
	// longer: figures that a longer statistic states with more ("50|75" of
	// "50|75|95"): the shorter one is another wording of it.
	statNums := map[string]string{} // statistic claim → its figures
	for k, ct := range c.claims {
		if ct.kind == "statistic" {
			statNums[k] = numbersIn(k)
		}
	}
	longer := map[string]bool{}
	for k, nums := range statNums {
		if nums == "" || !anyIn(c.claims[k].docs, statDocs) {
			continue
		}
		for k2, n2 := range statNums {
			if len(n2) > len(nums) && strings.Contains("|"+n2+"|", "|"+nums+"|") && anyIn(c.claims[k2].docs, c.claims[k].docs) {
				longer[nums] = true
				break
			}
		}
	}
	ids := map[string]bool{}
	said := map[string]bool{} // the figures of the statistics proposed
	var claims []Claim
	var notes []string
	for _, k := range ranked(m) {
		t := m[k]
		own := c.claims[k].kind == "statistic" && (namesAny(k, names) || anyIn(t.docs, statDocs))
		if nums := numbersIn(k); own && nums != "" && (said[nums] || longer[nums]) {
			own = false // another wording of a figure already proposed: a note
		}
		if (len(t.docs) >= 2 || own) && len(claims) < maxClaims {
			if nums := numbersIn(k); nums != "" {
				said[nums] = true
			}
			claims = append(claims, Claim{ID: uniqueID(idWords(t.form()), ids), Text: t.form(),
				Comments: []string{fmt.Sprintf("%s claim, %s", c.claims[k].kind, t.seen())}})
			continue
		}
		if len(notes) < maxClaimNotes {
			notes = append(notes, fmt.Sprintf("%q (%s, %s)", t.form(), c.claims[k].kind, placeList(t.places)))
		}
	}
	return claims, notes
}

// numbersIn returns the numbers a text states, in order: "30|60" of
// "saves 30–60 minutes a day"; two wordings of a statistic share them.
func numbersIn(text string) string {
	var nums []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r < '0' || r > '9' }) {
		nums = append(nums, f)
	}
	return strings.Join(nums, "|")
}

// anyIn reports whether a and b share a key.
func anyIn(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// draftMessages proposes the headings and sentences repeated in two or
// more documents, as required in the channels that state them, leaving
// out names, claims and what states a number (prices and facts say those).
func (c *Collector) draftMessages(d *Draft) []Message {
	names := map[string]bool{strings.ToLower(d.Company): true} // company and products
	for _, p := range d.Products {
		names[strings.ToLower(p.Name)] = true
	}
	planNames := map[string]bool{}
	for _, p := range d.Products {
		for _, pl := range p.Plans {
			planNames[strings.ToLower(pl.Name)] = true
		}
	}
	declared := map[string]bool{}
	for _, ch := range d.Channels {
		declared[ch.Name] = true
	}
	ids := map[string]bool{}
	out := c.draftDefinitions(d, ids)
	defined := map[string]bool{}
	for _, m := range out {
		defined[strings.ToLower(m.Text)] = true
	}
	for _, k := range ranked(c.messages) {
		if defined[k] {
			continue
		}
		t := c.messages[k]
		if len(t.docs) < 2 || names[k] || planNames[k] || c.claims[k] != nil || len(out) >= maxMessages ||
			strings.ContainsAny(k, "0123456789?") || !(len(t.chans) >= 2 || namesAny(firstWords(k, 3), names) && namesAny(k, names)) {
			continue
		}
		var in []string
		for _, ch := range t.channels() {
			if declared[ch] {
				in = append(in, ch)
			}
		}
		if len(in) == 0 {
			continue
		}
		out = append(out, Message{ID: uniqueID(idWords(t.form()), ids), Text: t.form(), RequiredIn: in,
			Comments: []string{t.seen()}})
	}
	return out
}

// firstWords returns the first n words of a text: a message about the
// company or a product names it there ("PostHog is …", "Try PostHog …"),
// not at its end ("Thanks to all … for helping move PostHog forward").
func firstWords(text string, n int) string {
	fs := strings.Fields(text)
	if len(fs) > n {
		fs = fs[:n]
	}
	return strings.Join(fs, " ")
}

// namesAny reports whether a lower-cased text names one of names as a
// whole word, and is not that name alone.
func namesAny(text string, names map[string]bool) bool {
	for n := range names {
		if n != "" && n != text && containsWord(text, n) {
			return true
		}
	}
	return false
}

// containsWord reports whether text holds w as a whole word.
func containsWord(text, w string) bool { return indexWord(text, w) >= 0 }

// indexWord returns where w first stands in text as a whole word, no
// letter touching it on either side, or -1.
func indexWord(text, w string) int {
	for i := 0; ; i++ {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return -1
		}
		i += j
		end := i + len(w)
		if (i == 0 || !isLetter(text[i-1])) && (end == len(text) || !isLetter(text[end])) {
			return i
		}
	}
}

// isLetter reports whether b is an ASCII letter or a byte of a non-ASCII
// character.
func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// draftTerms proposes, for each word written in competing forms ("sign
// up", "signup", "sign-up"), the commonest form as the one to use; a
// product's or the company's name is not a term ("posthog cloud").
func (c *Collector) draftTerms(d *Draft) []Term {
	names := map[string]bool{strings.ToLower(d.Company): true}
	for _, p := range d.Products {
		names[strings.ToLower(p.Name)] = true
	}
	all := map[string]*tally{}
	for key, byForm := range c.forms {
		if len(byForm) < 2 || namesAny(key+" ", names) || names[key] || c.grammatical(key) || c.forms[strings.TrimSuffix(key, "s")] != nil && strings.HasSuffix(key, "s") {
			continue // "code hosts" when "code host" is there
		}
		t := newTally()
		for _, f := range byForm {
			t.merge(f)
		}
		all[key] = t
	}
	var out []Term
	for _, key := range ranked(all) {
		byForm := c.forms[key]
		ks := ranked(byForm)
		rest := 0
		for _, k := range ks[1:] {
			rest += byForm[k].n()
		}
		if rest < 2 || len(out) == maxTerms {
			continue
		}
		t := Term{Use: ks[0], Comments: []string{fmt.Sprintf("%q %s", ks[0], byForm[ks[0]].seen())}}
		for _, k := range ks[1:] {
			t.Avoid = append(t.Avoid, k)
			t.Comments = append(t.Comments, fmt.Sprintf("%q %s", k, byForm[k].seen()))
		}
		slices.Sort(t.Avoid)
		out = append(out, t)
	}
	return out
}

// idWords returns the first four words of a text with a letter, for an id.
func idWords(s string) string {
	var ws []string
	for _, f := range strings.Fields(s) {
		if len(ws) == 4 {
			break
		}
		if isWord(strings.ToLower(strings.Trim(f, ",.;:!?\"'()"))) && !stopWords[strings.ToLower(f)] {
			ws = append(ws, f)
		}
	}
	return strings.Join(ws, " ")
}

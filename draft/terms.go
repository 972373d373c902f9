package draft

import (
	"strings"
	"unicode"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
)

// addMessage keeps a heading or sentence of minWords to maxWords words, to
// find those repeated across documents.
func (c *Collector) addMessage(text string, loc extract.Location, channel string, minWords, maxWords int) {
	text = strings.TrimSpace(text)
	n := len(strings.Fields(text))
	if n < minWords || n > maxWords {
		return
	}
	key := strings.ToLower(strings.TrimRight(text, ".!:;"))
	c.tallyOf(c.messages, key).add(loc, channel, strings.TrimRight(text, ":;"))
}

// addTerms counts the hyphenated words of a sentence ("sign-up") and, with
// Compounds set, every form of them the sentence writes: closed ("signup"),
// spaced ("sign up") or hyphenated.
func (c *Collector) addTerms(s analyze.Sentence, channel string) {
	ws := termWords(s.Text)
	for i, w := range ws {
		if key := hyphenKey(w); key != "" {
			c.tallyOf(c.hyphens, key).add(s.Location, channel, w)
		}
		if c.Compounds == nil {
			continue
		}
		if key, ok := c.Compounds[w]; ok {
			c.addForm(key, w, s.Location, channel)
			c.countPosition(key, strings.Contains(w, "-"), nounNext(ws, i+1))
		}
		if i+1 < len(ws) {
			pair := w + " " + ws[i+1]
			if key, ok := c.Compounds[pair]; ok {
				c.addForm(key, pair, s.Location, channel)
				c.countPosition(key, false, nounNext(ws, i+2))
			}
		}
	}
}

// nounNext reports whether the word at i of ws is one a compound
// adjective would stand before ("long-term contracts"): a word, not a
// break, a stop word or the end ("in the long term.").
func nounNext(ws []string, i int) bool {
	return i < len(ws) && ws[i] != "" && !stopWords[ws[i]]
}

// countPosition counts where a hyphenated (or closed) and a spaced form of
// key stand: before a noun, or not.
func (c *Collector) countPosition(key string, hyphenated, beforeNoun bool) {
	p := c.positions[key]
	i := 0
	if !hyphenated {
		i = 2
	}
	if !beforeNoun {
		i++
	}
	p[i]++
	c.positions[key] = p
}

// grammatical reports whether the forms of key follow the grammar of a
// compound adjective — hyphenated before a noun ("long-term contracts"),
// spaced elsewhere ("in the long term") — and no closed form is written:
// both are right, and no term to settle.
func (c *Collector) grammatical(key string) bool {
	a, b, _ := strings.Cut(key, " ")
	if c.forms[key][a+b] != nil {
		return false
	}
	p := c.positions[key] // hyphenated before a noun, not; spaced before a noun, not
	hyph, spaced := p[0]+p[1], p[2]+p[3]
	if hyph > 0 && spaced > 0 && p[0]*5 >= hyph*4 && p[3]*5 >= spaced*4 {
		return true
	}
	// Hyphenated only ever before a noun, at least twice and at least as
	// often as spaced there, and spaced elsewhere too ("an early-stage
	// startup", "at an early stage", "early stage startups"): a compound
	// adjective whose open form is a noun phrase, and the spaced uses
	// before a noun are hyphens left out — grammar, not a term.
	return p[1] == 0 && p[0] >= 2 && p[3] >= 1 && p[0] >= p[2]
}

func (c *Collector) addForm(key, form string, loc extract.Location, channel string) {
	byForm := c.forms[key]
	if byForm == nil {
		byForm = map[string]*tally{}
		c.forms[key] = byForm
	}
	c.tallyOf(byForm, form).add(loc, channel, form)
}

// termWords returns the lower-cased words of s, hyphenated words whole,
// with a break (an empty word) where punctuation parts two words.
func termWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		core := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if core == "" {
			out = append(out, "")
			continue
		}
		out = append(out, strings.ToLower(core))
		if len(core) < len(f) && !unicode.IsLetter([]rune(f)[len([]rune(f))-1]) {
			out = append(out, "")
		}
	}
	return out
}

// hyphenKey returns "sign up" for "sign-up": two words of letters, each of
// two or more, joined by one hyphen; "" otherwise.
func hyphenKey(w string) string {
	a, b, ok := strings.Cut(w, "-")
	if !ok || len(a) < 2 || len(b) < 2 || strings.Contains(b, "-") {
		return ""
	}
	for _, r := range a + b {
		if !unicode.IsLetter(r) {
			return ""
		}
	}
	return a + " " + b
}

// CompoundForms returns, for the hyphenated words this Collector saw at least
// twice, a map from each form ("signup", "sign up", "sign-up") to its key
// ("sign up"), for the Compounds of a second pass.
func (c *Collector) CompoundForms() map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string]string{}
	for key, t := range c.hyphens {
		if t.n() < 2 {
			continue
		}
		a, b, _ := strings.Cut(key, " ")
		out[a+b] = key
		out[key] = key
		out[a+"-"+b] = key
	}
	return out
}

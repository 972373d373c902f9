package rules

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

// planNouns are the nouns a plan name stands before: "the Team plan", "our
// Business tier", "Enterprise Starter pricing". The strong ones name a plan
// whatever stands before them; after the weak ones ("license",
// "subscription", "pricing") a name counts only when a product qualifies it
// or it extends a known plan's name.
var planNouns = map[string]bool{
	"plan": true, "plans": true, "tier": true, "tiers": true, "edition": true, "editions": true,
	"package": false, "packages": false, "subscription": false, "subscriptions": false,
	"license": false, "licenses": false, "licence": false, "licences": false, "pricing": false,
	"sku": false, "skus": false,
}

// tierWords are the words software companies name their plans with. A
// capitalised run of them before a strong plan noun ("the Team plan") or
// after a product name ("Cody Pro") is taken as a plan name; it is general
// vocabulary of pricing pages, not any one company's.
var tierWords = map[string]bool{
	"free": true, "starter": true, "basic": true, "standard": true, "pro": true, "professional": true,
	"plus": true, "premium": true, "team": true, "teams": true, "business": true, "enterprise": true,
	"growth": true, "scale": true, "startup": true, "ultimate": true, "essentials": true, "essential": true,
	"advanced": true, "lite": true, "hobby": true, "personal": true, "individual": true, "developer": true,
	"max": true, "elite": true, "platinum": true, "gold": true, "silver": true, "bronze": true,
}

// notNames are words that stand before a plan noun without naming a plan:
// "the right plan", "a paid plan", "your current plan", "we plan".
var notNames = map[string]bool{
	"a": true, "an": true, "the": true, "our": true, "your": true, "their": true, "its": true, "my": true,
	"his": true, "her": true, "this": true, "that": true, "these": true, "those": true, "each": true,
	"every": true, "any": true, "all": true, "which": true, "what": true, "whichever": true, "no": true,
	"we": true, "you": true, "they": true, "i": true, "he": true, "she": true, "it": true, "who": true,
	"to": true, "and": true, "or": true, "of": true, "for": true, "on": true, "in": true, "per": true,
	"paid": true, "free": true, "current": true, "annual": true, "monthly": true, "yearly": true,
	"new": true, "old": true, "existing": true, "same": true, "other": true, "different": true,
	"right": true, "higher": true, "lower": true, "top": true, "base": true, "default": true,
	"custom": true, "trial": true, "cheapest": true, "cheaper": true, "more": true, "most": true,
	"one": true, "two": true, "three": true, "four": true, "several": true, "many": true, "some": true,
	"full": true, "volume": true, "special": true, "public": true, "usage-based": true, "pricing": true,
}

// planRef is a plan of the story a written name stands for.
type planRef struct {
	product, plan int  // indexes into Story.Products and its Plans
	retired       bool // the name is one of the plan's retired names
}

// planNames indexes the story's plan and product names for the plan-name
// rule, by their lower-cased words joined by single spaces.
type planNames struct {
	plans     map[string][]planRef // plan names, aliases, the plan words of "Product Plan" names, retired names
	products  map[string]int       // product names, aliases and retired names → product index
	company   map[string]bool      // the company's name
	first     map[string]bool      // the first word of every name, lower-cased, for mayHold
	words     map[string]bool      // every word of every name, lower-cased, for mayHold
	pairs     *[256][256]bool      // the first two bytes of first's words (the second 0 for one letter)
	nounPairs *[256][256]bool      // the first two bytes of the plan nouns, in either case
	maxWords  int
}

// newPlanNames indexes the story's names.
func newPlanNames(s *story.Story) *planNames {
	n := &planNames{plans: map[string][]planRef{}, products: map[string]int{}, company: map[string]bool{}, first: map[string]bool{}, words: map[string]bool{},
		pairs: new([256][256]bool), nounPairs: new([256][256]bool)}
	for noun := range planNouns {
		n.nounPairs[noun[0]][noun[1]] = true
		n.nounPairs[noun[0]-'a'+'A'][noun[1]] = true
	}
	if s == nil {
		return n
	}
	n.company[lowerWords(s.Company)] = true
	for i, p := range s.Products {
		for _, name := range append(append([]string{p.Name}, p.Aliases...), p.RetiredNames...) {
			n.addProduct(name, i)
		}
		for j, pl := range p.Plans {
			for _, name := range append([]string{pl.Name}, pl.Aliases...) {
				n.addPlan(name, planRef{i, j, false})
				if rest, ok := strings.CutPrefix(name, p.Name+" "); ok {
					n.addPlan(rest, planRef{i, j, false})
				}
			}
			for _, name := range pl.RetiredNames {
				n.addPlan(name, planRef{i, j, true})
			}
		}
	}
	return n
}

func (n *planNames) addProduct(name string, i int) {
	key := lowerWords(name)
	if key == "" {
		return
	}
	if _, ok := n.products[key]; !ok {
		n.products[key] = i
	}
	n.addFirst(key)
	n.maxWords = max(n.maxWords, strings.Count(key, " ")+1)
}

func (n *planNames) addPlan(name string, r planRef) {
	key := lowerWords(name)
	if key == "" {
		return
	}
	for _, old := range n.plans[key] {
		if old == r {
			return
		}
	}
	n.plans[key] = append(n.plans[key], r)
	n.addFirst(key)
	n.maxWords = max(n.maxWords, strings.Count(key, " ")+1)
}

// addFirst records the words of name key and its first word for mayHold. A name's words
// as splitWords reads them may hold '-', '.' and '\”, which mayHold splits
// at: it records the run of letters and digits the key starts with.
func (n *planNames) addFirst(key string) {
	for _, w := range strings.Fields(key) {
		n.words[w] = true
	}
	token, _, _ := strings.Cut(key, " ")
	n.first[token] = true // as splitWords reads it, for index: "sourcegraph.com"
	end := 0
	for end < len(key) {
		r, size := utf8.DecodeRuneInString(key[end:])
		if !words.IsRune(r) {
			break
		}
		end += size
	}
	w := key[:end]
	n.first[w] = true
	if w == "" {
		return
	}
	second := byte(0)
	if len(w) > 1 {
		second = w[1]
	}
	n.pairs[w[0]][second] = true
}

// lowerWords returns the words of s, lower-cased and joined by single
// spaces.
func lowerWords(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// word is one word of a sentence: s[start:end].
type word struct {
	start, end int
	lower      []byte // lower-cased, in the sentence's buffer
	upper      bool   // starts with an upper-case letter
}

// splitWords returns the words of a sentence: runs of letters and digits,
// with the '-', '.', '+' and '\” they hold inside ("Self-Hosted",
// "Sourcegraph.com").
func splitWords(s string) []word {
	ws, _ := splitWordsInto(nil, nil, s)
	return ws
}

// splitWordsInto is splitWords appending to out, with the words' lower
// case in lower, which it returns grown: reused from one sentence to the
// next, they cost no allocation.
func splitWordsInto(out []word, lower []byte, s string) ([]word, []byte) {
	lower = appendLower(lower[:0], s)
	sameLen := len(lower) == len(s) // else a letter changed length: words get their own copy
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && !words.IsByte(c) {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !words.IsRune(r) {
			i += size
			continue
		}
		start := i
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf && words.IsByte(c) {
				i++
				continue
			}
			r, size = utf8.DecodeRuneInString(s[i:])
			if words.IsRune(r) {
				i += size
				continue
			}
			if (r == '-' || r == '.' || r == '\'' || r == '’') && i+size < len(s) {
				if next, _ := utf8.DecodeRuneInString(s[i+size:]); words.IsRune(next) {
					i += size
					continue
				}
			}
			if r == '+' { // "Pro+"
				i += size
			}
			break
		}
		first, _ := utf8.DecodeRuneInString(s[start:])
		w := word{start: start, end: i, upper: unicode.IsUpper(first)}
		if sameLen {
			w.lower = lower[start:i:i]
		} else {
			w.lower = []byte(strings.ToLower(s[start:i]))
		}
		out = append(out, w)
	}
	return out, lower
}

// appendLower appends s lower-cased to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, words.Lower(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	return b
}

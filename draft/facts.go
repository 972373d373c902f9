package draft

import (
	"strings"
	"unicode"

	"github.com/onestory/onestory/analyze"
)

// measureUnits are units that say how much, not of what: a quantity in
// them counts the noun next to it ("21-day free trial", "99.95% uptime").
var measureUnits = map[string]bool{
	"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true,
	"year": true, "percent": true, "x": true, "": true,
}

// stopWords end the noun phrase read next to a quantity.
var stopWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true, "on": true,
	"to": true, "for": true, "with": true, "by": true, "at": true, "is": true, "are": true, "was": true,
	"be": true, "from": true, "per": true, "as": true, "than": true, "that": true, "this": true,
	"it": true, "its": true, "our": true, "your": true, "we": true, "you": true, "all": true,
	"up": true, "more": true, "less": true, "over": true, "under": true, "about": true, "each": true,
	"every": true, "after": true, "before": true, "within": true, "faster": true, "off": true,
	"s": true, "has": true, "have": true, "will": true, "can": true, "not": true, "no": true,
	"first": true, "last": true, "next": true, "only": true, "also": true, "just": true,
	"time": true, "times": true, "later": true, "ago": true, "now": true, "long": true,
	"past": true, "prior": true, "ideally": true, "maximum": true, "minimum": true, "max": true,
	"min": true, "default": true, "total": true, "left": true, "remaining": true, "out": true,
	"back": true, "into": true, "if": true, "when": true, "then": true, "but": true, "so": true,
}

// notNouns follow a quantity without naming what it counts.
var notNouns = map[string]bool{
	"free": true, "faster": true, "slower": true, "cheaper": true, "better": true, "fewer": true,
	"higher": true, "lower": true, "longer": true, "shorter": true, "earlier": true, "ahead": true,
	"monthly": true, "daily": true, "weekly": true, "yearly": true, "annual": true, "annually": true,
	"old": true, "away": true, "late": true, "early": true, "straight": true, "total": true,
}

// factHeads are the nouns businesses state a number for; found near a
// measure, one of them names what it measures even when other words stand
// between ("trial instances default to 30 days").
var factHeads = map[string]bool{
	"trial": true, "uptime": true, "sla": true, "availability": true, "retention": true,
	"refund": true, "guarantee": true, "warranty": true, "notice": true, "onboarding": true,
	"setup": true, "support": true, "response": true, "contract": true, "commitment": true,
	"discount": true, "margin": true, "fee": true, "commission": true, "term": true,
	"renewal": true, "upgrade": true, "upgrades": true, "release": true, "releases": true,
	"backup": true, "backups": true, "latency": true, "accuracy": true, "savings": true,
	"cancellation": true, "subscription": true, "billing": true, "payment": true,
}

// factNoun returns the noun a quantity counts, in lower case: the unit of
// a count ("2,500 customers" → "customer"); for a measure, the phrase after
// it or a fact noun near it ("21-day free trial" → "free trial", "trial
// instances default to 30 days" → "trial", "99.95% uptime" → "uptime").
// It returns "" when it cannot tell.
func factNoun(d *analyze.Doc, m *analyze.Mention) string {
	q := m.Quantity
	if q == nil {
		return ""
	}
	if !measureUnits[q.Unit] {
		if strings.HasSuffix(q.Unit, "ing") || !isWord(q.Unit) || notNouns[q.Unit] {
			return "" // "10 working (days)", "1M monthly (events)": a number read with the wrong noun
		}
		return q.Unit
	}
	if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
		return ""
	}
	s := d.Sentences[m.Sentence].Text
	i := strings.Index(s, m.Text)
	if i < 0 {
		return ""
	}
	after := nounAfter(s[i+len(m.Text):])
	if head := headIn(after); head != "" {
		return after
	}
	if head := headIn(strings.Join(lastWords(s[:i], 8), " ")); head != "" {
		return head
	}
	if after != "" {
		return after
	}
	return nounBefore(s[:i])
}

// headIn returns the last fact noun among the words of s, "" if none.
func headIn(s string) string {
	ws := strings.Fields(s)
	for i := len(ws) - 1; i >= 0; i-- {
		if factHeads[ws[i]] {
			return ws[i]
		}
		if sing := strings.TrimSuffix(ws[i], "s"); factHeads[sing] {
			return sing
		}
	}
	return ""
}

func nounAfter(s string) string {
	ws := words(s, 3)
	var out []string
	for _, w := range ws {
		if stopWords[w] || len(out) == 2 {
			break
		}
		out = append(out, w)
	}
	// A single adjective or adverb names nothing: "3 months free".
	if len(out) == 0 || len(out) == 1 && notNouns[out[0]] {
		return ""
	}
	return strings.Join(out, " ")
}

// nounBefore reads "<noun> of|is|: <quantity>".
func nounBefore(s string) string {
	t := strings.TrimRightFunc(s, unicode.IsSpace)
	t = strings.TrimSuffix(t, ":")
	for _, link := range []string{" of", " is", " at", " guarantee", " guaranteed", " SLA"} {
		if strings.HasSuffix(t, link) && link != " SLA" {
			t = strings.TrimSuffix(t, link)
			break
		}
	}
	ws := lastWords(t, 1)
	if len(ws) == 0 || stopWords[ws[0]] {
		return ""
	}
	return ws[0]
}

// words returns up to n words at the start of s, lower-cased, stopping at
// anything but letters, hyphens and spaces.
func words(s string, n int) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		w := strings.ToLower(strings.TrimRight(f, ",.;:!?)"))
		if !isWord(w) || len(out) == n {
			break
		}
		out = append(out, w)
		if w != strings.ToLower(f) {
			break // punctuation ended the phrase
		}
	}
	return out
}

// lastWords returns up to n words at the end of s, lower-cased.
func lastWords(s string, n int) []string {
	fs := strings.Fields(s)
	var out []string
	for i := len(fs) - 1; i >= 0 && len(out) < n; i-- {
		w := strings.ToLower(strings.Trim(fs[i], ",;:()[]\"'“”"))
		if w == "" || w == "-" || w == "–" {
			continue
		}
		if !isWord(w) {
			break
		}
		out = append([]string{w}, out...)
	}
	return out
}

func isWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

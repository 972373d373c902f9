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
	"backup": true, "backups": true, "update": true, "maintenance": true, "latency": true,
	"accuracy": true, "savings": true,
	"cancellation": true, "subscription": true, "billing": true, "payment": true,
}

// factNoun returns the noun a quantity counts, in lower case: the unit of
// a count ("2,500 customers" → "customer"); for a measure, the phrase after
// it or a fact noun near it ("21-day free trial" → "free trial", "trial
// instances default to 30 days" → "trial", "99.95% uptime" → "uptime").
// It returns "" when it cannot tell.
func factNoun(d *analyze.Doc, m *analyze.Mention) string {
	noun, _ := factNounText(d, m)
	return noun
}

// factNounText is factNoun with the quantity as the draft writes it: ""
// for the quantity's own text, "10 working days" where the analyser read
// "10 working".
func factNounText(d *analyze.Doc, m *analyze.Mention) (noun, text string) {
	q := m.Quantity
	if q == nil {
		return "", ""
	}
	var s string
	i := -1
	if m.Sentence >= 0 && m.Sentence < len(d.Sentences) {
		s = d.Sentences[m.Sentence].Text
		i = strings.Index(s, m.Text)
	}
	end := i + len(m.Text)
	if !measureUnits[q.Unit] {
		ing := strings.HasSuffix(q.Unit, "ing")
		if !ing || i < 0 {
			if ing || !isWord(q.Unit) || notNouns[q.Unit] {
				return "", "" // "1M monthly (events)": a number read with the wrong noun
			}
			noun := limitNoun(q.Unit, m.Text, s[:max(i, 0)])
			if i >= 0 && modifierUnit(m.Text, s[end:]) {
				// "5 reference customers" counts customers, not references:
				// dropped, unless a stated limit names the whole ("a
				// maximum of 5 group types" → maximum group type).
				if noun == q.Unit {
					return "", ""
				}
				next := words(s[end:], 1)[0]
				return noun + " " + strings.TrimSuffix(next, "s"), m.Text + " " + next
			}
			return noun, ""
		}
		// "10 working days": the analyser reads "10 working"; the time unit
		// after it makes it a measure.
		next := words(s[end:], 1)
		if len(next) == 0 || !timeUnits[next[0]] {
			return "", ""
		}
		text = m.Text + " " + next[0]
		end += strings.Index(s[end:], next[0]) + len(next[0])
	}
	if i < 0 {
		return "", ""
	}
	after := nounAfter(s[end:])
	if head := headIn(after); head != "" || after != "" && attributive(m.Text) {
		// "each two week sprint": what the time measures stands after it,
		// not the fact noun of another clause ("Support Hero").
		return after, text
	}
	if head := headIn(strings.Join(lastWords(s[:i], 8), " ")); head != "" {
		return head, text
	}
	if after != "" {
		return after, text
	}
	if noun := nounBefore(s[:i]); noun != "" {
		return noun, text
	}
	// "within 10 working days after the latest release": a fact noun just
	// after the phrase that follows.
	return headIn(strings.Join(words(s[end:], 4), " ")), text
}

// modifierUnit reports whether a count's unit is a singular word after a
// number other than one, with a word after it: "5 reference customers"
// counts customers, not references.
func modifierUnit(text, after string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) < 2 || strings.HasSuffix(ws[len(ws)-1], "s") {
		return false
	}
	n := ws[len(ws)-2]
	if n == "1" || n == "one" || n == "a" || n == "an" {
		return false
	}
	next := words(after, 1)
	return len(next) == 1 && !stopWords[next[0]]
}

// attributive reports whether a quantity of time is written as a modifier
// of the noun after it: "two week sprint", "21-day trial", "30 day notice"
// — a singular unit after a number other than one.
func attributive(text string) bool {
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(text, "-", " ")))
	if len(ws) < 2 {
		return false
	}
	unit, n := ws[len(ws)-1], ws[len(ws)-2]
	return timeUnits[unit] && !strings.HasSuffix(unit, "s") && n != "1" && n != "one" && n != "a" && n != "an"
}

// limitNoun returns the noun of a count: its unit, or "minimum user" where
// the count is a stated limit ("Minimum 50 users", "a maximum of 5 seats"),
// a fact of its own beside the plain count.
func limitNoun(unit, text, before string) string {
	for _, w := range append(words(text, 1), lastWords(before, 2)...) {
		if w == "minimum" || w == "maximum" {
			return w + " " + unit
		}
	}
	return unit
}

// timeUnits are the words that make "10 working" a measure of time.
var timeUnits = map[string]bool{
	"day": true, "days": true, "hour": true, "hours": true, "week": true, "weeks": true,
	"month": true, "months": true,
}

// moneyHeads are the nouns that make an amount with no plan near it a
// fact: "List price of $1440 / named user / year", "the pricing is listed
// as $2,083.34 / month".
var moneyHeads = map[string]bool{
	"price": true, "pricing": true, "cost": true, "fee": true, "minimum": true, "floor": true,
	"margin": true, "commission": true, "discount": true, "budget": true, "listing": true,
}

// moneyNoun returns the noun of the words before an amount that says what
// it is ("list price"), else of the few words after it ("$99 / user /
// month from the public listing"), "" when none does.
func moneyNoun(before, after string) string {
	ws := lastWords(before, 6)
	for i := len(ws) - 1; i >= 0; i-- {
		if moneyHeads[ws[i]] {
			return headPhrase(ws, i)
		}
	}
	ws = words(after, 4)
	for i, w := range ws {
		if moneyHeads[w] {
			return headPhrase(ws, i)
		}
	}
	return ""
}

// headPhrase returns ws[i] with the word before it when that word
// qualifies it ("list price", "public listing").
func headPhrase(ws []string, i int) string {
	if i > 0 && !stopWords[ws[i-1]] && !notNouns[ws[i-1]] && len(ws[i-1]) > 2 {
		return ws[i-1] + " " + ws[i]
	}
	return ws[i]
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
		if w == "" || w == "-" || w == "–" || w == "=" {
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

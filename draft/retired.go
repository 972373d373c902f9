package draft

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/onestory/onestory/analyze"
)

// Retired names: a sentence that says what something was called before
// ("This was previously referred to as "managed instances"", "Previously,
// we positioned Sourcegraph as universal code search", "Acme Cloud
// (formerly Acme Hosted)") proposes a terminology entry: the current name
// to use, the old one to avoid.
var (
	// retiredAs: "… previously referred to as X", "formerly known as X".
	retiredAs = regexp.MustCompile(`(?i)\b(?:previously|formerly)\s+(?:referred\s+to|known|called|named)\s+as\s+["“']?([^".,;:()”']{3,60})`)
	// positionedAs: "Previously, we positioned S as X".
	positionedAs = regexp.MustCompile(`(?i)\b(?:previously|formerly),?\s+we\s+(?:positioned|described|marketed|called)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+as\s+(?:an?\s+|the\s+)?([^".,;:()”']{3,60})`)
	// formerlyParen: "NAME (formerly X)".
	formerlyParen = regexp.MustCompile(`([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\s+\((?:formerly|previously)\s+([^)]{3,60})\)`)
)

// retiredName is an old name and what the source names now.
type retiredName struct {
	*tally        // where it was said
	now    string // the current name as the source gives it: a name, or the subject of a positioning
	define bool   // now is a subject whose definition is the current name ("code AI platform")
}

// addRetired records the old names a sentence gives; prev is the sentence
// before it, which names the thing "This was previously referred to as …"
// speaks of.
func (c *Collector) addRetired(s analyze.Sentence, prev, channel string) {
	text := s.Text
	if !strings.Contains(strings.ToLower(text), "previously") && !strings.Contains(strings.ToLower(text), "formerly") {
		return
	}
	add := func(old, now string, define bool) {
		old = oldName(old)
		now = strings.TrimSpace(now)
		if old == "" || now == "" || strings.EqualFold(old, now) {
			return
		}
		key := strings.ToLower(old)
		r := c.retired[key]
		if r == nil {
			r = &retiredName{tally: newTally(), now: now, define: define}
			c.retired[key] = r
		}
		r.add(s.Location, channel, old)
	}
	if m := positionedAs.FindStringSubmatch(text); m != nil {
		add(m[2], m[1], true)
		return
	}
	if m := formerlyParen.FindStringSubmatch(text); m != nil {
		add(m[2], m[1], false)
		return
	}
	if m := retiredAs.FindStringSubmatchIndex(text); m != nil {
		// The name it speaks of opens the sentence, or the one before it
		// when the sentence opens with "This" or "It".
		subject := firstWords(text, 6)
		if first := firstWords(text, 1); first == "This" || first == "It" || first == "" {
			subject = firstWords(prev, 6)
		}
		add(text[m[2]:m[3]], subject, false)
	}
}

// oldName trims an old name to at most five words, "" when it is longer
// (a clause, not a name).
func oldName(s string) string {
	s = strings.TrimSpace(strings.Trim(s, `"“”'*_ `))
	if ws := strings.Fields(s); len(ws) == 0 || len(ws) > 5 {
		return ""
	}
	return s
}

// draftRetired proposes, for each old name, a terminology entry: use the
// current name, avoid the old one. The current name must be the company's
// or a product's (a source saying "GV (formerly Google Ventures)" speaks of
// someone else); a positioning's current name is the definition most
// places give its subject ("Sourcegraph is a code AI platform" → "code AI
// platform").
func (c *Collector) draftRetired(d *Draft) []Term {
	names := []string{d.Company}
	for _, p := range d.Products {
		names = append(names, p.Name, d.Company+" "+p.Name)
		names = append(names, p.Aliases...)
	}
	var out []Term
	for _, key := range sortedKeys(c.retired) {
		r := c.retired[key]
		now := nameOpening(strings.TrimLeft(r.now, "*_\"'“` "), names)
		if now == "" {
			continue
		}
		if r.define {
			byKey := c.defs[now]
			if len(byKey) == 0 {
				continue
			}
			rest, _, ok := definedAs(byKey[ranked(byKey)[0]].shortest(), now)
			if !ok {
				continue
			}
			now = definitionPhrase(rest)
		}
		if now == "" || strings.EqualFold(now, r.form()) {
			continue
		}
		out = append(out, Term{Use: now, Avoid: []string{r.form()},
			Comments: []string{fmt.Sprintf("%q, the old name, %s", r.form(), r.seen())}})
	}
	return out
}

// nameOpening returns the longest of names that text opens with, as a
// whole word, "" if none.
func nameOpening(text string, names []string) string {
	best := ""
	for _, n := range names {
		rest, ok := strings.CutPrefix(text, n)
		if ok && n != "" && len(n) > len(best) && (rest == "" || !isLetter(rest[0])) {
			best = n
		}
	}
	return best
}

// definitionPhrase is the phrase that opens rest as the source writes it
// ("code AI platform"), "" when definitionKey reads none.
func definitionPhrase(rest string) string {
	key := definitionKey(rest)
	if key == "" {
		return ""
	}
	return strings.TrimSpace(rest[:len(key)])
}

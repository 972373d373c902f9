package analyze

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/value"
)

// Whether a quantity that stands near a fact's phrase states the fact. A
// number belongs to a fact when the fact's phrase governs it in the same
// clause ("a 14-day free trial", "the trial lasts 14 days", "Trial: 14
// days"); a qualifier that scopes it elsewhere takes it away: a target or
// goal ("we aim to complete trials within 21 days"), another clause ("the
// trial ends, and 30 days after…"), a programme or
// segment ("our startup programme offers up to 20 million events"), an
// old or compared value ("instead of 3m events"), or a point in time the
// number counts from ("30 days after receipt of payment"). The past and
// competitors are voice.go's: they take every quantity of their sentence.

// goalCues mark a sentence as stating a target, not a fact.
var goalCues = []string{"goal", "aim to", "aim for", "aims to", "aiming", "target", "targeting", "objective",
	"strive", "okr", "majority of", "we hope", "hoping to", "would like to", "plan to",
	"expect to", "ambition", "commit to completing", "try to"}

// segmentCues name a programme, segment or deal whose numbers are its
// own, not the general fact's.
var segmentCues = []string{"program", "programme", "startup", "nonprofit", "non-profit",
	"student", "education", "academic", "accelerator", "incubator", "reseller",
	"for partners", "partner program", "deal", "promotion", "promo", "voucher", "coupon"}

// oldValueCues, just before a number, make it an old or compared value.
var oldValueCues = []string{"instead of", "rather than", "down from", "up from", "compared to",
	"compared with", "vs", "versus", "previously", "formerly", "replacing", "used to be"}

// timePoints are the nouns of an event a number of days may count from:
// "30 days after receipt of payment", "twelve months of the referral date".
var timePoints = []string{"date", "receipt", "payment", "invoice", "signup", "sign-up",
	"purchase", "renewal", "expiry", "expiration", "deadline", "signature", "signing",
	"launch", "close", "closing", "termination", "cancellation", "notice"}

// offsetPrepositions after a number make it an offset from a point in time.
var offsetPrepositions = map[string]bool{"after": true, "before": true, "following": true,
	"prior": true, "from": true, "of": true, "since": true}

// scopedElsewhere reports whether quantity q of sentence s (lower-cased as
// low), the nearest fitting one to the fact's phrase r, is scoped to
// something other than the fact.
func (x *subjectIndex) scopedElsewhere(s string, low []byte, q value.QuantitySpan, r aboutRef) bool {
	l := string(low)
	cs, ce := words.ClauseAround(l, q.Start, q.End)
	switch {
	case r.end <= cs || r.start >= ce:
		return true // the fact's phrase is in another clause
	case hasWord(l[:q.Start], goalCues):
		return true
	case x.facts[r.fact].scopes == nil && hasWord(l[cs:ce], segmentCues):
		return true // a general fact; a scoped one has its scope named (inScope)
	case oldValue(l[max(cs, q.Start-24):q.Start]):
		return true
	}
	return countsFromPoint(l, q, r)
}

// oldValue reports whether the text just before a number ends with one of
// oldValueCues and at most one more word.
func oldValue(before string) bool {
	for _, c := range oldValueCues {
		if i := strings.LastIndex(before, c); i >= 0 && (i == 0 || !words.IsRune(rune(before[i-1]))) &&
			strings.Count(strings.TrimSpace(before[i+len(c):]), " ") <= 1 {
			return true
		}
	}
	return false
}

// countsFromPoint reports whether q is followed by a preposition and a
// point in time within a few words ("30 days after receipt of payment"),
// with the fact's phrase r inside that phrase ("of the referral date") or
// more than two words before q: then the number counts from the event and
// is not the fact's length. "The trial lasts 14 days after signup" keeps
// its 14 days.
func countsFromPoint(l string, q value.QuantitySpan, r aboutRef) bool {
	next := strings.TrimLeft(l[q.End:], " ")
	if i := strings.IndexByte(next, ' '); i < 0 || !offsetPrepositions[strings.Trim(next[:i], ",")] {
		return false // the common case, without the allocation of Fields
	}
	after := strings.Fields(l[q.End:min(len(l), q.End+60)])
	if len(after) < 2 || !offsetPrepositions[strings.Trim(after[0], ",")] {
		return false
	}
	point := -1
	for i := 1; i < len(after) && i <= 5; i++ {
		w := strings.Trim(after[i], ",.;:()")
		for _, p := range timePoints {
			if w == p || w == p+"s" {
				point = i
			}
		}
		if point >= 0 {
			break
		}
	}
	if point < 0 {
		return false
	}
	if r.start >= q.End {
		return true // the fact's phrase is in the phrase after the number
	}
	if r.end > q.Start {
		return false // the phrase and the number overlap
	}
	return len(strings.Fields(l[r.end:q.Start])) > 2
}

// segmentHeading reports whether one of the two innermost entries of a
// block's context names a programme, segment or deal, and not the fact
// itself: its numbers are that segment's ("## The startup deal"), unless
// the heading is the fact's own ("Referral programme rules" for a fact
// about referrals under "Referral and Reseller Program Summaries" /
// "Program Rules").
func (x *subjectIndex) segmentHeading(context []string, fact string) bool {
	for i := range x.facts {
		if x.facts[i].id == fact && x.facts[i].scopes != nil {
			return false // a scoped fact: its scope was named (inScope)
		}
	}
	segment := false
	for i := len(context) - 1; i >= 0 && i >= len(context)-2; i-- {
		segment = segment || hasWordFold(context[i], segmentCues)
	}
	if !segment {
		return false
	}
	for _, c := range context {
		for _, r := range x.aboutRefs(c) {
			if x.facts[r.fact].id == fact {
				return false
			}
		}
	}
	return true
}

// hasWord reports whether low holds one of words (or phrases) as a whole
// word, a plural "s" allowed: "goals" for "goal", not "programming" for
// "program".
func hasWord(low string, words []string) bool {
	for _, w := range words {
		if holdsWord(low, w, true) {
			return true
		}
	}
	return false
}

// holdsWord reports whether s holds w, as written, as a whole word or
// phrase; with plural, an "s" after w may end the word.
func holdsWord(s, w string, plural bool) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(w)
		if plural && end < len(s) && s[end] == 's' {
			end++
		}
		if words.Bounded(s, start, end) {
			return true
		}
		from = start + 1
	}
}

// hasWordFold is hasWord for text in any case; cues are lower case.
func hasWordFold(text string, cues []string) bool {
	for i := 0; i < len(text); i++ {
		for _, w := range cues {
			end := i + len(w)
			if end > len(text) || !strings.EqualFold(text[i:end], w) {
				continue
			}
			if end < len(text) && (text[end] == 's' || text[end] == 'S') {
				end++
			}
			if words.Bounded(text, i, end) {
				return true
			}
		}
	}
	return false
}

// competitorIn reports whether the clause of sentence s that holds q names
// one of the story's competitors: "FleetFox offers a 30-day trial, while
// we give 14 days".
func (x *subjectIndex) competitorIn(s string, q value.QuantitySpan) bool {
	if len(x.competitors) == 0 {
		return false
	}
	cs, ce := words.ClauseAround(s, q.Start, q.End)
	return namesAny(s[cs:ce], x.competitors)
}

package rules

import (
	"strings"
	"time"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

var staleOffer = &Rule{
	ID: "stale-offer",
	Doc: `An offer stated outside its valid dates

An offer of the story (its text, or a sentence sharing at least 80% of its
words) stated in a source before its valid_from date or after its
valid_until date (which counts as a whole day): ““Three months free on
DriverLog Pro” ended on 2026-08-31.” Today is the day of the run.`,
	Severity: Warning,
	Scope:    Document,
	Reads:    analyze.FindSentences,
	Marks:    MarksConflict,
	Check:    checkStaleOffer,
}

// minOfferOverlap is the share of an offer's words a sentence must contain
// to state the offer.
const minOfferOverlap = 0.8

func checkStaleOffer(p *Pass) {
	if p.Story == nil {
		return
	}
	for _, o := range p.Story.Offers {
		why := offerOutside(o, p.Now)
		if why == "" {
			continue
		}
		words := newOfferWords(o.Text)
		for i := range p.Doc.Sentences {
			s := &p.Doc.Sentences[i]
			// Most sentences lack the offer's longest word: skip them before
			// reading their words.
			if !containsFoldAt(s.Text, words.key, words.anchor) || words.share(s.Text) < minOfferOverlap {
				continue
			}
			p.Report(Finding{
				Message:  quote(o.Text) + " " + why + ".",
				Location: s.Location,
				Subject:  o.ID,
				Expected: offerDates(o),
				Found:    clip(s.Text),
				Excerpt:  clip(s.Text),
			})
		}
	}
}

// longestWord returns the longest of a set of words (the first in order
// among equals), the one a sentence stating them is least likely to have
// by chance.
func longestWord(words map[string]bool) string {
	best := ""
	for w := range words {
		if len(w) > len(best) || len(w) == len(best) && w < best {
			best = w
		}
	}
	return best
}

// containsFold reports whether s contains sub, ignoring ASCII case; sub is
// lower case. It jumps from one occurrence of sub's rarest letter, in either
// case, to the next with strings.IndexByte, and compares the rest of sub
// around it: for "driverlog" it looks for the "v", which prose holds far
// less often than the "d".
func containsFold(s, sub string) bool {
	return containsFoldAt(s, sub, rarestByte(sub))
}

// containsFoldAt is containsFold looking for sub[k] first.
func containsFoldAt(s, sub string, k int) bool {
	if sub == "" {
		return true
	}
	last := len(s) - len(sub) + k // the last place sub[k] can stand
	lo, up := sub[k], words.Upper(sub[k])
	nextLo, nextUp := -1, -1 // the next lo and up at or after i; -1 to look
	for i := k; i <= last; i++ {
		if nextLo < i {
			nextLo = indexFrom(s[:last+1], lo, i)
		}
		if nextUp < i {
			nextUp = indexFrom(s[:last+1], up, i)
		}
		i = min(nextLo, nextUp)
		if i > last {
			return false
		}
		if equalFoldLower(s[i-k:i-k+len(sub)], sub) {
			return true
		}
	}
	return false
}

// equalFoldLower reports whether s, ASCII-lower-cased, is sub.
func equalFoldLower(s, sub string) bool {
	for j := range len(sub) {
		if words.Lower(s[j]) != sub[j] {
			return false
		}
	}
	return true
}

// letterRank orders the letters from the most to the least frequent in
// English prose.
const letterRank = "etaoinshrdlcumwfgypbvkjxqz"

// rarestByte returns the index of sub's byte least likely to occur in prose
// (the first among equals): a letter by letterRank, any other byte but a
// space before every letter.
func rarestByte(sub string) int {
	best, bestRank := 0, -2
	for i := range len(sub) {
		r := strings.IndexByte(letterRank, sub[i])
		switch {
		case sub[i] == ' ':
			r = -1
		case r < 0:
			r = len(letterRank)
		}
		if r > bestRank {
			best, bestRank = i, r
		}
	}
	return best
}

// indexFrom returns the index of the first c in s at or after i, or len(s)
// when there is none.
func indexFrom(s string, c byte, i int) int {
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return len(s)
}

// offerOutside says why now is outside the offer's dates ("ended on
// 2026-08-31", "starts on 2027-01-01"), or "" when the offer is valid.
func offerOutside(o story.Offer, now time.Time) string {
	const day = "2006-01-02"
	if !o.ValidFrom.IsZero() && now.Before(o.ValidFrom) {
		return "starts on " + o.ValidFrom.Format(day)
	}
	if !o.ValidUntil.IsZero() && !now.Before(o.ValidUntil.AddDate(0, 0, 1)) {
		return "ended on " + o.ValidUntil.Format(day)
	}
	return ""
}

// offerDates is the offer's validity as a person reads it.
func offerDates(o story.Offer) string {
	const day = "2006-01-02"
	switch {
	case o.ValidFrom.IsZero() && o.ValidUntil.IsZero():
		return "always valid"
	case o.ValidFrom.IsZero():
		return "valid until " + o.ValidUntil.Format(day)
	case o.ValidUntil.IsZero():
		return "valid from " + o.ValidFrom.Format(day)
	}
	return "valid from " + o.ValidFrom.Format(day) + " to " + o.ValidUntil.Format(day)
}

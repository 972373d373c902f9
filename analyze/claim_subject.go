package analyze

import (
	"strings"

	"github.com/onestory/onestory/story"
)

// Whose claim a clause makes. A claim is the company's statement about
// itself, its products or its customers' results; handbooks and blogs are
// full of claim words in instructions, opinions and statements about the
// world ("An en dash is slightly wider than a hyphen", "You will know what
// channel is best"). ownsClaim of claimScope reads the subject of a
// clause that a detector flagged, so it costs nothing on other sentences.

// ownsClaim reports whether the clause cl of sent, which makes a claim of
// kind, is the company's. It is unless its subject is someone else's: a
// subject (the words before its verb) that names neither the company, a
// product, "we", "our", customers, users, a product noun ("the
// platform") nor a word of the story ("Routes are 3x faster" for a route
// planner); "you" giving advice ("You will know what channel is best"),
// or the team's intentions and beliefs ("We believe", "our priority is").
// A statistic or comparison that names the company anywhere ("How Hasura
// improved conversion by 20% with PostHog") and a fragment without a verb
// ("The fastest way to plan deliveries.") are the company's; a fragment
// that opens with a gerund ("Figuring out the best solution") is not.
func (c claimScope) ownsClaim(sent string, cl []simWord, kind string) bool {
	if opinionFrame(cl) {
		return false // "Of course, we would say PostHog is the best…"
	}
	i := subjectStart(sent, cl)
	for i < len(cl) && fillers[cl[i].low] {
		i++
	}
	if i >= len(cl) {
		return false
	}
	first := plainWord(cl[i].low)
	switch {
	case first == "you" && c.namesUs(cl[i:]):
		return true // "You can set up Sourcegraph in 5 minutes"
	case otherPronouns[first]:
		return promise(cl, i+1) // "They saw that…", "You will know…"; "You will always know…"
	case first == "it" && i+2 < len(cl) && (cl[i+1].low == "is" || cl[i+1].low == "it's") && opinionWords[cl[i+2].low],
		cl[i].low == "it's" && i+1 < len(cl) && opinionWords[cl[i+1].low]:
		return false // "It is crucial that…"
	case adviceVerbs[first] && !c.namesUs(cl[i:min(len(cl), i+4)]):
		return false // "Note that…", not "Think of Cody as…"
	case participle(first) && (i+1 >= len(cl) || !agentWords[cl[i+1].low]):
		return false // a changelog's "Fixed bug in…"
	}
	if (kind == claimStatistic || kind == claimComparative) && c.namesUs(cl) {
		return true
	}
	if productVerbs[first] || participle(first) || cl[i].num {
		// "Cuts costs by 40%", "Guaranteed to cut costs", "20% of developers…"
		return true
	}
	if ourSubjects[first] && !staffCompound(cl, i) {
		return c.ourSubject(cl, i, i+1) // a pronoun is the whole subject
	}
	j := i
	for j < len(cl) && !clauseVerbs[cl[j].low] && !(j > i && j+1 < len(cl) && participle(cl[j].low)) {
		j++ // a past tense ends the subject too: "developers asked"
	}
	if j == len(cl) || j == i {
		// a fragment, or a clause opening with a verb: a headline or a
		// tagline where it opens the sentence or follows a label, unless
		// a changelog's "Fixed bug" or a gerund
		return !gerund(first) && (opensSentence(sent, cl[0].start) || cl[i].num)
	}
	if j == i+1 && (first == "this" || first == "that") && !linkingVerbs[cl[j].low] && !claimTriggers[cl[j].low] &&
		(kind == claimSuperlative || kind == claimAbsolute) {
		// "This makes for the smoothest collaboration": the effect of what
		// was said before, the company's only where the rest names it;
		// not "This guarantees…", whose verb is the claim
		return c.namesDomain(cl[j+1:])
	}
	if kind == claimStatistic && (result(cl, j) || participle(cl[j].low)) {
		// a result: "Fleets reduce their fuel spend by 12%", "can be
		// reduced by 25%", "How Saga captured 50% more data"
		return true
	}
	return c.ourSubject(cl, i, j)
}

// result reports whether a change verb stands at cl[j] or within the three
// words after it: "reduce", "can be reduced".
func result(cl []simWord, j int) bool {
	for k := j; k < len(cl) && k <= j+3; k++ {
		if changeVerbs[cl[k].low] {
			return changedNumber(cl, k)
		}
	}
	return false
}

// changedNumber reports whether a number follows the change verb at cl[k]
// within eight words, in its own clause: "can be reduced by 25%", not
// "will promise improved reporting" after a number.
func changedNumber(cl []simWord, k int) bool {
	for j := k + 1; j < len(cl) && j <= k+8 && !subordinators[cl[j].low]; j++ {
		if cl[j].num {
			return true
		}
	}
	return false
}

// staffCompound reports whether the word "customer" or "user" at cl[k] only
// qualifies a noun of people at work that heads the subject: "Customer
// engineers are encouraged to…", "customer success managers".
func staffCompound(cl []simWord, k int) bool {
	return k+1 < len(cl) && (cl[k].low == "customer" || cl[k].low == "user") && staffNouns[cl[k+1].low]
}

// namesDomain reports whether ws name the company, a product, its
// customers or a word of the story.
func (c claimScope) namesDomain(ws []simWord) bool {
	for k, w := range ws {
		p := plainWord(w.low)
		switch {
		case c.ours[strings.TrimSuffix(p, "'s")], p == "our", p == "customers", p == "users",
			c.vocab[strings.TrimSuffix(p, "s")],
			productNouns[p] && k > 0 && determiner(ws[k-1].low):
			return true
		}
	}
	return false
}

// opensSentence reports whether offset i of sent opens the sentence or
// follows a label's colon: where a headline or a tagline stands.
func opensSentence(sent string, i int) bool {
	return atSentenceStart(sent, i) || strings.HasSuffix(strings.TrimRight(sent[:i], " "), ":")
}

// ourSubject reports whether the subject cl[i:j], before the verb cl[j],
// is the company's (see ownsClaim).
func (c claimScope) ourSubject(cl []simWord, i, j int) bool {
	for k := i; k < j; k++ {
		w := plainWord(cl[k].low)
		switch {
		case k > i && w == "of" && quantifiers[cl[k-1].low]:
			continue // "Most of our customers"
		case k > i && subjectEnds[w]:
			return false // the head of the subject is before its preposition
		case w == "this" || w == "that" || w == "it":
			if k+1 == j {
				return true // "It always runs…", not "This emphasis on…"
			}
		case ourSubjects[w] && (possessive(cl[k].low) || staffCompound(cl, k)):
			continue // "the customer's developers", "customer engineers": the head comes next
		case ourSubjects[w] || c.ours[w]:
			return !intention(cl, k)
		case productNouns[w] && k > i && determiner(cl[k-1].low):
			return true
		case c.vocab[strings.TrimSuffix(w, "s")]:
			return true
		}
	}
	return false
}

// possessive reports whether the folded word w (simWord.low) ends with "'s".
func possessive(w string) bool { return strings.HasSuffix(w, "'s") }

// determiner reports whether w is "the", "our" or "this".
func determiner(w string) bool { return w == "the" || w == "our" || w == "this" }

// promise reports whether the verb at cl[j] is "will" followed by
// "always" or "never": a promise to the reader, not advice.
func promise(cl []simWord, j int) bool {
	return j < len(cl) && cl[j].low == "will" && j+1 < len(cl) && (cl[j+1].low == "always" || cl[j+1].low == "never")
}

// participle reports whether w looks like a past participle: "guaranteed".
func participle(w string) bool { return len(w) > 4 && strings.HasSuffix(w, "ed") }

// gerund reports whether w looks like a gerund: "figuring", "assuming".
func gerund(w string) bool { return len(w) > 5 && strings.HasSuffix(w, "ing") }

// subjectStart returns the index of the first word of cl's subject: after
// an introductory phrase that a comma closes ("Unlike X, …", "Assuming
// …, …"), or 0.
func subjectStart(sent string, cl []simWord) int {
	i := 0
	for i < len(cl) && (introWords[cl[i].low] || i == 0 && strings.HasSuffix(cl[i].low, "ing") && len(cl[i].low) > 5) {
		k := i
		for k+1 < len(cl) && !strings.Contains(sent[cl[k].end:cl[k+1].start], ",") {
			k++
		}
		if k+1 >= len(cl) || k-i > 12 {
			return i // no comma closes it: the words are the clause
		}
		i = k + 1
	}
	return i
}

// intention reports whether the subject word cl[j] is followed by a verb
// of intent within two words ("we always aim", "We believe") or, as "our",
// by a noun of intent ("our priority").
func intention(cl []simWord, j int) bool {
	for k := j + 1; k < len(cl) && k <= j+3; k++ {
		if intentVerbs[cl[k].low] || cl[j].low == "our" && k == j+1 && intentNouns[cl[k].low] {
			return true
		}
	}
	return false
}

// storyVocab returns the words of the story's product and plan names,
// fact phrases, approved claims and key messages of four letters or more,
// lower-cased, a plural "s" trimmed: a subject among them is the
// company's domain ("Routes are 3x faster" for a route planner).
func storyVocab(s *story.Story) map[string]bool {
	out := map[string]bool{}
	add := func(text string) {
		for _, w := range simWords(text) {
			if len(w.low) >= 4 && !w.num && !vocabStop[w.low] && !productNouns[strings.TrimSuffix(w.low, "s")] {
				out[strings.TrimSuffix(w.low, "s")] = true
			}
		}
	}
	for _, p := range s.Products {
		add(p.Name)
		for _, pl := range p.Plans {
			add(pl.Name)
		}
	}
	for _, f := range s.Facts {
		add(strings.Join(f.About, " "))
	}
	for _, a := range s.Claims.Approved {
		add(a.Text)
	}
	for _, m := range s.Messages {
		add(m.Text)
	}
	return out
}

// plainWord returns a word's folded form (simWord.low, whose apostrophes
// words.Fold has made straight) with what follows an apostrophe cut:
// "you're" → "you", "we’ve" (read as "we've") → "we".
func plainWord(w string) string {
	if i := strings.IndexByte(w, '\''); i > 0 {
		return w[:i]
	}
	return w
}

// othersClause reports whether the clause cl of sent speaks of someone
// other than the company: it names neither the company nor a product, and
// the subject before its verb is not the company's ("Companies need to
// use HIPAA compliant analytics providers"), or is anyone but "we" told
// what is required ("You must be HIPAA compliant", "Fleets need to use
// providers with zero downtime"). A fragment, an instruction
// to the reader and "it", "this" or "there" as the subject say nothing of
// whom the words are about, so they are the company's.
func (c claimScope) othersClause(sent string, cl []simWord) bool {
	if c.namesUs(cl) {
		return false
	}
	i := subjectStart(sent, cl)
	for i < len(cl) && fillers[cl[i].low] {
		i++
	}
	j := i
	for j < len(cl) && !clauseVerbs[cl[j].low] {
		j++
	}
	if j == i || j >= len(cl) || instructionVerbs[cl[i].low] {
		return false
	}
	switch plainWord(cl[i].low) {
	case "it", "this", "that", "there", "here", "we", "our":
		return false
	}
	return required(cl, j) || plainWord(cl[i].low) != "you" && !c.ourSubject(cl, i, j)
}

// requirementVerbs after a subject other than "we" state what is required
// of someone, which claims nothing of the company: "You must be HIPAA
// compliant", "Customers need to use providers with zero downtime".
var requirementVerbs = map[string]bool{
	"need": true, "needs": true, "must": true, "should": true, "require": true,
	"requires": true,
}

// required reports whether the verb at cl[j] states a requirement: one of
// requirementVerbs, or "have to", "has to".
func required(cl []simWord, j int) bool {
	w := cl[j].low
	return requirementVerbs[w] || (w == "have" || w == "has") && claimNext(cl, j) == "to"
}

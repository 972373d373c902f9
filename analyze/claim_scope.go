package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

// Whether a clause with a claim word is a claim the company makes. Real
// handbooks and blogs are full of claim words that claim nothing about the
// company: instructions ("Always tailor the demo to the user"), claims
// about someone else ("ClickHouse is orders of magnitude faster") and
// Title Case names ("Never Split the Difference"). These tests run only on
// clauses that a detector already flagged, so they cost nothing on the
// many sentences without a claim word.

// claimScope knows the company's own names. It is read-only once built.
type claimScope struct {
	ours  map[string]bool // lower-cased words that name the company or a product
	vocab map[string]bool // the story's words, lower-cased, a plural "s" trimmed (storyVocab)
}

// newClaimScope collects the words that name the company and its products:
// every word of the company's name, single-word product names and aliases,
// and the first word of a longer name when it is written in CamelCase
// ("RoutePlanner Fleet"). "Code Search" gives no word: "code" is not a name.
func newClaimScope(s *story.Story) claimScope {
	ours := map[string]bool{}
	for _, w := range strings.Fields(s.Company) {
		ours[strings.ToLower(strings.Trim(w, ".,"))] = true
	}
	addName := func(name string) {
		ws := strings.Fields(name)
		if len(ws) == 1 || len(ws) > 1 && camelCase(ws[0]) {
			ours[strings.ToLower(ws[0])] = true
		}
	}
	for _, p := range s.Products {
		addName(p.Name)
		for _, a := range p.Aliases {
			addName(a)
		}
	}
	return claimScope{ours: ours, vocab: storyVocab(s)}
}

// camelCase reports whether w has a capital letter after its first letter.
func camelCase(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// outOfScope reports whether the clause cl of sent, which a detector found
// to make a claim of kind, is no claim of the company's: unless it names
// the company or a product, an instruction or a Title Case name or a
// question (superlatives and absolutes), a condition, or a claim about a
// named third party (any kind); and whatever it names, a clause whose
// subject is not the company's (ownsClaim of claim_subject.go).
func (c claimScope) outOfScope(sent string, cl []simWord, kind string) bool {
	if !c.namesUs(cl) {
		strong := kind == claimSuperlative || kind == claimAbsolute
		switch {
		case conditional(cl):
			return true
		case strong && (imperative(cl) || titleCase(sent, cl) || words.IsQuestion(sent)):
			return true
		case c.thirdParty(sent, cl, strong):
			return true
		}
	}
	return !c.ownsClaim(sent, cl, kind)
}

// namesUs reports whether a word of cl names the company or a product.
func (c claimScope) namesUs(cl []simWord) bool {
	for _, w := range cl {
		if c.ours[strings.TrimSuffix(w.low, "'s")] {
			return true
		}
	}
	return false
}

// instructionVerbs are base-form verbs that open an instruction to the
// reader. Verbs that also open marketing copy ("get", "try", "ask", "save")
// are left out.
var instructionVerbs = map[string]bool{
	"use": true, "make": true, "read": true, "schedule": true, "convert": true,
	"follow": true, "focus": true, "tailor": true, "copy": true, "click": true,
	"set": true, "figure": true, "remember": true, "keep": true, "check": true,
	"choose": true, "consider": true, "create": true, "add": true, "go": true,
	"open": true, "see": true, "note": true, "look": true, "find": true,
	"write": true, "send": true, "avoid": true, "ensure": true, "be": true,
	"do": true, "don't": true, "include": true, "run": true, "install": true,
	"select": true, "enter": true, "paste": true, "remove": true, "prioritize": true,
	"think": true, "title": true, "highlight": true, "share": true, "talk": true,
	"please": true, "always": true, "never": true, "integrate": true, "mention": true,
	"reach": true, "understand": true, "start": true, "submit": true, "review": true,
}

// imperative reports whether cl opens with an instruction: a base-form verb
// of instructionVerbs, or "always", "never", "please" before a word.
func imperative(cl []simWord) bool {
	return len(cl) > 1 && instructionVerbs[cl[0].low]
}

// conditional reports whether cl opens with "if" or "whether": "If, for
// example, the difference is less than 1%", "If you have time left in the
// 1-hour slot".
func conditional(cl []simWord) bool {
	return len(cl) > 0 && (cl[0].low == "if" || cl[0].low == "whether")
}

// titleCase reports whether cl is a short Title Case name, a heading, a
// label or a book title ("Never Split the Difference", "Best Accounts for
// Prospecting: Displays all…"): two to eight words, each capitalised but
// for short function words, before a colon or a dash, or in a sentence
// that does not end with a full stop.
func titleCase(sent string, cl []simWord) bool {
	if len(cl) < 2 || len(cl) > 8 {
		return false
	}
	after := strings.TrimLeft(sent[cl[len(cl)-1].end:], " ")
	label := strings.HasPrefix(after, ":") || strings.HasPrefix(after, "–") ||
		strings.HasPrefix(after, "—") || strings.HasPrefix(after, "- ")
	if !label && strings.HasSuffix(strings.TrimSpace(sent), ".") {
		return false
	}
	for _, w := range cl {
		if !startsUpper(sent[w.start:]) && len(w.low) > 3 {
			return false
		}
	}
	return true
}

// notSubjects are capitalised words that open a sentence without naming
// anyone.
var notSubjects = map[string]bool{
	"the": true, "this": true, "that": true, "these": true, "those": true,
	"it": true, "it's": true, "there": true, "here": true, "our": true,
	"we": true, "we're": true, "you": true, "your": true, "they": true,
	"their": true, "a": true, "an": true, "what": true, "which": true,
	"who": true, "when": true, "where": true, "if": true, "i": true,
	"all": true, "most": true, "every": true, "each": true, "customers": true,
	"users": true, "teams": true, "fleets": true, "no": true, "one": true,
}

// subjectVerbs are the verbs after which the words before them are the
// subject of a clause.
var subjectVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "can": true, "could": true, "would": true,
	"offers": true, "gives": true, "provides": true, "does": true, "makes": true,
	"knows": true, "lets": true, "tracks": true, "captures": true,
}

// thirdParty reports whether the subject of cl is a name that is not ours:
// one to three capitalised words before a verb of subjectVerbs, after an
// optional "Unlike X,". A single ordinary word at the start of the
// sentence may name nothing ("Routes are 3x faster"), so it counts only
// when strong (a superlative or absolute), or when written in CamelCase.
func (c claimScope) thirdParty(sent string, cl []simWord, strong bool) bool {
	i := 0
	if len(cl) > 0 && cl[0].low == "unlike" {
		for i < len(cl)-1 && !strings.Contains(sent[cl[i].end:cl[i+1].start], ",") {
			i++
		}
		i++
	}
	from := i
	for i < len(cl) && i-from < 3 && startsUpper(sent[cl[i].start:]) && !notSubjects[cl[i].low] {
		i++
	}
	n := i - from
	if n == 0 || i >= len(cl) || !subjectVerbs[cl[i].low] {
		return false
	}
	name := sent[cl[from].start:cl[i-1].end]
	return n > 1 || from > 0 || strong || camelCase(name) || !atSentenceStart(sent, cl[from].start)
}

// atSentenceStart reports whether only punctuation and spaces come before
// offset i of sent.
func atSentenceStart(sent string, i int) bool {
	for _, r := range sent[:i] {
		if r >= utf8.RuneSelf || words.IsRune(r) {
			return false
		}
	}
	return true
}

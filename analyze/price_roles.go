package analyze

import (
	"strings"

	"github.com/onestory/onestory/value"
)

// The roles of a money or "free" mention (Mention.Role). Only RolePrice
// states what a plan costs; the rules compare no other role with a plan's
// price.
const (
	RolePrice     = "price"     // what a plan or product costs: "Scale is $450/month", "Cloud is free"
	RoleAllowance = "allowance" // a free amount or limit: "1 million events per month for free", "free for up to 10 users"
	RoleDiscount  = "discount"  // "$100 off", "save $200", "a $50 discount"
	RoleCredit    = "credit"    // a voucher or credit: "a $12K voucher towards PostHog Scale"
	RoleCap       = "cap"       // a cap, threshold or liability: "up to $50 in damages", "ONE THOUSAND DOLLARS ($1,000)"
	RoleMinimum   = "minimum"   // a minimum spend or commitment: "Minimum $2k/month spend"
	RoleFee       = "fee"       // a fee for something other than a plan: "a $500 onboarding fee"
	RolePerk      = "perk"      // something else given free: "free onboarding for annual Growth plans"
	RoleName      = "name"      // "Free" naming a plan or tier: "the Free plan", "a free PostHog Cloud account"
	RoleAmount    = "amount"    // money that prices nothing: funding, revenue, ARR, salaries, budgets, savings
)

// roleCue is a word or phrase that gives an amount next to it a role.
type roleCue struct {
	words string // lower case, words separated by one space
	role  string
}

// sentenceCues give every amount of a sentence their role wherever they
// stand in it: a legal limitation of liability states caps, not prices.
var sentenceCues = []roleCue{{"liability", RoleCap}, {"liable", RoleCap},
	{"damages", RoleCap}, {"indemnif", RoleCap}, {"shall not exceed", RoleCap}}

// afterCues are read in the few words after an amount: "$12K voucher",
// "$15 million in funding", "$100 off".
var afterCues = []roleCue{
	{"voucher", RoleCredit}, {"vouchers", RoleCredit}, {"credit", RoleCredit}, {"credits", RoleCredit},
	{"coupon", RoleCredit}, {"gift card", RoleCredit}, {"towards", RoleCredit}, {"toward", RoleCredit},
	{"off", RoleDiscount}, {"discount", RoleDiscount}, {"rebate", RoleDiscount}, {"cheaper", RoleDiscount},
	{"less", RoleDiscount},
	{"minimum", RoleMinimum}, {"spend", RoleMinimum}, {"commitment", RoleMinimum}, {"commit", RoleMinimum},
	{"cap", RoleCap}, {"limit", RoleCap}, {"in damages", RoleCap},
	{"funding", RoleAmount}, {"round", RoleAmount}, {"seed", RoleAmount}, {"series", RoleAmount},
	{"arr", RoleAmount}, {"iarr", RoleAmount}, {"mrr", RoleAmount}, {"acv", RoleAmount}, {"tcv", RoleAmount},
	{"revenue", RoleAmount}, {"valuation", RoleAmount}, {"salary", RoleAmount}, {"bonus", RoleAmount},
	{"budget", RoleAmount}, {"pipeline", RoleAmount}, {"benefit", RoleAmount}, {"savings", RoleAmount},
	{"in sales", RoleAmount}, {"raised", RoleAmount}, {"investment", RoleAmount}, {"worth of", RoleCredit},
	{"worth", RoleAmount},
}

// beforeCues are read in the words before an amount, within its clause:
// "Minimum $2k/month spend", "up to $50", "raised $15 million".
var beforeCues = []roleCue{
	{"voucher", RoleCredit}, {"vouchers", RoleCredit}, {"credit of", RoleCredit}, {"credits of", RoleCredit},
	{"coupon", RoleCredit}, {"gift card", RoleCredit},
	{"minimum", RoleMinimum}, {"min", RoleMinimum}, {"at least", RoleMinimum}, {"commit", RoleMinimum},
	{"commitment", RoleMinimum}, {"spend", RoleMinimum},
	{"up to", RoleCap}, {"maximum", RoleCap}, {"max", RoleCap}, {"cap", RoleCap}, {"capped", RoleCap},
	{"limit", RoleCap}, {"exceed", RoleCap}, {"no more than", RoleCap}, {"threshold", RoleCap},
	{"save", RoleDiscount}, {"saves", RoleDiscount}, {"saving", RoleDiscount}, {"discount", RoleDiscount},
	{"discount of", RoleDiscount}, {"rebate", RoleDiscount}, {"refund", RoleDiscount},
	{"raised", RoleAmount}, {"raise", RoleAmount}, {"raising", RoleAmount}, {"funding", RoleAmount},
	{"revenue", RoleAmount}, {"arr", RoleAmount}, {"valuation", RoleAmount}, {"salary", RoleAmount},
	{"salaries", RoleAmount}, {"compensation", RoleAmount}, {"bonus", RoleAmount}, {"budget", RoleAmount},
	{"worth", RoleAmount}, {"benefit", RoleAmount}, {"invested", RoleAmount}, {"investment", RoleAmount},
	{"earned", RoleAmount}, {"generated", RoleAmount}, {"grant", RoleAmount}, {"prize", RoleAmount},
	{"spent", RoleAmount}, {"donated", RoleAmount}, {"savings", RoleAmount}, {"saved", RoleAmount},
}

// Numbers of words the cues are looked for in, before and after an amount.
const (
	cueWordsBefore = 6
	cueWordsAfter  = 2
	feeWordsAfter  = 3
)

// priceRole returns the role of the price ps[i] in sentence text, whose
// lower-cased form is low. The clause the price is read in ends at a
// sentence stop (".", ";", "!", "?", a line break) and at the prices next
// to it, so the cues of one amount do not give another its role. refs are
// the product and plan names of the sentence.
func priceRole(text string, low []byte, ps []value.PriceSpan, i int, refs []planRef) string {
	p := ps[i]
	lo, hi := clauseAround(low, p.Start, p.End)
	if i > 0 {
		lo = max(lo, ps[i-1].End)
	}
	if i+1 < len(ps) {
		hi = min(hi, ps[i+1].Start)
	}
	if role := cueIn(sentenceCues, " "+string(low)+" ", true); role != "" {
		return role
	}
	if p.Price.Kind == value.Free && strings.EqualFold(text[p.Start:p.End], "free") {
		return freeRole(text, low, p.Start, p.End, lo, hi, refs)
	}
	if p.Price.Kind == value.Custom {
		return RolePrice
	}
	if role := cueIn(afterCues, wordsAfter(low, p.End, hi, cueWordsAfter), false); role != "" {
		return role
	}
	if feeAfter(wordsAfter(low, p.End, hi, feeWordsAfter)) {
		return RoleFee
	}
	before := wordsBefore(low, lo, p.Start, cueWordsBefore)
	if role := cueIn(beforeCues, before, false); role != "" {
		return role
	}
	if feeBefore(before) {
		return RoleFee
	}
	return RolePrice
}

// cueIn returns the role of the first cue, in the order of cues, that
// words (" "-joined, with a space at each end) hold as whole words, or as
// a word start when prefix is set.
func cueIn(cues []roleCue, words string, prefix bool) string {
	for _, c := range cues {
		if prefix && strings.Contains(words, " "+c.words) || strings.Contains(words, " "+c.words+" ") {
			return c.role
		}
	}
	return ""
}

// planFeeWords before "fee" make it a plan's fee: "a monthly fee of $29".
var planFeeWords = map[string]bool{"monthly": true, "annual": true, "yearly": true, "subscription": true,
	"license": true, "licence": true, "plan": true, "flat": true, "usage": true, "base": true, "platform": true}

// feeAfter reports whether the words after an amount name a fee for a
// thing, not a plan's fee: "$500 onboarding fee" but not "$29 monthly fee".
func feeAfter(words string) bool {
	ws := strings.Fields(words)
	for k, w := range ws {
		if w == "fee" || w == "fees" || w == "surcharge" {
			return k > 0 && !planFeeWords[ws[k-1]] && !periodWords[ws[k-1]]
		}
	}
	return false
}

// feeBefore reports whether the words before an amount name a fee for a
// thing: "an onboarding fee of $500", but not "a monthly fee of $29".
func feeBefore(words string) bool {
	ws := strings.Fields(words)
	for k := len(ws) - 1; k > 0; k-- {
		if ws[k] == "fee" || ws[k] == "fees" || ws[k] == "surcharge" {
			return !planFeeWords[ws[k-1]] && !articles[ws[k-1]]
		}
	}
	return false
}

// periodWords are the words of a period after an amount: "$29 per month fee".
var periodWords = map[string]bool{"per": true, "month": true, "year": true, "mo": true, "yr": true,
	"user": true, "seat": true}

// articles are the words that leave "fee" unqualified: "a fee of $5".
var articles = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true}

// clauseAround returns the clause of low around [start, end): from after
// the last sentence stop before start to the first one after end.
func clauseAround(low []byte, start, end int) (int, int) {
	lo, hi := start, end
	for lo > 0 && !clauseStop(low, lo-1) {
		lo--
	}
	for hi < len(low) && !clauseStop(low, hi) {
		hi++
	}
	return lo, hi
}

// clauseStop reports whether low[i] ends a clause: ";", "!", "?", a line
// break, or a full stop that no digit follows ("$2.5" goes on).
func clauseStop(low []byte, i int) bool {
	switch low[i] {
	case ';', '!', '?', '\n', '\r':
		return true
	case '.':
		return i+1 >= len(low) || low[i+1] < '0' || low[i+1] > '9'
	}
	return false
}

// wordsBefore returns the last n words of low[lo:at], lower case,
// " "-joined with a space at each end; a word is a run of letters.
func wordsBefore(low []byte, lo, at, n int) string {
	ws := appendWordsOf(nil, low[lo:at])
	if len(ws) > n {
		ws = ws[len(ws)-n:]
	}
	return " " + strings.Join(ws, " ") + " "
}

// wordsAfter returns the first n words of low[at:hi], as wordsBefore does.
func wordsAfter(low []byte, at, hi, n int) string {
	ws := appendWordsOf(nil, low[at:hi])
	if len(ws) > n {
		ws = ws[:n]
	}
	return " " + strings.Join(ws, " ") + " "
}

// appendWordsOf appends the words of b: runs of ASCII letters, and runs
// of digits as the word "#".
func appendWordsOf(out []string, b []byte) []string {
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && b[j] >= 'a' && b[j] <= 'z' {
			j++
		}
		if j > i {
			out = append(out, string(b[i:j]))
			i = j
			continue
		}
		for j < len(b) && (b[j] >= '0' && b[j] <= '9' || j > i && (b[j] == ',' || b[j] == '.') && j+1 < len(b) && b[j+1] >= '0' && b[j+1] <= '9') {
			j++
		}
		if j > i {
			out = append(out, "#")
			i = j
			continue
		}
		i++
	}
	return out
}

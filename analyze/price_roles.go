package analyze

import (
	"strings"

	"github.com/onestory/onestory/internal/words"
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
// stand in it: a legal limitation of liability states caps, not prices,
// and a sentence about bonuses, salaries or funding prices nothing.
var sentenceCues = []roleCue{{"liability", RoleCap}, {"liable", RoleCap},
	{"damages", RoleCap}, {"indemnif", RoleCap}, {"shall not exceed", RoleCap},
	{"bonus", RoleAmount}, {"salary", RoleAmount}, {"salaries", RoleAmount},
	{"compensation", RoleAmount}, {"commission", RoleAmount}, {"spiff", RoleAmount},
	{"stipend", RoleAmount}, {"reimburs", RoleAmount}, {"funding", RoleAmount},
	{"valuation", RoleAmount}, {"investors", RoleAmount}}

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

// nearCues are read in the two words right before an amount: "up to
// $50", "save $200", "over $2,000/month", "spending $10k+". Further away
// they say nothing of it ("up to 50 vehicles for $18").
var nearCues = []roleCue{
	{"min", RoleMinimum}, {"at least", RoleMinimum}, {"spend", RoleMinimum}, {"spending", RoleMinimum},
	{"up to", RoleCap}, {"max", RoleCap}, {"maximum", RoleCap}, {"cap", RoleCap}, {"capped", RoleCap},
	{"limit", RoleCap}, {"no more than", RoleCap}, {"over", RoleCap}, {"above", RoleCap},
	{"exceeding", RoleCap}, {"more than", RoleCap}, {"fine", RoleCap}, {"fines", RoleCap},
	{"save", RoleDiscount}, {"saves", RoleDiscount}, {"saving", RoleDiscount},
	{"raise", RoleAmount}, {"worth", RoleAmount}, {"earned", RoleAmount}, {"generated", RoleAmount},
}

// beforeCues are read in the six words before an amount, within its
// clause: "Minimum $2k/month spend", "raised a total of $27m".
var beforeCues = []roleCue{
	{"voucher", RoleCredit}, {"vouchers", RoleCredit}, {"credit of", RoleCredit}, {"credits of", RoleCredit},
	{"coupon", RoleCredit}, {"gift card", RoleCredit},
	{"minimum", RoleMinimum}, {"commit", RoleMinimum}, {"commitment", RoleMinimum},
	{"exceed", RoleCap}, {"threshold", RoleCap}, {"greater of", RoleCap}, {"lesser of", RoleCap}, {"fined", RoleCap}, {"penalty", RoleCap}, {"penalties", RoleCap},
	{"discount", RoleDiscount}, {"discount of", RoleDiscount}, {"rebate", RoleDiscount}, {"refund", RoleDiscount},
	{"raised", RoleAmount}, {"raising", RoleAmount}, {"funding", RoleAmount},
	{"revenue", RoleAmount}, {"arr", RoleAmount}, {"valuation", RoleAmount}, {"salary", RoleAmount},
	{"salaries", RoleAmount}, {"compensation", RoleAmount}, {"bonus", RoleAmount}, {"budget", RoleAmount},
	{"benefit", RoleAmount}, {"invested", RoleAmount}, {"investment", RoleAmount},
	{"grant", RoleAmount}, {"prize", RoleAmount}, {"spent", RoleAmount}, {"donated", RoleAmount},
	{"savings", RoleAmount}, {"saved", RoleAmount},
}

// Numbers of words the cues are looked for in, before and after an amount.
const (
	nearWordsBefore  = 2
	cueWordsBefore   = 6
	cueWordsAfter    = 2
	feeWordsAfter    = 3
	amountWordsAfter = 4
)

// afterAmountCues are read further after an amount than afterCues: what
// they name makes any amount before them no price.
var afterAmountCues = []roleCue{{"arr", RoleAmount}, {"iarr", RoleAmount}, {"revenue", RoleAmount},
	{"funding", RoleAmount}, {"contract", RoleAmount}, {"contracts", RoleAmount}, {"deal", RoleAmount},
	{"deals", RoleAmount}, {"transaction", RoleAmount}, {"pipeline", RoleAmount}, {"valuation", RoleAmount}}

// sentenceRole returns the role that a cue of sentenceCues in the
// lower-cased sentence low gives all its amounts, "" for none: read once a
// sentence, before priceRole reads each price.
func sentenceRole(low []byte) string {
	for _, c := range sentenceCues {
		if hasCueWord(low, c.words) {
			return c.role
		}
	}
	return ""
}

// priceRole returns the role of the price ps[i] in sentence text, whose
// lower-cased form is low, when the sentence gives no role to all its
// amounts (sentenceRole). The clause the price is read in ends at a
// sentence stop (".", ";", "!", "?", a line break) and at the prices next
// to it, so the cues of one amount do not give another its role. refs are
// the product and plan names of the sentence, qs its quantities.
func priceRole(text string, low []byte, ps []value.PriceSpan, i int, refs []planRef, qs []value.QuantitySpan) string {
	p := ps[i]
	if i > 0 && rangeJoint(low[ps[i-1].End:p.Start]) {
		return priceRole(text, low, ps, i-1, refs, qs) // "$500 to $5k": the high end of a range
	}
	lo, hi := words.StopsAround(low, p.Start, p.End)
	if i > 0 {
		lo = max(lo, ps[i-1].End)
	}
	if i+1 < len(ps) {
		hi = min(hi, ps[i+1].Start)
	}
	if p.Price.Kind == value.Free && strings.EqualFold(text[p.Start:p.End], "free") {
		return freeRole(text, low, p.Start, p.End, lo, hi, refs, qs)
	}
	if p.Price.Kind == value.Custom {
		return RolePrice
	}
	return amountRole(text, low, p.Start, p.End, lo, hi, refs)
}

// amountRole returns the role of the amount text[start:end] in its clause
// [lo, hi) from the cue words after it, then before it; a price when none.
func amountRole(text string, low []byte, start, end, lo, hi int, refs []planRef) string {
	at := afterName(text, end, hi, refs) // "$12K PostHog Scale voucher"
	if role := cueIn(afterCues, wordsAfter(low, at, hi, cueWordsAfter)); role != "" {
		return role
	}
	if role := cueIn(afterAmountCues, wordsAfter(low, at, hi, amountWordsAfter)); role != "" {
		return role // "$187k of Closed/Won IARR", "£1bn in additional revenue"
	}
	if feeAfter(wordsAfter(low, at, hi, feeWordsAfter)) {
		return RoleFee
	}
	if role := nearestCue(nearCues, wordsBefore(low, lo, start, nearWordsBefore), true); role != "" {
		return role
	}
	before := wordsBefore(low, lo, start, cueWordsBefore)
	if role := nearestCue(beforeCues, before, true); role != "" {
		return role
	}
	if feeBefore(before) {
		return RoleFee
	}
	return RolePrice
}

// rangeJoint reports whether b, lower case, only joins the two ends of a
// range or two alternatives: "-", "–", "—", "to" or "or", with spaces
// ("$600 / year OR $50 / month" are both the discount).
func rangeJoint(b []byte) bool {
	switch strings.TrimSpace(string(b)) {
	case "-", "–", "—", "to", "or":
		return true
	}
	return false
}

// afterName returns where the words after an amount ending at end start
// once a name right after it is passed: a plan's name or up to four
// capitalised words, so the cue of "$12K PostHog Scale voucher" is
// "voucher".
func afterName(text string, end, hi int, refs []planRef) int {
	for n := 0; n < 4; n++ {
		j := skipBlank(text, end)
		next := end
		for _, r := range refs {
			if r.start == j && r.end <= hi && r.end > next {
				next = r.end
			}
		}
		if next == end && j < hi && text[j] >= 'A' && text[j] <= 'Z' {
			k := j
			for k < hi && isWordByte(text[k]) {
				k++
			}
			if cueIn(afterCues, " "+strings.ToLower(text[j:k])+" ") == "" {
				next = k // a name, not "ARR" or "Voucher"
			}
		}
		if next == end {
			break
		}
		end = next
	}
	return end
}

// isWordByte reports whether c may be part of a name's word.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80
}

// cueIn returns the role of the cue that words (" "-joined, with a space
// at each end) hold as whole words nearest their start: the nearest cue
// after an amount.
func cueIn(cues []roleCue, words string) string {
	return nearestCue(cues, words, false)
}

// nearestCue returns the role of the cue in words that starts first, or,
// when last is set, the one that ends last (the nearest before an amount).
func nearestCue(cues []roleCue, words string, last bool) string {
	role, best := "", -1
	for _, c := range cues {
		at := spacedIndex(words, c.words)
		if at < 0 {
			continue
		}
		if last {
			at = spacedLastEnd(words, c.words)
		}
		if best < 0 || last && at > best || !last && at < best {
			role, best = c.role, at
		}
	}
	return role
}

// spacedIndex returns the index of " "+w+" " in s, or -1 when s does not
// hold it; w is not empty. It builds no string.
func spacedIndex(s, w string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if spacedAt(s, i, w) {
			return i - 1
		}
		from = i + 1
	}
}

// spacedLastEnd returns where the last " "+w+" " in s ends, or -1 when s
// does not hold it; w is not empty.
func spacedLastEnd(s, w string) int {
	for to := len(s); ; {
		i := strings.LastIndex(s[:to], w)
		if i < 0 {
			return -1
		}
		if spacedAt(s, i, w) {
			return i + len(w) + 1
		}
		to = i + len(w) - 1 // the next one starts before i
	}
}

// spacedAt reports whether w, found at s[i], has a space on each side.
func spacedAt(s string, i int, w string) bool {
	return i > 0 && s[i-1] == ' ' && i+len(w) < len(s) && s[i+len(w)] == ' '
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

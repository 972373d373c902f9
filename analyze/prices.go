package analyze

import (
	"fmt"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/value"
)

// valueFinder finds prices and quantities in a block's sentences and tells
// what each is about.
type valueFinder struct {
	subjects *subjectIndex
}

// valueScratch is the room the value finder reuses from sentence to
// sentence; it belongs to one Analyze call. Mentions take copies of what
// it holds.
type valueScratch struct {
	ps       []value.PriceSpan
	qs       []value.QuantitySpan
	where    []bounds
	refs     []planRef
	about    []aboutRef
	subjects []string
	// one cursor for the prices and one for the quantities of a block,
	// each located in increasing order
	prices, quantities extract.Cursor
	scan               value.Scanner
}

// blockContext is the plan a block is about, from its context, worked out
// when a price first needs it.
type blockContext struct {
	x       *subjectIndex
	t       *extract.Text
	bi      int
	subject string
	known   bool
}

// get returns the plan the block is about, "" for none.
func (c *blockContext) get() string {
	if !c.known {
		c.subject, c.known = c.x.contextSubject(c.t, c.bi), true
	}
	return c.subject
}

// blockValues appends the price and quantity mentions of the sentences of
// block bi of t, whose text lower-cased by lowerASCII is lower; first is
// the index of the block's first sentence in the document.
func (v *valueFinder) blockValues(out []ordered, sc *valueScratch, t *extract.Text, bi int, lower []byte, sents []Sentence, first int) []ordered {
	b := &t.Blocks[bi]
	context := blockContext{x: v.subjects, t: t, bi: bi}
	sc.prices, sc.quantities = b.Cursor(), b.Cursor()
	for i, s := range sents {
		sc.ps, sc.qs = sc.scan.AppendValues(sc.ps[:0], sc.qs[:0], s.Text)
		qs := withoutPrices(sc.qs, sc.ps)
		low := lower[s.Offset : s.Offset+len(s.Text)]
		out = v.priceMentions(out, sc, b, s, low, first+i, &context, qs)
		out = v.quantityMentions(out, sc, b, s, low, first+i, qs)
	}
	return out
}

// priceMentions appends the mentions of the prices sc.ps of sentence s,
// lower-cased as low, whose quantities are qs.
func (v *valueFinder) priceMentions(out []ordered, sc *valueScratch, b *extract.Block, s Sentence, low []byte, si int, context *blockContext, qs []value.QuantitySpan) []ordered {
	ps := sc.ps
	if len(ps) == 0 {
		return out
	}
	sc.where = sc.where[:0]
	for _, p := range ps {
		sc.where = append(sc.where, bounds{p.Start, p.End})
	}
	sc.refs = v.subjects.appendRefsLower(sc.refs[:0], s.Text, low)
	sc.subjects = appendSentenceSubjects(sc.subjects[:0], sc.refs, sc.where)
	all := sentenceRole(low)
	for i, p := range ps {
		subject := sc.subjects[i]
		if subject == "" {
			subject = context.get()
		}
		price := p.Price
		m := Mention{
			Kind: PriceMention, Text: s.Text[p.Start:p.End], Location: sc.prices.At(s.Offset + p.Start),
			Sentence: si, Subject: subject, Price: &price, Role: all,
		}
		if m.Role == "" {
			m.Role = priceRole(s.Text, low, ps, i, sc.refs, qs)
		}
		m.Annual = v.subjects.annual[m.Subject] && (price.Period == "year" || billedAnnually(s.Text[p.Start:annualEnd(s.Text, ps, i)]))
		if fact := v.subjects.moneyFact(sc, s.Text, low, ps, i, b.Context); fact != "" {
			m.Subject, m.Annual = fact, false // money that is a fact, never a plan's price
		}
		out = append(out, ordered{s.Offset + p.Start, s.Offset + p.End, m})
	}
	return out
}

// annualEnd is where to stop looking for "billed annually" after price i:
// a few words on, and never past the next price.
func annualEnd(text string, ps []value.PriceSpan, i int) int {
	end := min(len(text), ps[i].End+40)
	if i+1 < len(ps) {
		end = min(end, ps[i+1].Start)
	}
	return end
}

// quantityMentions appends the mentions of the quantities qs of sentence
// s, lower-cased as low.
func (v *valueFinder) quantityMentions(out []ordered, sc *valueScratch, b *extract.Block, s Sentence, low []byte, si int, qs []value.QuantitySpan) []ordered {
	if len(qs) == 0 {
		return out
	}
	facts := v.subjects.factSubjects(sc, s.Text, low, qs, b.Context)
	for i := range facts {
		if facts[i] != "" && v.subjects.segmentHeading(b.Context, facts[i]) {
			facts[i] = "" // a programme's or a deal's numbers are its own
		}
	}
	for i, q := range qs {
		quantity := q.Quantity
		if facts[i] == "" && b.Kind == extract.Cell {
			facts[i] = v.subjects.cellFact(b.Context, quantity)
		}
		m := Mention{
			Kind: QuantityMention, Text: s.Text[q.Start:q.End], Location: sc.quantities.At(s.Offset + q.Start),
			Sentence: si, Subject: facts[i], Quantity: &quantity,
		}
		out = append(out, ordered{s.Offset + q.Start, s.Offset + q.End, m})
	}
	return out
}

// withoutPrices drops the quantities that overlap a price: "$18" is a
// price, not also a number.
func withoutPrices(qs []value.QuantitySpan, ps []value.PriceSpan) []value.QuantitySpan {
	if len(ps) == 0 {
		return qs
	}
	out := qs[:0]
	for _, q := range qs {
		overlaps := false
		for _, p := range ps {
			if q.Start < p.End && p.Start < q.End {
				overlaps = true
				break
			}
		}
		if !overlaps {
			out = append(out, q)
		}
	}
	return out
}

// structuredPrices returns the mentions of the prices a page states in
// JSON-LD or microdata. A price that cannot be read is left out: the
// extractor keeps it in t.Prices for inspection.
func (v *valueFinder) structuredPrices(t *extract.Text) []Mention {
	var out []Mention
	for _, sp := range t.Prices {
		p, err := parseStructured(sp)
		if err != nil {
			continue
		}
		subject := ""
		if refs := v.subjects.refs(sp.Product); len(refs) > 0 {
			subject = refs[len(refs)-1].subject
		}
		out = append(out, Mention{
			Kind: PriceMention, Text: p.Text, Location: sp.Location, Sentence: -1,
			Subject: subject, Price: &p, Structured: true, Role: RolePrice,
		})
	}
	return out
}

// parseStructured reads a structured price and its currency ("18.00" and
// "USD") as one price, trying the amount before and after the code.
func parseStructured(sp extract.StructuredPrice) (value.Price, error) {
	amount := strings.TrimSpace(sp.Price)
	if high := strings.TrimSpace(sp.HighPrice); high != "" && high != amount {
		amount += "-" + high
	}
	cur := strings.TrimSpace(sp.Currency)
	if amount == "" {
		return value.Price{}, fmt.Errorf("structured price of %q has no amount", sp.Product)
	}
	var firstErr error
	for _, text := range []string{strings.TrimSpace(amount + " " + cur), strings.TrimSpace(cur + " " + amount)} {
		p, err := value.ParsePrice(text)
		if err == nil {
			return p, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return value.Price{}, fmt.Errorf("structured price of %q: %w", sp.Product, firstErr)
}

package story

import (
	"slices"

	"gopkg.in/yaml.v3"
)

// The keys of the story's lists of entries.
var (
	factKeys    = []string{"id", "about", "value"}
	claimsKeys  = []string{"approved", "forbidden"}
	claimKeys   = []string{"id", "text", "evidence"}
	messageKeys = []string{"id", "text", "required_in"}
	termKeys    = []string{"use", "avoid"}
	offerKeys   = []string{"id", "text", "valid_from", "valid_until"}
)

// facts decodes the facts list.
func (d *decoder) facts(n *yaml.Node) []Fact {
	items := d.seq(n, "facts", "a list of facts (id, about, value)")
	seen := map[string]int{}
	out := make([]Fact, 0, len(items))
	for i, it := range items {
		p := index("facts", i)
		m, ok := d.fields(it, p, factKeys)
		if !ok {
			continue
		}
		f := Fact{ID: d.id(m, it, p, seen), Pos: pos(it)}
		f.About = d.list(m, it, p, "about", `the phrases that name the fact, like ["free trial"]`)
		f.Value = d.quantity(m, it, p)
		out = append(out, f)
	}
	return out
}

// claims decodes the approved and forbidden claims.
func (d *decoder) claims(n *yaml.Node) Claims {
	if isNull(n) {
		return Claims{}
	}
	m, ok := d.fields(n, "claims", claimsKeys)
	if !ok {
		return Claims{}
	}
	items := d.seq(m["approved"], "claims.approved", "a list of claims (id, text, evidence)")
	seen := map[string]int{}
	c := Claims{Approved: make([]Claim, 0, len(items))}
	for i, it := range items {
		p := index("claims.approved", i)
		cm, ok := d.fields(it, p, claimKeys)
		if !ok {
			continue
		}
		c.Approved = append(c.Approved, Claim{
			ID:       d.id(cm, it, p, seen),
			Text:     d.required(cm, it, p, "text"),
			Evidence: d.str(cm["evidence"], join(p, "evidence")),
			Pos:      pos(it),
		})
	}
	c.Forbidden = d.strings(m["forbidden"], "claims.forbidden")
	return c
}

// messages decodes the key messages; required_in must name declared
// channels (or Other).
func (d *decoder) messages(n *yaml.Node, channels []string) []Message {
	items := d.seq(n, "messages", "a list of messages (id, text, required_in)")
	seen := map[string]int{}
	out := make([]Message, 0, len(items))
	known := append(slices.Clone(channels), Other)
	for i, it := range items {
		p := index("messages", i)
		m, ok := d.fields(it, p, messageKeys)
		if !ok {
			continue
		}
		msg := Message{ID: d.id(m, it, p, seen), Text: d.required(m, it, p, "text"), Pos: pos(it)}
		for _, ch := range d.items(m["required_in"], join(p, "required_in")) {
			if !slices.Contains(known, ch.s) {
				d.failf(ch.n, ch.path, "no channel %q%s; channels: %s", ch.s, didYouMean(ch.s, known), choices(known))
				continue
			}
			msg.RequiredIn = append(msg.RequiredIn, ch.s)
		}
		out = append(out, msg)
	}
	return out
}

// terms decodes the terminology list.
func (d *decoder) terms(n *yaml.Node) []Term {
	items := d.seq(n, "terminology", "a list of terms (use, avoid)")
	out := make([]Term, 0, len(items))
	for i, it := range items {
		p := index("terminology", i)
		m, ok := d.fields(it, p, termKeys)
		if !ok {
			continue
		}
		t := Term{Use: d.required(m, it, p, "use"), Pos: pos(it)}
		t.Avoid = d.list(m, it, p, "avoid", `the forms to write differently, like ["signup"]`)
		out = append(out, t)
	}
	return out
}

// offers decodes the offers list and checks their dates.
func (d *decoder) offers(n *yaml.Node) []Offer {
	items := d.seq(n, "offers", "a list of offers (id, text, valid_from, valid_until)")
	seen := map[string]int{}
	out := make([]Offer, 0, len(items))
	for i, it := range items {
		p := index("offers", i)
		m, ok := d.fields(it, p, offerKeys)
		if !ok {
			continue
		}
		o := Offer{ID: d.id(m, it, p, seen), Text: d.required(m, it, p, "text"), Pos: pos(it)}
		o.ValidFrom = d.date(m["valid_from"], join(p, "valid_from"))
		o.ValidUntil = d.date(m["valid_until"], join(p, "valid_until"))
		if !o.ValidFrom.IsZero() && !o.ValidUntil.IsZero() && o.ValidFrom.After(o.ValidUntil) {
			d.failf(m["valid_from"], join(p, "valid_from"), "valid_from %s is after valid_until %s",
				o.ValidFrom.Format("2006-01-02"), o.ValidUntil.Format("2006-01-02"))
		}
		out = append(out, o)
	}
	return out
}

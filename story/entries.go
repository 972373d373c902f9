package story

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// The keys of the story's lists of entries.
var (
	factKeys    = []string{"id", "about", "value", "scope"}
	claimsKeys  = []string{"approved", "forbidden"}
	claimKeys   = []string{"id", "text", "evidence"}
	messageKeys = []string{"id", "text", "required_in"}
	termKeys    = []string{"use", "avoid"}
	offerKeys   = []string{"id", "text", "valid_from", "valid_until"}
)

// entries decodes an optional list of mappings whose keys are among keys,
// calling one with the fields, node and key path of each; an item that is
// not a mapping is reported and left out. want says what the list holds,
// for the message when n is not a list.
func entries[T any](d *decoder, n *yaml.Node, path, want string, keys []string,
	one func(m map[string]*yaml.Node, it *yaml.Node, p string) T) []T {
	items := d.seq(n, path, want)
	out := make([]T, 0, len(items))
	for i, it := range items {
		p := index(path, i)
		if m, ok := d.fields(it, p, keys); ok {
			out = append(out, one(m, it, p))
		}
	}
	return out
}

// facts decodes the facts list.
func (d *decoder) facts(n *yaml.Node) []Fact {
	seen := map[string]int{}
	return entries(d, n, "facts", "a list of facts (id, about, value)", factKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) Fact {
			f := Fact{ID: d.id(m, it, p, seen), Pos: pos(it)}
			f.About = d.list(m, it, p, "about", `the phrases that name the fact, like ["free trial"]`)
			v := d.required(m, it, p, "value") // read once: a wrong type is one error
			f.Value = d.quantity(m, p, v)
			f.Money = moneyValue(v)
			f.Scope = d.strings(m["scope"], join(p, "scope"))
			return f
		})
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
	seen := map[string]int{}
	c := Claims{Approved: entries(d, m["approved"], "claims.approved", "a list of claims (id, text, evidence)", claimKeys,
		func(cm map[string]*yaml.Node, it *yaml.Node, p string) Claim {
			return Claim{
				ID:       d.id(cm, it, p, seen),
				Text:     d.required(cm, it, p, "text"),
				Evidence: d.str(cm["evidence"], join(p, "evidence")),
				Pos:      pos(it),
			}
		})}
	c.Forbidden = d.strings(m["forbidden"], "claims.forbidden")
	return c
}

// messages decodes the key messages; required_in must name declared
// channels (or Other).
func (d *decoder) messages(n *yaml.Node, channels []string) []Message {
	seen := map[string]int{}
	known := append(slices.Clone(channels), Other)
	return entries(d, n, "messages", "a list of messages (id, text, required_in)", messageKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) Message {
			msg := Message{ID: d.id(m, it, p, seen), Text: d.required(m, it, p, "text"), Pos: pos(it)}
			for _, ch := range d.items(m["required_in"], join(p, "required_in")) {
				if !slices.Contains(known, ch.s) {
					d.failf(ch.n, ch.path, "no channel %q%s; channels: %s", ch.s, didYouMean(ch.s, known), choices(known))
					continue
				}
				msg.RequiredIn = append(msg.RequiredIn, ch.s)
			}
			return msg
		})
}

// terms decodes the terminology list. An avoided form listed twice,
// whatever its case ("e-mail" and "E-Mail"), is kept once, with a warning:
// forms match regardless of case, so each hit would be reported twice.
func (d *decoder) terms(n *yaml.Node) []Term {
	seen := map[string]avoided{}
	return entries(d, n, "terminology", "a list of terms (use, avoid)", termKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) Term {
			t := Term{Use: d.required(m, it, p, "use"), Pos: pos(it)}
			t.Avoid = d.list(m, it, p, "avoid", `the forms to write differently, like ["signup"]`)
			t.Avoid = d.uniqueAvoid(t, m["avoid"], join(p, "avoid"), seen)
			return t
		})
}

// avoided is where an avoided form was first listed.
type avoided struct {
	form, use string
	line      int
}

// uniqueAvoid returns t's avoided forms without those listed before in the
// file, ignoring case, and warns at each one it drops.
func (d *decoder) uniqueAvoid(t Term, n *yaml.Node, path string, seen map[string]avoided) []string {
	nodes := []*yaml.Node{deref(n)}
	if v := deref(n); v != nil && v.Kind == yaml.SequenceNode && len(v.Content) == len(t.Avoid) {
		nodes = v.Content
	}
	var out []string
	for i, form := range t.Avoid {
		at := nodes[min(i, len(nodes)-1)]
		key := strings.ToLower(form)
		first, dup := seen[key]
		if !dup {
			seen[key] = avoided{form: form, use: t.Use, line: at.Line}
			out = append(out, form)
			continue
		}
		also := ""
		if first.use != t.Use {
			also = fmt.Sprintf(", where it says to use %q", first.use)
		}
		d.warnf(at, fmt.Sprintf("%s[%d]", path, i), "%q repeats %q (line %d%s): forms are matched whatever their case, so list it once",
			form, first.form, first.line, also)
	}
	return out
}

// offers decodes the offers list and checks their dates.
func (d *decoder) offers(n *yaml.Node) []Offer {
	seen := map[string]int{}
	return entries(d, n, "offers", "a list of offers (id, text, valid_from, valid_until)", offerKeys,
		func(m map[string]*yaml.Node, it *yaml.Node, p string) Offer {
			o := Offer{ID: d.id(m, it, p, seen), Text: d.required(m, it, p, "text"), Pos: pos(it)}
			o.ValidFrom = d.date(m["valid_from"], join(p, "valid_from"))
			o.ValidUntil = d.date(m["valid_until"], join(p, "valid_until"))
			if !o.ValidFrom.IsZero() && !o.ValidUntil.IsZero() && o.ValidFrom.After(o.ValidUntil) {
				d.failf(m["valid_from"], join(p, "valid_from"), "valid_from %s is after valid_until %s",
					o.ValidFrom.Format(time.DateOnly), o.ValidUntil.Format(time.DateOnly))
			}
			return o
		})
}

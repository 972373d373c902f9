package value

import "strings"

// Key returns a comparable normal form of the price:
// "fixed|18||USD|month|vehicle", "range|19|49|USD|month|". Every free price
// has the Key "free" and every custom price "custom", whatever their
// currency or period. From ("from $19") is not part of the Key: the amount
// stated is the same.
func (p Price) Key() string {
	switch p.Kind {
	case Free:
		return "free"
	case Custom:
		return "custom"
	}
	return strings.Join([]string{p.Kind.String(), p.Amount, p.Max, p.Currency, p.Period, UnitKey(p.Unit)}, "|")
}

// unitSynonyms are the per-units that name the same thing: a seat is a
// user ("$228/seat/year" is "$228 per user per year").
var unitSynonyms = map[string]string{"seat": "user", "named user": "user", "licensed user": "user",
	"active user": "user", "license": "user", "licence": "user"}

// UnitKey returns the form under which two per-units compare: "seat" and
// "user" are both "user"; other units are returned as they are.
func UnitKey(unit string) string {
	if u, ok := unitSynonyms[unit]; ok {
		return u
	}
	return unit
}

// Equal reports whether p and q state the same price (their Keys are equal).
func (p Price) Equal(q Price) bool { return p.Key() == q.Key() }

// Diff names what differs between p and q, in this order: "kind",
// "amount", "currency", "period", "unit". It is empty when they are Equal.
func (p Price) Diff(q Price) []string {
	if p.Equal(q) {
		return nil
	}
	if p.Kind != q.Kind && (p.Kind == Free || p.Kind == Custom || q.Kind == Free || q.Kind == Custom) {
		return []string{"kind"}
	}
	var out []string
	if p.Amount != q.Amount || p.Max != q.Max {
		out = append(out, "amount")
	}
	if p.Currency != q.Currency {
		out = append(out, "currency")
	}
	if p.Period != q.Period {
		out = append(out, "period")
	}
	if UnitKey(p.Unit) != UnitKey(q.Unit) {
		out = append(out, "unit")
	}
	if len(out) == 0 {
		out = append(out, "kind")
	}
	return out
}

// String returns the price as a person reads it: "$18 per vehicle per
// month", "€49 per month", "from $19", "$19–$49 per month", "CHF 1,049.95",
// "free", "custom pricing".
func (p Price) String() string {
	switch p.Kind {
	case Free:
		return "free"
	case Custom:
		return "custom pricing"
	}
	var b strings.Builder
	if p.From {
		b.WriteString("from ")
	}
	b.WriteString(money(p.Amount, p.Currency))
	if p.Kind == Range {
		b.WriteString("–")
		b.WriteString(money(p.Max, p.Currency))
	}
	if p.Unit != "" {
		b.WriteString(" per ")
		b.WriteString(unitText(p.Unit))
	}
	switch p.Period {
	case "":
	case "once":
		b.WriteString(" one-time")
	default:
		b.WriteString(" per ")
		b.WriteString(p.Period)
	}
	return b.String()
}

// String returns the name of the kind: "fixed", "free", "custom", "range".
func (k PriceKind) String() string {
	switch k {
	case Free:
		return "free"
	case Custom:
		return "custom"
	case Range:
		return "range"
	}
	return "fixed"
}

// prefixSymbols are the currencies written before the amount in String.
var prefixSymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥",
	"INR": "₹", "AUD": "A$", "CAD": "C$", "BRL": "R$", "KRW": "₩", "ILS": "₪"}

// money writes an amount with its currency: "$1,299.99", "CHF 49", "49 kr".
func money(amount, currency string) string {
	n := group(amount)
	if sym, ok := prefixSymbols[currency]; ok {
		return sym + n
	}
	if currency == "" {
		return n
	}
	if isISOCode(currency) {
		return currency + " " + n
	}
	return n + " " + currency
}

// group writes a canonical decimal with thousands commas and, when it has
// cents, two decimals: "1299.9" → "1,299.90".
func group(d string) string {
	intPart, frac, _ := strings.Cut(d, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		if len(frac) == 1 {
			frac += "0"
		}
		b.WriteString("." + frac)
	}
	return b.String()
}

// unitText writes a unit after "per": "user", "1,000 events".
func unitText(unit string) string {
	count, noun, ok := strings.Cut(unit, " ")
	if !ok {
		return unit
	}
	return group(count) + " " + plural(noun)
}

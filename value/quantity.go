package value

import "strings"

// Key returns a comparable normal form of the quantity: "|14||day",
// "at-least|120||integration". Weeks are already days and "1M" is already
// "1000000", so "two weeks" and "14 days" have the same Key.
func (q Quantity) Key() string {
	return strings.Join([]string{q.Op, q.Value, q.Max, q.Unit}, "|")
}

// Equal reports whether q and r state the same quantity (equal Keys).
func (q Quantity) Equal(r Quantity) bool { return q.Key() == r.Key() }

// Diff names what differs between q and r: "op", "value", "unit".
func (q Quantity) Diff(r Quantity) []string {
	var out []string
	if q.Op != r.Op {
		out = append(out, "op")
	}
	if q.Value != r.Value || q.Max != r.Max {
		out = append(out, "value")
	}
	if q.Unit != r.Unit {
		out = append(out, "unit")
	}
	return out
}

// Bounds returns the interval the quantity states, as canonical decimals,
// "" for an unbounded end: "14 days" and "about 14 days" are [14, 14],
// "120+" [120, ""], "up to 12%" ["", 12], "30–60 minutes" [30, 60]. A
// bound stated on a range keeps its other end: "up to 30–60" is ["", 60].
// A Value that is no number ("24/7") is returned as both ends.
func (q Quantity) Bounds() (lo, hi string) {
	lo, hi = q.Value, q.Value
	if q.Max != "" {
		hi = q.Max
	}
	switch q.Op {
	case "at-least":
		hi = ""
	case "at-most":
		lo = ""
	}
	return lo, hi
}

// String returns the quantity as a person reads it: "14 days", "99.95%",
// "120+ integrations", "up to 12%", "about 20 users", "30–60 minutes", "10
// GB", "2x", "2,500 customers", "24/7 support".
func (q Quantity) String() string {
	if q.Value == "24/7" {
		return strings.TrimSpace("24/7 " + q.Unit)
	}
	n := groupPlain(q.Value)
	if q.Max != "" {
		n += "–" + groupPlain(q.Max)
	}
	if q.Op == "at-least" {
		n += "+"
	}
	switch q.Unit {
	case "":
	case "percent":
		n += "%"
	case "x":
		n += "x"
	case "kb", "mb", "gb", "tb", "pb":
		n += " " + strings.ToUpper(q.Unit)
	default:
		unit := q.Unit
		if q.Value != "1" || q.Max != "" {
			unit = plural(unit)
		}
		n += " " + unit
	}
	switch q.Op {
	case "at-most":
		n = "up to " + n
	case "about":
		n = "about " + n
	}
	return n
}

// groupPlain writes a canonical decimal with thousands commas, keeping the
// decimals as they are: "2500" → "2,500", "99.95" → "99.95".
func groupPlain(d string) string {
	intPart, frac, ok := strings.Cut(d, ".")
	g := group(intPart)
	if ok {
		return g + "." + frac
	}
	return g
}

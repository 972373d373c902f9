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

// String returns the quantity as a person reads it: "14 days", "99.95%",
// "120+ integrations", "up to 12%", "2x", "2,500 customers", "24/7 support".
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
	default:
		unit := q.Unit
		if q.Value != "1" || q.Max != "" {
			unit = plural(unit)
		}
		n += " " + unit
	}
	if q.Op == "at-most" {
		n = "up to " + n
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

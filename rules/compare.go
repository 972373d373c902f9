package rules

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/onestory/onestory/value"
)

// priceAgrees reports whether a price a source states agrees with the
// story's. Parts the source leaves unstated (currency, period, unit) are not
// a disagreement when the amount matches: "$18" agrees with "$18 per vehicle
// per month". A custom price agrees only with a custom price; a free one
// with "free" or a zero amount.
func priceAgrees(src, canon value.Price) bool {
	switch canon.Kind {
	case value.Custom:
		return src.Kind == value.Custom
	case value.Free:
		return isFree(src)
	}
	if isFree(canon) {
		return isFree(src)
	}
	if src.Kind != canon.Kind || src.Amount != canon.Amount || src.Max != canon.Max {
		return false
	}
	return unstatedOrEqual(src.Currency, canon.Currency) &&
		unstatedOrEqual(src.Period, canon.Period) &&
		unstatedOrEqual(value.UnitKey(src.Unit), value.UnitKey(canon.Unit))
}

// isFree reports whether p costs nothing: "free" or a fixed zero amount.
func isFree(p value.Price) bool {
	return p.Kind == value.Free || (p.Kind == value.Fixed && p.Amount == "0")
}

func unstatedOrEqual(src, canon string) bool { return src == "" || canon == "" || src == canon }

// priceValue is the normal form under which corpus rules group prices: the
// parts a source leaves unstated are taken from the story's price (when
// there is one), so "$21" and "$21 per vehicle per month" on a Fleet plan
// are one value. "from" is dropped.
func priceValue(p value.Price, canon *value.Price) string {
	switch {
	case p.Kind == value.Custom:
		return "custom"
	case isFree(p):
		return "free"
	}
	if canon != nil && (canon.Kind == value.Fixed || canon.Kind == value.Range) {
		p.Currency = fill(p.Currency, canon.Currency)
		p.Period = fill(p.Period, canon.Period)
		p.Unit = fill(p.Unit, canon.Unit)
	}
	return strings.Join([]string{p.Amount, p.Max, p.Currency, p.Period, value.UnitKey(p.Unit)}, "|")
}

func fill(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// seconds converts units of time to seconds, so "two weeks" and "14 days"
// compare equal.
var seconds = map[string]int64{
	"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400,
}

// measures are units whose difference changes what is said ("14 days" is
// not "14 hours"). Other units are the counted thing ("2,500 customers",
// "2,500 fleets") and do not make two quantities differ.
var measures = map[string]bool{
	"second": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "percent": true, "x": true, "millisecond": true,
	"kb": true, "mb": true, "gb": true, "tb": true, "km": true, "mile": true,
}

// normQuantity is a quantity in comparable form.
type normQuantity struct {
	value, max string // exact rationals, or the text as given when not a number
	lo, hi     string // the bounds it states (value.Quantity.Bounds), scaled; "" unbounded
	unit       string // a measure unit ("second" for time), or "" for a count
	op         string
}

func normalize(q value.Quantity) normQuantity {
	n := normQuantity{value: q.Value, max: q.Max, op: q.Op}
	scale := int64(1)
	if s, ok := seconds[q.Unit]; ok {
		scale, n.unit = s, "second"
	} else if measures[q.Unit] {
		n.unit = q.Unit
	}
	n.value = scaled(q.Value, scale)
	n.max = scaled(q.Max, scale)
	scaledQ := value.Quantity{Value: n.value, Max: n.max, Op: q.Op}
	n.lo, n.hi = scaledQ.Bounds()
	return n
}

// scaled multiplies a canonical decimal by scale, exactly; text that is not
// a number (such as "24/7") is returned as it is. Whole numbers whose
// product fits in an int64, nearly all of them, are done without math/big,
// with the same result.
func scaled(s string, scale int64) string {
	if s == "" {
		return ""
	}
	if v, err := strconv.ParseInt(s, 10, 64); err == nil && scale > 0 && v <= math.MaxInt64/scale && v >= math.MinInt64/scale {
		return strconv.FormatInt(v*scale, 10)
	}
	return scaledRat(s, scale)
}

// scaledRat is scaled in exact rational arithmetic.
func scaledRat(s string, scale int64) string {
	r, ok := new(big.Rat).SetString(s)
	if s == "" || !ok {
		return s
	}
	return r.Mul(r, big.NewRat(scale, 1)).RatString()
}

// quantityAgrees reports whether a quantity a source states agrees with the
// story's, by meaning: both are read as intervals (value.Quantity.Bounds,
// after unit conversion, an unstated unit taken as the story's) and they
// agree when every bound the source states is the story's bound at that
// end, an exact story value being both its bounds. So "up to 10 users"
// states the story's 10 users, "over 1,500", ">1,500" and "1,500+" the
// story's "1,500+", "about 20" the story's 20, and "30–60 minutes" the
// story's "30–60 minutes"; but "120" drops the story's "120+" (it states an
// upper bound the story does not), "over 100" is another number, and
// "30–60" states a lower bound that "up to 60" does not. Units of measure
// must not differ.
func quantityAgrees(src, canon value.Quantity) bool {
	if src.Key() == canon.Key() {
		return true
	}
	if src.Unit == "" {
		src.Unit = canon.Unit // "14" in a sentence about the trial
	}
	a, b := normalize(src), normalize(canon)
	if a.unit != "" && b.unit != "" && a.unit != b.unit {
		return false
	}
	return (a.lo == "" || a.lo == b.lo) && (a.hi == "" || a.hi == b.hi)
}

// quantityValue is the normal form under which corpus rules group
// quantities of one fact; an unstated unit of measure is taken from the
// story's value. The operator is left out, as quantityAgrees leaves out an
// operator against an exact number: "2,500" and "over 2,500" do not
// conflict.
func quantityValue(q value.Quantity, canon *value.Quantity) string {
	n := normalize(q)
	if n.unit == "" && canon != nil && q.Unit == "" {
		n = normalize(value.Quantity{Value: q.Value, Max: q.Max, Op: q.Op, Unit: canon.Unit})
	}
	return strings.Join([]string{n.value, n.max, n.unit}, "|")
}

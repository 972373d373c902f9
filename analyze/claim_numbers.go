package analyze

import (
	"slices"
	"strings"

	"github.com/onestory/onestory/value"
)

// claimNumbers returns the numeric signature of a claim: every quantity and
// price it states with its operator, sorted, so that two claims state the
// same numbers exactly when their signatures are equal. Quantities and
// prices come from the value package ("up to 12%" is at-most 12 percent);
// numbers it does not read ("3x", "#1", "twice") are read here, with the
// hedge before them ("up to", "at least", "nearly").
func claimNumbers(text string, ws []simWord) []string {
	var out []string
	var covered [][2]int
	if !strings.ContainsAny(text, "0123456789") {
		text = "" // no digit: only number words, read below
	}
	prices, quantities := value.FindValues(text)
	for _, q := range quantities {
		v := q.Quantity
		if v.Op == "about" {
			v.Op = "" // "about 20%" restates "20%"; a bound does not
		}
		out = append(out, "q:"+v.Op+"|"+v.Value+"|"+v.Max+"|"+v.Unit)
		covered = append(covered, [2]int{q.Start, q.End})
	}
	for _, p := range prices {
		out = append(out, "p:"+p.Price.Key())
		covered = append(covered, [2]int{p.Start, p.End})
	}
	for i, w := range ws {
		if isCovered(covered, w.start) {
			continue
		}
		if n, unit, op := plainNumber(ws, i); n != "" {
			if op == "" {
				op = hedgeBefore(ws, i)
			}
			out = append(out, "q:"+op+"|"+n+"||"+unit)
		}
	}
	slices.Sort(out)
	return out
}

// numbersChanged reports whether a claim with the numeric signature got
// states other numbers than an approved claim with signature ref: got has a
// number of a unit ref has that ref does not ("up to 20%" for "up to 12%",
// "12%" for "up to 12%"). A number of another unit, a year say, changes
// nothing, and neither does leaving one of ref's numbers out: "50–75%
// faster" restates "50–75% faster and 95% more accurate" in part, it does
// not change it.
func numbersChanged(got, ref []string) bool {
	units := map[string]bool{}
	for _, r := range ref {
		units[numberUnit(r)] = true
	}
	for _, g := range got {
		if !slices.Contains(ref, g) && units[numberUnit(g)] {
			return true
		}
	}
	return false
}

// numberUnit returns the unit of one entry of a numeric signature, "price"
// for prices.
func numberUnit(sig string) string {
	if strings.HasPrefix(sig, "p:") {
		return "price"
	}
	return sig[strings.LastIndexByte(sig, '|')+1:]
}

func isCovered(spans [][2]int, at int) bool {
	for _, s := range spans {
		if at >= s[0] && at < s[1] {
			return true
		}
	}
	return false
}

// plainNumber returns the number ws[i] states, in the form of
// value.Quantity: "12" percent, "3" x, "2" x for "twice", "2500" with no
// unit, and "at-least" for "120+"; n is "" when ws[i] is no number.
func plainNumber(ws []simWord, i int) (n, unit, op string) {
	w := ws[i].low
	if m, ok := multipliers[w]; ok {
		if strings.HasSuffix(m, "x") || claimNext(ws, i) == "times" {
			return strings.TrimSuffix(m, "x"), "x", ""
		}
		return "", "", ""
	}
	if !ws[i].num {
		return "", "", ""
	}
	n = strings.TrimPrefix(strings.ReplaceAll(w, ",", ""), "#")
	if strings.HasSuffix(n, "+") {
		n, op = strings.TrimSuffix(n, "+"), "at-least"
	}
	switch {
	case strings.HasSuffix(n, "%") || claimNext(ws, i) == "percent":
		n, unit = strings.TrimSuffix(n, "%"), "percent"
	case strings.HasSuffix(n, "x") || strings.HasSuffix(n, "×") || claimNext(ws, i) == "times":
		n, unit = strings.TrimSuffix(strings.TrimSuffix(n, "x"), "×"), "x"
	}
	return n, unit, op
}

// hedgeBefore returns the operator that the words before ws[i] state: "up
// to 12%" is at-most, "at least 12%" at-least, "" when none.
func hedgeBefore(ws []simWord, i int) string {
	for n := 3; n >= 1; n-- {
		if i-n < 0 {
			continue
		}
		var b strings.Builder
		for j := i - n; j < i; j++ {
			if j > i-n {
				b.WriteByte(' ')
			}
			b.WriteString(ws[j].low)
		}
		if op, ok := hedges[b.String()]; ok {
			return op
		}
	}
	return ""
}

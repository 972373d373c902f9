package rules

import "strings"

// listItem is one item of a list of names: words [from, to).
type listItem struct {
	from, to int
	span     int // index into spans, or -1
}

// list reads the list around plan name span k: "three pricing tiers, Free,
// Team, and Enterprise", "the team or enterprise plan". An item the story
// does not know is a hit when a plan noun stands right after the list or
// shortly before it, or when two items are known plans; in a lower-case
// list ("team or enterprise plan") only with the noun after it. A list of
// one known plan and other names ("Enterprise and Startup customers") may
// list market segments: it is no evidence alone.
func (p *sentencePlans) list(k int) {
	sp := p.spans[k]
	if sp.product >= 0 {
		return
	}
	lower := !p.ws[sp.from].upper
	items := []listItem{{sp.from, sp.to, k}}
	for q, ok := p.sepAfter(sp.to - 1); ok; q, ok = p.sepAfter(items[len(items)-1].to - 1) {
		it, ok := p.itemFrom(q, lower)
		if !ok {
			break
		}
		items = append(items, it)
	}
	for e, ok := p.sepBefore(sp.from); ok; e, ok = p.sepBefore(items[0].from) {
		it, ok := p.itemTo(e, lower)
		if !ok {
			break
		}
		items = append([]listItem{it}, items...)
	}
	if len(items) < 2 {
		return
	}
	last := items[len(items)-1]
	nounAfter := last.to < len(p.ws) && p.spaced(last.to-1) && isPlanNoun(string(p.ws[last.to].lower))
	nounBefore := false
	for w := max(0, items[0].from-3); w < items[0].from; w++ {
		nounBefore = nounBefore || isPlanNoun(string(p.ws[w].lower))
	}
	known := 0
	for _, it := range items {
		if it.span >= 0 && p.spans[it.span].product < 0 {
			known++
		}
	}
	for _, it := range items {
		switch {
		case it.span >= 0:
			if nounAfter || nounBefore {
				p.known(it.span)
			}
		case it.to-it.from == 1 && notNames[string(p.ws[it.from].lower)]:
		case lower && nounAfter:
			p.hit(it.from, it.to, p.spans[k].plans[0].product)
		case !lower && (nounAfter || nounBefore || known >= 2):
			p.hit(it.from, it.to, p.spans[k].plans[0].product)
		}
	}
}

// isPlanNoun reports whether w (lower case) is a plan noun.
func isPlanNoun(w string) bool {
	_, ok := planNouns[w]
	return ok
}

// isAndOr reports whether w joins the last items of a list.
func isAndOr(w string) bool { return w == "and" || w == "or" }

// listSep reports whether the text between two words separates list items.
func listSep(gap string) bool {
	g := strings.TrimSpace(gap)
	return g == "," || g == "/" || g == "&"
}

// sepAfter returns where the next list item starts after the item ending
// with word i.
func (p *sentencePlans) sepAfter(i int) (int, bool) {
	if i+1 >= len(p.ws) {
		return 0, false
	}
	q := i + 1
	switch {
	case listSep(p.text[p.ws[i].end:p.ws[q].start]):
	case p.spaced(i) && isAndOr(string(p.ws[q].lower)):
	default:
		return 0, false
	}
	if isAndOr(string(p.ws[q].lower)) {
		if q+1 >= len(p.ws) || !p.spaced(q) {
			return 0, false
		}
		q++
	}
	return q, true
}

// sepBefore returns where the list item before the one starting at word j
// ends (exclusive).
func (p *sentencePlans) sepBefore(j int) (int, bool) {
	if j == 0 {
		return 0, false
	}
	if listSep(p.text[p.ws[j-1].end:p.ws[j].start]) {
		return j, !isAndOr(string(p.ws[j-1].lower))
	}
	if !isAndOr(string(p.ws[j-1].lower)) || !p.spaced(j-1) || j < 2 {
		return 0, false
	}
	gap := p.text[p.ws[j-2].end:p.ws[j-1].start]
	return j - 1, strings.TrimSpace(gap) == "" || listSep(gap)
}

// itemFrom reads the list item starting at word q.
func (p *sentencePlans) itemFrom(q int, lower bool) (listItem, bool) {
	if k := p.at[q]; k >= 0 {
		return listItem{q, p.spans[k].to, k}, true
	}
	w := p.ws[q]
	if isPlanNoun(string(w.lower)) || isAndOr(string(w.lower)) {
		return listItem{}, false
	}
	if w.upper {
		e := q + 1
		for e < len(p.ws) && e-q < 3 && p.ws[e].upper && p.at[e] < 0 && p.spaced(e-1) && !isPlanNoun(string(p.ws[e].lower)) {
			e++
		}
		return listItem{q, e, -1}, true
	}
	return listItem{q, q + 1, -1}, lower
}

// itemTo reads the list item ending just before word e.
func (p *sentencePlans) itemTo(e int, lower bool) (listItem, bool) {
	if k := p.ends[e-1]; k >= 0 {
		return listItem{p.spans[k].from, e, k}, true
	}
	w := p.ws[e-1]
	if isPlanNoun(string(w.lower)) || isAndOr(string(w.lower)) {
		return listItem{}, false
	}
	if w.upper {
		return listItem{p.upperRun(e, 3), e, -1}, true
	}
	return listItem{e - 1, e, -1}, lower
}

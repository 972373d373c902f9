package rules

// known handles name span k written in plan position: a retired plan name
// is a hit.
func (p *sentencePlans) known(k int) {
	sp := p.spans[k]
	if sp.product >= 0 || !retiredOnly(sp.plans) {
		return
	}
	p.addHit(planHit{start: p.ws[sp.from].start, end: p.ws[sp.to-1].end, product: sp.plans[0].product, retired: sp.plans})
}

// hasProduct reports whether one of refs is a plan of product.
func hasProduct(refs []planRef, product int) bool {
	for _, r := range refs {
		if r.product == product {
			return true
		}
	}
	return false
}

// retiredOnly reports whether every plan a name stands for has it as a
// retired name.
func retiredOnly(refs []planRef) bool {
	for _, r := range refs {
		if !r.retired {
			return false
		}
	}
	return len(refs) > 0
}

// allTiers reports whether words [from, to) are all plan vocabulary.
func (p *sentencePlans) allTiers(from, to int) bool {
	for i := from; i < to; i++ {
		if !tierWords[string(p.ws[i].lower)] {
			return false
		}
	}
	return from < to
}

// allUpper reports whether words [from, to) are all capitalised.
func (p *sentencePlans) allUpper(from, to int) bool {
	for i := from; i < to; i++ {
		if !p.ws[i].upper {
			return false
		}
	}
	return true
}

// hit records words [from, to) as an unknown plan name, once.
func (p *sentencePlans) hit(from, to, product int) {
	p.addHit(planHit{start: p.ws[from].start, end: p.ws[to-1].end, product: product})
}

// addHit records h unless it overlaps a hit already recorded.
func (p *sentencePlans) addHit(h planHit) {
	for _, o := range p.hits {
		if o.start < h.end && h.start < o.end {
			return
		}
	}
	p.hits = append(p.hits, h)
}

package rules

import (
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/story"
)

var planName = &Rule{
	ID: "plan-name",
	Doc: `A plan name the story does not know, or a retired one

A name written where a plan's name stands — before a plan noun (“the Team
plan”, “our Business tier”, “Enterprise Starter pricing”, “a Cody Pro
subscription”), after a product's name (“Cody Pro”), extending a known
plan's name (“Enterprise Starter”), or in a list with the story's plans
(“three tiers: Free, Team and Enterprise”) — that is not one of the story's
plans, nor an alias, is reported with the plans the story knows: “Team” is
not a plan of Sourcegraph; its plans are Free and Enterprise. A plan's
retired_names are reported as retired, with the current name as the fix
when exactly one plan had that name. Ordinary words before a plan noun
(“the right plan”, “a paid plan”, “your current plan”, “the annual plan”)
and names of other things (“Mutual Action Plan”, “Apache License”) are not
plan names.`,
	Severity: Warning,
	Scope:    Document,
	Reads:    analyze.FindSentences,
	Marks:    MarksPlans,
	Check:    checkPlanName,
}

// checkPlanName reports the unknown and retired plan names of each
// sentence.
func checkPlanName(p *Pass) {
	if p.Story == nil || p.known == nil {
		return
	}
	var sp sentencePlans
	for i := range p.Doc.Sentences {
		s := &p.Doc.Sentences[i]
		for _, h := range sp.find(p.known.plans, s.Text) {
			p.Report(planFinding(p, s, h))
		}
	}
	for _, h := range p.known.plans.tablePlans(p.Doc) {
		b := &p.Doc.Text.Blocks[h.block]
		s := analyze.Sentence{Text: b.Text, Block: h.block, Location: b.Location}
		p.Report(planFinding(p, &s, planHit{start: 0, end: len(strings.TrimRight(b.Text, " *+")), product: -1}))
	}
}

// planFinding builds the finding of one hit.
func planFinding(p *Pass, s *analyze.Sentence, h planHit) Finding {
	text := s.Text[h.start:h.end]
	f := Finding{Location: sentenceAt(p.Doc, s, h.start), Found: clip(text), Excerpt: clip(s.Text)}
	if len(h.retired) > 0 {
		r := h.retired[0]
		prod, plan := &p.Story.Products[r.product], &p.Story.Products[r.product].Plans[r.plan]
		f.Subject, f.Expected = prod.ID+"/"+plan.ID, plan.Name
		f.Message = quoteShort(text) + " is the retired name of " + planTitle(prod, plan, false) + "."
		if len(h.retired) == 1 {
			f.Fix = plan.Name
		} else {
			f.Message = quoteShort(text) + " is a retired name of " + planList(p.Story, h.retired) + "."
		}
		return f
	}
	prods := planProducts(p.Story, h.product)
	f.Expected = knownPlans(p.Story, prods)
	if len(prods) == 1 {
		f.Subject = p.Story.Products[prods[0]].ID
		f.Message = quoteShort(text) + " is not a plan of " + p.Story.Products[prods[0]].Name + " in " + storyName(p) +
			"; its plans are " + f.Expected + "."
	} else {
		f.Message = quoteShort(text) + " is not a plan in " + storyName(p) + "; its plans are " + f.Expected + "."
	}
	return f
}

// planProducts returns the products whose plans a hit is compared with:
// the one it is written for, the only product with plans, or every
// product with plans.
func planProducts(s *story.Story, product int) []int {
	if product >= 0 && len(s.Products[product].Plans) > 0 {
		return []int{product}
	}
	var out []int
	for i, pr := range s.Products {
		if len(pr.Plans) > 0 {
			out = append(out, i)
		}
	}
	return out
}

// knownPlans lists the plans of the products: "Free, Team and Enterprise",
// each prefixed by its product when there are several.
func knownPlans(s *story.Story, prods []int) string {
	var names []string
	for _, i := range prods {
		pr := s.Products[i]
		for _, pl := range pr.Plans {
			name := pl.Name
			if len(prods) > 1 && !strings.HasPrefix(name, pr.Name+" ") {
				name = pr.Name + " " + name
			}
			names = append(names, name)
		}
	}
	return andList(names)
}

// planList names the plans refs point at, for a message.
func planList(s *story.Story, refs []planRef) string {
	var names []string
	for _, r := range refs {
		pr := s.Products[r.product]
		names = append(names, planTitle(&pr, &pr.Plans[r.plan], false))
	}
	return andList(names)
}

// andList joins names as a sentence does: "A, B and C", or "none".
func andList(names []string) string {
	if len(names) == 0 {
		return "none"
	}
	return joinAnd(names)
}

package rules

import (
	"strings"

	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// planOf finds the plan a subject such as "routeplanner/fleet" names.
func planOf(s *story.Story, subject string) (*story.Product, *story.Plan) {
	if s == nil {
		return nil, nil
	}
	prod, plan, ok := strings.Cut(subject, "/")
	if !ok {
		return nil, nil
	}
	for i := range s.Products {
		p := &s.Products[i]
		if p.ID != prod {
			continue
		}
		for j := range p.Plans {
			if p.Plans[j].ID == plan {
				return p, &p.Plans[j]
			}
		}
	}
	return nil, nil
}

// canonicalPrice returns the story's price for a plan subject, the annual
// one when annual is set; nil when the story gives none.
func canonicalPrice(s *story.Story, subject string, annual bool) (*story.Product, *story.Plan, *value.Price) {
	prod, plan := planOf(s, subject)
	if plan == nil {
		return nil, nil, nil
	}
	if annual {
		return prod, plan, plan.AnnualPrice
	}
	return prod, plan, plan.Price
}

// planTitle names a plan as a sentence does: "the Fleet plan of
// RoutePlanner", or "DriverLog Pro" when the plan's name already says the
// product.
func planTitle(prod *story.Product, plan *story.Plan, annual bool) string {
	var t string
	if strings.Contains(plan.Name, prod.Name) {
		t = plan.Name
	} else {
		t = "the " + plan.Name + " plan of " + prod.Name
	}
	if annual {
		t = "the annual price of " + t
	}
	return t
}

// factOf finds the fact a subject names.
func factOf(s *story.Story, subject string) *story.Fact {
	if s == nil {
		return nil
	}
	for i := range s.Facts {
		if s.Facts[i].ID == subject {
			return &s.Facts[i]
		}
	}
	return nil
}

// factTitle names a fact by the first phrase that names it: "free trial".
func factTitle(f *story.Fact) string {
	if len(f.About) > 0 {
		return f.About[0]
	}
	return f.ID
}

// capitalize upper-cases the first letter of an ASCII sentence start.
func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

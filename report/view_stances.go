package report

import (
	"slices"
	"strings"

	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// FeatureGrid is the features × plans view of one product: for each
// feature and each plan, what the story says and what each channel says.
type FeatureGrid struct {
	Product string
	Plans   []string // the plans' names, in story order
	Rows    []FeatureRow
}

// FeatureRow is one feature of a FeatureGrid.
type FeatureRow struct {
	Feature string
	Cells   []Item // one per plan: the matrix row of the feature on that plan
}

// stanceItems lists the matrix rows of the story's policies and, for each
// feature, one row per plan of its product.
func stanceItems(s *story.Story) []Item {
	var items []Item
	for _, p := range s.Policies {
		label := p.ID
		if len(p.About) > 0 {
			label = p.About[0]
		}
		items = append(items, Item{Kind: "policy", Subject: p.ID, Label: "policy: " + label, Story: orNoStance(p.Stance)})
	}
	for _, f := range s.Features {
		prod := productOf(s, f.Product)
		if prod == nil {
			continue
		}
		for _, pl := range prod.Plans {
			st := "not stated"
			if f.Known {
				st = rules.Inclusion(f.Includes(pl.ID))
			}
			items = append(items, Item{Kind: "entitlement", Subject: f.ID + "/" + pl.ID,
				Label: f.Name + " on " + planLabel(*prod, pl), Story: st})
		}
	}
	return items
}

// featureGrids arranges the entitlement rows of the matrix into one grid
// per product, features in story order.
func featureGrids(s *story.Story, items []Item) []FeatureGrid {
	byKey := map[string]Item{}
	for _, it := range items {
		if it.Kind == "entitlement" {
			byKey[it.Subject] = it
		}
	}
	var grids []FeatureGrid
	for _, f := range s.Features {
		prod := productOf(s, f.Product)
		if prod == nil {
			continue
		}
		i := 0
		for i < len(grids) && grids[i].Product != prod.Name {
			i++
		}
		if i == len(grids) {
			g := FeatureGrid{Product: prod.Name}
			for _, pl := range prod.Plans {
				g.Plans = append(g.Plans, pl.Name)
			}
			grids = append(grids, g)
		}
		row := FeatureRow{Feature: f.Name}
		for _, pl := range prod.Plans {
			row.Cells = append(row.Cells, byKey[f.ID+"/"+pl.ID])
		}
		grids[i].Rows = append(grids[i].Rows, row)
	}
	return grids
}

func productOf(s *story.Story, id string) *story.Product {
	for i := range s.Products {
		if s.Products[i].ID == id {
			return &s.Products[i]
		}
	}
	return nil
}

func orNoStance(stance string) string {
	if strings.TrimSpace(stance) == "" {
		return "no stance (sources are compared)"
	}
	return stance
}

// Values returns the distinct values the cell's statements give, in order,
// joined by " / ": "included / not included".
func (c Cell) Values() string {
	var vs []string
	for _, st := range c.Statements {
		if !slices.Contains(vs, st.Value) {
			vs = append(vs, st.Value)
		}
	}
	return strings.Join(vs, " / ")
}

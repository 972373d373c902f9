package draft

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/onestory/onestory/story"
)

// draftOf drafts a story from sources, run from the repository root, and
// returns it loaded and as written.
func draftOf(t *testing.T, ignore []string, sources ...string) (*story.Story, string) {
	t.Helper()
	d, err := FromSources(context.Background(), Config{Sources: sources, Ignore: ignore, Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := d.WriteYAML(&buf); err != nil {
		t.Fatal(err)
	}
	s, err := story.Parse("draft.yaml", buf.Bytes())
	if err != nil {
		t.Fatalf("the draft is no valid story: %v\n%s", err, buf.String())
	}
	return s, buf.String()
}

// TestBundledExample drafts the bundled example's story from its site and
// collateral and finds the products, plans, prices and facts of
// messaging.yaml in it, and the planted wrong values as comments with
// their places.
func TestBundledExample(t *testing.T) {
	t.Chdir("..")
	want, err := story.Load("messaging.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got, text := draftOf(t, want.Ignore, "testdata/site", "testdata/collateral")
	for _, wp := range want.Products {
		if usageBased(wp) {
			continue // the draft writes no usage keys (allowance, tiers, minimum, prices)
		}
		gp := productNamed(got, wp.Name)
		if gp == nil {
			t.Errorf("product %s missing", wp.Name)
			continue
		}
		for _, wpl := range wp.Plans {
			gpl := planNamed(gp, wpl.Name)
			switch {
			case gpl == nil:
				t.Errorf("plan %s of %s missing", wpl.Name, wp.Name)
			case !gpl.Price.Equal(*wpl.Price):
				t.Errorf("plan %s: price %v, want %v", wpl.Name, gpl.Price, wpl.Price)
			case wpl.AnnualPrice != nil && (gpl.AnnualPrice == nil || !gpl.AnnualPrice.Equal(*wpl.AnnualPrice)):
				t.Errorf("plan %s: annual price %v, want %v", wpl.Name, gpl.AnnualPrice, wpl.AnnualPrice)
			}
		}
	}
	for _, wf := range want.Facts {
		if wf.Money != nil || len(wf.Scope) > 0 {
			continue // the draft writes neither money-valued nor scoped facts
		}
		if !hasFact(got, wf) {
			t.Errorf("fact %s (%s) missing", wf.ID, wf.Value.Text)
		}
	}
	// The policies the example states: no setup fee, no long-term contract.
	for _, about := range []string{"setup fees", "long-term contracts"} {
		found := false
		for _, p := range got.Policies {
			found = found || slices.Contains(p.About, about) && p.Stance == "not offered"
		}
		if !found {
			t.Errorf("policy %q (not offered) missing", about)
		}
	}
	// The planted wrong values, each a comment naming where it was seen.
	for _, planted := range []string{
		`also stated as price "$21 per vehicle per month", seen 2 times: testdata/collateral/fleet-quote.md:8, testdata/collateral/kestrel-pitch.pptx slide 3`,
		`also stated as price "$12 per driver per month", seen once: testdata/collateral/kestrel-onepager.pdf page 1`,
		`also stated as value "21 days", seen once: testdata/site/pricing.html:42`,
		`also stated as value "30 days", seen once: testdata/collateral/kestrel-pitch.pptx slide 7`,
		`also stated as value "150+ integrations", seen once: testdata/collateral/battlecard.md:17`,
		`also stated as value "3,000 customers", seen once: testdata/collateral/kestrel-onepager.pdf page 1`,
		`unreadable-source: testdata/collateral/kestrel-pricing-2025.pdf`,
	} {
		if !strings.Contains(text, planted) {
			t.Errorf("draft lacks the comment %q", planted)
		}
	}
}

func productNamed(s *story.Story, name string) *story.Product {
	for i := range s.Products {
		if s.Products[i].Name == name {
			return &s.Products[i]
		}
	}
	return nil
}

func planNamed(p *story.Product, name string) *story.Plan {
	for i := range p.Plans {
		if p.Plans[i].Name == name {
			return &p.Plans[i]
		}
	}
	return nil
}

// hasFact reports whether the draft has a fact with the value of f about
// one of f's phrases (or its unit, for counts).
func hasFact(s *story.Story, f story.Fact) bool {
	for _, g := range s.Facts {
		if !g.Value.Equal(f.Value) {
			continue
		}
		for _, a := range g.About {
			for _, w := range f.About {
				if strings.EqualFold(a, w) || strings.HasPrefix(strings.ToLower(w), a) {
					return true
				}
			}
		}
	}
	return false
}

// TestRealCorpora drafts a story from each real corpus, when present, and
// loads it.
func TestRealCorpora(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	t.Chdir("..")
	for _, name := range []string{"sourcegraph-handbook", "posthog.com"} {
		dir := filepath.Join("..", "shared", "eval", "corpus", name)
		if _, err := os.Stat(dir); err != nil {
			t.Logf("%s absent: skipped", dir)
			continue
		}
		t.Run(name, func(t *testing.T) {
			s, _ := draftOf(t, nil, dir)
			if len(s.Products) == 0 {
				t.Error("no products proposed")
			}
		})
	}
}

// TestCancelled: a cancelled context stops the draft with its error.
func TestCancelled(t *testing.T) {
	t.Chdir("..")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := FromSources(ctx, Config{Sources: []string{"testdata/site"}}); err == nil {
		t.Error("a cancelled draft returned no error")
	}
}

// usageBased reports whether a product has a plan priced by use: the
// draft does not write those keys.
func usageBased(p story.Product) bool {
	for _, pl := range p.Plans {
		if pl.Allowance != nil || pl.Minimum != nil || len(pl.Tiers) > 0 || len(pl.Prices) > 0 {
			return true
		}
	}
	return false
}

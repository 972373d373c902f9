package analyze

import (
	"context"
	"testing"

	"github.com/onestory/onestory/extract"
)

// TestPriceRoles reads each sentence as a paragraph of a page and checks
// the role of the price mention whose text is given.
func TestPriceRoles(t *testing.T) {
	a := testAnalyzer(t)
	cases := []struct {
		sentence, price, role string
	}{
		// prices
		{"The Fleet plan is $18 per vehicle per month.", "$18 per vehicle per month", RolePrice},
		{"Fleet costs $21/vehicle/month, billed monthly.", "$21/vehicle/month, billed monthly", RolePrice},
		{"RoutePlanner Starter is free.", "free", RolePrice},
		{"Starter: free forever.", "free", RolePrice},
		{"Fleet has a monthly fee of $18 per vehicle.", "$18 per vehicle", RolePrice},
		{"Enterprise: contact sales.", "contact sales", RolePrice},
		{"Starter is free to use.", "free", RolePrice},
		{"Since RoutePlanner 3.0, Starter is entirely free.", "free", RolePrice},
		{"Fleet supports up to 50 vehicles for $18 per vehicle per month.", "$18 per vehicle per month", RolePrice},
		{"Trusted all over the world, Fleet is $18 per vehicle per month.", "$18 per vehicle per month", RolePrice},
		{"Spend less time planning: Fleet is $18 per vehicle per month.", "$18 per vehicle per month", RolePrice},
		{"Save time with Fleet at $18 per vehicle per month.", "$18 per vehicle per month", RolePrice},
		{"No limits: Fleet is $18 per vehicle per month.", "$18 per vehicle per month", RolePrice},
		// allowances
		{"We have increased our free volume on RoutePlanner to 1 million events per month for free.", "free", RoleAllowance},
		{"RoutePlanner Starter is free for up to 10 vehicles.", "free", RoleAllowance},
		{"It's free to use up to 1 million events per month.", "free", RoleAllowance},
		{"One free year of RoutePlanner Fleet for members.", "free", RoleAllowance},
		{"RoutePlanner is free for startups.", "free", RoleAllowance},
		{"You get 5 vehicles free on Starter.", "free", RoleAllowance},
		{"Fleet is a new plan that lets teams track their product usage for free.", "free", RoleAllowance},
		{"Fleet lets you send your events for free.", "free", RoleAllowance},
		{"You can use RoutePlanner Fleet for free.", "free", RolePrice},
		// names
		{"Sign up for a free RoutePlanner account.", "free", RoleName},
		{"The free plan of RoutePlanner has fewer reports.", "free", RoleName},
		{"Most users stay on the free tier of RoutePlanner.", "free", RoleName},
		{"Try RoutePlanner Free today.", "Free", RoleName},
		{"Sourcegraph Enterprise is free for up to 10 users.", "free", RoleAllowance},
		{"RoutePlanner Starter is free or paid, as you choose.", "free", RoleName},
		{"Avoid moving features from paid to free.", "free", RoleName},
		{"RoutePlanner offers three plans: Free, Fleet, and Enterprise.", "Free", RoleName},
		// perks
		{"Free onboarding for annual Fleet plans.", "Free", RolePerk},
		{"Fleet includes free support.", "free", RolePerk},
		// credits, discounts, caps, minimums, fees, other amounts
		{"Members get a $12K voucher towards RoutePlanner Fleet.", "$12K", RoleCredit},
		{"A $50 gift card for the Fleet launch.", "$50", RoleCredit},
		{"Get $100 off the Fleet plan.", "$100", RoleDiscount},
		{"Save $200 a year on Fleet.", "$200 a year", RoleDiscount},
		{"Fleet: Minimum $2k/month spend.", "$2k/month", RoleMinimum},
		{"THE TOTAL LIABILITY OF EACH PARTY SHALL NOT EXCEED ONE THOUSAND DOLLARS ($1,000) FOR FLEET.", "$1,000", RoleCap},
		{"Fleet refunds up to $50 in damages.", "$50", RoleCap},
		{"Fleet customers pay a $500 onboarding fee.", "$500", RoleFee},
		{"Fleet has an onboarding fee of $500.", "$500", RoleFee},
		{"RoutePlanner raised $15 million in funding for Fleet.", "$15 million", RoleAmount},
		{"$12K RoutePlanner Fleet voucher for members.", "$12K", RoleCredit},
		{"Each Fleet deal earns a bonus of $500 to $5k, depending on impact.", "$500", RoleAmount},
		{"Each Fleet deal earns a bonus of $500 to $5k, depending on impact.", "$5k", RoleAmount},
		{"The bonus is calculated on a sliding scale for Fleet: $1k + 15% of the expansion.", "$1k", RoleAmount},
		{"Fleet reached $2M ARR this year.", "$2M", RoleAmount},
		{"Fleet drove $187k of Closed/Won IARR.", "$187k", RoleAmount},
		{"Maximum end user discount on Fleet = 58.3% ($600 / year OR $50 / month)", "$50 / month", RoleDiscount},
		{"Regulators can fine companies the greater of €20 million or 4% of turnover.", "€20 million", RoleCap},
		{"For companies with invoices over $2,000/month, Fleet is invoiced manually.", "$2,000/month", RoleCap},
		{"Fleet brings a Total Annual Benefit of $2.5m.", "$2.5m", RoleAmount},
	}
	for _, c := range cases {
		text := &extract.Text{Source: "site/p.html", Format: "html", Blocks: []extract.Block{
			{Kind: extract.Paragraph, Text: c.sentence, Location: extract.Location{Source: "site/p.html", Line: 1, Column: 1}},
		}}
		d := a.Analyze(context.Background(), text, "marketing")
		found := false
		for _, m := range d.Mentions {
			if m.Kind != PriceMention || m.Text != c.price {
				continue
			}
			found = true
			if m.Role != c.role {
				t.Errorf("%q: role of %q = %q, want %q", c.sentence, c.price, m.Role, c.role)
			}
		}
		if !found {
			var got []string
			for _, m := range d.Mentions {
				if m.Kind == PriceMention {
					got = append(got, m.Text)
				}
			}
			t.Errorf("%q: no price %q; prices %q", c.sentence, c.price, got)
		}
	}
}

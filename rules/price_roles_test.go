package rules

import (
	"testing"

	"github.com/onestory/onestory/analyze"
)

// TestPriceRolesCompared checks that only a price mention whose role is a
// price is compared with the plan's price, by price-mismatch and, across
// documents, by price-conflict.
func TestPriceRolesCompared(t *testing.T) {
	roles := []string{analyze.RoleAllowance, analyze.RoleDiscount, analyze.RoleCredit, analyze.RoleCap,
		analyze.RoleMinimum, analyze.RoleFee, analyze.RolePerk, analyze.RoleName, analyze.RoleAmount}
	for _, role := range append(roles, analyze.RolePrice, "") {
		p := price("12000", "USD", "", "", "$12K")
		m := at("site/a.html", 1, analyze.Mention{Kind: analyze.PriceMention, Text: p.Text,
			Subject: "routeplanner/fleet", Price: p, Role: role})
		c := checker(t, exampleStory())
		// A mismatch is gathered: it comes out of Corpus, with its other places.
		fs := only(append(c.Document(doc("site/a.html", "marketing", []string{"A $12K voucher towards Fleet."}, m)), c.Corpus()...), "price-mismatch")
		want := 0
		if role == analyze.RolePrice || role == "" {
			want = 1 // a mention made by hand, with no role, is a price
		}
		if len(fs) != want {
			t.Errorf("role %q: %d price-mismatch findings, want %d", role, len(fs), want)
		}
	}

	// Corpus: a credit in one document and the story's price in another
	// are nothing; the same amount as a price is one finding (a mismatch:
	// the story gives the plan a price, so it is not reported again as a
	// conflict).
	for _, tc := range []struct {
		role string
		want int
	}{{analyze.RoleCredit, 0}, {analyze.RolePrice, 1}} {
		c := checker(t, exampleStory())
		good := at("site/pricing.html", 1, analyze.Mention{Kind: analyze.PriceMention, Text: "$18",
			Subject: "routeplanner/fleet", Price: price("18", "USD", "month", "vehicle", "$18"), Role: analyze.RolePrice})
		other := at("deck/a.pdf", 1, analyze.Mention{Kind: analyze.PriceMention, Text: "$12K",
			Subject: "routeplanner/fleet", Price: price("12000", "USD", "", "", "$12K"), Role: tc.role})
		c.Document(doc("site/pricing.html", "marketing", []string{"Fleet is $18."}, good))
		c.Document(doc("deck/a.pdf", "sales", []string{"A $12K voucher towards Fleet."}, other))
		corpus := c.Corpus()
		if got := len(only(corpus, "price-mismatch")) + len(only(corpus, "price-conflict")); got != tc.want {
			t.Errorf("role %q: %d price findings, want %d", tc.role, got, tc.want)
		}
	}
}

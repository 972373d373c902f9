package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
	"github.com/onestory/onestory/value"
)

// sampleStory is a story with one plan, one fact and one message, for the
// story matrix.
func sampleStory() *story.Story {
	price, annual := mustPrice("$18 per vehicle per month"), mustPrice("$180 per vehicle per year")
	trial, _ := value.ParseQuantity("14 days")
	return &story.Story{
		Path:     "messaging.yaml",
		Channels: []story.Channel{{Name: "marketing"}, {Name: "sales"}},
		Products: []story.Product{{ID: "routeplanner", Name: "RoutePlanner",
			Plans: []story.Plan{{ID: "fleet", Name: "Fleet", Price: &price, AnnualPrice: &annual}}}},
		Facts:    []story.Fact{{ID: "trial", About: []string{"free trial"}, Value: trial}},
		Messages: []story.Message{{ID: "eu-data", Text: "Customer data never leaves the EU", RequiredIn: []string{"marketing", "sales"}}},
		Policies: []story.Policy{{ID: "setup-fee", About: []string{"setup fee"}, Stance: "not offered"}},
		Features: []story.Feature{{ID: "sso", Name: "SSO", Product: "routeplanner", IncludedIn: []string{}, Known: true}},
	}
}

func mustPrice(s string) value.Price {
	p, err := value.ParsePrice(s)
	if err != nil {
		panic(err)
	}
	return p
}

// sampleWithView is sample() with a story matrix: marketing and sales
// disagree on the Fleet price; sales never conveys the message.
func sampleWithView() *Report {
	r := sample()
	pricing := extract.Location{Source: "site/pricing.html", Line: 41, Column: 9}
	deck := extract.Location{Source: "collateral/pitch.pptx", Slide: 4}
	entries := []rules.Entry{
		{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Channel: "marketing", Display: "$18 per vehicle per month", Excerpt: "Fleet: $18/vehicle/month", Location: pricing},
		{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Channel: "sales", Display: "$21 per vehicle per month", Excerpt: "Fleet: $21 per vehicle per month", Location: deck},
		{Kind: analyze.PriceMention, Subject: "routeplanner/fleet", Channel: "sales", Display: "$21", Excerpt: "Fleet: $21", Location: extract.Location{Source: "collateral/onepager.pdf", Page: 1}},
		{Kind: analyze.QuantityMention, Subject: "trial", Channel: "marketing", Display: "14 days", Excerpt: "Start your 14-day free trial", Location: extract.Location{Source: "site/index.html", Line: 9}},
		{Kind: analyze.MessageMention, Subject: "eu-data", Channel: "marketing", Display: "Customer data never leaves the EU", Excerpt: "Your data never leaves the EU.", Location: extract.Location{Source: "site/index.html", Line: 12}},
	}
	r.Findings.Add(rules.Finding{Rule: "missing-message", Severity: rules.Warning, Channel: "sales", Subject: "eu-data",
		Message: "No sales source conveys “Customer data never leaves the EU”.", Location: extract.Location{Source: "messaging.yaml", Line: 70}, Related: []extract.Location{}})
	r.Summary = summarize(r.Documents, r.Findings)
	r.View = NewView(sampleStory(), entries, r.Findings.All())
	return r
}

func TestViewStates(t *testing.T) {
	v := sampleWithView().View
	if got := strings.Join(v.Channels, ","); got != "marketing,sales" {
		t.Fatalf("channels %s", got)
	}
	first := v.Items[0]
	if first.Subject != "routeplanner/fleet" || first.Annual {
		t.Fatalf("first row is %s, want the conflicting Fleet price", first.Label)
	}
	if first.Cells[0].State != Consistent || first.Cells[1].State != Conflicting {
		t.Fatalf("Fleet cells %s / %s, want consistent / conflicting", first.Cells[0].State, first.Cells[1].State)
	}
	// The one-pager is a related place of the deck's price-mismatch: it
	// states the same wrong price, and is marked so.
	if sts := first.Cells[1].Statements; len(sts) != 2 || sts[0].Agrees || sts[1].Agrees {
		t.Fatalf("sales statements %+v, want both departing", sts)
	}
	states := map[string]string{}
	for _, it := range v.Items {
		if it.Subject == "eu-data" {
			states["eu-data"] = it.Cells[0].State + "/" + it.Cells[1].State
		}
	}
	if states["eu-data"] != "consistent/missing" {
		t.Fatalf("eu-data cells %s, want consistent/missing", states["eu-data"])
	}
	// marketing: Fleet price, trial, message consistent → 100; sales: Fleet conflicting, message missing → 0.
	if v.Scores.ByChannel["marketing"] != 100 || v.Scores.ByChannel["sales"] != 0 || v.Scores.Overall != 60 {
		t.Fatalf("scores %+v", v.Scores)
	}
}

func TestHTMLStructure(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, sampleWithView(), Options{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{
		`id="matrix"`, `<th scope="row">RoutePlanner Fleet<br>`, `badge conflicting`, `badge missing`,
		`id="h-conflicts"`, `<h3>sales says</h3>`, `<svg class="chart" role="img"`, `id="f-rule"`,
		`data-rule="price-conflict"`, `<mark>Signup</mark>`, `Content-Security-Policy`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, bad := range []string{"http://", "https://cdn", "<link ", "src=\"http"} {
		if strings.Contains(strings.ReplaceAll(page, "https://github.com/onestory/onestory", ""), bad) {
			t.Errorf("the page refers to the network: %q", bad)
		}
	}
}

// TestHTMLInjection renders text from a hostile page: it must come out as
// inert text, never as markup, script or a javascript: link.
func TestHTMLInjection(t *testing.T) {
	r := sample()
	evil := `<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>`
	r.Findings.Add(rules.Finding{Rule: "term", Severity: rules.Warning, Message: "Use “x”: " + evil,
		Excerpt: evil, Found: "<script>", Fix: evil,
		Location: extract.Location{Source: "javascript:alert(4)"}, Related: []extract.Location{{Source: "javascript:alert(5)"}}})
	var buf bytes.Buffer
	if err := HTML(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	body := page[strings.Index(page, "<main>"):strings.Index(page, "</main>")]
	for _, bad := range []string{"<script>alert", "<img src=x", `href="javascript:`, "onerror=\"alert"} {
		if strings.Contains(body, bad) {
			t.Errorf("hostile text came through as markup: %q", bad)
		}
	}
	if !strings.Contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the hostile text is not shown escaped")
	}
}

// TestHref: links to sources are relative to the report's folder, escaped,
// and never refused by html/template (#ZgotmplZ).
func TestHref(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	abs := filepath.Join(wd, "site", "a b#1.html")
	for _, tc := range []struct {
		dir  string
		loc  extract.Location
		want string
	}{
		{"", extract.Location{Source: "site/pricing.html", Line: 3}, "site/pricing.html"},
		{"out", extract.Location{Source: "site/pricing.html"}, "../site/pricing.html"},
		{filepath.Join(wd, "out", "deep"), extract.Location{Source: "deck.pdf", Page: 4}, "../../deck.pdf#page=4"},
		{"out", extract.Location{Source: filepath.ToSlash(abs)}, "../site/a%20b%231.html"},
		{"out", extract.Location{Source: "https://example.com/p?q=1"}, "https://example.com/p?q=1"},
		{"out", extract.Location{Source: "-"}, ""},
	} {
		if got := (htmlPage{dir: tc.dir}).Href(tc.loc); got != tc.want {
			t.Errorf("Href(%+v) from %q = %q, want %q", tc.loc, tc.dir, got, tc.want)
		}
	}
	r := edited(sample(), func(fs []rules.Finding) []rules.Finding {
		fs[0].Location.Source = filepath.ToSlash(abs)
		return fs
	})
	var b strings.Builder
	if err := HTML(&b, r, Options{Dir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "ZgotmplZ") {
		t.Error("html/template refused a link to an absolute path")
	}
}

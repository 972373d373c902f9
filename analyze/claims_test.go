package analyze

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/onestory/onestory/story"
)

// kestrelStory holds the claims and messages of the example messaging.yaml.
func kestrelStory() *story.Story {
	return &story.Story{
		Company: "Kestrel Fleetworks",
		Products: []story.Product{
			{ID: "routeplanner", Name: "RoutePlanner"},
			{ID: "driverlog", Name: "DriverLog"},
		},
		Claims: story.Claims{
			Approved: []story.Claim{
				{ID: "fuel", Text: "Cuts fuel costs by up to 12%"},
				{ID: "speed", Text: "Plans a 200-stop route in under 30 seconds"},
			},
			Forbidden: []string{"guaranteed savings", "best in the world", "zero downtime"},
		},
		Messages: []story.Message{
			{ID: "one-view", Text: "One live view of every vehicle, driver and delivery"},
			{ID: "eu-data", Text: "Customer data never leaves the EU"},
		},
	}
}

// claimCases: a sentence, the claim expected in it (kind, match, subject
// and a piece of its text), or kind "" for none.
var claimCases = []struct {
	sent, kind, match, subject, text string
}{
	// approved claims and their paraphrases
	{"Cuts fuel costs by up to 12%", "statistic", "approved", "fuel", "Cuts fuel costs by up to 12%"},
	{"RoutePlanner cuts fuel costs by up to 12%.", "statistic", "approved", "fuel", "cuts fuel"},
	{"Fleets reduce their fuel spend by up to 12 percent.", "statistic", "approved", "fuel", "reduce"},
	{"Plans a 200-stop route in under 30 seconds", "statistic", "approved", "speed", "200-stop"},
	{"RoutePlanner plans a 200-stop route in less than 30 seconds.", "statistic", "approved", "speed", "less than 30"},
	// the same claims with other numbers or stronger words
	{"Cuts fuel costs by up to 20%.", "statistic", "changed", "fuel", "20%"},
	{"Cuts fuel costs by at least 12%.", "statistic", "changed", "fuel", "at least"},
	{"RoutePlanner cuts fuel costs by 12%.", "statistic", "changed", "fuel", "12%"},
	{"Guaranteed to cut fuel costs by up to 12%.", "statistic", "changed", "fuel", "Guaranteed"},
	{"Plans a 200-stop route in under 60 seconds.", "statistic", "changed", "speed", "60 seconds"},
	{"Plans a 500-stop route in under 30 seconds.", "statistic", "changed", "speed", "500-stop"},
	{"Cuts fuel costs by up to 12% and maintenance by up to 20%.", "statistic", "changed", "fuel", "20%"},
	{"Cuts fuel costs by up to 12% in the first quarter, according to our 2026 fuel study.", "statistic", "approved", "fuel", "2026"},
	{"Plans a 200-stop route in under 30 seconds, even at peak hours.", "statistic", "approved", "speed", "peak hours"},
	// key messages stated as claims
	{"Customer data never leaves the EU.", "absolute", "approved", "eu-data", "never"},
	{"Your data never leaves the EU, full stop.", "absolute", "approved", "eu-data", "never"},
	{"Customer data never leaves the EU, and our support team answers within the hour.", "absolute", "approved", "eu-data", "support"},
	// unapproved claims of each kind
	{"RoutePlanner is the best route planner for small fleets.", "superlative", "unmatched", "", "best"},
	{"The fastest way to plan deliveries.", "superlative", "unmatched", "", "fastest"},
	{"Kestrel is the #1 fleet platform in Europe.", "superlative", "unmatched", "", "#1"},
	{"The number one choice of UK couriers.", "superlative", "unmatched", "", "number one"},
	{"An industry-leading dispatch console.", "superlative", "unmatched", "", "leading"},
	{"The world's first carbon-aware route planner.", "superlative", "unmatched", "", "first"},
	{"RoutePlanner is the only planner that understands loading bays.", "superlative", "unmatched", "", "only"},
	{"Our most reliable release yet.", "superlative", "unmatched", "", "most reliable"},
	{"The cleanest dashboards in logistics.", "superlative", "unmatched", "", "cleanest"},
	{"Routes are 3x faster than with spreadsheets.", "comparative", "unmatched", "", "3x faster"},
	{"DriverLog is twice as fast as paper logbooks.", "comparative", "unmatched", "", "twice as fast"},
	{"Three times faster than paper timesheets.", "comparative", "unmatched", "", "Three times faster"},
	{"Better than any other planner on the market.", "comparative", "unmatched", "", "Better than"},
	{"RoutePlanner outperforms legacy dispatch tools.", "comparative", "unmatched", "", "outperforms"},
	{"Saves dispatchers 10 hours a week.", "statistic", "unmatched", "", "10 hours"},
	{"Customers see 40% fewer missed deliveries.", "statistic", "unmatched", "", "40% fewer"},
	{"Set up in under 10 minutes.", "statistic", "unmatched", "", "under 10 minutes"},
	{"Zero downtime, guaranteed.", "absolute", "unmatched", "", "Zero downtime"},
	{"You will always know where your vans are.", "absolute", "unmatched", "", "always"},
	{"A risk-free way to try RoutePlanner.", "absolute", "unmatched", "", "risk-free"},
	{"Uptime: 100% since launch.", "absolute", "unmatched", "", "100%"},
	{"Ask about the 30-day money-back guarantee.", "absolute", "unmatched", "", "guarantee"},
	// no claim
	{"All plans include the driver app.", "", "", "", ""},
	{"This is our first release of the driver app.", "", "", "", ""},
	{"The only thing you need to do is sign up.", "", "", "", ""},
	{"The first step is to import your vehicles.", "", "", "", ""},
	{"Trusted by more than 2,500 customers.", "", "", "", ""},
	{"The Fleet plan costs $18 per vehicle per month.", "", "", "", ""},
	{"Read our latest release notes.", "", "", "", ""},
	{"Most customers start with the Starter plan.", "", "", "", ""},
	{"At least one admin must approve each route.", "", "", "", ""},
	{"We follow security best practices.", "", "", "", ""},
	{"Contact us to request a demo.", "", "", "", ""},
	{"Uptime is 99.95% on the Fleet plan.", "", "", "", ""},
	{"Start your 14-day free trial today.", "", "", "", ""},
	{"Signup takes two minutes and works every time you log in.", "", "", "", ""},
	{"See what's new in the driver app rather than in a PDF.", "", "", "", ""},
}

func TestClaims(t *testing.T) {
	idx := newClaimIndex(kestrelStory())
	for _, c := range claimCases {
		got := idx.find(c.sent)
		if c.kind == "" {
			if len(got) != 0 {
				t.Errorf("find(%q) = %s, want no claim", c.sent, describeSpans(c.sent, got))
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("find(%q) = %s, want one %s claim", c.sent, describeSpans(c.sent, got), c.kind)
			continue
		}
		m := got[0].Mention
		if m.ClaimKind != c.kind || m.Match != c.match || m.Subject != c.subject ||
			!strings.Contains(c.sent[got[0].Start:got[0].End], c.text) || m.Kind != ClaimMention {
			t.Errorf("find(%q) = %s, want %s %s %q containing %q", c.sent, describeSpans(c.sent, got),
				c.kind, c.match, c.subject, c.text)
		}
	}
}

func describeSpans(sent string, ss []span) string {
	var b strings.Builder
	for _, s := range ss {
		m := s.Mention
		fmt.Fprintf(&b, "[%s %s %q %.2f %q]", m.ClaimKind, m.Match, m.Subject, m.Score, sent[s.Start:s.End])
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}

func TestClaimCanonical(t *testing.T) {
	idx := newClaimIndex(kestrelStory())
	sent := "RoutePlanner cuts fuel costs by up to 20% in the first year."
	got := idx.find(sent)
	if len(got) != 1 || got[0].Mention.Canonical != "Cuts fuel costs by up to 12%" || got[0].Mention.Score < claimThreshold {
		t.Errorf("find(%q) = %s, want the approved text as canonical", sent, describeSpans(sent, got))
	}
}

func TestClaimsSeveralClauses(t *testing.T) {
	idx := newClaimIndex(kestrelStory())
	sent := "The fastest planner on the market; routes are 3x faster than spreadsheets."
	got := idx.find(sent)
	if len(got) != 2 || got[0].Mention.ClaimKind != "superlative" || got[1].Mention.ClaimKind != "comparative" {
		t.Fatalf("find(%q) = %s, want a superlative and a comparative", sent, describeSpans(sent, got))
	}
	if s := sent[got[1].Start:got[1].End]; s != "routes are 3x faster than spreadsheets" {
		t.Errorf("second span = %q", s)
	}
}

func TestClaimsEmptyStory(t *testing.T) {
	idx := newClaimIndex(&story.Story{})
	got := idx.find("The best planner, guaranteed.")
	if len(got) != 1 || got[0].Mention.Match != "unmatched" {
		t.Errorf("find with an empty story = %s", describeSpans("The best planner, guaranteed.", got))
	}
	for _, s := range []string{"", " ", "—", "#", "100", "%%%", "than", "the first", "in 3"} {
		idx.find(s) // must not panic
	}
}

// TestClaimsConcurrent runs find from many goroutines on one index; run
// with -race.
func TestClaimsConcurrent(t *testing.T) {
	idx := newClaimIndex(kestrelStory())
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, c := range claimCases {
				if got := idx.find(c.sent); (len(got) > 0) != (c.kind != "") {
					t.Errorf("concurrent find(%q) = %s", c.sent, describeSpans(c.sent, got))
				}
			}
		}()
	}
	wg.Wait()
}

// checkPrescan fails when a word of sent passes mayClaimAt but the
// sentence does not pass mayHaveClaim.
func checkPrescan(t *testing.T, sent string) {
	t.Helper()
	ws := simWords(sent)
	for i := range ws {
		if mayClaimAt(ws, i) && !mayHaveClaim(sent) {
			t.Fatalf("mayHaveClaim(%q) = false, but word %q may start a claim", sent, ws[i].low)
		}
	}
}

func TestPrescan(t *testing.T) {
	for _, c := range claimCases {
		checkPrescan(t, c.sent)
	}
	for _, s := range []string{"3× faster", "UP TO 12 PERCENT", "The World’s FIRST", "in 30 Seconds", "#1"} {
		checkPrescan(t, s)
		if !mayHaveClaim(s) {
			t.Errorf("mayHaveClaim(%q) = false", s)
		}
	}
	for _, s := range []string{"All plans include the driver app.", "Contact sales for a demo."} {
		if mayHaveClaim(s) {
			t.Errorf("mayHaveClaim(%q) = true, want the cheap path", s)
		}
	}
}

// TestClaimPairWords checks that mayHaveClaim sees every two-word claim.
func TestClaimPairWords(t *testing.T) {
	for _, table := range []map[[2]string]bool{superlativePairs, absolutePairs} {
		for p := range table {
			s := "It is " + p[0] + " " + p[1] + "."
			if !mayHaveClaim(s) {
				t.Errorf("mayHaveClaim(%q) = false", s)
			}
		}
	}
}

// BenchmarkClaimsFind measures finding the claims of generated sentences
// as Analyze does: each sentence's words read once, with one concept cache
// for all the sentences.
func BenchmarkClaimsFind(b *testing.B) {
	idx := newClaimIndex(kestrelStory())
	sents := benchSentences(2000)
	b.SetBytes(sentenceBytes(sents))
	b.ReportAllocs()
	reportCPU(b, sentenceBytes(sents))
	cache := newConceptCache(idx.v) // as Analyze reads a document
	var sw sentenceWords
	var spans []span
	var low []byte
	for b.Loop() {
		for _, s := range sents {
			low = lowerASCII(low, s.Text)
			sw.read(cache, s.Text, low)
			spans = idx.appendWords(spans[:0], cache, s.Text, &sw)
		}
	}
}

// FuzzClaimsFind checks that find never panics and that every span lies in
// the sentence.
func FuzzClaimsFind(f *testing.F) {
	for _, c := range claimCases {
		f.Add(c.sent)
	}
	f.Add("3× faster — #1; 100 percent, twice as fast as ’the’ first")
	f.Add("Of course, we'd say this makes for the best if unless than we thought by no more than 5%")
	f.Add("This helps customer engineers know they're not the first to choose the best, than the previous")
	idx := newClaimIndex(kestrelStory())
	f.Fuzz(func(t *testing.T, sent string) {
		checkPrescan(t, sent)
		for _, s := range idx.find(sent) {
			if s.Start < 0 || s.End > len(sent) || s.Start >= s.End {
				t.Fatalf("find(%q) span %d:%d out of range", sent, s.Start, s.End)
			}
			if sc := s.Mention.Score; sc < 0 || sc > 1 {
				t.Fatalf("find(%q) score %v", sent, sc)
			}
		}
	})
}

// mayHaveClaim is mayHaveClaimWords for a sentence not yet read.
func mayHaveClaim(sent string) bool {
	ws := simWords(sent)
	return mayHaveClaimWords(ws, withCues(ws))
}

package analyze

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

func TestProductFinder(t *testing.T) {
	f := newProductFinder(testStory(t))
	tests := []struct {
		kind extract.BlockKind
		text string
		want []string // Text>Match>Canonical
	}{
		{extract.Paragraph, "RoutePlanner plans every route.", []string{"RoutePlanner>exact>RoutePlanner"}},
		{extract.Paragraph, "Kestrel RoutePlanner and DriverLog work together.", []string{
			"Kestrel RoutePlanner>alias>RoutePlanner", "DriverLog>exact>DriverLog"}},
		{extract.Paragraph, "Upgrade to RoutePlanner Fleet today.", []string{"RoutePlanner Fleet>exact>RoutePlanner Fleet"}},
		{extract.Paragraph, "DriverLog Pro costs less than you think.", []string{"DriverLog Pro>exact>DriverLog Pro"}},
		{extract.Paragraph, "RouteMaster is now RoutePlanner.", []string{
			"RouteMaster>retired>RoutePlanner", "RoutePlanner>exact>RoutePlanner"}},
		{extract.Paragraph, "Our Routemaster customers moved.", []string{"Routemaster>retired>RoutePlanner"}},
		// near misses
		{extract.Paragraph, "Try Routeplanner free.", []string{"Routeplanner>case>RoutePlanner"}},
		{extract.Paragraph, "Try routeplanner free.", []string{"routeplanner>case>RoutePlanner"}},
		{extract.Paragraph, "WHY ROUTEPLANNER WINS is our slogan.", []string{"ROUTEPLANNER>case>RoutePlanner"}},
		{extract.Paragraph, "Download Driverlog Pro now.", []string{"Driverlog Pro>case>DriverLog Pro"}},
		{extract.Paragraph, "Meet Route Planner, the fastest way.", []string{"Route Planner>spacing>RoutePlanner"}},
		{extract.Paragraph, "Meet Route-Planner and Driver Log.", []string{
			"Route-Planner>spacing>RoutePlanner", "Driver Log>spacing>DriverLog"}},
		{extract.Paragraph, "Kestrel Route Planner is here.", []string{"Kestrel Route Planner>spacing>Kestrel RoutePlanner"}},
		{extract.Paragraph, "RoutPlanner and RoutePlaner and RoutePlanr.", []string{
			"RoutPlanner>typo>RoutePlanner", "RoutePlaner>typo>RoutePlanner", "RoutePlanr>typo>RoutePlanner"}},
		{extract.Paragraph, "Install DrivreLog on every phone.", []string{"DrivreLog>typo>DriverLog"}},
		{extract.Paragraph, "Meet Route Planer.", []string{"Route Planer>typo>RoutePlanner"}},
		// a heading in capitals is style, not a misspelling
		{extract.Heading, "ROUTEPLANNER PRICING", []string{"ROUTEPLANNER>exact>RoutePlanner"}},
		{extract.Paragraph, "TRY ROUTEPLANNER TODAY", []string{"ROUTEPLANNER>exact>RoutePlanner"}},
		// must not match
		{extract.Paragraph, "Any route planner can draw lines; a route-planner app is not enough.", nil},
		{extract.Paragraph, "Route planner apps are everywhere.", nil},
		{extract.Paragraph, "RoutePlanner fleet management for your fleet.", []string{"RoutePlanner>exact>RoutePlanner"}},
		{extract.Paragraph, "Drivers log their hours; the driver log is kept.", nil},
		{extract.Paragraph, "See https://kestrel.example/routeplanner or routeplanner.kestrel.example.", nil},
		{extract.Paragraph, "Our Router, Routes and Roadmaps are Kestrel Fleetworks products.", nil},
		{extract.Paragraph, "Driverless trucks and Drivers Lounge.", nil},
		{extract.Paragraph, "", nil},
	}
	for _, tt := range tests {
		b := &extract.Block{Kind: tt.kind, Text: tt.text}
		got := spanStrings(tt.text, f.find(b))
		if !slices.Equal(got, tt.want) {
			t.Errorf("find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestProductSubjects(t *testing.T) {
	f := newProductFinder(testStory(t))
	text := "Kestrel RoutePlanner, RoutePlanner Fleet, Driverlog Pro and RouteMaster."
	var got []string
	for _, s := range f.find(&extract.Block{Text: text}) {
		got = append(got, s.Mention.Subject)
	}
	want := []string{"routeplanner", "routeplanner/fleet", "driverlog/pro", "routeplanner"}
	if !slices.Equal(got, want) {
		t.Errorf("subjects = %q, want %q", got, want)
	}
}

func TestMaxEdits(t *testing.T) {
	for n, want := range map[int]int{3: 0, 5: 0, 6: 1, 9: 1, 10: 2, 20: 2} {
		if got := maxEdits(n); got != want {
			t.Errorf("maxEdits(%d) = %d, want %d", n, got, want)
		}
	}
}

func FuzzProductFinder(f *testing.F) {
	for _, s := range copySentences {
		f.Add(s)
	}
	f.Add("Route‑Planner Kestrel Route Planer ÉRoutePlanner")
	f.Add("rOUTEPLANNER d\xc3RoutePlanner x\xe2\x80Kestrel 1RoutePlanner")
	f.Add("Acme Bolt, Cargo9 and Dray: Élan Fjord Gale Helix Ion Jolt ácme")
	f.Add("Ça va: élan, Élan and ÉLAN; Elan")
	finders := []*productFinder{newProductFinder(testStory(f)),
		newProductFinder(namesStory("Acme Bolt", "Cargo9", "Dray", "Élan", "Fjord", "Gale", "Helix", "Ion", "Jolt", "Kite"))}
	f.Fuzz(func(t *testing.T, text string) {
		for _, pf := range finders {
			last := 0
			got := pf.find(&extract.Block{Text: text})
			for _, s := range got {
				if s.Start < last || s.End <= s.Start || s.End > len(text) {
					t.Fatalf("find(%q): bad span %d:%d after %d", text, s.Start, s.End, last)
				}
				last = s.End
			}
			if want := findEveryWord(pf, text); !slices.Equal(got, want) {
				t.Fatalf("find(%q) = %+v, want %+v (every word a candidate)", text, got, want)
			}
		}
	})
}

// namesStory is a story with a product of each name.
func namesStory(names ...string) *story.Story {
	s := &story.Story{Company: "Acme"}
	for _, name := range names {
		s.Products = append(s.Products, story.Product{ID: strings.ToLower(name), Name: name})
	}
	return s
}

// findEveryWord is find without the starts table: it asks candidate about
// every word. find must find the same.
func findEveryWord(f *productFinder, text string) []span {
	var out []span
	var buf [8]bounds
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !words.IsRune(r) {
			i += n
			continue
		}
		if f.candidate(text, i, r) {
			words := nextWords(buf[:0], text, i, f.maxWords)
			if s, k := f.matchAt(text, words, !hasLower(text)); k > 0 {
				out = append(out, s)
				i = words[k-1].end
				continue
			}
		}
		i = words.End(text, i)
	}
	return out
}

// TestEditsAtLeast checks that the cheap bound never exceeds the edit
// distance the typo search measures, so that it only skips hopeless names.
func TestEditsAtLeast(t *testing.T) {
	words := []string{"routeplanner", "routeplaner", "rotueplanner", "routemaster", "driverlogpro",
		"driverlog", "drivelogpro", "kestrel", "fleet", "flete", "enterprise", "read", "", "routeplanner2026", "café"}
	for _, a := range words {
		for _, b := range words {
			if lb, d := editsAtLeast(a, b), edlib.OSADamerauLevenshteinDistance(a, b); lb > d {
				t.Errorf("editsAtLeast(%q, %q) = %d, more than the distance %d", a, b, lb, d)
			}
		}
	}
}

// TestProductFinderListedForms: a listed form, its punctuation included and
// in any casing the story lists, is the name as written, never a near miss
// of itself or of another form.
func TestProductFinderListedForms(t *testing.T) {
	s := &story.Story{Company: "Acme", Products: []story.Product{{ID: "acme", Name: "Acme Inc.",
		Aliases: []string{"Acme Cloud", "ACME cloud", "Inc. Tools"}, RetiredNames: []string{"Acme cloud"}}}}
	f := newProductFinder(s)
	tests := []struct {
		kind extract.BlockKind
		text string
		want []string // Text>Match>Canonical
	}{
		{extract.Paragraph, "Acme Inc. makes it.", []string{"Acme Inc.>exact>Acme Inc."}},
		{extract.Paragraph, "We are Acme Inc.", []string{"Acme Inc.>exact>Acme Inc."}},
		{extract.Paragraph, "(Acme Inc.)", []string{"Acme Inc.>exact>Acme Inc."}},
		{extract.Paragraph, "We are ACME Inc. now.", []string{"ACME Inc.>case>Acme Inc."}},
		{extract.Paragraph, "Acme Inc is spelt without its full stop.", []string{"Acme Inc>spacing>Acme Inc."}},
		{extract.Heading, "ACME INC. PRICING", []string{"ACME INC.>exact>Acme Inc."}},
		{extract.Paragraph, "Acme Cloud and ACME cloud are both listed.", []string{
			"Acme Cloud>alias>Acme Inc.", "ACME cloud>alias>Acme Inc."}},
		{extract.Paragraph, "Acme cloud is retired; acme cloud is not a casing the story lists.", []string{
			"Acme cloud>retired>Acme Inc.", "acme cloud>case>Acme Cloud"}},
	}
	for _, tt := range tests {
		b := &extract.Block{Kind: tt.kind, Text: tt.text}
		got := spanStrings(tt.text, f.find(b))
		if !slices.Equal(got, tt.want) {
			t.Errorf("find(%q) = %q, want %q", tt.text, got, tt.want)
		}
		if every := spanStrings(tt.text, findEveryWord(f, tt.text)); tt.kind == extract.Paragraph && !slices.Equal(every, got) {
			t.Errorf("findEveryWord(%q) = %q, find %q", tt.text, every, got)
		}
	}
}

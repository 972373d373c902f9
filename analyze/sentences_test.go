package analyze

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/words"
)

func TestSplit(t *testing.T) {
	seg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"Fleet costs $18.50 per month. Starter is free.", []string{"Fleet costs $18.50 per month.", "Starter is free."}},
		{"Mr. Smith runs 40 vans. He saves 12% on fuel!", []string{"Mr. Smith runs 40 vans.", "He saves 12% on fuel!"}},
		{"Works with e.g. Samsara and Geotab. Try it now?", []string{"Works with e.g. Samsara and Geotab.", "Try it now?"}},
		{"See kestrel.example/pricing. Then sign up.", []string{"See kestrel.example/pricing.", "Then sign up."}},
		{"Version 2.0 is here. It plans routes in under 30 seconds.", []string{"Version 2.0 is here.", "It plans routes in under 30 seconds."}},
		{"$18/mo. billed annually", []string{"$18/mo. billed annually"}},
		{`"It just works." Our dispatchers agree.`, []string{`"It just works."`, "Our dispatchers agree."}},
		{"Wait for it… RoutePlanner is here.", []string{"Wait for it…", "RoutePlanner is here."}},
		{"No full stop at the end", []string{"No full stop at the end"}},
		{"  ", nil},
		{"", nil},
		{"...", []string{"..."}},
	}
	for _, tt := range tests {
		var got []string
		for _, b := range seg.split(tt.text) {
			got = append(got, tt.text[b.start:b.end])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("split(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestSplitAgreesWithPunkt checks that asking Punkt about a window around
// each candidate break gives the breaks that Punkt finds in the whole text
// (less those before a lower-case word, which split never makes).
func TestSplitAgreesWithPunkt(t *testing.T) {
	seg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	texts := append([]string{
		"Dr. Jones and Mr. Smith met at 9 a.m. on Jan. 5. They signed the U.S. contract. It was fine.",
		"Plans start at $9/mo. for one driver. Fleet is $18 per vehicle per month. Questions? Call us!",
		"We support 120+ integrations (e.g. Samsara, Geotab, etc.). Setup takes minutes. Really.",
		"Kestrel Fleetworks Inc. Software for fleets. Made in the U.S. Customers love it. See Fig. A for details.",
		"It costs approx. Ten dollars. Call St. Louis. Ask Prof. Smith! Why not? \"Great!\" Says Ann. (Really?) Yes.",
		"We route vans, trucks, etc. The rest is history. Go to No. 10 Downing St. Then left. Wow!? OK.",
	}, copySentences...)
	texts = append(texts, strings.Join(copySentences, " "))
	for _, text := range texts {
		var want []string
		for _, s := range seg.punkt.Tokenize(text) {
			s := strings.TrimSpace(s.Text)
			switch {
			case s == "":
			case len(want) > 0 && unicode.IsLower(words.FirstRune(s)):
				want[len(want)-1] += " " + s
			default:
				want = append(want, s)
			}
		}
		var got []string
		for _, b := range seg.split(text) {
			got = append(got, text[b.start:b.end])
		}
		if !slices.Equal(got, want) {
			t.Errorf("split(%q)\n got %q\nwant %q", text, got, want)
		}
	}
}

func TestBlockSentences(t *testing.T) {
	seg, err := newSegmenter()
	if err != nil {
		t.Fatal(err)
	}
	text := &extract.Text{Blocks: []extract.Block{
		{Kind: extract.Heading, Text: "Fleet. For growing teams.", Location: extract.Location{Line: 3, Column: 5}},
		{Kind: extract.Paragraph, Text: "Plan routes. Track drivers.", Location: extract.Location{Line: 7, Column: 1},
			Segments: []extract.Segment{{Offset: 0, Line: 7, Column: 1}, {Offset: 13, Line: 8, Column: 3}}},
		{Kind: extract.Cell, Text: "$18. Per vehicle.", Location: extract.Location{Slide: 2}},
	}}
	var got []Sentence
	for bi := range text.Blocks {
		got = append(got, seg.blockSentences(text, bi)...)
	}
	want := []Sentence{
		{Text: "Fleet. For growing teams.", Block: 0, Offset: 0, Location: extract.Location{Line: 3, Column: 5}},
		{Text: "Plan routes.", Block: 1, Offset: 0, Location: extract.Location{Line: 7, Column: 1}},
		{Text: "Track drivers.", Block: 1, Offset: 13, Location: extract.Location{Line: 8, Column: 3}},
		{Text: "$18. Per vehicle.", Block: 2, Offset: 0, Location: extract.Location{Slide: 2}},
	}
	if !slices.Equal(got, want) {
		t.Errorf("blockSentences:\n got %+v\nwant %+v", got, want)
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range copySentences {
		f.Add(s)
	}
	f.Add("a. b! c? d… “e.” f.) g")
	seg, err := newSegmenter()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Wait… What? Yes!! “No.” (Fine.) \xe2\x80 x.")
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		got := seg.split(text)
		for _, b := range got {
			if b.start < last || b.end <= b.start || b.end > len(text) {
				t.Fatalf("split(%q): bad bounds %v after %d", text, b, last)
			}
			last = b.end
		}
		if want := splitEveryByte(seg, text); !slices.Equal(got, want) {
			t.Fatalf("split(%q) = %v, want %v (every byte looked at)", text, got, want)
		}
	})
}

// splitEveryByte is split without the end index: it looks at every byte.
// split must split the same.
func splitEveryByte(s *segmenter, text string) []bounds {
	var out []bounds
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' && (c != 0xE2 || !strings.HasPrefix(text[i:], "…")) {
			continue
		}
		end := closeEnd(text, i)
		if end >= len(text) || text[end] != ' ' {
			i = end - 1
			continue
		}
		if s.breaksAt(text, i, end, nil) {
			out = appendTrimmed(out, text, start, end)
			start = end
		}
		i = end
	}
	return appendTrimmed(out, text, start, len(text))
}

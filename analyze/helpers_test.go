package analyze

import (
	"testing"

	"github.com/onestory/onestory/story"
)

// testStory loads testdata/story.yaml, the example story of Kestrel
// Fleetworks.
func testStory(tb testing.TB) *story.Story {
	tb.Helper()
	s, err := story.Load("testdata/story.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// testAnalyzer builds an Analyzer for testStory.
func testAnalyzer(tb testing.TB) *Analyzer {
	tb.Helper()
	a, err := New(testStory(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

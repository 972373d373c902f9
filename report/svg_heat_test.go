package report

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

// TestHeatMapRows: channels first, then the pages with the most findings,
// at most heatMaxPages of them and a line for the rest; every cell with
// findings carries its number.
func TestHeatMapRows(t *testing.T) {
	var fs []rules.Finding
	for i := range heatMaxPages + 5 {
		for range 1 + i%3 {
			fs = append(fs, rules.Finding{Rule: "term", Channel: "marketing", Location: extract.Location{Source: fmt.Sprintf("site/p%02d.html", i)}})
		}
	}
	fs = append(fs, rules.Finding{Rule: "price-mismatch", Channel: "sales", Location: extract.Location{Source: "deck.pptx"}})
	fs = append(fs, rules.Finding{Rule: "missing-message", Channel: "sales", Location: extract.Location{Source: "messaging.yaml", Line: 9}})
	svg := string(heatMap(fs, []string{"sales", "marketing"}, "messaging.yaml"))
	if strings.Contains(svg, ">messaging.yaml<") {
		t.Error("the story file is a page row")
	}
	if !strings.Contains(svg, "and 6 more pages with findings") {
		t.Errorf("no line for the pages left out:\n%s", svg)
	}
	if i, j := strings.Index(svg, ">sales<"), strings.Index(svg, ">marketing<"); i < 0 || j < 0 || i > j {
		t.Error("channel rows are not first, in the story's order")
	}
	if strings.Contains(svg, "p00.html") && !strings.Contains(svg, "p02.html") {
		t.Error("a page with one finding is shown before one with three")
	}
	if heatMap(nil, nil, "") != "" {
		t.Error("a heat map with no findings")
	}
}

// TestHistoryRoundTrip: entries appended read back in order, a broken line
// is passed over and named, a missing file is an empty history.
func TestHistoryRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	if h, bad, err := ReadHistory(path); err != nil || h != nil || bad != nil {
		t.Fatalf("missing file: %v %v %v", h, bad, err)
	}
	r := sampleWithView()
	day := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	for i := range 2 {
		if err := AppendHistory(path, NewHistoryEntry(r, day.AddDate(0, 0, i))); err != nil {
			t.Fatal(err)
		}
	}
	f, _ := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString(`{"time": "2026-11-2`) // a run cut short while appending
	f.Close()
	h, bad, err := ReadHistory(path)
	if err != nil || len(h) != 2 || len(bad) != 1 || bad[0] != 3 {
		t.Fatalf("read back %d entries, bad lines %v, %v; want 2 and [3]", len(h), bad, err)
	}
	if err := AppendHistory(path, NewHistoryEntry(r, day.AddDate(0, 0, 2))); err != nil {
		t.Fatal(err)
	}
	if h, bad, _ = ReadHistory(path); len(h) != 3 || len(bad) != 1 {
		t.Errorf("after a broken line, an entry appended reads back as %d entries, bad %v; want 3 and the broken line", len(h), bad)
	}
	if h[0].Overall != 60 || h[0].ByChannel["sales"] != 0 || h[0].Findings != r.Findings.Len() || !h[1].Time.After(h[0].Time) {
		t.Errorf("entries %+v", h)
	}
	if historyChart(h[:1]) != "" || !strings.Contains(string(historyChart(h)), "60% consistent") {
		t.Error("the chart wants two runs or more, with each run's score as a title")
	}
}

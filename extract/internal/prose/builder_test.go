package prose

import (
	"slices"
	"testing"
)

// TestAddWord checks that addWord writes what add writes byte by byte:
// the same text and the same segments, whatever came before the run.
func TestAddWord(t *testing.T) {
	tests := []struct {
		name      string
		before    string // written with add from line 3, column 1
		space     bool   // a space is due before the word
		word      string
		line, col int
	}{
		{"first word", "", false, "$18/vehicle/month", 3, 1},
		{"continues", "Fleet", false, "plan", 3, 6},
		{"after a space", "Fleet", true, "plan", 3, 7},
		{"new line", "Fleet", true, "costs", 4, 3},
		{"jump on the line", "Fleet", false, "Pro", 3, 12},
		{"unknown position", "Fleet", true, "Pro", 0, 0},
		{"one byte", "14", false, "-", 3, 3},
		{"run with spaces", "", false, "Fleet costs $18/month", 3, 1},
		{"run after a space", "Plan:", true, "Fleet costs $18", 4, 1},
		{"run, position unknown", "Plan:", true, "Fleet costs", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want, got Builder
			for _, b := range []*Builder{&want, &got} {
				for i, r := range tt.before {
					b.Add(r, 3, 1+i)
				}
				if tt.space {
					b.Space()
				}
			}
			for i := range len(tt.word) {
				line, col := tt.line, tt.col+i
				if tt.line == 0 {
					col = 0
				}
				want.Add(rune(tt.word[i]), line, col)
			}
			AddWord(&got, tt.word, tt.line, tt.col)
			wt, wf, ws := want.Take()
			gt, gf, gs := got.Take()
			if gt != wt || gf != wf || !slices.Equal(gs, ws) {
				t.Errorf("addWord: %q %+v %+v, add: %q %+v %+v", gt, gf, gs, wt, wf, ws)
			}
		})
	}
}

func TestRunLen(t *testing.T) {
	tests := []struct {
		s       string
		escapes bool
		want    int
	}{
		{"Fleet costs $18", false, 15},
		{"Fleet  costs", false, 5},
		{"Fleet \ncosts", false, 5},
		{"Fleet ", false, 5},
		{" Fleet", false, 0},
		{"$18 &mdash; or", false, 14},
		{"$18 &mdash; or", true, 3},
		{"a \\*b", true, 1},
		{"caf\u00e9", false, 3},
		{"", false, 0},
	}
	for _, tt := range tests {
		if got := RunLen(tt.s, tt.escapes); got != tt.want {
			t.Errorf("runLen(%q, %v) = %d, want %d", tt.s, tt.escapes, got, tt.want)
		}
	}
}

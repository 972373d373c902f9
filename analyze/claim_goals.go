package analyze

import (
	"strings"

	"github.com/onestory/onestory/extract"
)

// Goals and targets. A strategy page lists what the team wants to be true
// ("Goals: … PostHog is the easiest self-hosted product to deploy"), a
// naming guide the qualities a good name should have ("Goals: … Provides
// the fastest path to…"): a claim word there states an aim, not a claim.
// A claim in a goal list gets the aside AsideGoal.

// AsideGoal: a claim in a goal or target: a list item under a heading,
// parent item or lead-in paragraph that says "Goals", "Objectives",
// "OKRs", "Targets" or "Non-goals", or a block that opens with such a
// label ("Goal: …").
const AsideGoal = "goal"

// goalWords are the words of a goal label, lower-cased: a label is one of
// them, or opens or ends with one ("Product goals", "Goals for 2022").
var goalWords = map[string]bool{
	"goal": true, "goals": true, "non-goal": true, "non-goals": true, "nongoals": true,
	"objective": true, "objectives": true, "okr": true, "okrs": true, "targets": true,
	"aims": true, "ambitions": true,
}

// goalStems hold one part of each goal word: a label with none of them is
// no goal label, and most labels have none.
var goalStems = []string{"goal", "objective", "okr", "target", "aims", "ambition"}

// isGoalLabel reports whether a heading, parent item or label names the
// team's goals or targets: at most six words, the first or the last of
// them a goal word ("Goals:", "**Non Goals:**", "Q3 OKRs"), none of them
// "your", "you", "their" or "customers" (the reader's goals, under which
// marketing copy makes its claims: "Reach your goals").
func isGoalLabel(s string) bool {
	s = strings.Trim(s, " \t:.*_#-–—")
	if s == "" || len(s) > 64 {
		return false
	}
	var buf [64]byte
	low := lowerASCII(buf[:0], s)
	if !containsAny(low, goalStems) {
		return false
	}
	ws := strings.Fields(string(low))
	if len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if w == "your" || w == "you" || w == "customer" || w == "customers" || w == "their" {
			return false // "Reach your goals faster": the reader's goals, which the copy promises to meet
		}
	}
	if len(ws) >= 2 && ws[0] == "non" {
		ws = append([]string{"non-" + ws[1]}, ws[2:]...)
	}
	trim := func(w string) string { return strings.Trim(w, ":.*_,") }
	return goalWords[trim(ws[0])] || goalWords[trim(ws[len(ws)-1])]
}

// goalBlock reports whether block bi of blocks states a goal: it opens
// with a goal label and a colon ("Goal: be the fastest"), or it is a list
// item whose parent item or one of the two innermost headings above it is
// a goal label, or whose list follows a lead-in paragraph that is one
// ("Goals:" and then the list).
func goalBlock(blocks []extract.Block, bi int) bool {
	b := &blocks[bi]
	if i := strings.IndexByte(b.Text, ':'); i > 0 && i < 24 && isGoalLabel(b.Text[:i]) {
		return true
	}
	if b.Kind != extract.ListItem {
		return false
	}
	for i := len(b.Context) - 1; i >= 0 && i >= len(b.Context)-2; i-- {
		if isGoalLabel(b.Context[i]) {
			return true
		}
	}
	for j := bi - 1; j >= 0 && j >= bi-50; j-- {
		switch p := &blocks[j]; {
		case p.Kind == extract.ListItem:
			continue
		case p.Kind == extract.Paragraph && strings.HasSuffix(strings.TrimRight(p.Text, " *_"), ":"):
			return isGoalLabel(p.Text)
		default:
			return false
		}
	}
	return false
}

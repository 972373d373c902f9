package rules

import (
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
)

// strongNouns are the plan nouns that, alone as a column's header, make
// the column's cells plan names: | Plan | Price |.
var strongNouns = map[string]bool{"plan": true, "plans": true, "tier": true, "tiers": true, "edition": true, "editions": true}

// tableHit is a plan name the story does not know in a table cell.
type tableHit struct {
	block int
	text  string
}

// tablePlans finds the plan names the story does not know in the tables of
// d: the cells of a column headed “Plan” (or tier, edition), and the cells
// of a header row that holds two plans of the story (| Feature | Free |
// Team | Enterprise |); one known name in a header row (| Feature | Status
// | Cloud | Self-managed |) may be a deployment or anything else.
func (n *planNames) tablePlans(d *analyze.Doc) []tableHit {
	if d.Text == nil || len(n.plans) == 0 {
		return nil
	}
	var out []tableHit
	blocks := d.Text.Blocks
	for i := 0; i < len(blocks); i++ {
		if blocks[i].Kind != extract.Cell {
			continue
		}
		end := i
		for end < len(blocks) && blocks[end].Kind == extract.Cell {
			end++
		}
		out = n.tableRun(blocks, i, end, out)
		i = end - 1
	}
	return out
}

// tableRun reads the cells blocks[from:to], one run of table cells.
func (n *planNames) tableRun(blocks []extract.Block, from, to int, out []tableHit) []tableHit {
	// The header row: the leading cells with no more context than the first
	// (the headings above the table); a body cell adds its column's header.
	header := from
	for header < to && len(blocks[header].Context) == len(blocks[from].Context) {
		header++
	}
	known := 0
	for i := from + 1; i < header; i++ {
		if n.knownPlan(blocks[i].Text) {
			known++
		}
	}
	for i := from; i < to; i++ {
		b := blocks[i]
		inHeader := i > from && i < header && known >= 2
		if (inHeader || underPlanNoun(b)) && n.unknownName(b.Text) {
			out = append(out, tableHit{block: i, text: b.Text})
		}
	}
	return out
}

// underPlanNoun reports whether a cell's column is headed by a plan noun
// alone.
func underPlanNoun(b extract.Block) bool {
	for _, c := range b.Context {
		if len(c) > 9 || c == b.Text {
			continue // longer than any of strongNouns
		}
		for noun := range strongNouns {
			if strings.EqualFold(strings.TrimSpace(c), noun) {
				return true
			}
		}
	}
	return false
}

// knownPlan reports whether text is a current name of a plan of the story.
func (n *planNames) knownPlan(text string) bool {
	refs, ok := n.plans[lowerWords(text)]
	return ok && !retiredOnly(refs)
}

// unknownName reports whether a cell's text reads as a plan name the story
// does not know: one to three capitalised words, none a number, not a name
// of the story and not an ordinary word.
func (n *planNames) unknownName(text string) bool {
	ws := splitWords(text)
	if len(ws) == 0 || len(ws) > 3 || ws[0].start != 0 || ws[len(ws)-1].end != len(strings.TrimRight(text, " *+")) {
		return false
	}
	for _, w := range ws {
		if !w.upper || isPlanNoun(string(w.lower)) {
			return false // a plan noun: the sentence's patterns read it
		}
	}
	key := lowerWords(text)
	if _, ok := n.plans[key]; ok {
		return false
	}
	if _, ok := n.products[key]; ok {
		return false
	}
	return !(len(ws) == 1 && (notNames[key] || isPlanNoun(key)))
}

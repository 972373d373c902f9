package report

import (
	"iter"
	"sort"
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// The states of a cell of the story matrix.
const (
	Consistent  = "consistent"  // stated, and every statement agrees with the story
	Conflicting = "conflicting" // stated, and some statement departs from the story or another source
	Missing     = "missing"     // a required message the channel never conveys
	NotStated   = "not stated"  // the channel says nothing about it, and need not
)

// View is the shared view of a run: for each canonical item of the story,
// what each channel says about it.
type View struct {
	Channels []string
	Items    []Item
	Scores   Scores
	// Features is the features × plans view, one grid per product whose
	// plans the story's features name.
	Features []FeatureGrid
	// Catalog is the catalogue view, nil when the story has no catalogue
	// (view_catalog.go).
	Catalog *CatalogView
}

// Item is one row of the story matrix: a plan's price, a fact, an approved
// claim, a key message, a product's plan names, a dated change, a policy or
// a feature on one plan.
type Item struct {
	Kind    string // price | fact | claim | message | plans | change | policy | entitlement
	Subject string // the canonical id, as findings name it
	Label   string // "RoutePlanner Fleet, monthly price"
	Story   string // what the story says
	Annual  bool   // a plan's annual price
	Cells   []Cell // one per View.Channels
}

// Cell is what one channel says about one item.
type Cell struct {
	Channel    string
	State      string
	Statements []Statement
}

// Statement is one place a channel states an item.
type Statement struct {
	Value    string // as a person reads it
	Agrees   bool
	Excerpt  string
	Location extract.Location
}

// Scores are consistency scores: of the items a channel states (or must
// state), the share it states correctly; 0–100, -1 when nothing is stated.
type Scores struct {
	Overall   int
	ByChannel map[string]int
}

// NewView builds the story matrix from the story, the statements the
// checker recorded, and the findings; what each finding marks in it is its
// rule's (rules.MarkOf). A statement departs from the story
// when a finding about its subject, with the same value found, stands at
// its location, or when it is another place of a finding that gathers the
// places stating one value (rules.StatedAt), whatever words it uses. It
// reads the findings once, keeping only those of the rules it shows.
func NewView(s *story.Story, statements []rules.Entry, all iter.Seq[rules.Finding]) *View {
	v := &View{Channels: channelsOf(s, statements)}
	var findings []rules.Finding
	for f := range all {
		if rules.MarkOf(f.Rule) != rules.MarksNothing || catalogRules[f.Rule] {
			findings = append(findings, f)
		}
	}
	bad := map[string]bool{}   // subject@location and value of departing statements
	badAt := map[string]bool{} // subject@location of the other places of gathered findings
	missing := map[string]bool{}
	for _, f := range findings {
		switch rules.MarkOf(f.Rule) {
		case rules.MarksMissing:
			missing[f.Subject+"\x00"+f.Channel] = true
		case rules.MarksConflict:
			bad[statementKey(f.Subject, f.Location, f.Found)] = true
			for _, at := range rules.StatedAt(f)[1:] { // the same value, maybe in other words
				badAt[statementKey(f.Subject, at, "")] = true
			}
		}
	}
	for _, it := range storyItems(s) {
		it.Cells = make([]Cell, len(v.Channels))
		for i, ch := range v.Channels {
			it.Cells[i] = Cell{Channel: ch, State: NotStated}
		}
		for _, e := range statements {
			if e.Subject != it.Subject || kindOf(e) != it.Kind || it.Annual != e.Annual {
				continue
			}
			i := sort.SearchStrings(v.Channels, e.Channel)
			agrees := !bad[statementKey(e.Subject, e.Location, e.Display)] && !badAt[statementKey(e.Subject, e.Location, "")] && !rules.Departs(s, e)
			it.Cells[i].Statements = append(it.Cells[i].Statements, Statement{Value: e.Display, Agrees: agrees, Excerpt: e.Excerpt, Location: e.Location})
		}
		for _, f := range findings {
			if st, ok := findingStatements(it, f); ok {
				i := sort.SearchStrings(v.Channels, f.Channel)
				if i < len(v.Channels) && v.Channels[i] == f.Channel {
					it.Cells[i].Statements = append(it.Cells[i].Statements, st)
				}
			}
		}
		for i := range it.Cells {
			it.Cells[i].State = cellState(it.Cells[i], missing[it.Subject+"\x00"+it.Cells[i].Channel])
		}
		v.Items = append(v.Items, it)
	}
	v.Features = featureGrids(s, v.Items)
	v.Catalog = newCatalogView(s, statements, findings)
	sortItems(v.Items)
	v.Scores = score(v)
	return v
}

func cellState(c Cell, missing bool) string {
	switch {
	case missing:
		return Missing
	case len(c.Statements) == 0:
		return NotStated
	}
	for _, st := range c.Statements {
		if !st.Agrees {
			return Conflicting
		}
	}
	return Consistent
}

// sortItems puts rows whose channels disagree first, then rows with any
// problem, keeping the story's order otherwise.
func sortItems(items []Item) {
	rank := func(it Item) int {
		conflicts, problems := 0, 0
		for _, c := range it.Cells {
			if c.State == Conflicting {
				conflicts++
			}
			if c.State == Conflicting || c.State == Missing {
				problems++
			}
		}
		switch {
		case conflicts > 0 && len(it.Cells) > 1 && stated(it) > 1:
			return 0
		case problems > 0:
			return 1
		}
		return 2
	}
	sort.SliceStable(items, func(i, j int) bool { return rank(items[i]) < rank(items[j]) })
}

func stated(it Item) int {
	n := 0
	for _, c := range it.Cells {
		if len(c.Statements) > 0 {
			n++
		}
	}
	return n
}

func score(v *View) Scores {
	s := Scores{Overall: -1, ByChannel: map[string]int{}}
	var good, all int
	for i, ch := range v.Channels {
		g, a := 0, 0
		for _, it := range v.Items {
			switch it.Cells[i].State {
			case Consistent:
				g++
				a++
			case Conflicting, Missing:
				a++
			}
		}
		s.ByChannel[ch] = percent(g, a)
		good, all = good+g, all+a
	}
	s.Overall = percent(good, all)
	return s
}

func percent(n, of int) int {
	if of == 0 {
		return -1
	}
	return (200*n + of) / (2 * of)
}

// storyItems lists the rows of the matrix in the story's order.
func storyItems(s *story.Story) []Item {
	var items []Item
	for _, p := range s.Products {
		for _, pl := range p.Plans {
			subject := p.ID + "/" + pl.ID
			if pl.Price != nil {
				items = append(items, Item{Kind: "price", Subject: subject, Label: planLabel(p, pl), Story: pl.Price.String()})
			}
			if pl.AnnualPrice != nil {
				items = append(items, Item{Kind: "price", Subject: subject, Label: planLabel(p, pl) + ", annual",
					Story: pl.AnnualPrice.String(), Annual: true})
			}
		}
	}
	for _, f := range s.Facts {
		label := f.ID
		if len(f.About) > 0 {
			label = f.About[0]
		}
		if len(f.Scope) > 0 {
			label += " (" + f.Scope[0] + ")"
		}
		if f.Money != nil { // stated by amounts of money: price statements
			items = append(items, Item{Kind: "price", Subject: f.ID, Label: label, Story: f.Money.String()})
			continue
		}
		items = append(items, Item{Kind: "fact", Subject: f.ID, Label: label, Story: f.Value.String()})
	}
	for _, c := range s.Claims.Approved {
		items = append(items, Item{Kind: "claim", Subject: c.ID, Label: "claim: " + c.ID, Story: c.Text})
	}
	for _, m := range s.Messages {
		items = append(items, Item{Kind: "message", Subject: m.ID, Label: "message: " + m.ID, Story: m.Text})
	}
	return append(append(items, nameItems(s)...), stanceItems(s)...)
}

// channelsOf returns the story's channels and any other channel a
// statement was made in, sorted.
func channelsOf(s *story.Story, statements []rules.Entry) []string {
	set := map[string]bool{}
	for _, c := range s.Channels {
		set[c.Name] = true
	}
	for _, e := range statements {
		set[e.Channel] = true
	}
	out := make([]string, 0, len(set))
	for c := range set {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

func kindOf(e rules.Entry) string {
	switch e.Kind {
	case analyze.PriceMention:
		return "price"
	case analyze.QuantityMention:
		return "fact"
	case analyze.ClaimMention:
		return "claim"
	case analyze.MessageMention:
		return "message"
	}
	return string(e.Kind)
}

// statementKey identifies a statement: what it is about, where, and what
// it says (a slide can state a monthly and an annual price).
func statementKey(subject string, l extract.Location, found string) string {
	return subject + "\x00" + l.String() + "\x00" + found
}

// planLabel names a plan with its product, once: "RoutePlanner Fleet",
// "DriverLog Pro".
func planLabel(p story.Product, pl story.Plan) string {
	if strings.Contains(pl.Name, p.Name) {
		return pl.Name
	}
	return p.Name + " " + pl.Name
}

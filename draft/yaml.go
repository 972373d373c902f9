package draft

import (
	"bytes"
	"io"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/onestory/onestory/internal/printable"
)

// header opens every draft.
const header = `A draft story, proposed by "onestory init --from" from what the sources say.
Every entry was seen in them; its comment says how often and where, and names
every competing value with its places. Review it: keep what is canonical,
settle the contradictions, delete the rest, then run "onestory check".`

// WriteYAML writes the draft as a commented story file.
func (d *Draft) WriteYAML(w io.Writer) error {
	root := &yaml.Node{Kind: yaml.MappingNode}
	doc := &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}, HeadComment: comment(append([]string{header}, d.Comments...))}
	add := func(key string, v *yaml.Node, notes ...string) {
		k := scalar(key)
		k.HeadComment = comment(notes)
		root.Content = append(root.Content, k, v)
	}
	add("version", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: "1"})
	add("company", scalar(d.Company))
	if len(d.Channels) > 0 {
		chans := &yaml.Node{Kind: yaml.MappingNode}
		for _, c := range d.Channels {
			chans.Content = append(chans.Content, scalar(c.Name), flow(c.Globs))
		}
		add("channels", chans, "How sources map to teams; the first matching glob wins.")
	}
	if len(d.Sources) > 0 {
		add("sources", flow(d.Sources))
	}
	if len(d.Products) > 0 {
		add("products", d.productsNode(), d.priceNotes()...)
	}
	if seq := d.factsNode(); seq != nil {
		add("facts", seq)
	}
	if seq := d.policiesNode(); seq != nil {
		add("policies", seq, "What the sources say is not offered; add the other phrases people use, or delete.")
	}
	if claims := d.claimsNode(); claims != nil {
		add("claims", claims, d.claimNotes()...)
	}
	if seq := d.messagesNode(); seq != nil {
		add("messages", seq, "What the company and its products are; headings and sentences repeated across documents.")
	}
	if seq := d.termsNode(); seq != nil {
		add("terminology", seq, "Words the sources spell in competing ways; the commonest form is proposed.")
	}
	if len(d.Ignore) > 0 {
		add("ignore", flow(d.Ignore))
	}
	return encode(w, doc)
}

// encode writes a YAML document with two-space indents.
func encode(w io.Writer, doc *yaml.Node) error {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func (d *Draft) priceNotes() []string {
	if len(d.PriceNotes) == 0 {
		return d.PlanNotes
	}
	notes := append(slices.Clone(d.PlanNotes), "Prices stated with no plan name near them; give each to its plan or delete:")
	for _, n := range d.PriceNotes {
		notes = append(notes, "  "+n)
	}
	return notes
}

// factsNode returns the facts, nil when there are none.
func (d *Draft) factsNode() *yaml.Node {
	return seqOf(d.Facts, func(f Fact) *yaml.Node {
		return entry(f.Comments, "id", scalar(f.ID), "about", flow(f.About), "value", scalar(f.Value))
	})
}

func (d *Draft) policiesNode() *yaml.Node {
	return seqOf(d.Policies, func(p Policy) *yaml.Node {
		return entry(p.Comments, "id", scalar(p.ID), "about", flow(p.About), "stance", scalar(p.Stance))
	})
}

func (d *Draft) messagesNode() *yaml.Node {
	return seqOf(d.Messages, func(m Message) *yaml.Node {
		return entry(m.Comments, "id", scalar(m.ID), "text", scalar(m.Text), "required_in", flow(m.RequiredIn))
	})
}

func (d *Draft) termsNode() *yaml.Node {
	return seqOf(d.Terms, func(t Term) *yaml.Node {
		return entry(t.Comments, "use", scalar(t.Use), "avoid", flow(t.Avoid))
	})
}

// seqOf returns a block sequence of one node per item, nil when there are none.
func seqOf[T any](items []T, node func(T) *yaml.Node) *yaml.Node {
	if len(items) == 0 {
		return nil
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, it := range items {
		seq.Content = append(seq.Content, node(it))
	}
	return seq
}

func (d *Draft) productsNode() *yaml.Node {
	return seqOf(d.Products, func(p Product) *yaml.Node {
		kv := []any{"id", scalar(p.ID), "name", scalar(p.Name)}
		if len(p.Aliases) > 0 {
			kv = append(kv, "aliases", flow(p.Aliases))
		}
		if plans := seqOf(p.Plans, planNode); plans != nil {
			kv = append(kv, "plans", plans)
		}
		return entry(p.Comments, kv...)
	})
}

func planNode(pl Plan) *yaml.Node {
	kv := []any{"id", scalar(pl.ID), "name", scalar(pl.Name)}
	if pl.Price != "" {
		kv = append(kv, "price", scalar(pl.Price))
	}
	if pl.AnnualPrice != "" {
		kv = append(kv, "annual_price", scalar(pl.AnnualPrice))
	}
	return entry(pl.Comments, kv...)
}

func (d *Draft) claimsNode() *yaml.Node {
	if len(d.Claims) == 0 && len(d.ClaimNotes) == 0 {
		return nil
	}
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for _, c := range d.Claims {
		seq.Content = append(seq.Content, entry(c.Comments, "id", scalar(c.ID), "text", scalar(c.Text)))
	}
	if len(seq.Content) == 0 {
		seq.Style = yaml.FlowStyle
	}
	return &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar("approved"), seq}}
}

func (d *Draft) claimNotes() []string {
	notes := []string{"Claims stated in two or more documents, and statistics about the company or a product,",
		"proposed for approval; add evidence."}
	if len(d.ClaimNotes) > 0 {
		notes = append(notes, "Claims stated in one document only:")
		for _, n := range d.ClaimNotes {
			notes = append(notes, "  "+n)
		}
	}
	return notes
}

// entry returns a mapping of key, node pairs with comments above it.
func entry(comments []string, kv ...any) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for i := 0; i+1 < len(kv); i += 2 {
		k := scalar(kv[i].(string))
		if i == 0 {
			k.HeadComment = comment(comments)
		}
		m.Content = append(m.Content, k, kv[i+1].(*yaml.Node))
	}
	return m
}

func scalar(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: strings.ToValidUTF8(s, "\uFFFD")}
}

func flow(items []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, s := range items {
		n.Content = append(n.Content, scalar(s))
	}
	return n
}

// comment turns lines into a YAML comment, one "# " line each, with line
// breaks inside a line kept as lines of their own, and what a terminal
// would interpret (file names and text from sources) made printable.
func comment(lines []string) string {
	var out []string
	for _, l := range lines {
		for _, part := range strings.Split(l, "\n") {
			out = append(out, strings.TrimRight("# "+printable.Line(strings.ToValidUTF8(part, "\uFFFD")), " "))
		}
	}
	return strings.Join(out, "\n")
}

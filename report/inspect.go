package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/crawl"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/printable"
)

// Inspection is what `onestory inspect` shows of a set of documents: the
// blocks of text extracted and every mention found (schema 1).
type Inspection struct {
	Schema    int            `json:"schema"`
	Documents []InspectedDoc `json:"documents"`
	// Skipped are the files folder walks passed by without reading them,
	// each with the reason; absent when none.
	Skipped []crawl.Skip `json:"skipped,omitempty"`
}

// InspectedDoc is one document's blocks and mentions.
type InspectedDoc struct {
	Source   string             `json:"source"`
	Channel  string             `json:"channel"`
	Format   string             `json:"format"`
	Status   string             `json:"status"`
	Error    string             `json:"error,omitempty"`
	Blocks   []InspectedBlock   `json:"blocks"`
	Mentions []InspectedMention `json:"mentions"`
	// Products are the products the page presents and the catalogue item
	// each matched; absent when the story has no catalogue or the page
	// presents none (see docs/catalog.md).
	Products []InspectedProduct `json:"products,omitempty"`
}

// InspectedProduct is one product a page presents: where it was read
// (data, page or card), its name, prices and availability as written, and
// the catalogue item it matched (item, "" for none) and how (match: sku,
// gtin, mpn, url or name).
type InspectedProduct struct {
	Kind         string           `json:"kind"`
	Name         string           `json:"name"`
	Price        string           `json:"price"`
	Was          string           `json:"was,omitempty"`
	Availability string           `json:"availability,omitempty"`
	Item         string           `json:"item"`
	Match        string           `json:"match,omitempty"`
	Location     extract.Location `json:"location"`
}

// InspectedBlock is one block of extracted text.
type InspectedBlock struct {
	Kind     string           `json:"kind"`
	Text     string           `json:"text"`
	Context  []string         `json:"context,omitempty"`
	Location extract.Location `json:"location"`
}

// InspectedMention is one mention with its normalised value.
type InspectedMention struct {
	Kind     string           `json:"kind"`
	Text     string           `json:"text"`
	Location extract.Location `json:"location"`
	Subject  string           `json:"subject"`
	// Role is what a price mention's amount does in its clause: price,
	// allowance, discount, credit, cap, minimum, fee, perk, name or amount.
	// Only a price is compared with a plan's price.
	Role  string       `json:"role,omitempty"`
	Value MentionValue `json:"value"`
}

// MentionValue is the normalised value of a mention; which fields are set
// depends on its kind.
type MentionValue struct {
	Kind       string `json:"kind,omitempty"` // price: fixed, free, custom, range
	Amount     string `json:"amount,omitempty"`
	Max        string `json:"max,omitempty"`
	Currency   string `json:"currency,omitempty"`
	Period     string `json:"period,omitempty"`
	Unit       string `json:"unit,omitempty"`
	From       bool   `json:"from,omitempty"`
	Annual     bool   `json:"annual,omitempty"`
	Structured bool   `json:"structured,omitempty"`
	Value      string `json:"value,omitempty"` // quantity
	Op         string `json:"op,omitempty"`
	Match      string `json:"match,omitempty"`
	Canonical  string `json:"canonical,omitempty"`
	ClaimKind  string `json:"claim_kind,omitempty"`
	Score      string `json:"score,omitempty"` // two decimals, as a string so output is stable
	// Aside says why the mention is not the company speaking: example,
	// quoted, question, past or competitor (analyze.Mention.Aside).
	Aside string `json:"aside,omitempty"`
	// Plans are the plan ids an entitlement mention places its feature in
	// (match: all, only, includes or excludes).
	Plans []string `json:"plans,omitempty"`
}

// NewInspection builds the inspection of analysed documents (nil for a
// document that could not be read, with its error in errs).
func NewInspection(docs []InspectedDoc) *Inspection {
	if docs == nil {
		docs = []InspectedDoc{}
	}
	return &Inspection{Schema: Schema, Documents: docs}
}

// Inspect turns one analysed document into its inspection.
func Inspect(d *analyze.Doc) InspectedDoc {
	out := InspectedDoc{Source: d.Source, Channel: d.Channel, Format: string(d.Format), Status: "ok",
		Blocks: []InspectedBlock{}, Mentions: []InspectedMention{}}
	if d.Text != nil {
		for _, b := range d.Text.Blocks {
			out.Blocks = append(out.Blocks, InspectedBlock{Kind: string(b.Kind), Text: b.Text, Context: b.Context, Location: b.Location})
		}
	}
	for _, m := range d.Mentions {
		out.Mentions = append(out.Mentions, InspectedMention{Kind: string(m.Kind), Text: m.Text,
			Location: m.Location, Subject: m.Subject, Role: m.Role, Value: valueOf(m)})
	}
	for _, l := range d.Listings {
		out.Products = append(out.Products, InspectedProduct{Kind: string(l.Kind), Name: l.Name, Price: l.Text,
			Was: l.WasText, Availability: l.AvailabilityText, Item: l.ItemID, Match: l.Match, Location: l.Location})
	}
	return out
}

func valueOf(m analyze.Mention) MentionValue {
	v := MentionValue{Match: m.Match, Canonical: m.Canonical, ClaimKind: m.ClaimKind,
		Annual: m.Annual, Structured: m.Structured, Aside: m.Aside}
	if m.Score > 0 {
		v.Score = strconv.FormatFloat(m.Score, 'f', 2, 64)
	}
	if p := m.Price; p != nil {
		v.Kind = [...]string{"fixed", "free", "custom", "range"}[p.Kind]
		v.Amount, v.Max, v.Currency, v.Period, v.Unit, v.From = p.Amount, p.Max, p.Currency, p.Period, p.Unit, p.From
	}
	if q := m.Quantity; q != nil {
		v.Value, v.Max, v.Unit, v.Op = q.Value, q.Max, q.Unit, q.Op
	}
	if m.Plans != "" {
		v.Plans = strings.Split(m.Plans, ",")
	}
	return v
}

// InspectJSON writes an inspection as indented JSON, with the characters
// a terminal acts on that JSON leaves raw written as \u escapes.
func InspectJSON(w io.Writer, in *Inspection) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(in); err != nil {
		return err
	}
	_, err := w.Write(printable.JSON(nil, buf.Bytes()))
	return err
}

// InspectText writes an inspection for a person: each document's blocks
// with their locations, then its mentions with their normalised values.
// Text from sources and file names goes through printable.Line.
func InspectText(w io.Writer, in *Inspection) error {
	bw := bufio.NewWriter(w)
	for i, d := range in.Documents {
		if i > 0 {
			fmt.Fprintln(bw)
		}
		fmt.Fprintf(bw, "%s  (%s, %s, %s)\n", printable.Line(d.Source), d.Format, printable.Line(d.Channel), d.Status)
		if d.Error != "" {
			fmt.Fprintf(bw, "  error: %s\n", printable.Line(d.Error))
		}
		fmt.Fprintf(bw, "  blocks (%d):\n", len(d.Blocks))
		for _, b := range d.Blocks {
			fmt.Fprintf(bw, "    %-28s %-10s %s\n", printable.Line(b.Location.String()), b.Kind, printable.Line(clip(b.Text, 100)))
		}
		fmt.Fprintf(bw, "  mentions (%d):\n", len(d.Mentions))
		for _, m := range d.Mentions {
			role := ""
			if m.Role != "" {
				role = " role=" + m.Role
			}
			fmt.Fprintf(bw, "    %-28s %-8s %-24q subject=%s%s %s\n", printable.Line(m.Location.String()), m.Kind, clip(m.Text, 60), printable.Line(orDash(m.Subject)), printable.Line(role), printable.Line(describe(m.Value)))
		}
		if len(d.Products) > 0 {
			fmt.Fprintf(bw, "  products (%d):\n", len(d.Products))
		}
		for _, p := range d.Products {
			fmt.Fprintf(bw, "    %-28s %-5s %-24q %q item=%s match=%s\n", printable.Line(p.Location.String()), p.Kind,
				clip(p.Name, 60), clip(p.Price, 30), printable.Line(orDash(p.Item)), orDash(p.Match))
		}
	}
	if len(in.Skipped) > 0 {
		if len(in.Documents) > 0 {
			fmt.Fprintln(bw)
		}
		fmt.Fprintf(bw, "skipped (%d):\n", len(in.Skipped))
		for _, s := range in.Skipped {
			fmt.Fprintf(bw, "  %s: %s\n", printable.Line(s.Source), printable.Line(s.Reason))
		}
	}
	return bw.Flush()
}

func describe(v MentionValue) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

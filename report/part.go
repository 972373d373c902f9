package report

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/onestory/onestory/rules"
)

// PartFormat is the version of the part file format; a part of another
// version is refused.
const PartFormat = 1

// PartHeader is the first line of a part file: which run of which shard,
// so that parts of different stories, tool versions or days are refused.
type PartHeader struct {
	Format  int    `json:"onestory_part"` // PartFormat
	Version string `json:"version"`       // the tool's version
	Story   string `json:"story"`         // the story file's path
	// StorySHA256 is the hash of the story file's bytes.
	StorySHA256 string `json:"story_sha256"`
	Today       string `json:"today"` // YYYY-MM-DD the shard checked offers against
	Shard       int    `json:"shard"` // 1-based
	Of          int    `json:"of"`    // the number of shards
}

// Part is a shard's partial result: the documents it checked, their
// findings, and what the corpus rules need of them (rules.State). Merged
// with the parts of the other shards, it gives the report of one run.
type Part struct {
	Header    PartHeader
	Documents []Document
	Findings  *Findings // per document, gathering rules' held back in State
	State     rules.State
	Skipped   int
	// Interrupted marks a shard stopped before it read every source.
	Interrupted bool
}

// partLine is one line of a part file: exactly one field is set.
type partLine struct {
	Header   *PartHeader        `json:"part,omitempty"`
	Document *Document          `json:"document,omitempty"`
	Finding  *rules.Finding     `json:"finding,omitempty"`
	Doc      *rules.DocInfo     `json:"doc,omitempty"`
	Entry    *rules.Entry       `json:"entry,omitempty"`
	Held     *rules.Held        `json:"held,omitempty"`
	Suppress *rules.Suppression `json:"suppress,omitempty"`
	End      *partEnd           `json:"end,omitempty"`
}

// partEnd is the last line: how many lines came before it, so that a
// truncated part is an error, not a smaller shard.
type partEnd struct {
	Lines       int  `json:"lines"`
	Skipped     int  `json:"skipped"`
	Interrupted bool `json:"interrupted,omitempty"`
}

// WritePart writes p as gzip-compressed JSON Lines (gzip -dc shows them):
// the header, one line for each document, finding, index record, held
// finding and suppression, and an end line that counts them. Compressed,
// a part is about a sixteenth of its JSON.
func WritePart(w io.Writer, p *Part) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestSpeed)
	if err != nil {
		return err
	}
	if err := writePart(zw, p); err != nil {
		return err
	}
	return zw.Close()
}

// writePart writes p as JSON Lines. put stops writing at the first error,
// which writePart returns.
func writePart(w io.Writer, p *Part) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	h := p.Header
	h.Format = PartFormat
	n := 0
	var err error
	put := func(l partLine) {
		if err == nil {
			n++
			err = enc.Encode(l)
		}
	}
	put(partLine{Header: &h})
	for i := range p.Documents {
		put(partLine{Document: &p.Documents[i]})
	}
	if p.Findings != nil {
		for f := range p.Findings.All() {
			put(partLine{Finding: &f})
		}
		if err == nil {
			err = p.Findings.Err()
		}
	}
	st := &p.State
	for i := range st.Docs {
		put(partLine{Doc: &st.Docs[i]})
	}
	for i := range st.Entries {
		put(partLine{Entry: &st.Entries[i]})
	}
	for i := range st.Held {
		put(partLine{Held: &st.Held[i]})
	}
	for i := range st.Suppress {
		put(partLine{Suppress: &st.Suppress[i]})
	}
	put(partLine{End: &partEnd{Lines: n, Skipped: p.Skipped, Interrupted: p.Interrupted}})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// ReadPart reads a part file that WritePart wrote, compressed or not; name is the file's
// name, for errors. A part of another format version, with a line that is
// not a record, or cut short (no end line, or fewer lines than it counts)
// is an error.
func ReadPart(r io.Reader, name string) (*Part, error) {
	br := bufio.NewReader(r)
	var in io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		defer zr.Close()
		in = zr
	}
	p := &Part{Findings: NewFindings()}
	if err := p.read(json.NewDecoder(in), name); err != nil {
		p.Findings.Close()
		return nil, err
	}
	return p, nil
}

// read reads the lines of a part into p.
func (p *Part) read(dec *json.Decoder, name string) error {
	strs := rules.NewStrings()
	for n := 0; ; n++ {
		var l partLine
		if err := dec.Decode(&l); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return fmt.Errorf("%s: truncated after %d lines: no end line; the shard did not finish writing it", name, n)
			}
			return fmt.Errorf("%s: line %d: not a part record: %w", name, n+1, err)
		}
		if n == 0 {
			if err := checkHeader(l.Header, name); err != nil {
				return err
			}
			p.Header = *l.Header
			continue
		}
		if l.End != nil {
			if l.End.Lines != n {
				return fmt.Errorf("%s: truncated: %d lines where the end line counts %d", name, n, l.End.Lines)
			}
			p.Skipped, p.Interrupted = l.End.Skipped, l.End.Interrupted
			return nil
		}
		if !p.add(l, strs) {
			return fmt.Errorf("%s: line %d: not a part record", name, n+1)
		}
	}
}

// checkHeader says why a part's first line is not a header this version
// can read.
func checkHeader(h *PartHeader, name string) error {
	switch {
	case h == nil:
		return fmt.Errorf("%s: not a onestory part (write one with onestory check --shard I/N --output part=FILE)", name)
	case h.Format != PartFormat:
		return fmt.Errorf("%s: part format %d; this onestory reads format %d (run every shard and the merge with one version)", name, h.Format, PartFormat)
	case h.Of < 1 || h.Shard < 1 || h.Shard > h.Of:
		return fmt.Errorf("%s: shard %d/%d is not a shard", name, h.Shard, h.Of)
	}
	return nil
}

// add files one record line, its strings kept once in strs; false when it
// holds none.
func (p *Part) add(l partLine, strs *rules.Strings) bool {
	switch {
	case l.Document != nil:
		p.Documents = append(p.Documents, *l.Document)
	case l.Finding != nil:
		p.Findings.Add(*l.Finding) // spilled past a bound: its strings are not kept
	case l.Doc != nil:
		p.State.Docs = append(p.State.Docs, *l.Doc)
	case l.Entry != nil:
		strs.Entry(l.Entry)
		p.State.Entries = append(p.State.Entries, *l.Entry)
	case l.Held != nil:
		strs.Held(l.Held)
		p.State.Held = append(p.State.Held, *l.Held)
	case l.Suppress != nil:
		p.State.Suppress = append(p.State.Suppress, *l.Suppress)
	default:
		return false
	}
	return true
}

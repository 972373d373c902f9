package report

import (
	"bytes"
	"compress/gzip"
	"reflect"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

func samplePart() *Part {
	loc := extract.Location{Source: "site/a.html", Line: 3, Column: 7, Selector: "main > p"}
	return &Part{
		Header:    PartHeader{Version: "v1", Story: "messaging.yaml", StorySHA256: "ab", Today: "2026-11-27", Shard: 2, Of: 3},
		Documents: []Document{{Source: "site/a.html", Channel: "marketing", Format: "html", Status: "ok", OtherURLs: []string{"https://x/a"}}},
		Findings: FindingsOf([]rules.Finding{{Rule: "term", Severity: rules.Warning, Message: "Use “sign up”.", Location: loc, Related: []extract.Location{}, Fix: "sign up"},
			{Rule: "unapproved-claim", Severity: rules.Info, Location: loc}}),
		State: rules.State{
			Docs:     []rules.DocInfo{{Source: "site/a.html", Channel: "marketing", Format: "html"}, {Source: "b.pdf", Err: "bad"}},
			Entries:  []rules.Entry{{Kind: "price", Subject: "pulse/team", Annual: true, Value: "29 USD/month", Display: "$29", Text: "$29", Excerpt: "<b>$29</b> & more", Location: loc}},
			Held:     []rules.Held{{Finding: rules.Finding{Rule: "price-mismatch", Severity: rules.Error, Location: loc}, Value: "39 USD"}},
			Suppress: []rules.Suppression{{Source: "site/a.html", Directives: []extract.Directive{{Kind: extract.Disable, Rules: []string{"term"}, Line: 2}}, Lines: []int{1, 3}}},
		},
		Skipped: 4,
	}
}

// samePart reports whether two parts hold the same, their findings read in
// order.
func samePart(a, b *Part) bool {
	x, y := *a, *b
	x.Findings, y.Findings = nil, nil
	return reflect.DeepEqual(x, y) && reflect.DeepEqual(a.Findings.Collect(), b.Findings.Collect())
}

func TestPartRoundTrip(t *testing.T) {
	p := samplePart()
	var b bytes.Buffer
	if err := WritePart(&b, p); err != nil {
		t.Fatal(err)
	}
	got, err := ReadPart(bytes.NewReader(b.Bytes()), "p")
	if err != nil {
		t.Fatal(err)
	}
	p.Header.Format = PartFormat
	if !samePart(got, p) {
		t.Errorf("read back\n%#v\nwant\n%#v", got, p)
	}
	// Uncompressed JSON Lines read too.
	zr, _ := gzip.NewReader(bytes.NewReader(b.Bytes()))
	var plain bytes.Buffer
	plain.ReadFrom(zr)
	if got, err := ReadPart(&plain, "p"); err != nil || !samePart(got, p) {
		t.Errorf("plain JSON Lines: %v", err)
	}
}

func TestReadPartRefuses(t *testing.T) {
	var b bytes.Buffer
	WritePart(&b, samplePart())
	zr, _ := gzip.NewReader(bytes.NewReader(b.Bytes()))
	var plain bytes.Buffer
	plain.ReadFrom(zr)
	lines := strings.SplitAfter(plain.String(), "\n")
	tests := map[string]string{
		"gzip cut short":     string(b.Bytes()[:b.Len()-20]),
		"no end line":        strings.Join(lines[:len(lines)-2], ""),
		"a line taken out":   strings.Join(append(append([]string{}, lines[:2]...), lines[3:]...), ""),
		"not a part":         "version: 1\ncompany: X\n",
		"no header":          strings.Join(lines[1:], ""),
		"another format":     strings.Replace(plain.String(), `"onestory_part":1`, `"onestory_part":2`, 1),
		"shard out of range": strings.Replace(plain.String(), `"shard":2`, `"shard":5`, 1),
		"unknown record":     lines[0] + "{\"other\":1}\n" + strings.Join(lines[1:], ""),
		"empty":              "",
	}
	for name, in := range tests {
		_, err := ReadPart(strings.NewReader(in), "shard-2.part")
		if err == nil || !strings.HasPrefix(err.Error(), "shard-2.part") {
			t.Errorf("%s: error %v, want one naming shard-2.part", name, err)
		}
	}
}

// FuzzReadPart checks that no part file, however damaged, panics the
// reader, and that a part it accepts writes back to one it reads the same.
func FuzzReadPart(f *testing.F) {
	var b bytes.Buffer
	WritePart(&b, samplePart())
	f.Add(b.Bytes())
	zr, _ := gzip.NewReader(bytes.NewReader(b.Bytes()))
	var plain bytes.Buffer
	plain.ReadFrom(zr)
	f.Add(plain.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ReadPart(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		var out bytes.Buffer
		if err := WritePart(&out, p); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadPart(&out, "again"); err != nil {
			t.Fatalf("a part read once does not read again: %v", err)
		}
	})
}

package analyze

import (
	"context"
	"encoding/json"
	"os"
	"testing"
)

func TestZZGoldenDump(t *testing.T) {
	out := os.Getenv("GOLDEN_OUT")
	if out == "" {
		t.Skip()
	}
	a := testAnalyzer(t)
	var docs []*Doc
	docs = append(docs, a.Analyze(context.Background(), benchCorpus(1<<20), "marketing"))
	texts, _, _ := corpusTexts(t)
	for _, x := range texts {
		docs = append(docs, a.Analyze(context.Background(), x, "marketing"))
	}
	type dump struct {
		S []Sentence
		M []Mention
	}
	var ds []dump
	for _, d := range docs {
		for i := range d.Sentences {
			d.Sentences[i].Location.Source = ""
		}
		ds = append(ds, dump{d.Sentences, d.Mentions})
	}
	data, err := json.MarshalIndent(ds, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(out, data, 0o644)
}

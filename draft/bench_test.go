package draft

import (
	"context"
	"fmt"
	"testing"

	"github.com/jdkato/prose/v2"
)

// BenchmarkProseModel measures building prose's model (tagger and entity
// recogniser), which FromSources does once per run.
func BenchmarkProseModel(b *testing.B) {
	for b.Loop() {
		prose.ModelFromData("onestory")
	}
}

// BenchmarkTagSentence measures tagging one candidate sentence with a
// model built once: the per-sentence cost of finding names.
func BenchmarkTagSentence(b *testing.B) {
	model := prose.ModelFromData("onestory")
	sentences := map[string]*tagSentence{}
	for i := range 100 {
		s := fmt.Sprintf("Our code graph powers Cody and Code Search, and Batch Changes ships with Sourcegraph Cloud %d.", i)
		sentences[s] = &tagSentence{t: newTally()}
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := tagNames(context.Background(), model, sentences); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sentences)), "ns/sentence")
}

// BenchmarkTagOnly measures prose's tagger alone on one sentence, without
// the entity recogniser.
func BenchmarkTagOnly(b *testing.B) {
	model := prose.ModelFromData("onestory")
	s := "Our code graph powers Cody and Code Search, and Batch Changes ships with Sourcegraph Cloud."
	for b.Loop() {
		if _, err := prose.NewDocument(s, prose.UsingModel(model), prose.WithSegmentation(false), prose.WithExtraction(false)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTagAndEntities measures the tagger and the entity recogniser
// on one sentence.
func BenchmarkTagAndEntities(b *testing.B) {
	model := prose.ModelFromData("onestory")
	s := "Our code graph powers Cody and Code Search, and Batch Changes ships with Sourcegraph Cloud."
	for b.Loop() {
		if _, err := prose.NewDocument(s, prose.UsingModel(model), prose.WithSegmentation(false)); err != nil {
			b.Fatal(err)
		}
	}
}

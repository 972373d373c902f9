package story

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*/*.yaml")
	seeds = append(seeds, "testdata/full.yaml", "../messaging.yaml")
	for _, name := range seeds {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("version: 1\nproducts: [{id: a, name: A, plans: [{id: b, name: B, price: &p 1}, {id: c, name: C, price: *p}]}]\n"))
	f.Add([]byte(changesStory))
	f.Add([]byte("version: 1\nrules: {custom/x: {extends: substitution, swap: {? [a] : b}}}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse("fuzz.yaml", data)
		if err == nil {
			if s == nil || s.Version != 1 {
				t.Fatalf("Parse succeeded with story %+v", s)
			}
			return
		}
		if s != nil {
			t.Fatal("Parse returned a story along with errors")
		}
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			var se *Error
			if !errors.As(e, &se) || se.Msg == "" || se.File != "fuzz.yaml" {
				t.Fatalf("error %q is not a complete *story.Error", e)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../messaging.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("messaging.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

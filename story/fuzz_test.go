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
	f.Add([]byte(laughs(3)))
	f.Add([]byte("version: 1\nproducts: [{id: a, name: A, plans: [{id: b, name: B, allowance: 10 calls, minimum: $5, prices: [€1, €2], tiers: [{price: $1, up_to: 5 calls}, {price: $2, up_to: *x}, {up_to: 1}]}]}]\nfacts: [{id: f, about: [x], value: $5, scope: [y, z]}]\n"))
	f.Add([]byte("version: 1\nchannels: &c {a: [x]}\nmessages: [{id: m, text: t, required_in: &r [a]}, {id: n, text: u, required_in: *r}]\nclaims: {<<: *c}\n"))
	f.Add([]byte("version: 1\nterminology: [{use: &u sign up, avoid: [*u, &v [*u]]}, {? *u : *v}]\n"))
	f.Add([]byte("version: 1\ncompetitors: [{name: A, aliases: [a, B]}, {name: b}]\nreference: [\"**/x*.md\", \"[\"]\n"))
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
		errs := err.(interface{ Unwrap() []error }).Unwrap()
		if len(errs) > maxProblems+1 {
			t.Fatalf("%d errors, more than %d and the count of the rest", len(errs), maxProblems)
		}
		for _, e := range errs {
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

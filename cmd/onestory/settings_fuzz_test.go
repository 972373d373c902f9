package main

import (
	"io"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// FuzzSettings feeds any bytes to the settings file reader and the
// validation of check's settings: an error, never a panic, and every
// problem names the file.
func FuzzSettings(f *testing.F) {
	for _, s := range []string{"fail-on: warning\n", "fial-on: x\nmax-pages: lots\n", "- a\n", "timeout: [1, 2]\n",
		"allow-domain: {a: b}\n", "? [a]\n: b\n", "a: &x 1\nb: *x\n", "", "{}", "max-pages:\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		sf := settingsFile{path: "onestory.yaml", values: map[string]*yaml.Node{}, keys: map[string]*yaml.Node{}, found: true}
		sf, err := parseSettings(sf, b)
		if err != nil {
			if !strings.Contains(err.Error(), "onestory.yaml") {
				t.Fatalf("error without the file's name: %v", err)
			}
			return
		}
		a := newApp(strings.NewReader(""), io.Discard, io.Discard)
		root := a.root()
		check, _, err := root.Find([]string{"check"})
		if err != nil {
			t.Fatal(err)
		}
		if err := validateSettings(check, sf); err != nil && !strings.Contains(err.Error(), "onestory.yaml:") {
			t.Fatalf("error without the file's place: %v", err)
		}
	})
}

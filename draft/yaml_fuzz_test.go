package draft

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/onestory/onestory/story"
)

// FuzzWriteYAML: whatever the sources write — names, claims, messages,
// file names in the comments — the draft is a story file that loads, and
// it keeps the text it was given.
func FuzzWriteYAML(f *testing.F) {
	f.Add("RoutePlanner", "Cuts fuel costs by up to 12%", "a.md:3", "sign-up")
	f.Add("#: x", "- [a]: {b}", "deck\n.pptx slide 2", "'\"")
	f.Add("yes", "null", "~", "&a *a")
	f.Fuzz(func(t *testing.T, name, text, place, term string) {
		if !validText(name) || !validText(text) || !validText(term) || strings.TrimSpace(name) == "" ||
			strings.TrimSpace(text) == "" || strings.TrimSpace(term) == "" || strings.TrimSpace(term) == strings.TrimSpace(text) {
			return
		}
		d := &Draft{
			Company:  name,
			Comments: []string{"unreadable-source: " + place},
			Channels: []Channel{{Name: "marketing", Globs: []string{"site/**"}}},
			Products: []Product{{ID: "p", Name: name, Comments: []string{"seen once: " + place}}},
			Claims:   []Claim{{ID: "c", Text: text, Comments: []string{place}}},
			Messages: []Message{{ID: "m", Text: text, RequiredIn: []string{"marketing"}, Comments: []string{place}}},
			Terms:    []Term{{Use: text, Avoid: []string{term}, Comments: []string{place}}},
			Policies: []Policy{{ID: "po", About: []string{term}, Stance: "not offered", Comments: []string{place, "as stated: " + text}}},
		}
		var buf bytes.Buffer
		if err := d.WriteYAML(&buf); err != nil {
			t.Fatal(err)
		}
		s, err := story.Parse("draft.yaml", buf.Bytes())
		if err != nil {
			t.Fatalf("%v\n%s", err, buf.String())
		}
		if s.Products[0].Name != name || s.Claims.Approved[0].Text != text || s.Messages[0].Text != text ||
			len(s.Policies) != 1 || len(s.Policies[0].About) != 1 {
			t.Errorf("text changed on the way:\n%s", buf.String())
		}
	})
}

// validText is text a story's loader takes as a name: printable UTF-8,
// one line, no surrounding spaces.
func validText(s string) bool {
	if s != strings.TrimSpace(s) || len(s) > 200 || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || r == 0xfeff || r >= 0x80 && r < 0xa0 {
			return false
		}
	}
	return true
}

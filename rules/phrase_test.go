package rules

import (
	"reflect"
	"testing"
)

func TestPhraseMatcher(t *testing.T) {
	tests := []struct {
		phrase, text string
		want         []string
	}{
		{"signup", "Signup now; signups and presignup are other words. SIGNUP!", []string{"Signup", "SIGNUP"}},
		{"sign up", "Sign\u00a0up or sign   up", []string{"Sign\u00a0up", "sign   up"}},
		{"$0", "Costs $0 today, not $05.", []string{"$0"}},
		{"24/7", "Support 24/7.", []string{"24/7"}},
		{"café", "Le cafés, le café.", []string{"café"}},
		{"a.b", "axb a.b", []string{"a.b"}},
	}
	for _, tt := range tests {
		m, err := phraseMatcher(tt.phrase)
		if err != nil {
			t.Fatal(err)
		}
		if got := found(m, tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q in %q: got %q, want %q", tt.phrase, tt.text, got, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	if got := expand("Use “%s”, not “%s” (%d).", "email", "e-mail"); got != "Use “email”, not “e-mail” (%d)." {
		t.Errorf("got %q", got)
	}
	if got := expand("No placeholder.", "x"); got != "No placeholder." {
		t.Errorf("got %q", got)
	}
}

func FuzzPhraseMatcher(f *testing.F) {
	f.Add("sign up", "Sign up today, signup later.")
	f.Add("$0", "$0 $00 a$0")
	f.Add("é", "éé é")
	f.Fuzz(func(t *testing.T, phrase, text string) {
		m, err := phraseMatcher(phrase)
		if err != nil {
			return // an empty phrase or invalid UTF-8: NewChecker reports it
		}
		for _, r := range m.find(text) {
			if r[0] < 0 || r[1] > len(text) || r[0] >= r[1] {
				t.Fatalf("bad range %v in %q", r, text)
			}
		}
	})
}

// TestPatternMatcherSkipsEmptyMatches checks that a pattern that can match
// nothing ("(cheap)?", "a*") reports only where it matches text: an empty
// match used to be a finding at every position of every sentence, and
// made a required rule always satisfied.
func TestPatternMatcherSkipsEmptyMatches(t *testing.T) {
	tests := []struct {
		pattern, text string
		want          []string
	}{
		{`(cheap)?`, "Not cheap, just cheaper.", []string{"cheap", "cheap"}},
		{`x*`, "Fleet plan", nil},
		{`\$\d+`, "Costs $18, not $21.", []string{"$18", "$21"}},
	}
	for _, tt := range tests {
		m, err := patternMatcher(tt.pattern)
		if err != nil {
			t.Fatal(err)
		}
		if got := found(m, tt.text); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("/%s/ in %q: got %q, want %q", tt.pattern, tt.text, got, tt.want)
		}
	}
}

// found returns the texts m finds in text.
func found(m matcher, text string) []string {
	var out []string
	for _, r := range m.find(text) {
		out = append(out, text[r[0]:r[1]])
	}
	return out
}

package analyze

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

// spanStrings renders spans as "Text>Match>Canonical" for comparison.
func spanStrings(text string, spans []span) []string {
	var out []string
	for _, s := range spans {
		if text[s.Start:s.End] != s.Mention.Text {
			out = append(out, fmt.Sprintf("bad span %d:%d for %q", s.Start, s.End, s.Mention.Text))
		}
		out = append(out, s.Mention.Text+">"+s.Mention.Match+">"+s.Mention.Canonical)
	}
	return out
}

func TestPhraseFinder(t *testing.T) {
	f, err := newPhraseFinder(testStory(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"Signup takes two minutes.", []string{"Signup>avoid>Sign up"}},
		{"Complete the sign-up form and get started.", []string{"sign-up>avoid>sign up"}},
		{"SIGNUP NOW", []string{"SIGNUP>avoid>SIGN UP"}},
		{"Sign up today and download the Mobile App.", []string{"Mobile App>avoid>Driver app"}},
		{"Ask your dispatch manager, or any dispatcher.", []string{"dispatch manager>avoid>dispatcher"}},
		{"The signup/login flow and the signup's fields.", []string{"signup>avoid>sign up", "signup>avoid>sign up"}},
		{"Guaranteed savings and zero downtime, or your money back.", []string{
			"Guaranteed savings>forbidden>guaranteed savings", "zero downtime>forbidden>zero downtime"}},
		{"Simply the best in the world at routing.", []string{"best in the world>forbidden>best in the world"}},
		// must not match
		{"Sign up today; signups are up 40%.", nil},
		{"Visit https://kestrel.example/signup or kestrel.example/sign-up.", nil},
		{"Mail signup@kestrel.example or open app/signup/page.tsx.", nil},
		{"See signup.html and the #signup channel.", nil},
		{"The pre-signup survey and the mobile apps page.", nil},
		{"Zero-downtime deploys are a myth.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		lower := lowerASCII(nil, tt.text)
		got := spanStrings(tt.text, f.find(tt.text, lower))
		if !slices.Equal(got, tt.want) {
			t.Errorf("find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestCaseLike(t *testing.T) {
	tests := []struct{ written, want, out string }{
		{"Signup", "sign up", "Sign up"},
		{"signup", "sign up", "sign up"},
		{"SIGN-UP", "sign up", "SIGN UP"},
		{"Mobile app", "driver app", "Driver app"},
		{"mobile app", "Driver App", "Driver App"},
		{"", "sign up", "sign up"},
	}
	for _, tt := range tests {
		if got := caseLike(tt.written, tt.want); got != tt.out {
			t.Errorf("caseLike(%q, %q) = %q, want %q", tt.written, tt.want, got, tt.out)
		}
	}
}

func TestInCode(t *testing.T) {
	tests := []struct {
		text, at string
		want     bool
	}{
		{"go to https://kestrel.example/signup now", "signup", true},
		{"open www.kestrel.example today", "kestrel", true},
		{"write to sales@kestrel.example", "sales", true},
		{"edit ./content/signup.md first", "signup", true},
		{"see /signup", "signup", true},
		{"the signup/login flow", "signup", false},
		{"a signup form.", "signup", false},
		{"(signup)", "signup", false},
		{"Kestrel RoutePlanner, today.", "RoutePlanner", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.at)
		if got := inCode(tt.text, i, i+len(tt.at)); got != tt.want {
			t.Errorf("inCode(%q, %q) = %v, want %v", tt.text, tt.at, got, tt.want)
		}
	}
}

// TestPhraseFinderCaseOnly checks a term whose avoided form differs from
// the preferred one only in case (the Sourcegraph style guide: use "npm",
// not "NPM"): only the avoided spelling matches.
func TestPhraseFinderCaseOnly(t *testing.T) {
	f, err := newPhraseFinder(&story.Story{Terminology: []story.Term{{Use: "npm", Avoid: []string{"NPM"}}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string
	}{
		{"Based on npm's branding guidelines, write npm in lower case.", nil},
		{"A repo that uses a private registry (e.g., private NPM).", []string{"NPM>avoid>npm"}},
		{"Npm is a package manager.", nil},
	}
	for _, tt := range tests {
		got := spanStrings(tt.text, f.find(tt.text, lowerASCII(nil, tt.text)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestPhraseFinderLongest: of forms to avoid that share a start, the
// longest that stands as whole words wins, whatever order the story lists
// them in; a form listed twice in two casings is found once.
func TestPhraseFinderLongest(t *testing.T) {
	for _, avoid := range [][]string{{"whitelist", "whitelisting", "e-mail", "E-Mail", "e-mail address"},
		{"e-mail address", "E-Mail", "e-mail", "whitelisting", "whitelist"}} {
		f, err := newPhraseFinder(&story.Story{
			Terminology: []story.Term{{Use: "allowlist", Avoid: avoid[:2]}, {Use: "email", Avoid: avoid[2:]}},
			Claims:      story.Claims{Forbidden: []string{"the best", "the best in class"}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if avoid[0] != "whitelist" {
			f, err = newPhraseFinder(&story.Story{
				Terminology: []story.Term{{Use: "email", Avoid: avoid[:3]}, {Use: "allowlist", Avoid: avoid[3:]}},
				Claims:      story.Claims{Forbidden: []string{"the best in class", "the best"}},
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		tests := []struct {
			text string
			want []string
		}{
			{"Configure IP whitelisting in the settings.", []string{"whitelisting>avoid>allowlist"}},
			{"Add a whitelist entry.", []string{"whitelist>avoid>allowlist"}},
			{"Send us an e-mail or an E-Mail today.", []string{"e-mail>avoid>email", "E-Mail>avoid>Email"}},
			{"Your e-mail address, and e-mail addresses.", []string{"e-mail address>avoid>email", "e-mail>avoid>email"}},
			{"We are the best in class.", []string{"the best in class>forbidden>the best in class"}},
			{"We are the best in classic cars.", []string{"the best>forbidden>the best"}},
			{"The whitelistings are gone.", nil},
		}
		for _, tt := range tests {
			got := spanStrings(tt.text, f.find(tt.text, lowerASCII(nil, tt.text)))
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q: find(%q) = %q, want %q", avoid, tt.text, got, tt.want)
			}
		}
	}
}

// FuzzPhraseFinderLongest compares the phrase finder with a plain
// reference: from left to right, at each byte the longest listed form that
// stands as whole words outside code, the next search starting after it.
func FuzzPhraseFinderLongest(f *testing.F) {
	forms := []string{"whitelist", "whitelisting", "e-mail", "e-mail address", "sign", "sign-up", "up"}
	pf, err := newPhraseFinder(&story.Story{Terminology: []story.Term{{Use: "x", Avoid: forms}}})
	if err != nil {
		f.Fatal(err)
	}
	byLength := slices.Clone(forms)
	slices.SortFunc(byLength, func(a, b string) int { return len(b) - len(a) })
	for _, s := range []string{"IP whitelisting, a whitelist", "your e-mail address, e-mail addresses", "sign-up or sign up", "`whitelisting`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		lower := lowerASCII(nil, text)
		var want []string
		for i := 0; i < len(text); {
			took := false
			for _, p := range byLength {
				if j := i + len(p); j <= len(lower) && string(lower[i:j]) == p && words.Bounded(text, i, j) && !inCode(text, i, j) {
					want = append(want, fmt.Sprintf("%d:%d", i, j))
					i, took = j, true
					break
				}
			}
			if !took {
				i++
			}
		}
		var got []string
		for _, s := range pf.find(text, lower) {
			got = append(got, fmt.Sprintf("%d:%d", s.Start, s.End))
		}
		if !slices.Equal(got, want) {
			t.Errorf("find(%q) = %v, want %v", text, got, want)
		}
	})
}

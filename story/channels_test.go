package story

import (
	"slices"
	"testing"
)

func TestChannelOf(t *testing.T) {
	s, err := Load("testdata/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		source, want string
	}{
		{"site/pricing.html", "marketing"},
		{"./site/blog/2026/launch.md", "marketing"},
		{"site//index.html", "marketing"},
		{"https://kestrel.example/pricing", "marketing"},
		{"https://kestrel.example/", "marketing"},
		{"https://kestrel.example/blog/post?utm_source=x", "marketing"},
		{"https://other.example/pricing", "other"},
		{"http://kestrel.example/pricing", "other"},
		{"collateral/deck.pdf", "Sales"},
		{"./collateral/2026/q4/deck.pdf", "Sales"},
		{"partners/deck.pptx", "Sales"}, // "**/*.pptx" of Sales comes before partners
		{"partners/eu/brochure.pdf", "partners"},
		{"partners/asia/brochure.pdf", "other"},
		{"SITE/pricing.html", "other"}, // globs are case-sensitive
		{"content/post.md", "other"},
		{"-", "other"},
	}
	for _, tt := range tests {
		if got := s.ChannelOf(tt.source); got != tt.want {
			t.Errorf("ChannelOf(%q) = %q, want %q", tt.source, got, tt.want)
		}
	}
	if got, want := s.ChannelNames(), []string{"marketing", "Sales", "partners"}; !slices.Equal(got, want) {
		t.Errorf("ChannelNames() = %q, want %q", got, want)
	}
}

func TestIgnored(t *testing.T) {
	s, err := Load("testdata/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		source string
		want   bool
	}{
		{"site/legal/terms.html", true},
		{"./site/legal/privacy/eu.md", true},
		{"site/legal", true},
		{"site/legalese.html", false},
		{"content/drafts/post.md", true},
		{"drafts/post.md", true},
		{"site/pricing.html", false},
		{"https://kestrel.example/legal/terms", false},
	}
	for _, tt := range tests {
		if got := s.Ignored(tt.source); got != tt.want {
			t.Errorf("Ignored(%q) = %v, want %v", tt.source, got, tt.want)
		}
	}
}

func TestChannelOfEmptyStory(t *testing.T) {
	var s Story
	if got := s.ChannelOf("site/a.html"); got != Other {
		t.Errorf("ChannelOf with no channels = %q, want %q", got, Other)
	}
	if s.Ignored("site/a.html") {
		t.Error("Ignored with no ignore globs = true")
	}
}

func TestAnchorsAndAliases(t *testing.T) {
	s, err := Parse("m.yaml", []byte(`version: 1
channels:
  marketing: &site ["site/**"]
  web: *site
products:
  - id: routeplanner
    name: &name RoutePlanner
    aliases: [*name]
`))
	if err != nil {
		t.Fatal(err)
	}
	if got := s.ChannelOf("site/a.html"); got != "marketing" {
		t.Errorf("ChannelOf = %q", got)
	}
	if got := s.Products[0].Aliases; !slices.Equal(got, []string{"RoutePlanner"}) {
		t.Errorf("aliases through an alias = %q", got)
	}
}

func TestMatchesAny(t *testing.T) {
	globs := []string{"site/**", "https://kestrel.example/blog/**"}
	tests := []struct {
		source string
		want   bool
	}{
		{"site/pricing.html", true},
		{"./site/pricing.html", true},
		{"collateral/deck.pptx", false},
		{"https://kestrel.example/blog/launch", true},
		{"https://kestrel.example/pricing", false},
	}
	for _, tt := range tests {
		if got := MatchesAny(globs, tt.source); got != tt.want {
			t.Errorf("MatchesAny(%q) = %v, want %v", tt.source, got, tt.want)
		}
	}
	if MatchesAny(nil, "site/a.html") {
		t.Error("MatchesAny(nil globs) = true, want false")
	}
}

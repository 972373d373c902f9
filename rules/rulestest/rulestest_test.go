package rulestest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

// fakeT records failures instead of failing, so the harness itself can be
// tested.
type fakeT struct {
	testing.TB
	errs []string
}

func (f *fakeT) Helper() {}

func (f *fakeT) Errorf(format string, args ...any) {
	f.errs = append(f.errs, fmt.Sprintf(format, args...))
}

var fixtures = []string{"testdata/pricing.html", "testdata/post.md", "testdata/deck.pptx", "testdata/messaging.yaml"}

func finding(rule, msg, source string, line, slide, page int) rules.Finding {
	return rules.Finding{Rule: rule, Message: msg, Location: extract.Location{Source: source, Line: line, Slide: slide, Page: page}}
}

// expected are the findings that meet every want of the fixtures.
func expected() []rules.Finding {
	return []rules.Finding{
		finding("price-mismatch", "The Fleet plan of RoutePlanner is $18 per vehicle per month in messaging.yaml; this page says $21 per vehicle per month.", "testdata/pricing.html", 4, 0, 0),
		finding("term", "Use “sign up”, not “signup”.", "testdata/pricing.html", 5, 0, 0),
		finding("product-name", "“signup” is nothing", "testdata/pricing.html", 5, 0, 0),
		finding("product-name", "“RouteMaster” is the retired name of RoutePlanner.", "./testdata/post.md", 3, 0, 0),
		finding("price-conflict", "Sources disagree: marketing: $18 at a; sales: $21 at b.", "testdata/deck.pptx", 0, 4, 0),
		finding("fact-mismatch", "anything", "testdata/deck.pptx", 0, 0, 2),
		finding("missing-message", "No sales source conveys the key message “Customer data never leaves the EU”.", "testdata/messaging.yaml", 3, 0, 0),
	}
}

func TestRunPasses(t *testing.T) {
	ft := &fakeT{}
	Run(ft, expected(), fixtures)
	if len(ft.errs) != 0 {
		t.Errorf("Run failed on findings that meet every want:\n%s", strings.Join(ft.errs, "\n"))
	}
}

func TestRunFails(t *testing.T) {
	tests := []struct {
		name   string
		change func([]rules.Finding) []rules.Finding
		want   []string
	}{
		{"missing finding", func(fs []rules.Finding) []rules.Finding { return fs[1:] },
			[]string{`testdata/pricing.html:4: no finding matched want price-mismatch "this page says \$21"`}},
		{"unexpected finding", func(fs []rules.Finding) []rules.Finding {
			return append(fs, finding("term", "Use “sign up”, not “sign-up”.", "testdata/pricing.html", 6, 0, 0))
		}, []string{`testdata/pricing.html:6: unexpected finding term "Use “sign up”, not “sign-up”."`}},
		{"message does not match", func(fs []rules.Finding) []rules.Finding {
			fs[0].Message = "this page says $19"
			return fs
		}, []string{
			`testdata/pricing.html:4: unexpected finding price-mismatch "this page says $19"`,
			`testdata/pricing.html:4: no finding matched want price-mismatch "this page says \$21"`,
		}},
		{"wrong line", func(fs []rules.Finding) []rules.Finding {
			fs[3].Location.Line = 2
			return fs
		}, []string{
			`./testdata/post.md:2: unexpected finding product-name "“RouteMaster” is the retired name of RoutePlanner."`,
			`testdata/post.md:3: no finding matched want product-name "retired name of RoutePlanner"`,
		}},
		{"wrong slide", func(fs []rules.Finding) []rules.Finding {
			fs[4].Location.Slide = 5
			return fs
		}, []string{
			`testdata/deck.pptx slide 5: unexpected finding price-conflict "Sources disagree: marketing: $18 at a; sales: $21 at b."`,
			`testdata/deck.pptx.want:2: no finding matched want price-conflict "sales: \$21"`,
		}},
		{"one of two wants on a line unmet", func(fs []rules.Finding) []rules.Finding {
			return append(fs[:2:2], fs[3:]...)
		}, []string{`testdata/pricing.html:5: no finding matched want product-name`}},
		{"twice the same finding", func(fs []rules.Finding) []rules.Finding { return append(fs, fs[1]) },
			[]string{`testdata/pricing.html:5: unexpected finding term "Use “sign up”, not “signup”."`}},
		{"source not named", func(fs []rules.Finding) []rules.Finding {
			return append(fs, finding("term", "x", "testdata/other.html", 1, 0, 0))
		}, []string{`testdata/other.html:1: unexpected finding term "x"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ft := &fakeT{}
			Run(ft, tt.change(expected()), fixtures)
			if strings.Join(ft.errs, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("failures\n got %q\nwant %q", ft.errs, tt.want)
			}
		})
	}
}

func TestRunBadFixtures(t *testing.T) {
	for _, tt := range []struct{ source, want string }{
		{"testdata/bad.html", `rulestest: testdata/bad.html:1: rule term: error parsing regexp`},
		{"testdata/bad.pptx", `rulestest: testdata/bad.pptx.want:1: unknown position "row"`},
		{"testdata/missing.html", `rulestest: read fixture: open testdata/missing.html`},
	} {
		ft := &fakeT{}
		Run(ft, nil, []string{tt.source})
		if len(ft.errs) != 1 || !strings.HasPrefix(ft.errs[0], tt.want) {
			t.Errorf("%s: failures %q, want one starting %q", tt.source, ft.errs, tt.want)
		}
	}
}

func TestParseComments(t *testing.T) {
	ws, err := ParseComments("a.html", []byte("<p>a</p>\n<p>b</p><!-- want term \"x\" forbidden-claim `y\\b` unapproved-claim -->"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range ws {
		got = append(got, fmt.Sprintf("%s:%d %s", w.Source, w.Line, w))
	}
	want := []string{`a.html:2 term "x"`, `a.html:2 forbidden-claim "y\b"`, `a.html:2 unapproved-claim`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, bad := range []string{`<!-- want -->`, `<!-- want "x" -->`, `<!-- want term "x -->`} {
		if _, err := ParseComments("a.html", []byte(bad)); err == nil {
			t.Errorf("%s: want an error", bad)
		}
	}
}

func FuzzParseComments(f *testing.F) {
	f.Add("<p>x</p> <!-- want term \"Use\" product-name `a\\b` -->")
	f.Add("# want missing-message \"No sales\"")
	f.Add("<!-- want \"x -->")
	f.Fuzz(func(t *testing.T, s string) {
		ws, err := ParseComments("f.html", []byte(s))
		if err != nil {
			return
		}
		for _, w := range ws {
			if w.Rule == "" || w.Line < 1 {
				t.Fatalf("bad want %+v from %q", w, s)
			}
		}
	})
}

func FuzzParseSidecar(f *testing.F) {
	f.Add("slide 3 price-mismatch \"x\"\npage 2 term\n# c\n")
	f.Add("line 0 term")
	f.Fuzz(func(t *testing.T, s string) {
		ws, err := ParseSidecar("d.pptx", "d.pptx.want", []byte(s))
		if err != nil {
			return
		}
		for _, w := range ws {
			if w.Rule == "" || w.Line+w.Slide+w.Page < 1 {
				t.Fatalf("bad want %+v from %q", w, s)
			}
		}
	})
}

// TestRunGathered: a finding that gathers the places of one wrong value
// meets the wants at its related places; without them, those wants are
// unmet.
func TestRunGathered(t *testing.T) {
	const src = "testdata/gathered.md"
	msg := "The Fleet plan of RoutePlanner is $18 per vehicle per month in messaging.yaml; this page says $21 per vehicle per month. Also at …"
	gathered := func(related ...int) rules.Finding {
		f := finding("price-mismatch", msg, src, 3, 0, 0)
		for _, l := range related {
			f.Related = append(f.Related, extract.Location{Source: src, Line: l})
		}
		return f
	}
	tests := []struct {
		name string
		f    rules.Finding
		want []string
	}{
		{"every place marked", gathered(5), nil},
		{"a related place without a want", gathered(5, 7), nil},
		{"a place not gathered", gathered(), []string{"testdata/gathered.md:5: no finding matched want price-mismatch"}},
		{"not a gathering rule", func() rules.Finding { f := gathered(5); f.Rule = "price-conflict"; return f }(), []string{
			`testdata/gathered.md:3: unexpected finding price-conflict`,
			`testdata/gathered.md:3: no finding matched want price-mismatch`,
			`testdata/gathered.md:5: no finding matched want price-mismatch`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ft := &fakeT{}
			Run(ft, []rules.Finding{tt.f}, []string{src})
			if len(ft.errs) != len(tt.want) {
				t.Fatalf("got %q, want %q", ft.errs, tt.want)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(ft.errs[i], w) {
					t.Errorf("error %d: got %q, want prefix %q", i, ft.errs[i], w)
				}
			}
		})
	}
}

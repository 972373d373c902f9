package story

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// laughs returns a "billion laughs" story: levels anchors, each a list of
// ten aliases of the one before, so that the last expands to 10^levels
// values. Its anchors sit under keys a story file has.
func laughs(levels int) string {
	var b strings.Builder
	b.WriteString("version: 1\ncompany: X\nignore:\n  - &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i <= levels; i++ {
		ten := strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 10), ", ")
		fmt.Fprintf(&b, "  - &l%d [%s]\n", i, ten)
	}
	return b.String()
}

// TestAliasExpansion checks that a story whose aliases expand past
// MaxExpandedSize is refused with one error at the alias that passes it,
// naming its anchor, before anything is decoded; and that the check takes
// time linear in the file, not in its expansion (10^30 values here).
func TestAliasExpansion(t *testing.T) {
	big := strings.TrimSuffix(strings.Repeat("some phrase, ", 20000), ", ") // 260 KB
	var manyUses strings.Builder
	manyUses.WriteString("version: 1\ncompany: X\nfacts:\n  - {id: f0, value: 1 day, about: &a [" + big + "]}\n")
	for i := 1; i < 1000; i++ {
		fmt.Fprintf(&manyUses, "  - {id: f%d, value: 1 day, about: *a}\n", i)
	}
	tests := []struct {
		name, yaml string
		want       string
	}{
		{"billion laughs", laughs(30), "s.yaml:10:10: alias *l5 makes the story larger than 8 MB with its aliases expanded, " +
			"the limit of a story file (&l5, at line 9, expands to 3.9 MB); write fewer aliases of it"},
		{"one anchor used 999 times", manyUses.String(), "s.yaml:38:36: alias *a makes the story larger than 8 MB with its aliases expanded, " +
			"the limit of a story file (&a, at line 4, expands to 234.4 KB); write fewer aliases of it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse("s.yaml", []byte(tt.yaml))
			if s != nil {
				t.Fatal("Parse returned a story")
			}
			if got := problems(t, err); !slices.Equal(got, []string{tt.want}) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// TestAliasesWithinLimit checks that aliases that expand to a reasonable
// story are read as before: many uses of a small anchor.
func TestAliasesWithinLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\ncompany: X\nchannels:\n  marketing: [\"site/**\"]\n  sales: [\"deck/**\"]\nmessages:\n")
	b.WriteString("  - {id: m0, text: Message zero, required_in: &both [marketing, sales]}\n")
	for i := 1; i < 5000; i++ {
		fmt.Fprintf(&b, "  - {id: m%d, text: Message %d, required_in: *both}\n", i, i)
	}
	s, err := Parse("s.yaml", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Messages) != 5000 || !slices.Equal(s.Messages[4999].RequiredIn, []string{"marketing", "sales"}) {
		t.Fatalf("read %d messages, the last %+v", len(s.Messages), s.Messages[len(s.Messages)-1])
	}
}

// TestSizeLimit checks that a story file over MaxSize is refused with its
// size and the limit, by Parse and by Load (before reading it), and that
// Load stops reading a file that is not a regular file at the limit.
func TestSizeLimit(t *testing.T) {
	data := []byte("version: 1\ncompany: X\n# " + strings.Repeat("x", 5<<20) + "\n")
	_, err := Parse("s.yaml", data)
	if got := problems(t, err); !slices.Equal(got, []string{"s.yaml: the story file is 5.0 MB, over the 4 MB limit of a story file"}) {
		t.Errorf("Parse: %q", got)
	}
	path := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Load(path)
	if got := problems(t, err); !slices.Equal(got, []string{path + ": the story file is 5.0 MB, over the 4 MB limit of a story file"}) {
		t.Errorf("Load: %q", got)
	}
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	_, err = Load("/dev/zero")
	if got := problems(t, err); !slices.Equal(got, []string{"/dev/zero: the story file is larger than 4 MB, the limit of a story file"}) {
		t.Errorf("Load(/dev/zero): %q", got)
	}
}

// TestProblemLimit checks that a story with thousands of problems lists
// the first hundred and counts the rest.
func TestProblemLimit(t *testing.T) {
	yaml := "version: 1\nignore: [" + strings.Repeat("[x], ", 5000) + "]\n"
	_, err := Parse("s.yaml", []byte(yaml))
	got := problems(t, err)
	if len(got) != maxProblems+1 || got[0] != "s.yaml:2:10: ignore[0]: want a string, got a list" ||
		got[maxProblems] != "s.yaml: 4900 more problems not listed" {
		t.Errorf("%d problems, first %q, last %q", len(got), got[0], got[len(got)-1])
	}
	var se *Error
	if !errors.As(err, &se) {
		t.Error("not a *story.Error")
	}
}

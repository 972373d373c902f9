package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/onestory/onestory/internal/words"
)

func TestStaleOffer(t *testing.T) {
	lines := []string{
		"Get three months free on DriverLog Pro this summer!",
		"3 months free on DriverLog Pro.",
		"DriverLog Pro is free for drivers.",
		"Save 20% off annual Fleet plans until December.",
	}
	tests := []struct {
		name string
		now  time.Time
		want []string // messages, in line order
	}{
		{"after the summer offer", today, []string{
			"“Three months free on DriverLog Pro” ended on 2026-08-31.",
			"“Three months free on DriverLog Pro” ended on 2026-08-31.",
		}},
		{"last day is valid", day("2026-08-31").Add(23*time.Hour + 59*time.Minute), nil},
		{"the day after", day("2026-09-01"), []string{
			"“Three months free on DriverLog Pro” ended on 2026-08-31.",
			"“Three months free on DriverLog Pro” ended on 2026-08-31.",
		}},
		{"before both", day("2026-05-31"), []string{
			"“Three months free on DriverLog Pro” starts on 2026-06-01.",
			"“Three months free on DriverLog Pro” starts on 2026-06-01.",
		}},
		{"after both", day("2027-01-01"), []string{
			"“Three months free on DriverLog Pro” ended on 2026-08-31.",
			"“Three months free on DriverLog Pro” ended on 2026-08-31.",
			"“20% off annual Fleet plans” ended on 2026-12-31.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewChecker(exampleStory(), tt.now)
			if err != nil {
				t.Fatal(err)
			}
			fs := only(c.Document(doc("site/offers.html", "marketing", lines)), "stale-offer")
			if len(fs) != len(tt.want) {
				t.Fatalf("got %d findings %+v, want %d", len(fs), fs, len(tt.want))
			}
			for i, f := range fs {
				if f.Message != tt.want[i] || f.Severity != Warning || f.Excerpt == "" || f.Expected == "" {
					t.Errorf("finding %d: %+v, want message %q", i, f, tt.want[i])
				}
			}
		})
	}
}

func TestContainsFold(t *testing.T) {
	for _, tc := range []struct {
		s, sub string
		want   bool
	}{
		{"Three months FREE on DriverLog Pro", "driverlog", true},
		{"Three months free", "driverlog", false},
		{"", "a", false},
		{"abc", "", true},
		{"DRIVERLO", "driverlog", false},
	} {
		if got := containsFold(tc.s, tc.sub); got != tc.want {
			t.Errorf("containsFold(%q, %q) = %v", tc.s, tc.sub, got)
		}
	}
}

// FuzzContainsFold checks containsFold against strings.Contains over
// lower-cased text.
func FuzzContainsFold(f *testing.F) {
	f.Add("Three months FREE on DriverLog Pro", "free")
	f.Add("ddd", "dd")
	f.Add("Driverlog", "driverlog")
	f.Fuzz(func(t *testing.T, s, sub string) {
		sub = strings.Map(func(r rune) rune {
			if 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, sub)
		want := strings.Contains(asciiLower(s), sub)
		if got := containsFold(s, sub); got != want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", s, sub, got, want)
		}
	})
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = words.Lower(c)
	}
	return string(b)
}

func TestRarestByte(t *testing.T) {
	for _, tc := range []struct {
		sub  string
		want int
	}{
		{"driverlog", 3}, // v
		{"annual", 3},    // u
		{"20%", 0},
		{"a b", 2},
		{"   ", 0},
		{"e z", 2},
	} {
		if got := rarestByte(tc.sub); got != tc.want {
			t.Errorf("rarestByte(%q) = %d, want %d", tc.sub, got, tc.want)
		}
	}
}

package words

import "testing"

func TestHasCue(t *testing.T) {
	for _, tc := range []struct {
		low  string
		want bool
	}{
		{"we previously charged $19", true},
		{"previously, it cost more", true},
		{"it was called beacon", true},
		{"an unused tool", false},
		{"reused to death", false}, // "used to" inside a word
		{"éused to", false},
		{"it costs $19", false},
	} {
		if got := HasCue(tc.low, PastCues); got != tc.want {
			t.Errorf("HasCue(%q) = %v, want %v", tc.low, got, tc.want)
		}
		if got := HasCue([]byte(tc.low), PastCues); got != tc.want {
			t.Errorf("HasCue([]byte(%q)) = %v, want %v", tc.low, got, tc.want)
		}
	}
	if !HasCue("the plan was renamed", ChangeCues) || HasCue("the plan was renamed", PastCues) {
		t.Error("ChangeCues should hold the change words PastCues does not")
	}
}

func TestIsQuestion(t *testing.T) {
	for s, want := range map[string]bool{
		"Is it free?": true, `He asked "is it free?"`: true, "(Is it free?)": true, "**Free?**": true,
		"Is it free?\n": true, "It is free.": false, "Free? Yes.": false,
	} {
		if got := IsQuestion(s); got != want {
			t.Errorf("IsQuestion(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestClauses(t *testing.T) {
	s := "Plans start at $2.50 per user; the Team plan costs $29, but Pro costs $49. Call us!"
	at := func(sub string) (int, int) {
		for i := 0; i+len(sub) <= len(s); i++ {
			if s[i:i+len(sub)] == sub {
				return i, i + len(sub)
			}
		}
		t.Fatalf("%q not in %q", sub, s)
		return 0, 0
	}
	for _, tc := range []struct{ match, stops, clause string }{
		{"$2.50", "Plans start at $2.50 per user", "Plans start at $2.50 per user"},
		{"$29", " the Team plan costs $29, but Pro costs $49", " the Team plan costs $29"},
		{"$49", " the Team plan costs $29, but Pro costs $49", "Pro costs $49. Call us!"},
	} {
		i, j := at(tc.match)
		if lo, hi := StopsAround(s, i, j); s[lo:hi] != tc.stops {
			t.Errorf("StopsAround(%s) = %q, want %q", tc.match, s[lo:hi], tc.stops)
		}
		if lo, hi := StopsAround([]byte(s), i, j); s[lo:hi] != tc.stops {
			t.Errorf("StopsAround([]byte, %s) = %q, want %q", tc.match, s[lo:hi], tc.stops)
		}
		if lo, hi := ClauseAround(s, i, j); s[lo:hi] != tc.clause {
			t.Errorf("ClauseAround(%s) = %q, want %q", tc.match, s[lo:hi], tc.clause)
		}
	}
}

package rules

import (
	"math"
	"strconv"
	"testing"
)

func TestScaled(t *testing.T) {
	for _, tc := range []struct {
		s     string
		scale int64
		want  string
	}{
		{"14", 86400, "1209600"},
		{"2", 7 * 86400, "1209600"},
		{"99.95", 1, "1999/20"},
		{"1.5", 3600, "5400"},
		{"24/7", 1, "24/7"},
		{"", 60, ""},
		{"+5", 1, "5"},
		{"-0", 60, "0"},
		{"007", 1, "7"},
		{strconv.FormatInt(math.MaxInt64, 10), 2, "18446744073709551614"}, // past int64: math/big
		{"1_000", 1, "1000"}, // math/big reads Go digit separators
	} {
		if got := scaled(tc.s, tc.scale); got != tc.want {
			t.Errorf("scaled(%q, %d) = %q, want %q", tc.s, tc.scale, got, tc.want)
		}
	}
}

// FuzzScaled checks the whole-number shortcut of scaled against exact
// rational arithmetic.
func FuzzScaled(f *testing.F) {
	for _, s := range []string{"14", "99.95", "-3", "+7", "0", "9223372036854775807", "1e3", "24/7", " 1"} {
		f.Add(s, uint8(3))
	}
	scales := []int64{1, 60, 3600, 86400, 7 * 86400}
	f.Fuzz(func(t *testing.T, s string, i uint8) {
		scale := scales[int(i)%len(scales)]
		if got, want := scaled(s, scale), scaledRat(s, scale); got != want {
			t.Errorf("scaled(%q, %d) = %q, math/big says %q", s, scale, got, want)
		}
	})
}

package analyze

import "testing"

// TestNumbersChanged checks which restatements of an approved claim's
// numbers change it: another number of one of its units does; leaving one
// of them out, or a number of another unit, does not.
func TestNumbersChanged(t *testing.T) {
	sig := func(text string) []string { return claimNumbers(text, simWords(text)) }
	ref := sig("Batch Changes makes large-scale code changes 50-75% faster and 95% more accurate")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Batch changes are 50%–75% faster", false},                       // one of two numbers, restated
		{"Batch changes are 50%–75% faster and 95% more accurate", false}, // all of them
		{"Batch changes are 50%–90% faster", true},                        // another range
		{"Batch changes are 80% faster", true},                            // another percentage
		{"Batch changes, since 2021, are 50–75% faster", false},           // a year is another unit
		{"Batch changes are faster", false},                               // no number at all
	} {
		if got := numbersChanged(sig(tt.text), ref); got != tt.want {
			t.Errorf("%q: changed %v, want %v (signature %q against %q)", tt.text, got, tt.want, sig(tt.text), ref)
		}
	}
}

package value

import "testing"

// seeds are shared by the fuzz targets.
var seeds = []string{"$29 per user per month", "€49,00", "1.299,99 €", "CHF 1'049.95",
	"₹ 7,50,000", "$1.2k", "from $19–$49/mo", "contact sales", "free", "$..75,333",
	"35€ 99", "119. 95", "14-day", "two weeks", "99.9%", "120+ integrations", "24/7",
	"v2.3.1", "15.08.2017", "+1 (555) 123-4567", "$5 per 1,000 events", "руб.", "€",
	"30–60 minutes", "25%–40%", "50-75% faster", "30 to 60 min", ">1,500 developers", "~500",
	"about 20 users", "10GB", "1,000 CI minutes", "$2.5m–$4.0m", "$15 million", "2–3M events"}

func FuzzParsePrice(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePrice(s)
		if err == nil && p.Kind != Custom && p.Amount == "" {
			t.Errorf("ParsePrice(%q) = %+v without an error or an amount", s, p)
		}
		_ = p.String()
	})
}

func FuzzFindPrices(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, sp := range FindPrices(s) {
			if sp.Start < last || sp.Start >= sp.End || sp.End > len(s) {
				t.Fatalf("FindPrices(%q): bad span %d:%d after %d", s, sp.Start, sp.End, last)
			}
			last = sp.End
		}
	})
}

func FuzzParseQuantity(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuantity(s)
		if err == nil && q.Value == "" {
			t.Errorf("ParseQuantity(%q) = %+v without a value", s, q)
		}
		if lo, hi := q.Bounds(); err == nil && q.Max != "" && (lo == "" && q.Op != "at-most" || !less(q.Value, q.Max)) {
			t.Errorf("ParseQuantity(%q) = %+v: a range whose ends are %q, %q", s, q, lo, hi)
		}
		last := 0
		for _, sp := range FindQuantities(s) {
			if sp.Start < last || sp.Start >= sp.End || sp.End > len(s) {
				t.Fatalf("FindQuantities(%q): bad span %d:%d after %d", s, sp.Start, sp.End, last)
			}
			last = sp.End
		}
	})
}

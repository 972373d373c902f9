package value

// numberWords are the number words read as quantities ("two weeks").
var numberWords = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4",
	"five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
	"eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
	"sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
	"dozen": "12"}

// unitAliases maps written units to canonical ones; "week" is turned into
// days by the reader.
var unitAliases = map[string]string{"percent": "percent", "pct": "percent",
	"times": "x", "hrs": "hour", "hr": "hour", "h": "hour", "mins": "minute", "min": "minute",
	"secs": "second", "sec": "second", "s": "second", "ms": "millisecond",
	"yrs": "year", "yr": "year", "mo": "month", "mos": "month", "wk": "week", "wks": "week",
	"d": "day", "k": "", "m": "", "data": "data", "news": "news", "series": "series"}

// timeUnits are the units a number word may count ("two weeks").
var timeUnits = map[string]bool{"second": true, "minute": true, "hour": true,
	"day": true, "week": true, "month": true, "year": true, "x": true}

// stopWords are words after a number that are not its unit ("in 2024 we").
var stopWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true,
	"to": true, "of": true, "in": true, "on": true, "at": true, "for": true, "with": true,
	"is": true, "are": true, "was": true, "were": true, "we": true, "you": true, "it": true,
	"by": true, "from": true, "as": true, "that": true, "this": true, "be": true, "per": true,
	"than": true, "but": true, "if": true, "so": true, "i": true, "our": true, "your": true,
	"they": true, "he": true, "she": true, "not": true, "no": true, "am": true, "pm": true}

// opsBefore are the words before a number that bound it.
var opsBefore = []struct{ words, op string }{
	{"up to", "at-most"}, {"under", "at-most"}, {"less than", "at-most"},
	{"fewer than", "at-most"}, {"at most", "at-most"}, {"maximum", "at-most"},
	{"max", "at-most"}, {"below", "at-most"}, {"over", "at-least"},
	{"more than", "at-least"}, {"at least", "at-least"}, {"above", "at-least"},
	{"minimum", "at-least"}, {"upwards of", "at-least"}, {"about", "about"}, {"around", "about"},
	{"approximately", "about"}, {"approx.", "about"}, {"roughly", "about"}, {"nearly", "about"},
	{"almost", "about"}, {"some", "about"}}

// bigWords scale a number: "1 million events".
var bigWords = map[string]int{"thousand": 3, "million": 6, "billion": 9}

// canonicalUnit returns the canonical singular unit for a lower-case word.
func canonicalUnit(w string) string {
	if u, ok := unitAliases[w]; ok {
		return u
	}
	return singular(w)
}

// adjectives may stand between a number and its unit ("2 new features").
var adjectives = map[string]bool{"new": true, "more": true, "additional": true,
	"extra": true, "other": true, "different": true, "active": true, "unique": true,
	"major": true, "key": true, "great": true, "paying": true, "happy": true,
	"satisfied": true, "global": true, "native": true, "prebuilt": true, "pre-built": true}

// versionWords come before a version number, which is not a quantity.
var versionWords = []string{"version", "release", "v", "ios", "android", "windows"}

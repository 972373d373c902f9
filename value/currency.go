package value

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/onestory/onestory/internal/words"
	"golang.org/x/text/currency"
)

// The symbol table below follows the lists of scrapinghub/price-parser
// (price_parser/parser.py and _currencies.py, BSD-3-Clause, Copyright (c)
// Scrapinghub): only the symbols that real price strings use, each mapped to
// its ISO 4217 code where the symbol names one currency.

// marker describes one way of writing a currency.
type marker struct {
	code string // ISO 4217 code, or "" when the symbol is ambiguous
	// loose markers are letters that also occur in ordinary words ("KM",
	// "Br", "DT"): they count only when the whole string is a price.
	loose bool
}

// markers maps a currency as written to what it means. Letter markers match
// only as whole words; the others match anywhere.
var markers = map[string]marker{
	"$": {code: "USD"}, "US$": {code: "USD"}, "U.S.$": {code: "USD"},
	"A$": {code: "AUD"}, "AU$": {code: "AUD"}, "C$": {code: "CAD"}, "CA$": {code: "CAD"},
	"NZ$": {code: "NZD"}, "HK$": {code: "HKD"}, "S$": {code: "SGD"}, "NT$": {code: "TWD"},
	"MX$": {code: "MXN"}, "R$": {code: "BRL"}, "AR$": {code: "ARS"}, "CL$": {code: "CLP"},
	"CO$": {code: "COP"}, "BZ$": {code: "BZD"}, "BN$": {code: "BND"}, "TT$": {code: "TTD"},
	"RD$": {code: "DOP"}, "J$": {code: "JMD"}, "N$": {code: "NAD"}, "T$": {code: "TOP"},
	"Z$": {code: "ZWL"}, "$U": {code: "UYU"}, "CUC$": {code: "CUC"}, "MOP$": {code: "MOP"},
	"WS$": {code: "WST"}, "CV$": {code: "CVE"}, "Bds$": {code: "BBD"},
	"dollar": {code: "USD"}, "dollars": {code: "USD"}, "euros": {code: "EUR"},
	"€": {code: "EUR"}, "euro": {code: "EUR"}, "eur": {code: "EUR"}, "Euro": {code: "EUR"},
	"£": {code: "GBP"}, "￡": {code: "GBP"}, "₤": {}, "SY£": {code: "SYP"}, "LB£": {code: "LBP"},
	"¥": {code: "JPY"}, "￥": {code: "JPY"}, "円": {code: "JPY"}, "CN¥": {code: "CNY"}, "元": {code: "CNY"},
	"₹": {code: "INR"}, "र": {code: "INR", loose: true}, "Rs": {code: "INR"}, "Rs.": {code: "INR"}, "₨": {},
	"zł": {code: "PLN"}, "Zł": {code: "PLN"}, "pln": {code: "PLN"},
	"₽": {code: "RUB"}, "руб": {code: "RUB"}, "руб.": {code: "RUB"}, "рублей": {code: "RUB"},
	"рубля": {code: "RUB"}, "р.": {code: "RUB"}, "р": {code: "RUB", loose: true}, "Р": {code: "RUB", loose: true},
	"Kč": {code: "CZK"}, "₩": {code: "KRW"}, "원": {code: "KRW"},
	"درهم": {code: "AED"}, "جنيه": {code: "EGP"}, "ريال": {}, "ریال": {code: "IRR"}, "﷼": {},
	"تومان": {}, "грн": {code: "UAH"}, "грн.": {code: "UAH"}, "₴": {code: "UAH"},
	"лв": {code: "BGN"}, "лв.": {code: "BGN"}, "дин.": {code: "RSD"}, "динар": {code: "RSD"},
	"Dinara": {code: "RSD"}, "тңг": {code: "KZT"}, "₸": {code: "KZT"}, "ман.": {code: "AZN"},
	"₼": {code: "AZN"}, "kr": {}, "kr.": {}, "Ft": {code: "HUF"}, "lei": {code: "RON"},
	"Lei": {code: "RON"}, "LEI": {code: "RON"}, "Rp": {code: "IDR"}, "RM": {code: "MYR"},
	"₫": {code: "VND"}, "đ": {code: "VND"}, "TL": {code: "TRY"}, "₺": {code: "TRY"},
	"Fr.": {code: "CHF"}, "₪": {code: "ILS"}, "฿": {code: "THB"}, "₱": {code: "PHP"},
	"₦": {code: "NGN"}, "₭": {code: "LAK"}, "₮": {code: "MNT"}, "₡": {code: "CRC"},
	"₲": {code: "PYG"}, "₾": {code: "GEL"}, "֏": {code: "AMD"}, "؋": {code: "AFN"},
	"৳": {code: "BDT"}, "៛": {code: "KHR"}, "₿": {code: "BTC"}, "GH₵": {code: "GHS"},
	"ƒ": {}, "₶": {}, "₣": {}, "₠": {}, "₢": {}, "₧": {}, "₯": {}, "₰": {}, "₳": {}, "₷": {},
	"KD": {code: "KWD", loose: true}, "BD": {code: "BHD", loose: true}, "LD": {code: "LYD", loose: true},
	"DT": {code: "TND", loose: true}, "KM": {code: "BAM", loose: true}, "Lek": {code: "ALL", loose: true},
	"Br": {code: "BYN", loose: true}, "Nu.": {code: "BTN", loose: true}, "FBu": {code: "BIF", loose: true},
	"CFA": {loose: true}, "FCFA": {loose: true}, "kn": {code: "HRK", loose: true},
	"Fdj": {code: "DJF", loose: true}, "Nfk": {code: "ERN", loose: true}, "MK": {code: "MWK", loose: true},
	"Rf": {code: "MVR", loose: true}, "UM": {code: "MRU", loose: true}, "B/.": {code: "PAB", loose: true},
	"S/.": {code: "PEN", loose: true}, "Db": {code: "STN", loose: true}, "TSh": {code: "TZS", loose: true},
	"USh": {code: "UGX", loose: true}, "VT": {code: "VUV", loose: true}, "Bs": {code: "VES", loose: true},
	"ZK": {code: "ZMW", loose: true}, "FG": {code: "GNF", loose: true},
}

// wordCodes are ISO codes that are also English words; in running text they
// are not read as currencies ("TRY 14 days", "TOP 10").
var wordCodes = map[string]bool{"ALL": true, "TOP": true, "CUP": true, "MOP": true,
	"TRY": true, "SOS": true, "MAD": true, "PEN": true, "BOB": true, "GEL": true}

// maxMarkerRunes is the length in runes of the longest key of markers.
const maxMarkerRunes = 7

// CurrencyCode returns the ISO 4217 code for a currency as written ("US$",
// "€", "руб.", "usd"), or the written form trimmed of spaces when it names no
// single currency ("kr", "₤"), or "" for "".
func CurrencyCode(written string) string {
	s := strings.TrimSpace(written)
	if m, ok := markers[s]; ok {
		if m.code != "" {
			return m.code
		}
		return s
	}
	if code := rareMarkers[s]; code != "" {
		return code
	}
	if isISOCode(strings.ToUpper(s)) {
		return strings.ToUpper(s)
	}
	return s
}

// isISOCode reports whether s is three upper-case letters naming a currency.
func isISOCode(s string) bool {
	if len(s) != 3 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' || s[2] < 'A' || s[2] > 'Z' {
		return false
	}
	_, err := currency.ParseISO(s)
	return err == nil && s != "XXX"
}

// scope tells where a currency marker is looked for.
type scope int

// The scopes, from the strictest.
const (
	inText  scope = iota // running text: no loose markers, no English-word codes
	inHint               // a currency hint: loose markers too
	inPrice              // a whole-string price: rare markers too
)

// markerAt returns the byte length of the longest currency marker that
// starts at s[i:] (0 if none). Letter markers must stand as whole words;
// the scope decides which markers count.
func markerAt(s string, i int, sc scope) int {
	if i >= len(s) {
		return 0
	}
	if c := s[i]; c < 0x80 && c != '$' && !words.IsLetter(c) {
		return 0 // every marker starts with a letter, "$" or a non-ASCII rune
	}
	if i > 0 && s[i-1] == '$' && startsWithLetter(s[i:]) && sc == inText {
		return 0 // "$b" and "$U" are markers, "b" and "U" alone are not
	}
	if i > 0 && endsWithLetter(s[:i]) && startsWithLetter(s[i:]) {
		return 0
	}
	var ends [maxRareRunes]int
	limit := maxMarkerRunes
	if sc == inPrice {
		limit = maxRareRunes
	}
	n := 0
	for j := i; j < len(s) && n < limit; n++ {
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
		ends[n] = j
	}
	for k := n - 1; k >= 0; k-- {
		cand := s[i:ends[k]]
		if !markerOK(cand, sc) {
			continue
		}
		if endsWithLetter(cand) && ends[k] < len(s) && startsWithLetter(s[ends[k]:]) {
			continue
		}
		return len(cand)
	}
	return 0
}

// markerOK reports whether cand is a known way of writing a currency.
func markerOK(cand string, sc scope) bool {
	if !markerShapes.mayHold(cand) && len(cand) != 3 {
		return false // most candidates: no map look-up
	}
	if m, ok := markers[cand]; ok {
		return sc > inText || !m.loose
	}
	if _, ok := rareMarkers[cand]; ok {
		return sc == inPrice
	}
	if isISOCode(cand) {
		return sc > inText || !wordCodes[cand]
	}
	return false
}

// startsWithLetter reports whether s begins with a letter.
func startsWithLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// endsWithLetter reports whether s ends with a letter.
func endsWithLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

// byteShape holds, for each first and last byte, the byte lengths of a set
// of strings as bits (lengths of 63 and more share the top bit).
type byteShape struct{ first, last [256]uint64 }

// markerShapes is the shape of the keys of markers and rareMarkers.
var markerShapes = func() *byteShape {
	s := &byteShape{}
	for _, table := range []map[string]string{markerCodes(), rareMarkers} {
		for k := range table {
			n := min(len(k), 63)
			s.first[k[0]] |= 1 << n
			s.last[k[len(k)-1]] |= 1 << n
		}
	}
	return s
}()

// markerCodes returns the keys of markers with their codes.
func markerCodes() map[string]string {
	m := make(map[string]string, len(markers))
	for k, v := range markers {
		m[k] = v.code
	}
	return m
}

// mayHold reports whether s may be one of the shape's strings.
func (b *byteShape) mayHold(s string) bool {
	if s == "" {
		return false
	}
	n := min(len(s), 63)
	return b.first[s[0]]&(1<<n) != 0 && b.last[s[len(s)-1]]&(1<<n) != 0
}

package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

// nameForm is one way the story spells a product or plan.
type nameForm struct {
	text      string // as the story spells it: "RoutePlanner", "DriverLog Pro"
	key       string // its letters and digits, lower-cased: "routeplanner"
	match     string // "exact", "alias" or "retired" when written as text
	canonical string // the form to write instead of a near miss
	product   string // the product's canonical name
	subject   string // product id, or "product/plan"
	tail      string // for a plan form, the plan's own words, which must be written as is
	typos     bool   // near misses by edit distance are looked for
	ordinary  bool   // several ordinary words, see ordinaryName
}

// productFinder finds product and plan names, and their near misses. Every
// form is indexed by its key (letters and digits, lower-cased), so a run of
// one to a few words of the text is looked up in a map; only capitalised
// words whose first letter starts some name are measured by edit distance,
// and only against names of about their length.
type productFinder struct {
	byKey    map[string][]*nameForm
	pairs    map[[2]byte]bool  // the first two bytes of keys; the second 0 for a key of one byte
	starts   *[256]bool        // the bytes a name may start at: see candidate
	typo     *[256][]*nameForm // forms checked for typos, by first byte
	maxWords int               // the most words a candidate spans
	keyLens  uint64            // bit n: some key has n bytes (63: 63 or more)
	brand    map[string]bool   // keys of the company's words and one-word names
}

// keyLen reports whether some key may have n bytes.
func (f *productFinder) keyLen(n int) bool {
	return f.keyLens&(1<<min(n, 63)) != 0
}

// newProductFinder indexes the story's product names, aliases, retired
// names and plan names.
func newProductFinder(s *story.Story) *productFinder {
	f := &productFinder{byKey: map[string][]*nameForm{}, pairs: map[[2]byte]bool{},
		starts: new([256]bool), typo: new([256][]*nameForm), brand: brandWords(s)}
	for c := utf8.RuneSelf; c < 256; c++ {
		f.starts[c] = true // any letter or digit beyond ASCII: candidate says yes
	}
	for _, p := range s.Products {
		f.add(&nameForm{text: p.Name, match: "exact", canonical: p.Name, product: p.Name, subject: p.ID, typos: true})
		for _, a := range p.Aliases {
			f.add(&nameForm{text: a, match: "alias", canonical: a, product: p.Name, subject: p.ID, typos: true})
		}
		for _, r := range p.RetiredNames {
			f.add(&nameForm{text: r, match: "retired", canonical: p.Name, product: p.Name, subject: p.ID})
		}
		for _, pl := range p.Plans {
			f.add(planForm(p, pl))
		}
	}
	for _, n := range brandSwaps(s, f.brand) {
		if len(f.byKey[nameKey(n.text)]) == 0 {
			f.add(n)
		}
	}
	return f
}

// brandSwaps returns the names of the story's products that are a brand
// word and a name ("Sourcegraph App") written with another of the story's
// one-word product names in place of the brand ("Cody App"): two names
// mixed up, matched only as written (match "brand") and only when the
// story knows no such name.
func brandSwaps(s *story.Story, brand map[string]bool) []*nameForm {
	var others []string
	for _, p := range s.Products {
		if !strings.Contains(strings.TrimSpace(p.Name), " ") {
			others = append(others, p.Name)
		}
	}
	var out []*nameForm
	for _, p := range s.Products {
		head, rest, ok := strings.Cut(p.Name, " ")
		if !ok || !brand[nameKey(head)] || !startsUpper(rest) {
			continue
		}
		for _, o := range others {
			if nameKey(o) != nameKey(head) {
				out = append(out, &nameForm{text: o + " " + rest, match: "brand", canonical: p.Name,
					product: p.Name, subject: p.ID})
			}
		}
	}
	return out
}

// planForm is the name a plan goes by: "DriverLog Pro" when the plan's name
// already holds the product's, "RoutePlanner Fleet" otherwise.
func planForm(p story.Product, pl story.Plan) *nameForm {
	text, tail := p.Name+" "+pl.Name, pl.Name
	if rest, ok := strings.CutPrefix(pl.Name, p.Name+" "); ok {
		text, tail = pl.Name, rest
	}
	return &nameForm{text: text, match: "exact", canonical: text, product: p.Name, subject: p.ID + "/" + pl.ID, tail: tail}
}

// brandWords returns the keys of the words of the company's name and of
// the one-word product names and aliases.
func brandWords(s *story.Story) map[string]bool {
	brand := map[string]bool{}
	for _, w := range strings.Fields(s.Company) {
		brand[nameKey(w)] = true
	}
	for _, p := range s.Products {
		for _, name := range append([]string{p.Name}, p.Aliases...) {
			if !strings.Contains(strings.TrimSpace(name), " ") {
				brand[nameKey(name)] = true
			}
		}
	}
	return brand
}

func (f *productFinder) add(n *nameForm) {
	n.key = nameKey(n.text)
	n.ordinary = ordinaryName(n.text, f.brand)
	if n.key == "" {
		return
	}
	f.byKey[n.key] = append(f.byKey[n.key], n)
	f.keyLens |= 1 << min(len(n.key), 63)
	pair := [2]byte{n.key[0]}
	if len(n.key) > 1 {
		pair[1] = n.key[1]
	}
	f.pairs[pair] = true
	f.starts[n.key[0]] = true
	if c := n.key[0]; 'a' <= c && c <= 'z' {
		f.starts[c-'a'+'A'] = true
	}
	if n.typos && maxEdits(len(n.key)) > 0 {
		f.typo[n.key[0]] = append(f.typo[n.key[0]], n)
	}
	f.maxWords = min(max(f.maxWords, words.Count(n.text)+1), 8)
}

// nameKey returns the letters and digits of s, lower-cased.
func nameKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// maxEdits is how many typos a name of n letters may carry and still be
// recognised: none below 6 letters, one from 6, two from 10.
func maxEdits(n int) int {
	switch {
	case n >= 10:
		return 2
	case n >= 6:
		return 1
	}
	return 0
}

// find returns the product and plan names in a block's text. Words whose
// first two key letters start no name, and that are not capitalised words
// whose first letter starts a name looked for with typos, are skipped
// without building any key.
func (f *productFinder) find(b *extract.Block) []span {
	return f.appendFind(nil, b)
}

// appendFind is find appending to out. It looks at the words that start
// with a byte a name may start at (starts). It passes over the rest of a
// run of ASCII letters and digits at once: no byte of it but the first
// follows a byte other than an ASCII letter or digit, so none starts a
// word.
func (f *productFinder) appendFind(out []span, b *extract.Block) []span {
	if len(f.byKey) == 0 {
		return out
	}
	text := b.Text
	caps := b.Kind == extract.Heading || b.Kind == extract.Title || !hasLower(text)
	var buf [8]bounds
	for i := 0; i < len(text); {
		c := text[i]
		if f.starts[c] && (i == 0 || !words.IsByte(text[i-1])) {
			if r, ok := words.Start(text, i); ok && f.candidate(text, i, r) {
				ws := nextWords(buf[:0], text, i, f.maxWords)
				if s, k := f.matchAt(text, ws, caps); k > 0 {
					out = append(out, s)
					i = ws[k-1].end
				} else {
					i = ws[0].end // no word starts inside a word
				}
				continue
			}
		}
		i++
		if words.IsByte(c) {
			i = asciiAlnumEnd(text, i)
		}
	}
	return out
}

// asciiAlnumEnd returns where the run of ASCII letters and digits at
// text[i] ends.
func asciiAlnumEnd(text string, i int) int {
	for i < len(text) && words.IsByte(text[i]) {
		i++
	}
	return i
}

// candidate reports whether a name may start at the word at text[i], whose
// first rune is r. It never does unless starts holds text[i].
func (f *productFinder) candidate(text string, i int, r rune) bool {
	if r >= utf8.RuneSelf {
		return true
	}
	c0 := words.Lower(text[i])
	j := i + 1
	if j+1 < len(text) && (text[j] == ' ' || text[j] == '-') {
		j++
	}
	if j < len(text) && (f.pairs[[2]byte{c0, words.Lower(text[j])}] || f.pairs[[2]byte{c0}]) {
		return true
	}
	return 'A' <= r && r <= 'Z' && len(f.typo[c0]) > 0
}

// matchAt matches the words against the names, longest run first; it
// returns the mention and how many words it spans, or 0.
func (f *productFinder) matchAt(text string, words []bounds, caps bool) (span, int) {
	var kb [96]byte
	var eb [8]int
	key, ends := kb[:0], eb[:0]
	for _, w := range words {
		key = appendKey(key, text[w.start:w.end])
		ends = append(ends, len(key))
	}
	for k := len(words); k >= 1; k-- {
		if !f.keyLen(ends[k-1]) {
			continue
		}
		start := words[0].start
		generic := k > 1 && !allCapitalised(text, words[:k])
		if s, ok := bestForm(text, start, words[k-1].end, f.byKey[string(key[:ends[k-1]])], generic, caps); ok {
			return s, k
		}
	}
	if !startsUpper(text[words[0].start:]) {
		return span{}, 0
	}
	return f.typoAt(text, words, key, ends)
}

// bestForm matches text[start:end] against the forms that share its key:
// a form of the current name the text spells as listed (its punctuation and
// case included: "Acme Inc." with its full stop, "ACME cloud" when that
// casing is listed too) wins; then a retired form spelt as listed; then the
// first form the text is a near miss of.
func bestForm(text string, start, end int, forms []*nameForm, generic, caps bool) (span, bool) {
	var best span
	rank := 3
	for _, n := range forms {
		e := formEnd(text, start, end, n)
		m := classify(text[start:e], n, generic, caps)
		if m != "" {
			m = restyle(text, start, e, n, m)
		}
		if m == "" || inCode(text, start, e) {
			continue
		}
		r := 2
		switch {
		case m == n.match && m != "retired":
			return nameSpan(start, e, text, n, m), true
		case m == "retired" && text[start:e] == n.text:
			r = 1
		}
		if r < rank {
			best, rank = nameSpan(start, e, text, n, m), r
		}
	}
	return best, rank < 3
}

// formEnd returns where a mention of n that starts at text[start] and whose
// words end at end ends: past the punctuation n ends with ("Acme Inc."),
// when the text has it there, in any case.
func formEnd(text string, start, end int, n *nameForm) int {
	e := start + len(n.text)
	if e <= end || e > len(text) || !strings.EqualFold(text[start:e], n.text) {
		return end
	}
	if e < len(text) && words.IsRune(words.LastRune(n.text)) && words.IsRune(words.FirstRune(text[e:])) {
		return end
	}
	return e
}

// classify says how written, whose key is n's, matches n: n.match when
// written as the story spells it (or in capitals in a heading), "retired",
// "case", "spacing", or "" when it is no mention of n: a brand swap not
// written as is (brandSwaps), a plan form whose
// plan words are not written as is, or several words not all capitalised
// ("route planner" is a generic phrase, "Route Planner" a misspelt name).
func classify(written string, n *nameForm, generic, caps bool) string {
	if n.tail != "" && !strings.HasSuffix(written, n.tail) || n.match == "brand" && written != n.text {
		return ""
	}
	switch {
	case written == n.text:
		return n.match // "brand" for a brand swap: a mix-up as written
	case n.match == "retired":
		return "retired"
	case strings.EqualFold(written, n.text):
		if caps && strings.ToUpper(written) == written {
			return n.match
		}
		return "case"
	case generic:
		return ""
	}
	return "spacing"
}

// typoAt looks for a name within maxEdits of a run of capitalised words,
// preferring the closest and then the shortest run. key holds the words'
// keys, ends where each word's ends.
func (f *productFinder) typoAt(text string, words []bounds, key []byte, ends []int) (span, int) {
	forms := f.typo[key[0]]
	best, bestK, bestD := (*nameForm)(nil), 0, 3
	for k := 1; k <= len(words); k++ {
		if k > 1 && !startsUpper(text[words[k-1].start:]) {
			break
		}
		cand := string(key[:ends[k-1]])
		for _, n := range forms {
			limit := maxEdits(len(n.key))
			if absInt(len(cand)-len(n.key)) > limit || editsAtLeast(cand, n.key) > limit {
				continue
			}
			if d := edlib.OSADamerauLevenshteinDistance(cand, n.key); d <= limit && d < bestD {
				best, bestK, bestD = n, k, d
			}
		}
	}
	if best == nil {
		return span{}, 0
	}
	start, end := words[0].start, words[bestK-1].end
	if inCode(text, start, end) || identifierAround(text, start, end) {
		return span{}, 0
	}
	return nameSpan(start, end, text, best, "typo"), bestK
}

// nameSpan builds the mention of a name.
func nameSpan(start, end int, text string, n *nameForm, match string) span {
	canonical := n.canonical
	if match == "alias" {
		canonical = n.product
	}
	return span{Start: start, End: end, Mention: Mention{
		Kind: ProductMention, Text: text[start:end], Subject: n.subject, Match: match, Canonical: canonical,
	}}
}

package analyze

import (
	"bytes"
	"slices"
	"strings"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/internal/words"
	"github.com/onestory/onestory/story"
)

// subjectPhrase is a subject phrase of the story as words; "*" stands for one to
// three words. Words match in the singular or the plural.
type subjectPhrase []string

// newPhrase reads a phrase of the story file.
func newPhrase(s string) subjectPhrase {
	var p subjectPhrase
	for _, f := range strings.Fields(s) {
		if f == "*" {
			p = append(p, "*")
			continue
		}
		for _, t := range tokenize(nil, f) {
			if !t.punct {
				p = append(p, t.w)
			}
		}
	}
	return p
}

// key returns the phrase's longest word without a plural ending ("fees"
// and "fee" give "fe", "boxes" and "box" give "box"): every form of the
// word starts with it, so a sentence that names the phrase holds it at the
// start of a word.
func (p subjectPhrase) key() string {
	best := ""
	for _, w := range p {
		if w != "*" && len(w) > len(best) {
			best = w
		}
	}
	best = singular(best)
	if len(best) > 3 && strings.HasSuffix(best, "e") {
		best = best[:len(best)-1]
	}
	return best
}

// singular strips a plural ending: "fees" → "fee", "premises" → "premise".
func singular(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// samePhraseWord reports whether a sentence's word is a phrase's word, either of
// them perhaps in the plural.
func samePhraseWord(w, p string) bool {
	switch {
	case w == p:
		return true
	case w == "" || p == "" || w[0] != p[0]:
		return false
	}
	return singular(w) == singular(p) || esPlural(w, p) || esPlural(p, w)
}

// esPlural reports whether w is p with "es": "boxes", "box".
func esPlural(w, p string) bool {
	return len(w) == len(p)+2 && strings.HasPrefix(w, p) && strings.HasSuffix(w, "es")
}

// find returns the first place [i, j) at or after from where toks hold the
// phrase, or ok false.
func (p subjectPhrase) find(toks []tok, from int) (i, j int, ok bool) {
	for i = from; i < len(toks); i++ {
		if j, ok = p.matchAt(toks, i, 0); ok {
			return i, j, true
		}
	}
	return 0, 0, false
}

// matchAt matches the phrase's words from k on against toks from i on.
func (p subjectPhrase) matchAt(toks []tok, i, k int) (int, bool) {
	if k == len(p) {
		return i, k > 0
	}
	if p[k] == "*" {
		for n := 1; n <= 3 && i+n <= len(toks); n++ {
			if toks[i+n-1].punct {
				break
			}
			if j, ok := p.matchAt(toks, i+n, k+1); ok {
				return j, true
			}
		}
		return 0, false
	}
	if i >= len(toks) || toks[i].punct || !samePhraseWord(toks[i].w, p[k]) {
		return 0, false
	}
	return p.matchAt(toks, i+1, k+1)
}

// subject is a policy or a feature as the stance finder looks for it.
type subject struct {
	id, canonical string
	phrases       []subjectPhrase
	keys          []int    // the index of each phrase's key in stanceFinder.keys
	plans         *planSet // features only
}

// named reports whether the phrase of index i may be in a sentence whose
// keys are found.
func (sub subject) named(i int, found []int) bool { return slices.Contains(found, sub.keys[i]) }

// stanceFinder finds what sentences say about the story's policies and
// features. It is built once from the story and only read after.
type stanceFinder struct {
	policies, features []subject
	// keys are the phrases' keys, each once; byFirst holds their indexes by
	// their first byte, to find them all in one pass, and starts[c][d] is
	// set when a key may start with byte c followed by byte d (a key of one
	// byte, followed by anything), so that one look-up passes over most
	// places where no key starts.
	keys    [][]byte
	byFirst [256][]int
	starts  *[256][256]bool
}

// newStanceFinder builds the finder, or returns nil when the story has no
// policies and no features.
func newStanceFinder(s *story.Story) *stanceFinder {
	if len(s.Policies) == 0 && len(s.Features) == 0 {
		return nil
	}
	f := &stanceFinder{starts: new([256][256]bool)}
	for _, p := range s.Policies {
		f.policies = append(f.policies, f.subject(p.ID, p.Stance, p.About, nil))
	}
	for _, ft := range s.Features {
		names := append([]string{ft.Name}, ft.Aliases...)
		f.features = append(f.features, f.subject(ft.ID, ft.Name, names, newPlanSet(s, ft.Product)))
	}
	return f
}

// subject compiles one policy or feature and records its keys.
func (f *stanceFinder) subject(id, canonical string, phrases []string, plans *planSet) subject {
	sub := subject{id: id, canonical: canonical, plans: plans}
	for _, s := range phrases {
		p := newPhrase(s)
		if len(p) == 0 {
			continue
		}
		sub.phrases = append(sub.phrases, p)
		sub.keys = append(sub.keys, f.key(p.key()))
	}
	return sub
}

// key returns the index of key in f.keys, adding it if it is new.
func (f *stanceFinder) key(key string) int {
	for i, k := range f.keys {
		if string(k) == key {
			return i
		}
	}
	f.keys = append(f.keys, []byte(key))
	switch {
	case len(key) == 1:
		for d := range f.starts[key[0]] {
			f.starts[key[0]][d] = true
		}
	case len(key) > 1:
		f.starts[key[0]][key[1]] = true
	}
	if key != "" {
		f.byFirst[key[0]] = append(f.byFirst[key[0]], len(f.keys)-1)
	}
	return len(f.keys) - 1
}

// hit is a key found at an offset of a block's text.
type hit struct{ off, key int }

// hits appends to out the places in lower (lower-cased text) where the
// key of a phrase starts a word: a sentence that names a subject holds one.
// It looks at the start of each run of letters and digits and at each
// other byte, as no key starts inside a word.
func (f *stanceFinder) hits(out []hit, lower []byte) []hit {
	for i := 0; i < len(lower); {
		// i starts a word: it is 0 or the byte before it is no letter or digit
		out = f.appendAt(out, lower, i)
		if !words.IsByte(lower[i]) {
			i++
			continue
		}
		i++
		for i < len(lower) && words.IsByte(lower[i]) {
			i++
		}
		i++ // the byte after the word follows a letter or digit
	}
	return out
}

// appendAt appends to out the keys that start at lower[i].
func (f *stanceFinder) appendAt(out []hit, lower []byte, i int) []hit {
	c, next := lower[i], byte(0)
	if i+1 < len(lower) {
		next = lower[i+1]
	}
	if !f.starts[c][next] {
		return out
	}
	for _, ki := range f.byFirst[c] {
		k := f.keys[ki]
		if len(k) > 1 && (i+1 >= len(lower) || lower[i+1] != k[1]) {
			continue
		}
		if bytes.HasPrefix(lower[i:], k) {
			out = append(out, hit{i, ki})
		}
	}
	return out
}

// stanceScratch is the room stanceMentions reuses from block to block.
type stanceScratch struct {
	hits []hit
	toks []tok
	keys []int
}

// stanceMentions appends the policy and entitlement mentions of the
// current block's sentences to found.
func (r *docRun) stanceMentions(found []ordered, b *extract.Block) []ordered {
	f := r.a.stances
	if f == nil {
		return found
	}
	if b.Kind == extract.Cell && len(r.own) > 0 {
		r.spans = f.appendCell(r.spans[:0], b)
		found = r.place(found, b, r.spans, 0, r.first)
	}
	sc := &r.stance
	hits := f.hits(sc.hits[:0], r.lower)
	sc.hits = hits
	if len(hits) == 0 {
		return found
	}
	toks, keys := sc.toks[:0], sc.keys[:0]
	defer func() {
		clear(toks[:cap(toks)]) // the tokens hold the document's text
		sc.toks, sc.keys = toks[:0], keys[:0]
	}()
	for i, s := range r.own {
		keys = keys[:0]
		for _, h := range hits {
			if h.off >= s.Offset && h.off < s.Offset+len(s.Text) {
				keys = append(keys, h.key)
			}
		}
		if len(keys) == 0 {
			continue
		}
		toks = tokenize(toks, s.Text)
		r.spans = f.appendSentence(r.spans[:0], s.Text, toks, keys)
		found = r.place(found, b, r.spans, s.Offset, r.first+i)
	}
	return found
}

// appendSentence appends a span for each policy the sentence takes a
// stance on (one per stance) and each feature it places in plans; keys are
// the keys found in it (nil: look for every phrase).
func (f *stanceFinder) appendSentence(out []span, sent string, toks []tok, keys []int) []span {
	for _, p := range f.policies {
		var seen [4]bool
		for n, ph := range p.phrases {
			if keys != nil && !p.named(n, keys) {
				continue
			}
			for i, j, ok := ph.find(toks, 0); ok; i, j, ok = ph.find(toks, j) {
				st := readStance(sent, toks, i, j)
				if st == noStance || seen[st] {
					continue
				}
				seen[st] = true
				out = append(out, span{Start: toks[i].start, End: toks[j-1].end, Mention: Mention{
					Kind: PolicyMention, Subject: p.id, Match: st.String(), Canonical: p.canonical}})
			}
		}
	}
	for _, ft := range f.features {
		out = ft.appendEntitlement(out, sent, toks, keys)
	}
	return out
}

// appendEntitlement appends the first reading of the sentence that places
// the feature in plans.
func (ft subject) appendEntitlement(out []span, sent string, toks []tok, keys []int) []span {
	for n, ph := range ft.phrases {
		if keys != nil && !ft.named(n, keys) {
			continue
		}
		for i, j, ok := ph.find(toks, 0); ok; i, j, ok = ph.find(toks, j) {
			match, plans := ft.plans.read(sent, toks, i, j, ph)
			if match == "" {
				continue
			}
			return append(out, span{Start: toks[i].start, End: toks[j-1].end, Mention: Mention{
				Kind: EntitlementMention, Subject: ft.id, Match: match, Plans: strings.Join(plans, ","), Canonical: ft.canonical}})
		}
	}
	return out
}

package draft

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/onestory/onestory/extract"
)

// maxPlaces is how many places a comment names before it says how many
// more there are.
const maxPlaces = 5

// tally counts where one thing was seen.
type tally struct {
	places []extract.Location
	docs   map[string]bool
	chans  map[string]bool
	text   map[string]int // the forms it was written in, with their counts
}

func newTally() *tally {
	return &tally{docs: map[string]bool{}, chans: map[string]bool{}, text: map[string]int{}}
}

// add records one sighting, written as text, at loc in a document of channel ch.
func (t *tally) add(loc extract.Location, ch, text string) {
	t.places = append(t.places, loc)
	t.docs[loc.Source] = true
	if ch != "" {
		t.chans[ch] = true
	}
	if text != "" {
		if _, ok := t.text[text]; !ok {
			text = strings.Clone(text) // not the document's text it was cut from
		}
		t.text[text]++
	}
}

// merge adds the sightings of u to t.
func (t *tally) merge(u *tally) {
	t.places = append(t.places, u.places...)
	for k := range u.docs {
		t.docs[k] = true
	}
	for k := range u.chans {
		t.chans[k] = true
	}
	for k, n := range u.text {
		t.text[k] += n
	}
}

// n returns how many times it was seen.
func (t *tally) n() int { return len(t.places) }

// form returns the commonest way it was written, the first in byte order
// among equals.
func (t *tally) form() string {
	best, bestN := "", 0
	for s, n := range t.text {
		if n > bestN || n == bestN && s < best {
			best, bestN = s, n
		}
	}
	return best
}

// shortest returns the shortest way it was written, the first in byte
// order among equals: a one-line message wants the line, not the paragraph.
func (t *tally) shortest() string {
	best := ""
	for s := range t.text {
		if best == "" || len(s) < len(best) || len(s) == len(best) && s < best {
			best = s
		}
	}
	return best
}

// channels returns the channels it was seen in, sorted.
func (t *tally) channels() []string {
	out := make([]string, 0, len(t.chans))
	for c := range t.chans {
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}

// seen returns "seen N times: a.md:3, deck.pptx slide 2, …" with the first
// places in source order.
func (t *tally) seen() string {
	return fmt.Sprintf("seen %s: %s", times(t.n()), placeList(t.places))
}

func times(n int) string {
	if n == 1 {
		return "once"
	}
	return fmt.Sprintf("%d times", n)
}

// placeList names up to maxPlaces distinct places in source order.
func placeList(locs []extract.Location) string {
	ls := slices.Clone(locs)
	slices.SortFunc(ls, compareLoc)
	var names []string
	for _, l := range ls {
		p := place(l)
		if len(names) > 0 && names[len(names)-1] == p {
			continue
		}
		names = append(names, p)
	}
	if len(names) > maxPlaces {
		return strings.Join(names[:maxPlaces], ", ") + fmt.Sprintf(", … (%d places)", len(names))
	}
	return strings.Join(names, ", ")
}

func compareLoc(a, b extract.Location) int {
	return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.Slide, b.Slide),
		cmp.Compare(a.Page, b.Page), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
}

// place names a location as a reader finds it: "a.md:3", "deck.pptx slide
// 2", "sheet.pdf page 4", or the source alone.
func place(l extract.Location) string {
	switch {
	case l.Slide > 0:
		return fmt.Sprintf("%s slide %d", l.Source, l.Slide)
	case l.Page > 0:
		return fmt.Sprintf("%s page %d", l.Source, l.Page)
	case l.Line > 0:
		return fmt.Sprintf("%s:%d", l.Source, l.Line)
	}
	return l.Source
}

// ranked returns the keys of m by descending count of sightings, then by
// key.
func ranked(m map[string]*tally) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(m[b].n(), m[a].n()), cmp.Compare(len(m[b].docs), len(m[a].docs)), cmp.Compare(a, b))
	})
	return keys
}

package eval

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/onestory/onestory/draft"
)

// Entry is one entry a draft proposes, flattened for judging: its kind
// (product, plan, fact, claim, message, term), a key that names it across
// runs, the text a key line is matched against, and the first place its
// comment names.
type Entry struct {
	Kind, Key, Text, Place string
}

// Entries lists what d proposes, in the order it writes it. Comments are
// not entries: what is only in a comment is not proposed.
func Entries(d *draft.Draft, root string) []Entry {
	var out []Entry
	defer func() {
		for i := range out {
			out[i].Place = strings.TrimPrefix(out[i].Place, root+"/")
		}
	}()
	for _, p := range d.Products {
		out = append(out, Entry{Kind: "product", Key: p.Name,
			Text: p.Name + " " + strings.Join(p.Aliases, " "), Place: firstPlace(p.Comments)})
		for _, pl := range p.Plans {
			text := p.Name + " / " + pl.Name
			if pl.Price != "" {
				text += " price " + pl.Price
			}
			if pl.AnnualPrice != "" {
				text += " annual " + pl.AnnualPrice
			}
			out = append(out, Entry{Kind: "plan", Key: p.Name + " / " + pl.Name, Text: text, Place: firstPlace(pl.Comments)})
		}
	}
	for _, f := range d.Facts {
		key := strings.Join(f.About, ", ") + " = " + f.Value
		out = append(out, Entry{Kind: "fact", Key: key, Text: key, Place: firstPlace(f.Comments)})
	}
	for _, p := range d.Policies {
		key := strings.Join(p.About, ", ") + ": " + p.Stance
		out = append(out, Entry{Kind: "policy", Key: key, Text: key + " " + p.Said, Place: firstPlace(p.Comments)})
	}
	for _, c := range d.Claims {
		out = append(out, Entry{Kind: "claim", Key: c.Text, Text: c.Text, Place: firstPlace(c.Comments)})
	}
	for _, m := range d.Messages {
		out = append(out, Entry{Kind: "message", Key: m.Text, Text: m.Text, Place: firstPlace(m.Comments)})
	}
	for _, t := range d.Terms {
		text := t.Use + " (avoid " + strings.Join(t.Avoid, ", ") + ")"
		out = append(out, Entry{Kind: "term", Key: t.Use, Text: text, Place: firstPlace(t.Comments)})
	}
	return out
}

// firstPlace is the first place a "seen N times: a.md:3, …" comment names.
func firstPlace(comments []string) string {
	for _, c := range comments {
		_, rest, ok := strings.Cut(c, ": ")
		if !ok || !strings.Contains(c, "seen ") {
			continue
		}
		place, _, _ := strings.Cut(rest, ", ")
		return strings.TrimSpace(place)
	}
	return "-"
}

// KeyItem is one line of a draft key: part of a canonical fact, and how to
// recognise it among a draft's entries: an entry of kind Kind whose text
// holds every one of All (case-insensitive).
type KeyItem struct {
	Fact, Kind string
	All        []string
	Note       string
	Line       int
}

// ReadKey reads a draft key: lines fact<TAB>kind<TAB>words && words …<TAB>note,
// kind "any" matching an entry of any kind; # lines and blank lines are
// skipped. A fact with several lines is proposed in the share of its lines
// that some entry matches.
func ReadKey(path string) ([]KeyItem, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var (
		items []KeyItem
		errs  []error
		n     int
		sc    = bufio.NewScanner(f)
	)
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p := strings.SplitN(line, "\t", 4)
		if len(p) < 3 || p[0] == "" || p[1] == "" || strings.TrimSpace(p[2]) == "" {
			errs = append(errs, fmt.Errorf("%s:%d: want fact<TAB>kind<TAB>words && words<TAB>note", path, n))
			continue
		}
		it := KeyItem{Fact: p[0], Kind: p[1], Line: n}
		for _, w := range strings.Split(p[2], "&&") {
			if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
				it.All = append(it.All, w)
			}
		}
		if len(p) == 4 {
			it.Note = p[3]
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("%s: %w", path, err))
	}
	return items, errors.Join(errs...)
}

// Matches reports whether e is an entry the key item recognises.
func (it KeyItem) Matches(e Entry) bool {
	if it.Kind != "any" && it.Kind != e.Kind {
		return false
	}
	text := strings.ToLower(e.Text)
	for _, w := range it.All {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// FactScore is how much of one canonical fact a draft proposes.
type FactScore struct {
	Fact         string
	Found, Items int
	By           []string // the entries that matched, "kind: key"
}

// Score scores entries against a key: per fact, how many of its lines an
// entry matches, in the key's order of facts.
func Score(items []KeyItem, entries []Entry) []FactScore {
	var out []FactScore
	at := map[string]int{}
	for _, it := range items {
		i, ok := at[it.Fact]
		if !ok {
			i = len(out)
			at[it.Fact] = i
			out = append(out, FactScore{Fact: it.Fact})
		}
		out[i].Items++
		for _, e := range entries {
			if it.Matches(e) {
				out[i].Found++
				out[i].By = append(out[i].By, e.Kind+": "+e.Key)
				break
			}
		}
	}
	return out
}

package pdf

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// The type-size ratios to the page's body text that make a block the
// page's title or a heading, and the most words either may have.
const (
	titleRatio   = 1.25
	headingRatio = 1.15
	maxHeadWords = 15
)

// pageRoles says which block titles the page (the one in the largest type,
// if clearly larger than the body text and short; -1 if none) and which
// are headings (short, larger than the body text, not ending a sentence).
// The body size is the median block size, by characters.
func pageRoles(blocks []*pdfBlock, texts []string) (title int, headings []bool) {
	headings = make([]bool, len(blocks))
	if len(blocks) < 2 {
		return -1, headings
	}
	body := bodySize(blocks, texts)
	title = 0
	for i, b := range blocks {
		if b.size > blocks[title].size {
			title = i
		}
	}
	if !headingLike(texts[title]) || blocks[title].size < titleRatio*body {
		title = -1
	}
	for i, b := range blocks {
		headings[i] = i != title && b.size >= headingRatio*body && headingLike(texts[i])
	}
	return title, headings
}

// headingLike reports whether text is short and does not end a sentence.
func headingLike(text string) bool {
	return len(strings.Fields(text)) <= maxHeadWords && !strings.HasSuffix(text, ".")
}

// bodySize returns the type size of the median character on the page.
func bodySize(blocks []*pdfBlock, texts []string) float64 {
	type sized struct {
		size  float64
		chars int
	}
	all := make([]sized, len(blocks))
	total := 0
	for i, b := range blocks {
		all[i] = sized{b.size, utf8.RuneCountInString(texts[i])}
		total += all[i].chars
	}
	sort.Slice(all, func(i, j int) bool { return all[i].size < all[j].size })
	seen := 0
	for _, s := range all {
		if seen += s.chars; seen*2 >= total {
			return s.size
		}
	}
	return all[len(all)-1].size
}

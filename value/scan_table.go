package value

// byteClass sorts the bytes for the finders' scanning loops, so that a
// loop passes over the bytes that cannot start a value with one table
// read each.
type byteClass uint8

const (
	classLetter        byteClass = 1 << iota // an ASCII letter
	classDigit                               // an ASCII digit
	classQuantityStart                       // a digit, or the first letter of a number word or "a"
	classPriceStart                          // a digit, or the first letter of a price word
)

// byteClasses holds the class of every byte; it is read only.
var byteClasses = func() (t [256]byteClass) {
	for c := '0'; c <= '9'; c++ {
		t[c] = classDigit | classQuantityStart | classPriceStart
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = classLetter, classLetter
		for _, second := range "abcdefghijklmnopqrstuvwxyz" {
			if priceWordStart(byte(c), byte(second)) {
				t[c] |= classPriceStart
				t[c-'a'+'A'] |= classPriceStart
			}
		}
	}
	for w := range numberWords {
		t[w[0]] |= classQuantityStart
		t[w[0]-'a'+'A'] |= classQuantityStart
	}
	t['a'] |= classQuantityStart
	t['A'] |= classQuantityStart
	return t
}()

// skipTo returns the first offset at or after i whose byte has one of the
// classes in want, or len(s).
func skipTo(s string, i int, want byteClass) int {
	for i < len(s) && byteClasses[s[i]]&want == 0 {
		i++
	}
	return i
}

// candidates lists, for one text, where the scans of AppendValues may act:
// each digit that follows no digit, and each word whose letters may make
// a number word or a price word. Both scans then pass over the text once,
// here, instead of once each, and stop at few words. It holds a
// sentence's worth, in place; past upTo the scans read the bytes
// themselves.
type candidates struct {
	n, k  int // positions held; the first one a scan has not passed
	upTo  int // every candidate before upTo is held
	at    [64]int
	class [64]byteClass // which scans may act at at[i]
}

// collect lists the candidates of text, one run of letters or digits at
// a time: a digit that follows no digit is a candidate, and so is a word
// that wordClass takes.
func (c *candidates) collect(text string) {
	for i := 0; ; {
		i = skipTo(text, i, classLetter|classDigit)
		if i == len(text) {
			c.upTo = len(text)
			return
		}
		start, cls := i, classQuantityStart|classPriceStart
		if isDigit(text[i]) {
			i += 1 + digitsAt(text, i+1)
		} else if i = letterRunEnd(text, i+1); byteClasses[text[start]]&(classQuantityStart|classPriceStart) == 0 {
			continue // most words
		} else if cls = wordClass(text, start, i); cls == 0 {
			continue
		}
		if c.add(text, start, cls) {
			return
		}
	}
}

// add holds the candidate at text[start] of class cls, and reports
// whether the list is then full, with upTo at the end of the candidate's
// run of letters or digits.
func (c *candidates) add(text string, start int, cls byteClass) (full bool) {
	c.at[c.n], c.class[c.n] = start, cls
	c.n++
	if c.n < len(c.at) {
		return false
	}
	if isDigit(text[start]) {
		c.upTo = start + 1 + digitsAt(text, start+1)
	} else {
		c.upTo = letterRunEnd(text, start+1)
	}
	return true
}

// wordClass returns which scans may act at the letters text[i:end], which
// follow no letter: appendQuantities at a number word or "a" after no
// digit, appendPrices at the first word of a price word.
func wordClass(text string, i, end int) byteClass {
	w := text[i:end]
	var cls byteClass
	if (i == 0 || !isDigit(text[i-1])) && numberWordShaped(w) {
		cls |= classQuantityStart
	}
	if priceWordHead(w) {
		cls |= classPriceStart
	}
	return cls
}

// numberWordShaped reports whether the ASCII word w, in any case, is a
// number word or "a". It compares w with the few number words of its
// length: most words differ at their first letter, which is cheaper than
// folding w and hashing it for a map look-up, and it runs on every word.
func numberWordShaped(w string) bool {
	if len(w) == 1 {
		return w[0]|0x20 == 'a'
	}
	if len(w) >= len(numberWordsByLen) {
		return false
	}
	for _, n := range numberWordsByLen[len(w)] {
		if asciiFoldEqual(w, n) {
			return true
		}
	}
	return false
}

// numberWordsByLen lists the number words by their length; it is read
// only.
var numberWordsByLen = func() (t [10][]string) {
	for w := range numberWords {
		t[len(w)] = append(t[len(w)], w)
	}
	return t
}()

// next returns where a scan standing at i, which passes over the bytes
// that are not of the class want, goes on: i itself when text[i] is of
// that class, else the next candidate of that class after i. The scan's
// positions only increase; a next scan sets k to 0.
func (c *candidates) next(text string, i int, want byteClass) int {
	if i >= len(text) || byteClasses[text[i]]&want != 0 {
		return i
	}
	if c == nil {
		return skipTo(text, i, want)
	}
	for ; c.k < c.n; c.k++ {
		if p := c.at[c.k]; p > i && c.class[c.k]&want != 0 {
			return p
		}
	}
	return skipTo(text, max(i, c.upTo), want)
}

// letterRunEnd returns the end of the run of ASCII letters that starts at
// s[i] (i itself when s[i] is not a letter).
func letterRunEnd(s string, i int) int {
	for i < len(s) && byteClasses[s[i]]&classLetter != 0 {
		i++
	}
	return i
}

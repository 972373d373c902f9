package analyze

import "bytes"

// wordsBefore returns the last n words of low[lo:at], " "-joined with a
// space at each end; a word is a run of ASCII letters, and a number
// (digits with inner "," or ".") is the word "#".
func wordsBefore(low []byte, lo, at, n int) string {
	i, count := at, 0
	for i > lo && count <= n {
		i--
		if isCueByte(low[i]) && (i == lo || !isCueByte(low[i-1])) {
			count++
		}
	}
	if count > n {
		i = nextWord(low, i+1, at)
	}
	return cueText(low[i:at])
}

// wordsAfter returns the first n words of low[at:hi], as wordsBefore does.
func wordsAfter(low []byte, at, hi, n int) string {
	j, count := at, 0
	for j < hi {
		if isCueByte(low[j]) && (j == at || !isCueByte(low[j-1])) {
			if count == n {
				break
			}
			count++
		}
		j++
	}
	return cueText(low[at:j])
}

// nextWord returns where the first word of low[i:end] starts.
func nextWord(low []byte, i, end int) int {
	for i < end && !(isCueByte(low[i]) && (i == 0 || !isCueByte(low[i-1]))) {
		i++
	}
	return i
}

// isCueByte reports whether c is part of a word or a number.
func isCueByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// cueText writes the words of b, " "-joined with a space at each end,
// numbers as "#", in one allocation.
func cueText(b []byte) string {
	out := make([]byte, 0, len(b)+2)
	out = append(out, ' ')
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c >= 'a' && c <= 'z':
			for i < len(b) && b[i] >= 'a' && b[i] <= 'z' {
				out = append(out, b[i])
				i++
			}
			out = append(out, ' ')
		case c >= '0' && c <= '9':
			for i < len(b) && (b[i] >= '0' && b[i] <= '9' || (b[i] == ',' || b[i] == '.') && i+1 < len(b) && b[i+1] >= '0' && b[i+1] <= '9') {
				i++
			}
			out = append(out, '#', ' ')
		default:
			i++
		}
	}
	return string(out)
}

// hasCueWord reports whether low holds w at a word start.
func hasCueWord(low []byte, w string) bool {
	for from := 0; ; {
		k := bytes.Index(low[from:], []byte(w))
		if k < 0 {
			return false
		}
		if at := from + k; at == 0 || !isCueByte(low[at-1]) {
			return true
		}
		from += k + 1
	}
}

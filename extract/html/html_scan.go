package html

import (
	"bytes"

	"github.com/onestory/onestory/internal/words"
	xhtml "golang.org/x/net/html"
)

// htmlScanner splits an HTML source into the tokens that the Tokenizer of
// golang.org/x/net/html returns with its default settings (no CDATA
// sections), which is the tokenizer html.Parse reads with; it finds where
// each token begins and ends without copying, decoding or allocating.
// Only the tokenizer's boundaries are kept: tag attributes are read to
// know where a tag ends, not saved. Its rules are those of the tokenizer,
// state for state, down to how a token cut short by the end of the source
// ends (TestScannerMatchesTokenizer and FuzzHTMLScanner compare the two).
// Its states follow golang.org/x/net/html's token.go (Copyright 2010 The
// Go Authors, BSD-style license, the licence of the module onestory
// imports it from).
type htmlScanner struct {
	src []byte
	// end is where the token being read ends so far; eof is set once
	// reading went past the end of src, as the tokenizer's error is.
	end int
	eof bool
	// rawTag names the element whose raw text or RCDATA comes next.
	rawTag string
	// start, data0 and data1 locate the last token and its data: the tag
	// name of a tag, the text of a comment.
	start, data0, data1 int
}

// raw returns the source bytes of the last token.
func (s *htmlScanner) raw() []byte { return s.src[s.start:s.end] }

// data returns the data of the last token: a tag's name, a comment's text
// as written.
func (s *htmlScanner) data() []byte { return s.src[s.data0:s.data1] }

// readByte returns the next byte, or sets eof at the end of the source.
func (s *htmlScanner) readByte() (byte, bool) {
	if s.end >= len(s.src) {
		s.eof = true
		return 0, false
	}
	c := s.src[s.end]
	s.end++
	return c, true
}

// next scans the next token and returns its type; ErrorToken at the end.
func (s *htmlScanner) next() xhtml.TokenType {
	s.start, s.data0, s.data1 = s.end, s.end, s.end
	if s.eof {
		return xhtml.ErrorToken
	}
	if s.rawTag != "" && s.readRaw() {
		return xhtml.TextToken
	}
	for {
		i := bytes.IndexByte(s.src[s.end:], '<')
		if i < 0 {
			s.end, s.eof = len(s.src), true
			break
		}
		s.end += i + 1
		c, ok := s.readByte()
		if !ok {
			break
		}
		if !words.IsLetter(c) && c != '/' && c != '!' && c != '?' {
			s.end-- // reconsume: the '<' is text
			continue
		}
		if x := s.end - len("<a"); s.start < x { // the text before it first
			s.end, s.data1 = x, x
			return xhtml.TextToken
		}
		if tt, ok := s.markup(c); ok {
			return tt
		}
		break
	}
	if s.start < s.end {
		s.data1 = s.end
		return xhtml.TextToken
	}
	return xhtml.ErrorToken
}

// readRaw reads the raw text or RCDATA that a start tag named rawTag
// opened, and reports whether there is any.
func (s *htmlScanner) readRaw() bool {
	if s.rawTag == "plaintext" { // the rest of the source
		s.end, s.eof = len(s.src), true
		s.data1 = s.end
	} else {
		s.readRawOrRCDATA()
	}
	return s.data1 > s.data0
}

// markup reads the token that "<" and c begin: a start or end tag, a
// comment or a doctype. ok is false when the source ends right after
// "</", which then is text.
func (s *htmlScanner) markup(c byte) (xhtml.TokenType, bool) {
	switch {
	case words.IsLetter(c):
		return s.readStartTag(), true
	case c == '/':
		c, ok := s.readByte()
		switch {
		case !ok:
			return xhtml.ErrorToken, false
		case c == '>': // "</>" is an empty comment
			return xhtml.CommentToken, true
		case words.IsLetter(c):
			if s.readTag(); s.eof {
				return xhtml.ErrorToken, true
			}
			return xhtml.EndTagToken, true
		}
		s.end--
		s.readUntilCloseAngle()
		return xhtml.CommentToken, true
	case c == '!':
		return s.readMarkupDeclaration(), true
	}
	s.end-- // "<?": a bogus comment
	s.readUntilCloseAngle()
	return xhtml.CommentToken, true
}

// isHTMLSpace reports whether c is HTML white space.
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// skipWhiteSpace moves past white space.
func (s *htmlScanner) skipWhiteSpace() {
	for !s.eof {
		c, ok := s.readByte()
		if ok && !isHTMLSpace(c) {
			s.end--
			return
		}
	}
}

// rawTags are the elements whose content the tokenizer reads as raw text
// or RCDATA.
var rawTags = []string{"iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"}

// readStartTag reads a start tag whose "<" and first letter are read, and
// notes whether raw text follows it.
func (s *htmlScanner) readStartTag() xhtml.TokenType {
	if s.readTag(); s.eof {
		return xhtml.ErrorToken
	}
	name := s.data()
	for _, t := range rawTags {
		if len(name) == len(t) && (name[0]|0x20) == t[0] && asciiLowerEqual(name, t) {
			s.rawTag = t
			break
		}
	}
	return xhtml.StartTagToken
}

// asciiLowerEqual reports whether b, with ASCII upper case made lower,
// is the lower-case s.
func asciiLowerEqual(b []byte, s string) bool {
	for i := range len(b) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}

// readTag reads the name and attributes of a tag whose first letter is
// read, up to and including its ">".
func (s *htmlScanner) readTag() {
	s.readTagName()
	if s.skipWhiteSpace(); s.eof {
		return
	}
	for {
		c, ok := s.readByte()
		if !ok || c == '>' {
			return
		}
		s.end--
		s.readAttrKey()
		s.readAttrVal()
		if s.skipWhiteSpace(); s.eof {
			return
		}
	}
}

// readTagName reads a tag name whose first byte is read; it becomes the
// token's data.
func (s *htmlScanner) readTagName() {
	s.data0 = s.end - 1
	for {
		c, ok := s.readByte()
		switch {
		case !ok:
			s.data1 = s.end
			return
		case isHTMLSpace(c):
			s.data1 = s.end - 1
			return
		case c == '/' || c == '>':
			s.end--
			s.data1 = s.end
			return
		}
	}
}

// readAttrKey reads an attribute name; an "=" before any other byte is
// part of it.
func (s *htmlScanner) readAttrKey() {
	start := s.end
	for {
		c, ok := s.readByte()
		if !ok {
			return
		}
		if c == '=' && start+1 == s.end {
			continue
		}
		if c == '=' || c == '/' || c == '>' || isHTMLSpace(c) {
			s.end--
			return
		}
	}
}

// readAttrVal reads what may follow an attribute name: "=" and a quoted
// or unquoted value.
func (s *htmlScanner) readAttrVal() {
	if s.skipWhiteSpace(); s.eof {
		return
	}
	c, ok := s.readByte()
	if !ok || c == '/' {
		return
	}
	if c != '=' {
		s.end--
		return
	}
	if s.skipWhiteSpace(); s.eof {
		return
	}
	quote, ok := s.readByte()
	switch {
	case !ok:
	case quote == '>':
		s.end--
	case quote == '\'' || quote == '"':
		if i := bytes.IndexByte(s.src[s.end:], quote); i >= 0 {
			s.end += i + 1
		} else {
			s.end, s.eof = len(s.src), true
		}
	default:
		for {
			c, ok := s.readByte()
			if !ok || isHTMLSpace(c) {
				return
			}
			if c == '>' {
				s.end--
				return
			}
		}
	}
}

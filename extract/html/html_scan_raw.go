package html

import (
	"bytes"

	xhtml "golang.org/x/net/html"
)

// readRawOrRCDATA reads the raw text or RCDATA after a start tag named
// rawTag, up to the "</rawTag" that ends it.
func (s *htmlScanner) readRawOrRCDATA() {
	if s.rawTag == "script" {
		s.readScript()
	} else {
		for {
			i := bytes.Index(s.src[s.end:], []byte("</"))
			if i < 0 {
				s.end, s.eof = len(s.src), true
				break
			}
			s.end += i + len("</")
			if s.readRawEndTag() || s.eof {
				break
			}
		}
	}
	s.data1 = s.end
	s.rawTag = ""
}

// readRawEndTag reads, after "</", the name rawTag and a byte that ends
// it; if they are there it backs up to the "<" and reports true.
func (s *htmlScanner) readRawEndTag() bool {
	for i := 0; i < len(s.rawTag); i++ {
		c, ok := s.readByte()
		if !ok {
			return false
		}
		if c != s.rawTag[i] && c != s.rawTag[i]-('a'-'A') {
			s.end--
			return false
		}
	}
	c, ok := s.readByte()
	if !ok {
		return false
	}
	if isHTMLSpace(c) || c == '/' || c == '>' {
		s.end -= len("</>") + len(s.rawTag)
		return true
	}
	s.end--
	return false
}

// readMarkupDeclaration reads what begins with "<!": a comment, a
// doctype or a bogus comment.
func (s *htmlScanner) readMarkupDeclaration() xhtml.TokenType {
	s.data0 = s.end
	var c [2]byte
	for i := range c {
		var ok bool
		if c[i], ok = s.readByte(); !ok {
			s.data1 = s.end
			if i == 1 && c[0] == '>' {
				s.data1--
			}
			return xhtml.CommentToken
		}
	}
	if c[0] == '-' && c[1] == '-' {
		s.readComment()
		return xhtml.CommentToken
	}
	s.end -= 2
	if s.readDoctype() {
		return xhtml.DoctypeToken
	}
	s.readUntilCloseAngle()
	return xhtml.CommentToken
}

// readDoctype reads, after "<!", "DOCTYPE" and the rest of the doctype
// and reports true, or backs up and reports false.
func (s *htmlScanner) readDoctype() bool {
	const word = "DOCTYPE"
	for i := 0; i < len(word); i++ {
		c, ok := s.readByte()
		if !ok {
			s.end, s.eof = s.data0, false
			return false
		}
		if c != word[i] && c != word[i]+('a'-'A') {
			s.end = s.data0
			return false
		}
	}
	if s.skipWhiteSpace(); s.eof {
		s.data0, s.data1 = s.end, s.end
		return true
	}
	s.readUntilCloseAngle()
	return true
}

// readUntilCloseAngle reads up to and including the next ">"; what is
// before it is the token's data.
func (s *htmlScanner) readUntilCloseAngle() {
	s.data0 = s.end
	if i := bytes.IndexByte(s.src[s.end:], '>'); i >= 0 {
		s.end += i + 1
		s.data1 = s.end - 1
		return
	}
	s.end, s.eof = len(s.src), true
	s.data1 = s.end
}

// readComment reads a comment whose "<!--" is read: it ends at "-->",
// "--!>", or "<!-->" and the like right at its start.
func (s *htmlScanner) readComment() {
	s.data0 = s.end
	s.data1 = max(s.commentEnd(), s.data0)
}

// commentEnd reads the rest of a comment and returns where its data ends.
func (s *htmlScanner) commentEnd() int {
	dashes, beginning := 0, true
	for {
		c, ok := s.readByte()
		if !ok {
			return s.abruptCommentEnd()
		}
		switch c {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return s.end - len("-->")
			}
		case '!':
			if dashes >= 2 {
				c, ok := s.readByte()
				switch {
				case !ok:
					return s.abruptCommentEnd()
				case c == '>':
					return s.end - len("--!>")
				case c == '-':
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
}

// abruptCommentEnd returns where the data of a comment cut short by the
// end of the source ends: before the dashes (and "!") it ends with.
func (s *htmlScanner) abruptCommentEnd() int {
	raw := s.raw()
	if len(raw) < len("<!--") {
		return s.end
	}
	raw = raw[len("<!--"):]
	for _, suffix := range []string{"--!", "--", "-"} {
		if bytes.HasSuffix(raw, []byte(suffix)) {
			return s.end - len(suffix)
		}
	}
	return s.end
}

package extract

import (
	"bytes"
	"html"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
)

// htmlIndex is what one tokenizer pass learns about an HTML source that
// the parsed tree forgets: where each text token, comment and start tag
// stands. The decoded text of every text token, in source order, is
// concatenated into stream; text nodes of the tree are found in it.
type htmlIndex struct {
	stream   []byte
	toks     []textTok
	ents     []entity // character references of all tokens, in order
	comments []comment
	metas    []srcPos // start tags of <meta>, in source order
	scripts  []srcPos // start tags of <script>, in source order
	lines    int
}

// srcPos is a 1-based line and column (in runes).
type srcPos struct{ line, col int }

// textTok is one text token: stream[start:] begins at pos in the source;
// ents[ent0:ent1] are its character references.
type textTok struct {
	start      int32
	line, col  int32
	ent0, ent1 int32
}

// entity is a character reference: stream[start:end] was written as rawLen
// runes in the source.
type entity struct{ start, end, rawLen int }

// comment is an HTML comment and the line where it ends.
type comment struct {
	text string
	line int
}

// indexHTML tokenizes data once, tracking line and column from the raw
// bytes of every token.
func indexHTML(data []byte) *htmlIndex {
	tags := bytes.Count(data, []byte{'<'})
	x := &htmlIndex{toks: make([]textTok, 0, tags+1), stream: make([]byte, 0, len(data)/2)}
	z := xhtml.NewTokenizer(bytes.NewReader(data))
	p := srcPos{1, 1}
	for {
		tt := z.Next()
		if tt == xhtml.ErrorToken {
			break
		}
		raw := z.Raw()
		start := p
		p = advance(p, raw)
		switch tt {
		case xhtml.TextToken:
			var rawCopy []byte
			if bytes.IndexByte(raw, '&') >= 0 {
				rawCopy = bytes.Clone(raw)
			}
			text := z.Text()
			tok := textTok{start: int32(len(x.stream)), line: int32(start.line), col: int32(start.col), ent0: int32(len(x.ents))}
			if rawCopy != nil {
				x.ents = entities(x.ents, rawCopy, text, len(x.stream))
			}
			tok.ent1 = int32(len(x.ents))
			x.toks = append(x.toks, tok)
			x.stream = append(x.stream, text...)
		case xhtml.CommentToken:
			x.comments = append(x.comments, comment{text: string(z.Text()), line: p.line})
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			switch {
			case tagIs(raw, "meta"):
				x.metas = append(x.metas, start)
			case tagIs(raw, "script"):
				x.scripts = append(x.scripts, start)
			}
		}
	}
	x.lines = p.line
	return x
}

// advance returns the position after raw when raw begins at p. A lone
// carriage return ends a line, as "\r\n" does.
func advance(p srcPos, raw []byte) srcPos {
	nl := bytes.LastIndexByte(raw, '\n')
	if bytes.IndexByte(raw, '\r') >= 0 {
		return advanceCR(p, raw)
	}
	if nl < 0 {
		return srcPos{p.line, p.col + utf8.RuneCount(raw)}
	}
	return srcPos{p.line + bytes.Count(raw, []byte{'\n'}), 1 + utf8.RuneCount(raw[nl+1:])}
}

// advanceCR is advance for raw bytes holding carriage returns.
func advanceCR(p srcPos, raw []byte) srcPos {
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		switch {
		case r == '\n' || r == '\r' && (i+1 == len(raw) || raw[i+1] != '\n'):
			p = srcPos{p.line + 1, 1}
		case r != '\r':
			p.col++
		}
		i += size
	}
	return p
}

// entities appends to out the character references of a text token whose
// raw bytes are raw and decoded text dec, which begins at stream offset
// base. It appends nothing when its reading of raw does not rebuild dec
// exactly (raw text such as a script's, which is not decoded), so that
// positions degrade to counting decoded runes rather than to wrong offsets.
func entities(out []entity, raw, dec []byte, base int) []entity {
	if bytes.IndexByte(raw, '\r') >= 0 {
		raw = bytes.ReplaceAll(raw, []byte("\r\n"), []byte("\n"))
		raw = bytes.ReplaceAll(raw, []byte("\r"), []byte("\n"))
	}
	keep := len(out)
	rebuilt := make([]byte, 0, len(dec))
	for i := 0; i < len(raw); {
		j := bytes.IndexByte(raw[i:], '&')
		if j < 0 {
			rebuilt = append(rebuilt, raw[i:]...)
			break
		}
		rebuilt = append(rebuilt, raw[i:i+j]...)
		i += j
		end := entityEnd(raw, i)
		chunk := string(raw[i:end])
		u := html.UnescapeString(chunk)
		if u != chunk {
			at := base + len(rebuilt)
			out = append(out, entity{start: at, end: at + len(u), rawLen: utf8.RuneCountInString(chunk)})
		}
		rebuilt = append(rebuilt, u...)
		i = end
	}
	if !bytes.Equal(rebuilt, dec) {
		return out[:keep]
	}
	return out
}

// entityEnd returns the end of the character reference that may begin at
// raw[i] == '&': a name or number and an optional semicolon.
func entityEnd(raw []byte, i int) int {
	k := i + 1
	if k < len(raw) && raw[k] == '#' {
		k++
		if k < len(raw) && (raw[k] == 'x' || raw[k] == 'X') {
			k++
		}
	}
	for k < len(raw) && isAlnum(raw[k]) {
		k++
	}
	if k < len(raw) && raw[k] == ';' {
		k++
	}
	return k
}

// tagIs reports whether the raw start tag raw is a name tag. It reads the
// raw bytes because the tokenizer's TagName allocates.
func tagIs(raw []byte, name string) bool {
	if len(raw) < len(name)+2 || !bytes.EqualFold(raw[1:1+len(name)], []byte(name)) {
		return false
	}
	c := raw[1+len(name)]
	return !isAlnum(c) && c != '-' && c != ':' && c != '_'
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

package html

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/onestory/onestory/extract/internal/extracttest"

	xhtml "golang.org/x/net/html"
)

// scanSeeds are inputs whose tokens the scanner must cut where the
// tokenizer does: tags, comments, raw text and script escapes, each also
// cut short by the end of the source.
var scanSeeds = []string{
	`<!DOCTYPE html><html><head><title>A &amp; B</title><meta name=description content="x > y">`,
	`<p class='a>b' data-x=c>d</p ><br/><img src=x alt="">text < 3 <3 a<b`,
	`<script>if (a<b && c</d) { x = "</scrip"; }</script><style>p{}</style >`,
	`<script><!-- <script> </script> --> </script>after`,
	`<script><!--<script>x</script>-->y</script><!--<script></script>-->`,
	`<script><!-- x --!> </script><!-- a -- b --!><!--><!---><!-- -- -->`,
	`<textarea></textarea ><title>x</TITLE><xmp><p></xmp><iframe>a</iframe>`,
	`<noscript><p>x</noscript><noembed>a</noembed><noframes>b</noframes>`,
	`</><//x></ p><?xml version="1.0"?><!bogus><!><!-x><![CDATA[x]]>`,
	`<a =b c= d e=>f</a><a/b><a b/>x<a b=c/>`,
	"<p\r\n class=x\r>a\r\nb\rc</p>\n<!--\r\n c \r-->",
	`<plaintext><p>all text</p>`,
	`<!DOCTYPE`, `<!DOC`, `<!`, `<!-`, `<!--`, `<!-- x -`, `<!-- x --`, `<!-- x --!`,
	`<a`, `<a b`, `<a b=`, `<a b="c`, `</`, `</a`, `x<`, `<script>x</scr`, `<script><!--<script>`,
	`<style>a</sty`, `<title>`, `<script><!--<scrip</script>`, `<script><!--<script -- -->`,
}

// scanTokens lists the tokens of src as the scanner cuts them: type and
// raw bytes, and for a comment its data as written.
func scanTokens(src []byte) []string {
	var out []string
	s := htmlScanner{src: src}
	for tt := s.next(); tt != xhtml.ErrorToken; tt = s.next() {
		tok := tt.String() + " " + string(s.raw())
		if tt == xhtml.CommentToken {
			tok += " | " + string(s.data())
		}
		out = append(out, tok)
	}
	return out
}

// tokenizerTokens lists the tokens of src as golang.org/x/net/html's
// Tokenizer cuts them, in the form of scanTokens. The tokenizer decodes
// a comment's text; a comment whose text that changes is listed with the
// scanner's data for it, so that only its extent is compared.
func tokenizerTokens(src []byte, scanned []string) []string {
	var out []string
	z := xhtml.NewTokenizer(bytes.NewReader(src))
	for tt := z.Next(); tt != xhtml.ErrorToken; tt = z.Next() {
		if tt == xhtml.SelfClosingTagToken {
			tt = xhtml.StartTagToken // the scanner does not tell them apart
		}
		tok := tt.String() + " " + string(z.Raw())
		if tt == xhtml.CommentToken {
			data, ok := "", false
			if bytes.ContainsAny(z.Raw(), "\r&\x00") && len(out) < len(scanned) {
				data, ok = strings.CutPrefix(scanned[len(out)], tok+" | ")
			}
			if !ok {
				data = string(z.Text())
			}
			tok += " | " + data
		}
		out = append(out, tok)
	}
	return out
}

func TestScannerMatchesTokenizer(t *testing.T) {
	for _, src := range scanSeeds {
		compareScan(t, []byte(src))
	}
	compareScan(t, extracttest.MarketingPage())
	compareScan(t, extracttest.Fixture(t, "testdata/pricing.html"))
}

// compareScan fails when the scanner and the tokenizer cut src apart
// differently.
func compareScan(t *testing.T, src []byte) {
	t.Helper()
	got := scanTokens(src)
	want := tokenizerTokens(src, got)
	if !slices.Equal(got, want) {
		t.Fatalf("%q: the scanner cuts\n%q\nthe tokenizer\n%q", src, got, want)
	}
}

func FuzzHTMLScanner(f *testing.F) {
	for _, s := range scanSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		compareScan(t, src)
	})
}

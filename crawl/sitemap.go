package crawl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// maxSitemapDepth is how deep sitemap indexes may nest.
const maxSitemapDepth = 3

// isSitemapPath reports whether a URL path or file name names a sitemap:
// it ends in .xml or .xml.gz.
func isSitemapPath(p string) bool {
	p = strings.ToLower(p)
	return strings.HasSuffix(p, ".xml") || strings.HasSuffix(p, ".xml.gz")
}

// sitemapVisitor receives what a sitemap lists.
type sitemapVisitor struct {
	page    func(loc string) // a <url><loc> of a <urlset>
	sitemap func(loc string) // a <sitemap><loc> of a <sitemapindex>
}

// parseSitemap reads a sitemap (<urlset>) or sitemap index
// (<sitemapindex>), gzip-compressed or not, from r and calls v for each
// <loc> as it is read, so a sitemap of 50,000 URLs is never held whole.
// Its decompressed size is limited to max bytes.
func parseSitemap(r io.Reader, max int64, v sitemapVisitor) error {
	r, err := maybeGunzip(r, max)
	if err != nil {
		return err
	}
	d := xml.NewDecoder(r)
	var root, parent string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			if root == "" {
				return errors.New("not a sitemap: no root element")
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("read sitemap: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = se.Name.Local
			if root != "urlset" && root != "sitemapindex" {
				return fmt.Errorf("not a sitemap: root element is <%s>, want <urlset> or <sitemapindex>", root)
			}
			continue
		}
		if err := visitElement(d, se, &parent, v); err != nil {
			return err
		}
	}
}

// visitElement handles one start element inside a sitemap's root.
func visitElement(d *xml.Decoder, se xml.StartElement, parent *string, v sitemapVisitor) error {
	switch se.Name.Local {
	case "url", "sitemap":
		*parent = se.Name.Local
	case "loc":
		var loc string
		if err := d.DecodeElement(&loc, &se); err != nil {
			return fmt.Errorf("read sitemap <loc>: %w", err)
		}
		loc = strings.TrimSpace(loc)
		switch {
		case loc == "":
		case *parent == "sitemap":
			v.sitemap(loc)
		default:
			v.page(loc)
		}
	}
	return nil
}

// maybeGunzip returns r decompressed when it starts with the gzip magic
// bytes, limited to max bytes either way.
func maybeGunzip(r io.Reader, max int64) (io.Reader, error) {
	br := bufio.NewReader(r)
	var out io.Reader = br
	if head, _ := br.Peek(2); bytes.Equal(head, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("read gzip sitemap: %w", err)
		}
		out = zr
	}
	return &limitedBody{ReadCloser: io.NopCloser(out), left: max, limit: max}, nil
}

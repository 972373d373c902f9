package crawl

import (
	"bytes"
	"compress/gzip"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWebSitemapIndexWithGzip(t *testing.T) {
	site := newTestSite(t, "")
	docs := crawlWeb(t, background(t), site.URL+"/sitemap.xml", testOptions())
	want := []string{"/", "/about.html", "/pricing.html", "/shop/"}
	if got := sources(docs, site.URL); !slices.Equal(got, want) {
		t.Errorf("sources %q, want %q (the sitemap's pages, no links followed, nothing off-site)", got, want)
	}
	if site.hitCount("/sitemap-pages.xml.gz") != 1 {
		t.Errorf("gzip sitemap of the index not fetched")
	}
}

func TestWalkSeedFiles(t *testing.T) {
	site := newTestSite(t, "")
	dir := t.TempDir()
	sm, err := os.ReadFile("testdata/web/sitemap-pages.xml")
	if err != nil {
		t.Fatal(err)
	}
	sm = bytes.ReplaceAll(sm, []byte("{{base}}"), []byte(site.URL))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(sm)
	zw.Close()
	list := "# pages to check\n" + site.URL + "/shop/\n\n" + site.URL + "/blog/?utm_source=x\n"
	files := map[string][]byte{"sitemap.xml": sm, "sitemap-pages.xml.gz": gz.Bytes(), "launch.urls": []byte(list)}
	tests := map[string][]string{
		"sitemap.xml":          {"/", "/about.html", "/pricing.html"},
		"sitemap-pages.xml.gz": {"/", "/about.html", "/pricing.html"},
		"launch.urls":          {"/blog/", "/shop/"},
	}
	for name, want := range tests {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			t.Fatal(err)
		}
		if !isSeedFile(p) {
			t.Errorf("isSeedFile(%q) = false", name)
		}
		docs := map[string]crawled{}
		opt := testOptions()
		opt.Web.AllowPrivate = true // a local file's URLs never widen the address policy
		err := walkSeedFile(background(t), p, opt, func(d Document) error {
			if d.Err != nil && !strings.Contains(d.Source, "blog") {
				t.Errorf("%s: %s: %v", name, d.Source, d.Err)
			}
			docs[d.Source] = crawled{Source: d.Source, Err: errString(d.Err)}
			return nil
		})
		if err != nil {
			t.Fatalf("walkSeedFile(%s): %v", name, err)
		}
		if got := sources(docs, site.URL); !slices.Equal(got, want) {
			t.Errorf("%s: sources %q, want %q", name, got, want)
		}
	}
	for _, name := range []string{"feed.xml", "pricing.html", "urls.txt"} {
		if isSeedFile(name) {
			t.Errorf("isSeedFile(%q) = true", name)
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestParseSitemap(t *testing.T) {
	tests := []struct {
		name, xml       string
		pages, sitemaps []string
		err             string
	}{
		{"urlset", `<urlset><url><loc> https://k.example/a </loc></url><url><loc>https://k.example/b</loc></url></urlset>`,
			[]string{"https://k.example/a", "https://k.example/b"}, nil, ""},
		{"index", `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://k.example/s1.xml</loc></sitemap></sitemapindex>`,
			nil, []string{"https://k.example/s1.xml"}, ""},
		{"rss", `<rss><channel><link>https://k.example/</link></channel></rss>`, nil, nil, "not a sitemap: root element is <rss>"},
		{"empty", ``, nil, nil, "not a sitemap: no root element"},
		{"broken", `<urlset><url><loc>https://k.example/a</url>`, nil, nil, "read sitemap"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pages, maps []string
			err := parseSitemap(strings.NewReader(tt.xml), 1<<20, sitemapVisitor{
				page:    func(l string) { pages = append(pages, l) },
				sitemap: func(l string) { maps = append(maps, l) },
			})
			if tt.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tt.err) {
					t.Fatalf("err %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || !slices.Equal(pages, tt.pages) || !slices.Equal(maps, tt.sitemaps) {
				t.Errorf("pages %q sitemaps %q err %v; want %q %q", pages, maps, err, tt.pages, tt.sitemaps)
			}
		})
	}
}

func TestParseSitemapLimitsGzipBomb(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<urlset>"))
	zw.Write(bytes.Repeat([]byte("<!-- padding -->"), 1<<16)) // 1 MiB of nothing
	zw.Write([]byte("</urlset>"))
	zw.Close()
	err := parseSitemap(&gz, 64<<10, sitemapVisitor{page: func(string) {}, sitemap: func(string) {}})
	var tl *BodyTooLargeError
	if !errors.As(err, &tl) || tl.Error() != "body exceeds 64 KB limit" {
		t.Errorf("err %v, want body exceeds 64 KB limit", err)
	}
}

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>https://k.example/a</loc></url></urlset>`))
	f.Add([]byte(`<sitemapindex><sitemap><loc>x</loc></sitemap></sitemapindex>`))
	f.Add([]byte{0x1f, 0x8b, 0x08, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = parseSitemap(bytes.NewReader(data), 1<<20, sitemapVisitor{page: func(string) {}, sitemap: func(string) {}})
	})
}

// TestWebSitemapIndexStaysInScope checks that a sitemap index naming a
// sitemap on another host does not make the crawl fetch it: a fetched
// index is held to the crawl's scope, as the pages of a sitemap are.
func TestWebSitemapIndexStaysInScope(t *testing.T) {
	other := newTestSite(t, "")
	offsite := strings.Replace(other.URL, "127.0.0.1", "localhost", 1) + "/sitemap-pages.xml"
	index := `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>` + offsite + `</loc></sitemap>
</sitemapindex>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte(index))
	}))
	t.Cleanup(srv.Close)
	docs := crawlWeb(t, background(t), srv.URL+"/sitemap.xml", testOptions())
	if n := other.hitCount("/sitemap-pages.xml"); n != 0 {
		t.Errorf("the off-site sitemap %s was fetched %d times", offsite, n)
	}
	if len(docs) != 0 {
		t.Errorf("documents %q, want none", sources(docs, ""))
	}
}

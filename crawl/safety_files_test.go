package crawl

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLocalSeedFilesDoNotWidenAddresses checks that URLs read from files
// (a URL list, a sitemap, a sitemap index naming a sitemap) cannot reach
// a loopback address, while the same URL on the command line can.
func TestLocalSeedFilesDoNotWidenAddresses(t *testing.T) {
	site := newTestSite(t, "")
	dir := t.TempDir()
	files := map[string]string{
		"launch.urls": site.URL + "/pricing.html\n",
		"sitemap.xml": `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>` +
			site.URL + `/pricing.html</loc></url></urlset>`,
		"sitemap-index.xml": `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>` +
			site.URL + `/sitemap-pages.xml</loc></sitemap></sitemapindex>`,
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		var docs []Document
		err := Walk(background(t), []string{p}, testOptions(), func(d Document) error {
			docs = append(docs, d)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		var private *PrivateAddressError
		if len(docs) != 1 || !errors.As(docs[0].Err, &private) {
			t.Errorf("%s: documents %v, want one refusal of the loopback address", name, docs)
		}
	}
	for _, p := range []string{"/pricing.html", "/sitemap-pages.xml"} {
		if n := site.hitCount(p); n != 0 {
			t.Errorf("%s fetched %d times from a local file's URL", p, n)
		}
	}
	if _, err := Save(background(t), filepath.Join(dir, "launch.urls"), t.TempDir(), testOptions()); err != nil {
		t.Fatal(err)
	}
	if n := site.hitCount("/pricing.html"); n != 0 {
		t.Errorf("Save from a URL list fetched a loopback page %d times", n)
	}
	docs := crawlWeb(t, background(t), site.URL+"/pricing.html", testOptions())
	if d := docs[site.URL+"/pricing.html"]; d.Err != "" || d.Body == "" {
		t.Errorf("the command-line URL: %+v, want the page", d)
	}
}

func TestURLListReadUpToTheBodyLimit(t *testing.T) {
	site := newTestSite(t, "")
	list := site.URL + "/pricing.html\n" + strings.Repeat("# padding\n", 500)
	p := filepath.Join(t.TempDir(), "launch.urls")
	if err := os.WriteFile(p, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	opt := testOptions()
	opt.Web.MaxBody, opt.Web.AllowPrivate = 1024, true
	docs := map[string]string{}
	err := Walk(background(t), []string{p}, opt, func(d Document) error {
		docs[d.Source] = errString(d.Err)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := docs[site.URL+"/pricing.html"]; !ok || e != "" {
		t.Errorf("the URL before the limit: %q (read: %v)", e, ok)
	}
	if e := docs[p]; !strings.Contains(e, "URL list is larger than the limit of 1 KB (--max-body)") {
		t.Errorf("the list: %q, want its size error", e)
	}
}

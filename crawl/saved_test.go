package crawl

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// readSaved returns the Documents of a saved crawl by Source.
func readSaved(t *testing.T, dir string) map[string]Document {
	t.Helper()
	out := map[string]Document{}
	err := walkSaved(context.Background(), dir, testOptions(), func(d Document) error {
		out[d.Source] = d
		return nil
	})
	if err != nil {
		t.Fatalf("walkSaved: %v", err)
	}
	return out
}

func TestSaveRoundTrip(t *testing.T) {
	site := newTestSite(t, "")
	live := crawlWeb(t, background(t), site.URL+"/", testOptions())
	dir := t.TempDir()
	st, err := Save(background(t), site.URL+"/", dir, testOptions())
	if err != nil {
		t.Fatalf("Save: %v", err)
	}
	if st.Pages != 9 || st.Failed != 1 || st.Reused != 0 || st.Bytes == 0 {
		t.Errorf("Stats %+v, want 9 pages, 1 failed (robots), none reused", st)
	}
	if !IsSavedCrawl(dir) || IsSavedCrawl(t.TempDir()) {
		t.Fatalf("IsSavedCrawl is wrong")
	}
	site.Close() // no network from here on
	saved := readSaved(t, dir)
	if got, want := keys(saved), keys(live); !slices.Equal(got, want) {
		t.Fatalf("saved sources %q, want %q", got, want)
	}
	for src, l := range live {
		s := saved[src]
		if string(s.Body) != l.Body || string(s.Format) != l.Format || s.Status != l.Status || s.Channel != l.Channel || errString(s.Err) != l.Err {
			t.Errorf("%s: saved %q/%q/%d/%q, live %q/%q/%d/%q", src, s.Format, s.Channel, s.Status, s.Err, l.Format, l.Channel, l.Status, l.Err)
		}
		if l.Err == "" && s.Fetched.IsZero() {
			t.Errorf("%s: no fetch time", src)
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestSaveRevalidates(t *testing.T) {
	site := newTestSite(t, "")
	dir := t.TempDir()
	if _, err := Save(background(t), site.URL+"/etag/a", dir, testOptions()); err != nil {
		t.Fatal(err)
	}
	st, err := Save(background(t), site.URL+"/etag/a", dir, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	if st.Pages != 2 || st.Reused != 2 || site.conds != 2 {
		t.Errorf("second Save: %+v, %d conditional requests; want 2 pages reused after 2 conditional requests", st, site.conds)
	}
	saved := readSaved(t, dir)
	if d := saved[site.URL+"/etag/b"]; !strings.Contains(string(d.Body), "$18 per vehicle") {
		t.Errorf("reused body lost: %q", d.Body)
	}
	// a live crawl revalidates against the saved one too
	opt := testOptions()
	opt.Web.FromCrawl = dir
	docs := crawlWeb(t, background(t), site.URL+"/etag/a", opt)
	if d := docs[site.URL+"/etag/a"]; d.Status != 200 || !strings.Contains(d.Body, "$18") || site.conds != 4 {
		t.Errorf("FromCrawl: %+v after %d conditional requests", d, site.conds)
	}
}

func TestWalkSavedRejectsBadManifest(t *testing.T) {
	hash := strings.Repeat("ab", 32)
	tests := map[string]string{
		"traversal": `{"url":"https://k.example/","source":"https://k.example/","body":"../../etc/passwd"}`,
		"missing":   `{"url":"https://k.example/","source":"https://k.example/","body":"bodies/ab/` + hash + `"}`,
		"no source": `{"url":"https://k.example/"}`,
		"not json":  `{"url":`,
	}
	for name, line := range tests {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			body := `{"onestory_crawl":1,"start":"https://k.example/"}` + "\n" + line + "\n"
			if err := os.WriteFile(filepath.Join(dir, ManifestName), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			docs := readSaved(t, dir)
			if len(docs) != 1 {
				t.Fatalf("got %d Documents, want 1", len(docs))
			}
			for _, d := range docs {
				if d.Err == nil || len(d.Body) != 0 {
					t.Errorf("%s: Err %v with %d bytes; want an Err and no body", d.Source, d.Err, len(d.Body))
				}
			}
		})
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, ManifestName), []byte(`{"something":"else"}`+"\n"), 0o644)
	if err := walkSaved(context.Background(), dir, Options{}, func(Document) error { return nil }); err == nil {
		t.Errorf("a manifest without the onestory header was read")
	}
}

func FuzzReadManifest(f *testing.F) {
	f.Add([]byte(`{"onestory_crawl":1}` + "\n" + `{"url":"u","source":"s","status":200,"body":"bodies/00/x"}`))
	f.Add([]byte(`{"onestory_crawl":1}` + "\n" + `{"source":"s","err":"HTTP 404 Not Found"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, ManifestName), data, 0o644); err != nil {
			t.Fatal(err)
		}
		_ = walkSaved(context.Background(), dir, Options{}, func(d Document) error {
			if d.Err == nil && d.Body == nil {
				t.Errorf("%s: no body and no Err", d.Source)
			}
			return nil
		})
	})
}

func TestSaveFromURLList(t *testing.T) {
	site := newTestSite(t, "")
	list := filepath.Join(t.TempDir(), "launch.urls")
	os.WriteFile(list, []byte(site.URL+"/pricing.html\n"+site.URL+"/missing.html\n"), 0o644)
	dir := t.TempDir()
	opt := testOptions()
	opt.Web.AllowPrivate = true // a list's URLs never widen the address policy
	st, err := Save(background(t), list, dir, opt)
	if err != nil || st.Pages != 1 || st.Failed != 1 {
		t.Fatalf("Save(list) = %+v, %v; want 1 page and 1 failure", st, err)
	}
	saved := readSaved(t, dir)
	if d := saved[site.URL+"/missing.html"]; errString(d.Err) != "HTTP 404 Not Found" || d.Status != 404 {
		t.Errorf("saved failure: %v, status %d", d.Err, d.Status)
	}
}

// TestWalkSavedBadLineSaysWhereOnce checks that a manifest line that
// cannot be read is named by its Document's Source, file and line, and
// that Err does not name them again (the finding prints both).
func TestWalkSavedBadLineSaysWhereOnce(t *testing.T) {
	dir := t.TempDir()
	body := `{"onestory_crawl":1,"start":"https://k.example/"}` + "\n" + `{"url":"https://k.example/"}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, ManifestName), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	var docs []Document
	if err := walkSaved(context.Background(), dir, Options{}, func(d Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, ManifestName) + ":2"
	if len(docs) != 1 || docs[0].Source != want || docs[0].Err == nil {
		t.Fatalf("got %+v, want one Document %q with Err", docs, want)
	}
	if msg := docs[0].Err.Error(); strings.Contains(msg, ManifestName) || !strings.Contains(msg, `no "source"`) {
		t.Errorf("Err %q: want the problem without the file and line again", msg)
	}
}

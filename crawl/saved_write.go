package crawl

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Stats counts what Save did.
type Stats struct {
	Pages  int   // URLs saved with a body
	Failed int   // URLs saved as failures (status, timeout, robots...)
	Reused int   // pages the server answered 304 for: the saved body was kept
	Bytes  int64 // bytes of the bodies saved
	// NotFollowed counts the links past the page limit (MaxPages) that
	// were not followed; 0 when the limit did not cut the crawl short.
	NotFollowed int64
}

// Save crawls from startURL (a page URL, a sitemap URL, or a local
// sitemap or .urls file) and writes every
// page to dir: each body once, in bodies/ under the SHA-256 of its bytes,
// and a manifest (ManifestName) with each URL's status, headers, fetch
// time, format and body file, failures included. When dir already holds
// a saved crawl, its pages are revalidated with If-None-Match and
// If-Modified-Since, and kept when the server answers 304. Walk reads the
// directory back without network. A cancelled Save keeps what it fetched
// and returns ctx's error; when it was revalidating, the pages it had not
// reached yet stay in the manifest as they were. While Save runs it holds
// a lock file in dir: a second Save into the same folder fails with a
// *LockedError.
func Save(ctx context.Context, startURL, dir string, opt Options) (Stats, error) {
	return SaveAll(ctx, []string{startURL}, dir, opt)
}

// SaveAll is Save from several start arguments in one crawl: a page that
// several of them reach is fetched and saved once. The manifest header's
// start is the first argument; starts lists them all when there are
// several.
func SaveAll(ctx context.Context, starts []string, dir string, opt Options) (Stats, error) {
	if len(starts) == 0 {
		return Stats{}, errors.New("save crawl: no start URL")
	}
	if err := os.MkdirAll(filepath.Join(dir, "bodies"), 0o755); err != nil {
		return Stats{}, fmt.Errorf("save crawl: %w", err)
	}
	unlock, err := lockFolder(dir)
	if err != nil {
		return Stats{}, err
	}
	defer unlock()
	if opt.Web.FromCrawl == "" && IsSavedCrawl(dir) {
		opt.Web.FromCrawl = dir
	}
	sw, err := newSavedWriter(dir, starts)
	if err != nil {
		return Stats{}, err
	}
	c, err := newCrawler(ctx, opt)
	if err != nil {
		sw.abort()
		return Stats{}, err
	}
	runErr := c.run(func() { c.seedAll(starts) }, func(p page) error {
		var limit *LimitError
		switch {
		case p.alias != nil:
			return nil // another URL of a page saved: read back as one page
		case errors.As(p.doc.Err, &limit):
			sw.stats.NotFollowed += limit.NotFollowed
			return nil
		}
		return sw.write(p)
	})
	if err := sw.close(runErr == nil); err != nil {
		return sw.stats, errors.Join(runErr, err)
	}
	return sw.stats, runErr
}

// savedWriter writes a manifest beside its final name and bodies into
// place; close renames the manifest, so a reader never sees half of one.
type savedWriter struct {
	dir   string
	f     *os.File
	bw    *bufio.Writer
	enc   *json.Encoder
	kept  map[string]bool // body paths the new manifest refers to
	urls  map[string]bool // URLs the new manifest has a line for
	stats Stats
}

// newSavedWriter starts a manifest in dir with its header line.
func newSavedWriter(dir string, starts []string) (*savedWriter, error) {
	f, err := os.CreateTemp(dir, ManifestName+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("save crawl: %w", err)
	}
	bw := bufio.NewWriter(f)
	sw := &savedWriter{dir: dir, f: f, bw: bw, enc: json.NewEncoder(bw), kept: map[string]bool{}, urls: map[string]bool{}}
	h := savedHeader{Version: manifestVersion, Start: starts[0], Created: time.Now().UTC()}
	if len(starts) > 1 {
		h.Starts = starts
	}
	if err := sw.enc.Encode(h); err != nil {
		sw.abort()
		return nil, fmt.Errorf("save crawl: %w", err)
	}
	return sw, nil
}

// abort removes the unfinished manifest; the saved crawl stays as it was.
func (sw *savedWriter) abort() {
	sw.f.Close()
	os.Remove(sw.f.Name())
}

// write saves one page: its body file (unless already there) and its
// manifest line.
func (sw *savedWriter) write(p page) error {
	e := savedEntry{
		URL: p.url, Source: p.doc.Source, Status: p.doc.Status, Fetched: p.doc.Fetched,
		Format: p.doc.Format, Header: savedHeaders(p.header),
	}
	if e.Fetched.IsZero() {
		e.Fetched = time.Now().UTC()
	}
	switch {
	case p.doc.Err != nil:
		e.Err = p.doc.Err.Error()
		sw.stats.Failed++
	default:
		rel, err := sw.writeBody(p.doc.Body)
		if err != nil {
			return err
		}
		e.Body = rel
		sw.stats.Pages++
		sw.stats.Bytes += int64(len(p.doc.Body))
		if p.reused {
			sw.stats.Reused++
		}
	}
	sw.urls[e.URL] = true
	if err := sw.enc.Encode(e); err != nil {
		return fmt.Errorf("save crawl: %w", err)
	}
	return nil
}

// savedHeaders returns the response headers worth keeping: all but cookies.
func savedHeaders(h map[string][]string) map[string][]string {
	if len(h) == 0 {
		return nil
	}
	out := make(map[string][]string, len(h))
	for k, v := range h {
		if k != "Set-Cookie" {
			out[k] = v
		}
	}
	return out
}

// writeBody stores body under bodies/xx/<sha256> unless it is there.
func (sw *savedWriter) writeBody(body []byte) (string, error) {
	sum := sha256.Sum256(body)
	hash := hex.EncodeToString(sum[:])
	rel := "bodies/" + hash[:2] + "/" + hash
	sw.kept[rel] = true
	name := filepath.Join(sw.dir, filepath.FromSlash(rel))
	if _, err := os.Stat(name); err == nil {
		return rel, nil
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return "", fmt.Errorf("save crawl: %w", err)
	}
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, body, 0o644); err != nil {
		return "", fmt.Errorf("save crawl: %w", err)
	}
	if err := os.Rename(tmp, name); err != nil {
		return "", fmt.Errorf("save crawl: %w", err)
	}
	return rel, nil
}

// close finishes the manifest and puts it in place with one rename, after
// syncing it to disk. After an incomplete crawl the entries of the old
// manifest (if any) that this crawl did not reach are carried over, so an
// interrupted re-crawl never shrinks a saved crawl; after a complete one
// they are dropped, with the bodies no entry refers to any more.
func (sw *savedWriter) close(complete bool) error {
	var err error
	if !complete {
		err = sw.carryOver()
	}
	if err == nil {
		err = sw.bw.Flush()
	}
	if err == nil {
		err = sw.f.Sync()
	}
	if cerr := sw.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(sw.f.Name(), filepath.Join(sw.dir, ManifestName))
	}
	if err != nil {
		os.Remove(sw.f.Name())
		return fmt.Errorf("save crawl: %w", err)
	}
	if complete {
		return sw.prune()
	}
	return nil
}

// carryOver copies the entries of the manifest in place that the new one
// has no line for. Lines that cannot be read are not carried.
func (sw *savedWriter) carryOver() error {
	if !IsSavedCrawl(sw.dir) {
		return nil
	}
	return readManifest(sw.dir, func(_ int, e savedEntry, err error) error {
		if err != nil || sw.urls[e.URL] {
			return nil
		}
		sw.urls[e.URL] = true
		return sw.enc.Encode(e)
	})
}

// prune removes the body files the manifest does not refer to.
func (sw *savedWriter) prune() error {
	root := filepath.Join(sw.dir, "bodies")
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, rerr := filepath.Rel(sw.dir, p)
		if rerr == nil && !sw.kept[filepath.ToSlash(rel)] {
			return os.Remove(p)
		}
		return nil
	})
}

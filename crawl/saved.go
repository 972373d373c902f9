package crawl

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/onestory/onestory/format"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/onestory/onestory/internal/bytesize"
)

// ManifestName is the file that makes a directory a saved crawl. It holds
// JSON lines: a header line, then one line per URL fetched.
const ManifestName = "onestory-crawl.jsonl"

// manifestVersion is the version of the saved-crawl format.
const manifestVersion = 1

// maxManifestLine is the longest manifest line read (headers included).
const maxManifestLine = 4 << 20

// bodyPath is the only form a body path in a manifest may have: a body is
// stored under bodies/ by the SHA-256 of its bytes.
var bodyPath = regexp.MustCompile(`^bodies/[0-9a-f]{2}/[0-9a-f]{64}$`)

// savedHeader is the first line of a manifest.
type savedHeader struct {
	Version int       `json:"onestory_crawl"`
	Start   string    `json:"start"`
	Starts  []string  `json:"starts,omitempty"` // every start argument, when there were several
	Created time.Time `json:"created"`
}

// savedEntry is one URL of a saved crawl.
type savedEntry struct {
	URL     string              `json:"url"`    // the URL requested, normalised
	Source  string              `json:"source"` // the URL the page came from, after redirects
	Status  int                 `json:"status,omitempty"`
	Fetched time.Time           `json:"fetched"`
	Format  format.Format       `json:"format,omitempty"`
	Header  map[string][]string `json:"header,omitempty"`
	Body    string              `json:"body,omitempty"` // bodies/xx/<sha256>
	Err     string              `json:"err,omitempty"`
}

// header returns the saved response headers.
func (e savedEntry) header() http.Header { return http.Header(e.Header) }

// IsSavedCrawl reports whether dir is a directory written by Save.
func IsSavedCrawl(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, ManifestName))
	return err == nil && st.Mode().IsRegular()
}

// walkSaved calls yield with each page of the saved crawl in dir, as it
// was fetched: Source is the original URL, Fetched the time of the fetch.
// It reads no network.
func walkSaved(ctx context.Context, dir string, opt Options, yield func(Document) error) error {
	return readManifest(dir, func(line int, e savedEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			src := fmt.Sprintf("%s:%d", filepath.Join(dir, ManifestName), line)
			return yield(Document{Source: src, Channel: "other", Err: err})
		}
		if opt.Ignore != nil && opt.Ignore(e.Source) || opt.Keep != nil && !opt.Keep(e.Source) {
			return nil
		}
		return yield(savedDocument(dir, e, opt))
	})
}

// savedDocument returns the Document of a saved entry, its body read
// from dir.
func savedDocument(dir string, e savedEntry, opt Options) Document {
	doc := Document{Source: e.Source, Channel: "other", Format: e.Format, Status: e.Status, Fetched: e.Fetched}
	if opt.Channel != nil {
		doc.Channel = opt.Channel(e.Source)
	}
	switch {
	case e.Err != "":
		doc.Err = errors.New(e.Err)
	default:
		doc.Body, doc.Err = readBody(dir, e.Body, opt.Web.withDefaults().MaxBody)
	}
	return doc
}

// readBody reads a saved body of at most limit bytes (the crawl's body
// limit) and checks it against its hash. It never reads through a
// symbolic link or from anything but a regular file: a saved crawl may
// come from a pull request, and bodies/ab/<hash> linked to /dev/zero
// would otherwise never end.
func readBody(dir, rel string, limit int64) ([]byte, error) {
	if !bodyPath.MatchString(rel) {
		return nil, fmt.Errorf("saved crawl %q: body path %q is not bodies/xx/<sha256>", dir, rel)
	}
	name := filepath.Join(dir, filepath.FromSlash(rel))
	if err := noLinks(dir, rel); err != nil {
		return nil, fmt.Errorf("saved crawl %q: body %q: %w", dir, rel, err)
	}
	b, err := readRegular(name, limit)
	var tooLarge *FileTooLargeError
	switch {
	case errors.As(err, &tooLarge):
		return nil, fmt.Errorf("saved crawl %q: body %q is %s, over the body limit of %s",
			dir, rel, bytesize.Format(tooLarge.Size), bytesize.Format(limit))
	case err != nil:
		return nil, fmt.Errorf("saved crawl %q: body %q: %w", dir, rel, unwrapPath(err))
	}
	sum := sha256.Sum256(b)
	if hex.EncodeToString(sum[:]) != filepath.Base(rel) {
		return nil, fmt.Errorf("saved crawl %q: body %q does not match its hash", dir, rel)
	}
	return b, nil
}

// noLinks fails when a component of the slash path rel under dir is a
// symbolic link (openRegular then checks that the file is a regular one).
func noLinks(dir, rel string) error {
	p := dir
	for _, part := range strings.Split(rel, "/") {
		p = filepath.Join(p, part)
		info, err := os.Lstat(p)
		if err != nil {
			return unwrapPath(err)
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			return errors.New("is a symbolic link; a saved crawl's bodies are never read through one")
		}
	}
	return nil
}

// unwrapPath returns the cause of a *fs.PathError, whose path the caller
// names already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readManifest calls fn with each entry of dir's manifest and its line
// number; a line that cannot be read is passed with an error that names
// neither the file nor the line (fn has them). It fails
// when the manifest is missing or its header is not a saved crawl's.
func readManifest(dir string, fn func(line int, e savedEntry, err error) error) error {
	name := filepath.Join(dir, ManifestName)
	if err := noLinks(dir, ManifestName); err != nil {
		return fmt.Errorf("read saved crawl %q: %w", name, err)
	}
	f, err := openRegular(name)
	if err != nil {
		return fmt.Errorf("read saved crawl %q: %w", name, unwrapPath(err))
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), maxManifestLine)
	var h savedHeader
	if !sc.Scan() || json.Unmarshal(sc.Bytes(), &h) != nil || h.Version != manifestVersion {
		return fmt.Errorf("read saved crawl %q: first line is not an onestory crawl header of version %d", name, manifestVersion)
	}
	for line := 2; sc.Scan(); line++ {
		var e savedEntry
		err := json.Unmarshal(sc.Bytes(), &e)
		switch {
		case err != nil:
			err = fmt.Errorf("bad manifest line: %w", err)
		case e.Source == "":
			err = errors.New(`bad manifest line: entry has no "source"`)
		}
		if err := fn(line, e, err); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read saved crawl %q: %w", name, err)
	}
	return nil
}

package crawl

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/onestory/onestory/internal/suggest"
)

// StdinSource is the argument that names standard input, and the Source of
// the Document read from it.
const StdinSource = "-"

// defaultMaxFileSize is the largest file read when Options.MaxFileSize is 0.
const defaultMaxFileSize = 32 << 20

// skipDirs are folders a directory walk never enters besides hidden ones:
// version control and dependency folders. It is read-only.
var skipDirs = map[string]bool{".git": true, ".hg": true, ".svn": true, "node_modules": true}

// Walk reads every source named in args — directories (recursively), files,
// "-" for standard input, URLs, sitemaps, saved crawls — and calls yield
// with each Document in turn. yield may block; Walk reads ahead no more
// than it must, so memory does not grow with the number of sources.
//
// A source that cannot be read becomes a Document with Err; it never stops
// the walk. Walk stops and returns the error when yield returns one or ctx
// is done. Arguments starting with http:// or https://, and the URL lists
// and sitemap files among the arguments, go to the web crawler: all of
// them to one crawl, run where the first of them stands, so that a page
// several of them reach is fetched and reported once.
func Walk(ctx context.Context, args []string, opt Options, yield func(Document) error) error {
	w := newWalker(opt, yield)
	var web []string
	crawls := make([]bool, len(args)) // the arguments the crawl takes
	for i, arg := range args {
		if isURL(arg) || w.seedFile(arg) {
			web, crawls[i] = append(web, arg), true
		}
	}
	crawled := false
	for i, arg := range args {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case crawls[i]:
			if !crawled {
				crawled = true
				err = walkWebArgs(ctx, web, w.opt, yield)
			}
		case arg == StdinSource:
			err = w.stdin(ctx)
		default:
			err = w.path(ctx, arg)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// isURL reports whether a source argument is an http or https URL.
func isURL(arg string) bool {
	lower := strings.ToLower(arg)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// seedFile reports whether arg names a regular file, not ignored, that is
// a URL list or a sitemap (isSeedFile): its URLs are crawled.
func (w *walker) seedFile(arg string) bool {
	if arg == StdinSource || !isSeedFile(arg) || w.opt.Ignore(w.display(arg)) {
		return false
	}
	info, err := os.Stat(arg)
	return err == nil && info.Mode().IsRegular()
}

// walker reads local sources for one Walk.
type walker struct {
	opt   Options
	yield func(Document) error
	cwd   string // the working directory; "" when unknown
}

// newWalker fills in the defaults of opt.
func newWalker(opt Options, yield func(Document) error) *walker {
	if opt.Channel == nil {
		opt.Channel = func(string) string { return "other" }
	}
	if opt.Ignore == nil {
		opt.Ignore = func(string) bool { return false }
	}
	if opt.MaxFileSize <= 0 {
		opt.MaxFileSize = defaultMaxFileSize
	}
	cwd, _ := os.Getwd()
	return &walker{opt: opt, yield: yield, cwd: cwd}
}

// path walks one file or directory argument.
func (w *walker) path(ctx context.Context, arg string) error {
	src := w.display(arg)
	if w.opt.Ignore(src) {
		return nil
	}
	info, err := os.Stat(arg) // never blocks, whatever arg is
	switch {
	case err != nil:
		return w.yield(w.failed(src, "", err))
	case info.IsDir() && IsSavedCrawl(arg):
		return w.saved(ctx, arg)
	case info.IsDir():
		return w.dir(ctx, arg)
	case !info.Mode().IsRegular():
		return w.yield(w.failed(src, "", &NotRegularError{Mode: info.Mode()}))
	case isSeedFile(arg):
		return walkSeedFile(ctx, arg, w.opt, w.yield)
	}
	return w.named(arg, src)
}

// dir walks a directory depth-first, each folder's entries sorted by name;
// a saved crawl inside it is read as the pages it holds. A folder named
// through a symbolic link is walked (the user named it); links met inside
// it are not followed out of it (see found).
func (w *walker) dir(ctx context.Context, root string) error {
	real, err := realPath(root)
	if err != nil {
		return w.yield(w.failed(w.display(root), "", err))
	}
	return w.entries(ctx, root, func(p, src string, top bool, d fs.DirEntry, err error) error {
		if err != nil {
			return w.yield(w.failed(src, "", err))
		}
		if d.IsDir() && !top && IsSavedCrawl(p) {
			if err := w.saved(ctx, p); err != nil {
				return err
			}
			return filepath.SkipDir
		}
		if d.IsDir() {
			return nil
		}
		return w.found(real, p, src, d)
	})
}

// entries walks the tree under root as a folder walk does: depth-first,
// each folder's entries sorted by name, a root named through a symbolic
// link followed, hidden and dependency folders and the story's ignored
// sources passed by. visit gets each other entry, with its source as
// reports name it and whether it is the root itself.
func (w *walker) entries(ctx context.Context, root string, visit func(p, src string, top bool, d fs.DirEntry, err error) error) error {
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		root += string(filepath.Separator) // WalkDir follows a root ending in a separator
	}
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		src := w.display(p)
		if p != root && d != nil && skipped(d.Name(), d.IsDir()) {
			return skip(d)
		}
		if p != root && w.opt.Ignore(src) {
			return skip(d)
		}
		return visit(p, src, p == root, d, err)
	})
}

// saved reads a saved crawl (see Save) met as an argument or in a
// directory walk. A manifest that cannot be read becomes a Document with
// Err instead of stopping the walk.
func (w *walker) saved(ctx context.Context, dir string) error {
	var yieldErr error
	err := walkSaved(ctx, dir, w.opt, func(d Document) error {
		yieldErr = w.yield(d)
		return yieldErr
	})
	if err == nil || err == yieldErr || ctx.Err() != nil {
		return err
	}
	return w.yield(Document{Source: w.display(dir), Channel: w.opt.Channel(w.display(dir)), Err: err})
}

// skipped reports whether a directory walk passes an entry by: hidden
// files and folders, version control and dependency folders.
func skipped(name string, dir bool) bool {
	return strings.HasPrefix(name, ".") || (dir && skipDirs[name])
}

// skip returns what WalkDir needs to pass an entry by.
func skip(d fs.DirEntry) error {
	if d != nil && d.IsDir() {
		return filepath.SkipDir
	}
	return nil
}

// realPath returns the absolute path p names, symbolic links resolved.
func realPath(p string) (string, error) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(real)
}

// within reports whether the absolute path p is root or inside it.
func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// display returns the Source of a path: clean and slash-separated, and
// relative when it is an absolute path inside the working directory.
func (w *walker) display(p string) string {
	if filepath.IsAbs(p) && w.cwd != "" {
		rel, err := filepath.Rel(w.cwd, p)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			p = rel
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// schemePrefix matches the scheme of an argument written as a URL.
var schemePrefix = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9+.-]*)://`)

// CheckArg returns an error for a source argument written as a URL whose
// scheme onestory cannot fetch ("htp://host", "ftp://host/file") when no
// file of that name exists, naming the near miss; nil for anything else.
// Without it such an argument would be read as a missing file.
func CheckArg(arg string) error {
	m := schemePrefix.FindStringSubmatch(arg)
	if m == nil || isURL(arg) {
		return nil
	}
	if _, err := os.Lstat(arg); err == nil {
		return nil
	}
	scheme := strings.ToLower(m[1])
	msg := fmt.Sprintf("%s: onestory reads http:// and https:// URLs, not %s://", arg, scheme)
	if scheme == "file" {
		msg += "; name the file's path instead"
	} else if near := suggest.Nearest(scheme, []string{"http", "https"}); near != "" {
		msg += fmt.Sprintf("; did you mean %s://%s?", near, arg[len(m[0]):])
	}
	return errors.New(msg)
}

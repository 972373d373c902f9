package crawl

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/onestory/onestory/internal/bytesize"
)

// ErrUnknownFormat is the Err (wrapped) of a file named explicitly, or of
// standard input, whose format onestory does not read.
var ErrUnknownFormat = errors.New("unknown format (onestory reads HTML, Markdown, text, PDF, PPTX, DOCX, ODT and ODP)")

// FileTooLargeError is the Err (wrapped) of a file larger than
// Options.MaxFileSize.
type FileTooLargeError struct {
	Size  int64 // bytes; at least Limit+1 when the size was not known ahead
	Limit int64 // Options.MaxFileSize
}

// Error says how large the file is and what the limit is.
func (e *FileTooLargeError) Error() string {
	return fmt.Sprintf("file is %s, over the %s limit", bytesize.Format(e.Size), bytesize.Format(e.Limit))
}

// contentFormats are the formats a directory walk takes from a file whose
// extension says nothing, when sniffing finds them. Plain text is not
// among them: a LICENSE or Makefile is not content. It is read-only.
var contentFormats = map[string]bool{"html": true, "pdf": true, "pptx": true, "docx": true, "odt": true, "odp": true}

// found reads a file met in a directory walk. Files that are not content
// are passed by silently (see skipExts and contentFormats).
func (w *walker) found(p, src string) error {
	info, err := os.Stat(p) // follows symbolic links
	switch {
	case err != nil:
		return w.yield(w.failed(src, extFormats[extension(p)], err))
	case !info.Mode().IsRegular():
		return nil // a linked folder (never followed), a device, a pipe
	}
	ext := extension(p)
	if skipExts[ext] {
		return nil
	}
	if format := extFormats[ext]; format != "" {
		return w.file(p, src, format)
	}
	if info.Size() > w.opt.MaxFileSize {
		return nil
	}
	data, err := w.read(p)
	if err != nil {
		return w.yield(w.failed(src, "", err))
	}
	if format := sniff(data); contentFormats[format] {
		return w.yield(Document{Source: src, Channel: w.opt.Channel(src), Format: format, Body: data})
	}
	return nil
}

// named reads a file named explicitly: one whose format is unknown becomes
// a Document with Err.
func (w *walker) named(p, src string) error {
	ext := extension(p)
	if format := extFormats[ext]; format != "" {
		return w.file(p, src, format)
	}
	if skipExts[ext] {
		return w.yield(w.failed(src, "", ErrUnknownFormat))
	}
	data, err := w.read(p)
	if err != nil {
		return w.yield(w.failed(src, "", err))
	}
	format := sniff(data)
	if format == "" {
		return w.yield(w.failed(src, "", ErrUnknownFormat))
	}
	return w.yield(Document{Source: src, Channel: w.opt.Channel(src), Format: format, Body: data})
}

// file reads a file of a known format and yields it.
func (w *walker) file(p, src, format string) error {
	data, err := w.read(p)
	if err != nil {
		return w.yield(w.failed(src, format, err))
	}
	return w.yield(Document{Source: src, Channel: w.opt.Channel(src), Format: format, Body: data})
}

// stdin reads standard input as the source "-" and sniffs its format.
func (w *walker) stdin() error {
	if w.opt.Stdin == nil {
		return w.yield(w.failed(StdinSource, "", errors.New("no standard input to read")))
	}
	data, err := readAll(w.opt.Stdin, 0, w.opt.MaxFileSize)
	if err != nil {
		return w.yield(w.failed(StdinSource, "", err))
	}
	format := sniff(data)
	if format == "" {
		return w.yield(w.failed(StdinSource, "", ErrUnknownFormat))
	}
	return w.yield(Document{Source: StdinSource, Channel: w.opt.Channel(StdinSource), Format: format, Body: data})
}

// read reads a whole file of at most MaxFileSize bytes.
func (w *walker) read(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int64
	if info, err := f.Stat(); err == nil {
		if size = info.Size(); size > w.opt.MaxFileSize {
			return nil, &FileTooLargeError{Size: size, Limit: w.opt.MaxFileSize}
		}
	}
	return readAll(f, size, w.opt.MaxFileSize)
}

// readAll reads r to its end, failing once it gives more than limit bytes.
// size is how many bytes r should give, 0 when not known: the buffer is
// made that large at once, with one byte more to meet the end, instead of
// growing by doubling as it fills.
func readAll(r io.Reader, size, limit int64) ([]byte, error) {
	if size <= 0 || size > limit {
		size = min(limit, 511)
	}
	data := make([]byte, 0, size+1)
	lr := io.LimitReader(r, limit+1)
	for {
		n, err := lr.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) { // r gives more than size: grow as append does
			data = append(data, 0)[:len(data)]
		}
	}
	if int64(len(data)) > limit {
		return nil, &FileTooLargeError{Size: int64(len(data)), Limit: limit}
	}
	return data, nil
}

// failed returns the Document of a source that could not be read. Err
// starts with "read SOURCE: " and keeps the cause for errors.Is and As
// (fs.ErrNotExist, fs.ErrPermission, *FileTooLargeError, ErrUnknownFormat).
func (w *walker) failed(src, format string, err error) Document {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is the one the user gave, not the OS's
	}
	return Document{Source: src, Channel: w.opt.Channel(src), Format: format,
		Err: fmt.Errorf("read %s: %w", src, err)}
}

package crawl

import (
	"context"
	"errors"
	"fmt"
	"github.com/onestory/onestory/format"
	"io"
	"io/fs"
	"os"
	"syscall"

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

// isContent reports whether a directory walk takes a file whose extension
// says nothing, when sniffing finds format f: HTML and the binary formats.
// Plain text is not content: a LICENSE or Makefile is not.
func isContent(f format.Format) bool { return f == format.HTML || f.Binary() }

// found reads a file met in a directory walk of the folder whose real
// path (symbolic links resolved, absolute) is root. Files that are not
// content are passed by: silently when their extension says so (see
// skipExts), with a Skip for anything else — an unknown format, a
// symbolic link that leaves the folder or names a folder, a pipe, a
// device or a socket. A symbolic link that stays inside the folder is
// read as the file it names.
func (w *walker) found(root, p, src string, d fs.DirEntry) error {
	if w.opt.Keep != nil && !w.opt.Keep(src) {
		return nil
	}
	ext, known := format.Extension(p), format.FromName(p)
	if skipExts[ext] {
		return nil
	}
	open := p
	if d.Type()&fs.ModeSymlink != 0 {
		target, err := realPath(p)
		if err != nil {
			return w.yield(w.failed(src, known, err))
		}
		if !within(root, target) {
			return w.skip(src, "symbolic link to "+target+", outside the folder: not followed")
		}
		open = target
	}
	info, err := os.Stat(open)
	switch {
	case err != nil:
		return w.yield(w.failed(src, known, err))
	case info.IsDir():
		return w.skip(src, "symbolic link to a folder: not followed")
	case !info.Mode().IsRegular():
		return w.skip(src, (&NotRegularError{Mode: info.Mode()}).Error())
	}
	if known != "" {
		return w.file(open, src, known)
	}
	if info.Size() > w.opt.MaxFileSize {
		return w.skip(src, unknownReason(ext)+", and at "+bytesize.Format(info.Size())+" it is too large to look inside")
	}
	data, err := w.read(open)
	if err != nil {
		return w.yield(w.failed(src, "", err))
	}
	if f := format.Sniff(data); isContent(f) {
		return w.yield(Document{Source: src, Channel: w.opt.Channel(src), Format: f, Body: data})
	}
	return w.skip(src, unknownReason(ext)+", and its content is not HTML, PDF or an Office document")
}

// unknownReason starts the reason a file of an unknown extension is skipped.
func unknownReason(ext string) string {
	if ext == "" {
		return "no file extension"
	}
	return fmt.Sprintf("unknown extension %q", ext)
}

// skip tells Options.Skipped that a directory walk passed src by.
func (w *walker) skip(src, reason string) error {
	if w.opt.Skipped != nil {
		w.opt.Skipped(Skip{Source: src, Reason: reason})
	}
	return nil
}

// named reads a file named explicitly: one whose format is unknown becomes
// a Document with Err.
func (w *walker) named(p, src string) error {
	if w.opt.Keep != nil && !w.opt.Keep(src) {
		return nil
	}
	if f := format.FromName(p); f != "" {
		return w.file(p, src, f)
	}
	if skipExts[format.Extension(p)] {
		return w.yield(w.failed(src, "", ErrUnknownFormat))
	}
	data, err := w.read(p)
	if err != nil {
		return w.yield(w.failed(src, "", err))
	}
	f := format.Sniff(data)
	if f == "" {
		return w.yield(w.failed(src, "", ErrUnknownFormat))
	}
	return w.yield(Document{Source: src, Channel: w.opt.Channel(src), Format: f, Body: data})
}

// file reads a file of a known format and yields it.
func (w *walker) file(p, src string, f format.Format) error {
	data, err := w.read(p)
	if err != nil {
		return w.yield(w.failed(src, f, err))
	}
	return w.yield(Document{Source: src, Channel: w.opt.Channel(src), Format: f, Body: data})
}

// stdin reads standard input as the source "-" and sniffs its format.
// A read cannot be interrupted, so it runs on its own goroutine and stdin
// returns ctx's error when ctx ends first: Ctrl-C stops a run whose
// standard input never ends (the goroutine ends with the process).
func (w *walker) stdin(ctx context.Context) error {
	if w.opt.Stdin == nil {
		return w.yield(w.failed(StdinSource, "", errors.New("no standard input to read")))
	}
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := readAll(w.opt.Stdin, 0, w.opt.MaxFileSize)
		done <- result{data, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-ctx.Done():
		return ctx.Err()
	}
	if r.err != nil {
		return w.yield(w.failed(StdinSource, "", r.err))
	}
	f := format.Sniff(r.data)
	if f == "" {
		return w.yield(w.failed(StdinSource, "", ErrUnknownFormat))
	}
	return w.yield(Document{Source: StdinSource, Channel: w.opt.Channel(StdinSource), Format: f, Body: r.data})
}

// read reads a whole regular file of at most MaxFileSize bytes.
func (w *walker) read(p string) ([]byte, error) {
	return readRegular(p, w.opt.MaxFileSize)
}

// readRegular reads a whole file of at most limit bytes, refusing
// anything but a regular file: it opens without blocking (a named pipe
// with no writer would otherwise hold the open forever) and checks the
// type of what it opened, so a file swapped for a pipe or device after a
// first look is refused too.
func readRegular(p string, limit int64) ([]byte, error) {
	f, err := openRegular(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if size := info.Size(); size > limit {
		return nil, &FileTooLargeError{Size: size, Limit: limit}
	}
	return readAll(f, info.Size(), limit)
}

// openRegular opens a file for reading without blocking and fails with a
// *NotRegularError unless it is a regular file.
func openRegular(p string) (*os.File, error) {
	f, err := os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err == nil && !info.Mode().IsRegular() {
		err = &NotRegularError{Mode: info.Mode()}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// NotRegularError is the Err (wrapped) of a source that is not a regular
// file: a named pipe, a device, a socket or a folder where a file was
// expected. onestory never reads from one, since it may never end.
type NotRegularError struct {
	Mode fs.FileMode
}

// Error names what the file is: "a named pipe, not a regular file".
func (e *NotRegularError) Error() string {
	what := "not a regular file"
	switch t := e.Mode.Type(); {
	case t&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case t&fs.ModeSocket != 0:
		what = "a socket"
	case t&fs.ModeDevice != 0:
		what = "a device"
	case t&fs.ModeDir != 0:
		what = "a folder"
	case t&fs.ModeSymlink != 0:
		what = "a symbolic link"
	}
	if what == "not a regular file" {
		return what
	}
	return what + ", not a regular file"
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
func (w *walker) failed(src string, f format.Format, err error) Document {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is the one the user gave, not the OS's
	}
	return Document{Source: src, Channel: w.opt.Channel(src), Format: f,
		Err: fmt.Errorf("read %s: %w", src, err)}
}

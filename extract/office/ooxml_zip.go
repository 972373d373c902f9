package office

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/onestory/onestory/internal/bytesize"
)

// The limits on reading one zip package (PPTX, DOCX, ODT, ODP). A document
// past any of them is refused as a zip bomb rather than read. The sizes
// count the XML parts, the only entries ever decompressed.
const (
	maxZipEntries   = 5000      // files in the package
	maxZipEntrySize = 64 << 20  // uncompressed bytes of one file
	maxZipTotalSize = 200 << 20 // uncompressed bytes of all files read
)

// oleMagic starts an OLE compound file: a password-protected OOXML document
// (the zip is stored encrypted inside it) or a legacy .ppt/.doc.
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// errNoPart says a package lacks a file that the format requires.
var errNoPart = errors.New("missing part")

// zipPackage is an opened zip package whose reads count against the limits.
type zipPackage struct {
	kind  string // "PPTX", "DOCX", ... for error messages
	files map[string]*zip.File
	read  int64 // uncompressed bytes read so far
}

// zipEncrypted is the general-purpose flag of an encrypted zip entry.
const zipEncrypted = 0x1

// openZip opens data as a zip package of the named kind, refusing encrypted
// Office files, corrupt zips and archives whose entry count or declared XML
// sizes break the limits.
func openZip(data []byte, kind string) (*zipPackage, error) {
	if bytes.HasPrefix(data, oleMagic) {
		return nil, fmt.Errorf("encrypted/password-protected document: the %s is encrypted (or a legacy binary Office file) and cannot be read without a password", kind)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("corrupt %s: not a readable zip package: %w", kind, err)
	}
	if len(zr.File) > maxZipEntries {
		return nil, fmt.Errorf("zip bomb: %d entries exceed the limit of %d", len(zr.File), maxZipEntries)
	}
	p := &zipPackage{kind: kind, files: make(map[string]*zip.File, len(zr.File))}
	var total uint64
	for _, f := range zr.File {
		if f.Flags&zipEncrypted != 0 {
			return nil, fmt.Errorf("encrypted/password-protected document: the %s's entry %q is encrypted; cannot read without the password", kind, f.Name)
		}
		p.files[strings.TrimPrefix(f.Name, "/")] = f
		if !isXMLPart(f.Name) {
			continue // media are never decompressed: a long video is no bomb
		}
		if f.UncompressedSize64 > maxZipEntrySize {
			return nil, fmt.Errorf("zip bomb: entry %q uncompresses to more than %s", f.Name, bytesize.Format(maxZipEntrySize))
		}
		total += f.UncompressedSize64
	}
	if total > maxZipTotalSize {
		return nil, fmt.Errorf("zip bomb: uncompressed size exceeds %s", bytesize.Format(maxZipTotalSize))
	}
	return p, nil
}

// isXMLPart reports whether a package entry is one of the XML parts that
// the readers may decompress (the only entries whose sizes are limited).
func isXMLPart(name string) bool {
	return strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels")
}

// has reports whether the package holds the named file.
func (p *zipPackage) has(name string) bool {
	_, ok := p.files[name]
	return ok
}

// readFile returns the uncompressed bytes of one file, reading through a
// limit so that a lying size header cannot exhaust memory.
func (p *zipPackage) readFile(name string) ([]byte, error) {
	f, ok := p.files[name]
	if !ok {
		return nil, fmt.Errorf("%s %q: %w", p.kind, name, errNoPart)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("corrupt %s: cannot open %q: %w", p.kind, name, err)
	}
	defer rc.Close()
	limit := min(int64(maxZipEntrySize), maxZipTotalSize-p.read)
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, fmt.Errorf("corrupt %s: cannot read %q: %w", p.kind, name, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("zip bomb: %q uncompresses past %s", name, zipLimitText(limit))
	}
	p.read += int64(len(b))
	return b, nil
}

// zipLimitText names the limit a file of a package broke: the limit of one
// file, or what was left of the package's limit when less.
func zipLimitText(limit int64) string {
	if limit == maxZipEntrySize {
		return "the limit of " + bytesize.Format(limit) + " per file"
	}
	return "the " + bytesize.Format(limit) + " left of the limit of " + bytesize.Format(maxZipTotalSize) + " per document"
}

// readXML reads and parses one XML file of the package.
func (p *zipPackage) readXML(name string) (*xnode, error) {
	b, err := p.readFile(name)
	if err != nil {
		return nil, err
	}
	n, err := parseXML(b)
	if err != nil {
		return nil, fmt.Errorf("corrupt %s: %q: %w", p.kind, name, err)
	}
	return n, nil
}

// relationship is one entry of an OOXML .rels file, its target resolved to a
// path inside the package.
type relationship struct {
	ID, Type, Target string
	External         bool
}

// rels reads the relationships of part (e.g. "ppt/slides/_rels/slide1.xml.rels"
// for "ppt/slides/slide1.xml"). A part without relationships has none.
func (p *zipPackage) rels(part string) ([]relationship, error) {
	dir, file := path.Split(part)
	name := dir + "_rels/" + file + ".rels"
	if !p.has(name) {
		return nil, nil
	}
	root, err := p.readXML(name)
	if err != nil {
		return nil, err
	}
	var out []relationship
	for _, r := range root.children("Relationship") {
		rel := relationship{ID: r.attr("Id"), Type: r.attr("Type"), Target: r.attr("Target")}
		rel.External = r.attr("TargetMode") == "External"
		if !rel.External {
			rel.Target = resolvePart(dir, rel.Target)
		}
		out = append(out, rel)
	}
	return out, nil
}

// resolvePart resolves a relationship target against the directory of the
// part that names it; a target starting with "/" is from the package root.
func resolvePart(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean("/"+dir+target), "/")
}

// relByID returns the relationship with the given id.
func relByID(rels []relationship, id string) (relationship, bool) {
	for _, r := range rels {
		if r.ID == id {
			return r, true
		}
	}
	return relationship{}, false
}

// relsOfType returns the relationships whose type URI ends in "/"+kind.
func relsOfType(rels []relationship, kind string) []relationship {
	var out []relationship
	for _, r := range rels {
		if strings.HasSuffix(r.Type, "/"+kind) && !r.External {
			out = append(out, r)
		}
	}
	return out
}

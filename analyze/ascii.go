package analyze

import "github.com/onestory/onestory/internal/ascii"

// lowerASCII returns s with ASCII letters lower-cased, byte for byte, so that
// offsets in the result are offsets in s. It reuses buf.
func lowerASCII(buf []byte, s string) []byte {
	return ascii.AppendLower(buf[:0], s)
}

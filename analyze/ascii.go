package analyze

import "github.com/onestory/onestory/internal/words"

// lowerASCII returns s with ASCII letters lower-cased, byte for byte, so that
// offsets in the result are offsets in s. It reuses buf.
func lowerASCII(buf []byte, s string) []byte {
	return words.AppendLower(buf[:0], s)
}

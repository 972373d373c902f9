package report

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/onestory/onestory/rules"
)

// Fingerprint identifies a finding across edits that move lines: a hash of
// its rule, source, subject and found text (or message, where nothing was
// found, as for a missing message). It never includes a line number, so a
// finding keeps its fingerprint when text above it is added or removed.
func Fingerprint(f rules.Finding) string {
	found := f.Found
	if found == "" {
		found = f.Message
	}
	h := sha256.New()
	for _, part := range []string{f.Rule, f.Location.Source, f.Subject, normalizeSpace(found)} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

package rules

// scratch is what Document reuses from one document to the next: the
// slices it collects findings and index entries in, which grow to the size
// of the largest document and are copied out at their exact length, and the
// set of statements a document has made. Growing a fresh slice for every
// document, and one index that grows by a quarter at a time, allocated five
// times what the findings and entries of a run finally hold.
type scratch struct {
	findings []Finding
	entries  []Entry
	seen     map[entryKey]bool
}

// scratch takes a scratch from the checker's pool, or makes one.
func (c *Checker) scratch() *scratch {
	if s, ok := c.spare.Get().(*scratch); ok {
		return s
	}
	return &scratch{seen: map[entryKey]bool{}}
}

// reuse clears what s's slices hold, so that they keep no document alive,
// and puts s back in the pool.
func (c *Checker) reuse(s *scratch, findings []Finding, entries []Entry) {
	clear(findings)
	clear(entries)
	clear(s.seen)
	s.findings, s.entries = findings[:0], entries[:0]
	c.spare.Put(s)
}

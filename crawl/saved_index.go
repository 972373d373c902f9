package crawl

import "net/http"

// savedIndex is what a crawl knows of a saved crawl it revalidates: for
// each URL fetched without error, its validators and body.
type savedIndex struct {
	dir     string
	limit   int64 // the crawl's body limit
	entries map[string]cachedPage
}

// cachedPage is the part of a savedEntry that revalidation needs.
type cachedPage struct {
	Status       int
	Body         string
	Header       http.Header
	ETag         string
	LastModified string
}

// loadSavedIndex reads the manifest of the saved crawl in dir; its
// bodies are read with the crawl's body limit.
func loadSavedIndex(dir string, limit int64) (*savedIndex, error) {
	idx := &savedIndex{dir: dir, limit: limit, entries: map[string]cachedPage{}}
	err := readManifest(dir, func(_ int, e savedEntry, err error) error {
		if err != nil || e.Err != "" || e.Body == "" {
			return nil // an unreadable line or a failure is simply fetched again
		}
		h := e.header()
		idx.entries[e.URL] = cachedPage{
			Status: e.Status, Body: e.Body, Header: h,
			ETag: h.Get("ETag"), LastModified: h.Get("Last-Modified"),
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return idx, nil
}

// lookup returns the saved page of URL u; a nil index has none.
func (s *savedIndex) lookup(u string) (cachedPage, bool) {
	if s == nil {
		return cachedPage{}, false
	}
	e, ok := s.entries[u]
	return e, ok && (e.ETag != "" || e.LastModified != "")
}

// body reads the saved body of e.
func (s *savedIndex) body(e cachedPage) ([]byte, error) {
	return readBody(s.dir, e.Body, s.limit)
}

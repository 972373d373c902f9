package crawl

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// RenderMode says which HTML pages a crawl renders in headless Chromium.
type RenderMode string

// The render modes.
const (
	// RenderNever reads every page as the server sent it.
	RenderNever RenderMode = "never"
	// RenderAuto renders the pages whose HTML looks like a shell that
	// scripts fill in (see looksLikeShell); without a browser such pages
	// are read as sent, each with a warning.
	RenderAuto RenderMode = "auto"
	// RenderAlways renders every HTML page; a crawl without a browser fails
	// at its start.
	RenderAlways RenderMode = "always"
)

// ParseRenderMode reads "never", "auto" or "always".
func ParseRenderMode(s string) (RenderMode, error) {
	switch m := RenderMode(strings.ToLower(strings.TrimSpace(s))); m {
	case RenderNever, RenderAuto, RenderAlways:
		return m, nil
	}
	return "", fmt.Errorf("render mode %q: want never, auto or always", s)
}

// ErrNoBrowser is why a crawl that must render pages cannot: no Chromium.
var ErrNoBrowser = errors.New("no Chromium found (install the chromium package, or name one with --browser)")

// Reasons a page was not rendered as a browser shows it, for RenderError.
const (
	// RenderSkipped: the page looks like a script shell and no browser was there.
	RenderSkipped = "not rendered"
	// RenderFailed: rendering failed; the HTML as sent was read instead.
	RenderFailed = "render failed"
	// RenderBlocked: a request the page made while rendering was refused.
	RenderBlocked = "request blocked"
)

// RenderError is a Document warning: a page that was not read as a
// browser shows it.
type RenderError struct {
	URL     string // the page
	Reason  string // one of the Render* reasons
	Request string // the request refused, for RenderBlocked
	Err     error  // the cause
}

// Error says what happened to the page, in a sentence a marketer follows.
func (e *RenderError) Error() string {
	switch e.Reason {
	case RenderSkipped:
		return fmt.Sprintf("%s looks filled in by scripts (little text, a root element, script bundles) and was not rendered: %v; its prices and claims may be missing from the check", e.URL, e.Err)
	case RenderBlocked:
		return fmt.Sprintf("while rendering %s, its request to %s was blocked: %v", e.URL, e.Request, e.Err)
	}
	return fmt.Sprintf("%s could not be rendered (%v); its HTML as sent was read instead", e.URL, e.Err)
}

// Unwrap returns the cause.
func (e *RenderError) Unwrap() error { return e.Err }

// shellText is the most visible text, in characters, a page can have and
// still be taken for a shell that scripts fill in.
const shellText = 200

// rootIDs are the ids of the elements script frameworks mount into.
var rootIDs = map[string]bool{
	"root": true, "app": true, "__next": true, "__nuxt": true, "___gatsby": true,
	"svelte": true, "q-app": true, "main": true, "application": true, "react-root": true,
}

// shellSigns is what the link tokenizer notes about a page to tell a
// shell: the visible text, the scripts, a mount element.
type shellSigns struct {
	text    int  // visible characters, outside head, script, style, noscript and template
	scripts int  // script elements with a src, or with a long body
	root    bool // an element with a framework's mount id, or ng-app / app-root
}

// looksLikeShell reports whether a page's HTML is a shell that scripts
// fill in: it runs scripts and has little visible text, either with a
// mount element or almost none at all.
func (s shellSigns) looksLikeShell() bool {
	if s.scripts == 0 || s.text > shellText {
		return false
	}
	return s.root || s.text < shellText/4
}

// addText counts the visible characters of a text token, each run of
// spaces as one, without allocating.
func (s *shellSigns) addText(b []byte) {
	inWord := false
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if unicode.IsSpace(r) {
			if inWord {
				s.text++
				inWord = false
			}
			continue
		}
		inWord = true
		s.text++
	}
	if inWord {
		s.text++
	}
}

// decided reports whether the signs can no longer make a shell: the page
// has more text than a shell has, whatever follows.
func (s *shellSigns) decided() bool { return s.text > shellText }

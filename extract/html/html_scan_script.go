package html

import (
	"bytes"

	"github.com/onestory/onestory/internal/words"
)

// scriptState is a state of the tokenizer inside a <script>, where
// "<!--" and "<script>" hide a "</script>" that would otherwise end it.
type scriptState int

// The script data states of the HTML tokenizer.
const (
	scriptData scriptState = iota
	scriptLess
	scriptEscapeStart
	scriptEscapeStartDash
	scriptEscaped
	scriptEscapedDash
	scriptEscapedDashDash
	scriptEscapedLess
	scriptDoubleEscaped
	scriptDoubleEscapedDash
	scriptDoubleEscapedDashDash
	scriptDoubleEscapedLess
)

// readScript reads the content of a <script> up to the "</script" that
// ends it.
func (s *htmlScanner) readScript() {
	state := scriptData
	for {
		if state == scriptData { // most of a script: no "<"
			i := bytes.IndexByte(s.src[s.end:], '<')
			if i < 0 {
				s.end, s.eof = len(s.src), true
				return
			}
			s.end += i
		}
		c, ok := s.readByte()
		if !ok {
			return
		}
		var done bool
		if state, done = s.scriptStep(state, c); done {
			return
		}
	}
}

// scriptStep returns the state after byte c in state; done when the
// script ends (or the source does).
func (s *htmlScanner) scriptStep(state scriptState, c byte) (scriptState, bool) {
	switch state {
	case scriptData:
		return scriptLess, false // c is '<'
	case scriptLess:
		switch c {
		case '/':
			return scriptData, s.readRawEndTag() || s.eof
		case '!':
			return scriptEscapeStart, false
		}
	case scriptEscapeStart:
		if c == '-' {
			return scriptEscapeStartDash, false
		}
	case scriptEscapeStartDash:
		if c == '-' {
			return scriptEscapedDashDash, false
		}
	case scriptEscaped, scriptEscapedDash, scriptEscapedDashDash:
		return s.escapedStep(state, c)
	case scriptEscapedLess:
		if c == '/' {
			return scriptEscaped, s.readRawEndTag() || s.eof
		}
		if words.IsLetter(c) {
			s.end--
			return s.doubleEscapeStart()
		}
	case scriptDoubleEscaped, scriptDoubleEscapedDash, scriptDoubleEscapedDashDash:
		return s.doubleEscapedStep(state, c), false
	case scriptDoubleEscapedLess:
		return s.doubleEscapedLess(c)
	}
	s.end-- // reconsume c as script data
	return scriptData, false
}

// doubleEscapedLess is scriptStep after "<" in the double escaped
// states: "</script>" there ends the double escape, not the script.
func (s *htmlScanner) doubleEscapedLess(c byte) (scriptState, bool) {
	if c != '/' {
		s.end--
		return scriptDoubleEscaped, false
	}
	if s.readRawEndTag() {
		s.end += len("</script>")
		return scriptEscaped, false
	}
	return scriptDoubleEscaped, s.eof
}

// escapedStep is scriptStep in the escaped states, after "<!--".
func (s *htmlScanner) escapedStep(state scriptState, c byte) (scriptState, bool) {
	switch {
	case c == '-':
		return min(state+1, scriptEscapedDashDash), false
	case c == '<':
		return scriptEscapedLess, false
	case c == '>' && state == scriptEscapedDashDash:
		return scriptData, false
	}
	return scriptEscaped, false
}

// doubleEscapedStep is scriptStep in the double escaped states, after
// "<!--<script".
func (s *htmlScanner) doubleEscapedStep(state scriptState, c byte) scriptState {
	switch {
	case c == '-':
		return min(state+1, scriptDoubleEscapedDashDash)
	case c == '<':
		return scriptDoubleEscapedLess
	case c == '>' && state == scriptDoubleEscapedDashDash:
		return scriptData
	}
	return scriptDoubleEscaped
}

// doubleEscapeStart reads, after "<!--" and "<", "script" and a byte that
// ends it, which hides the next "</script>"; or backs up to the byte that
// differs.
func (s *htmlScanner) doubleEscapeStart() (scriptState, bool) {
	const word = "script"
	for i := 0; i < len(word); i++ {
		c, ok := s.readByte()
		if !ok {
			return scriptEscaped, true
		}
		if c != word[i] && c != word[i]-('a'-'A') {
			s.end--
			return scriptEscaped, false
		}
	}
	c, ok := s.readByte()
	if !ok {
		return scriptEscaped, true
	}
	if isHTMLSpace(c) || c == '/' || c == '>' {
		return scriptDoubleEscaped, false
	}
	s.end--
	return scriptEscaped, false
}

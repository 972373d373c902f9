package rulestest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Want is one finding a fixture expects.
type Want struct {
	Source            string
	Line, Slide, Page int            // where the finding must be; one is set
	Rule              string         // the finding's rule id
	Message           *regexp.Regexp // matches the finding's message; nil matches any
	At                string         // where the want is written: "page.html:12", "deck.pptx.want:3"
}

// String describes the want as failures name it: `price-mismatch "\$21"`.
func (w Want) String() string {
	if w.Message == nil {
		return w.Rule
	}
	return w.Rule + ` "` + w.Message.String() + `"`
}

var (
	htmlWant = regexp.MustCompile(`<!--\s*want\s+(.*?)\s*-->`)
	yamlWant = regexp.MustCompile(`#\s*want\s+(.*)$`)
)

// ParseComments reads the want comments of a text fixture, each standing on
// the line of the finding it expects: <!-- want RULE "regexp" --> in HTML,
// Markdown and text, # want RULE "regexp" in YAML. One comment may list
// several RULE "regexp" pairs. Binary data (with NUL bytes, or not UTF-8)
// has no comments.
func ParseComments(source string, data []byte) ([]Want, error) {
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return nil, nil
	}
	pattern := htmlWant
	if strings.HasSuffix(source, ".yaml") || strings.HasSuffix(source, ".yml") {
		pattern = yamlWant
	}
	var wants []Want
	for i, line := range strings.Split(string(data), "\n") {
		for _, m := range pattern.FindAllStringSubmatch(line, -1) {
			at := fmt.Sprintf("%s:%d", source, i+1)
			ws, err := parseArgs(m[1], Want{Source: source, Line: i + 1, At: at})
			if err != nil {
				return nil, fmt.Errorf("%s: %w", at, err)
			}
			wants = append(wants, ws...)
		}
	}
	return wants, nil
}

// ParseSidecar reads the wants of a binary fixture from its sidecar file
// (name is the sidecar's, for errors): one want per line, "slide 3
// price-mismatch "regexp"", "page 2 …", "line 7 …" or "file …" (a finding
// about the whole file); blank lines and lines starting with # are skipped.
func ParseSidecar(source, name string, data []byte) ([]Want, error) {
	var wants []Want
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		at := fmt.Sprintf("%s:%d", name, n)
		w, rest, err := sidecarPosition(line, Want{Source: source, At: at})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", at, err)
		}
		ws, err := parseArgs(rest, w)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", at, err)
		}
		wants = append(wants, ws...)
	}
	return wants, sc.Err()
}

// sidecarPosition reads the position a sidecar line starts with — "slide
// N", "page N", "line N" or "file" — into w, and returns the rest.
func sidecarPosition(line string, w Want) (Want, string, error) {
	where, rest, _ := strings.Cut(line, " ")
	if where == "file" { // a finding about the whole file: no line, slide or page
		return w, rest, nil
	}
	num, rest, _ := strings.Cut(strings.TrimSpace(rest), " ")
	k, err := strconv.Atoi(num)
	if err != nil || k < 1 {
		return w, "", fmt.Errorf("want \"slide N\", \"page N\", \"line N\" or \"file\" before the rule, got %q", line)
	}
	switch where {
	case "slide":
		w.Slide = k
	case "page":
		w.Page = k
	case "line":
		w.Line = k
	default:
		return w, "", fmt.Errorf("unknown position %q (want slide, page, line or file)", where)
	}
	return w, rest, nil
}

// parseArgs reads `RULE "regexp" RULE "regexp"…` (each regexp optional)
// into wants placed like base.
func parseArgs(s string, base Want) ([]Want, error) {
	var wants []Want
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		w := base
		end := strings.IndexAny(s, " \t")
		if end < 0 {
			end = len(s)
		}
		w.Rule, s = s[:end], strings.TrimSpace(s[end:])
		if strings.ContainsAny(w.Rule[:1], "\"`") {
			return nil, fmt.Errorf("want a rule id before %q", w.Rule)
		}
		if s != "" && (s[0] == '"' || s[0] == '`') {
			str, n, err := quoted(s)
			if err != nil {
				return nil, fmt.Errorf("rule %s: %w", w.Rule, err)
			}
			re, err := regexp.Compile(str)
			if err != nil {
				return nil, fmt.Errorf("rule %s: %w", w.Rule, err)
			}
			w.Message, s = re, s[n:]
		}
		wants = append(wants, w)
	}
	if len(wants) == 0 {
		return nil, errors.New("want names no rule")
	}
	return wants, nil
}

// quoted reads the regexp that s starts with, between double quotes or
// back quotes, and returns it and the bytes it took. The text between the
// quotes is the regexp as written ("\$12" is the regexp \$12); inside
// double quotes, \" stands for a double quote.
func quoted(s string) (string, int, error) {
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		switch {
		case s[i] == q:
			return b.String(), i + 1, nil
		case q == '"' && s[i] == '\\' && i+1 < len(s) && s[i+1] == '"':
			b.WriteByte('"')
			i++
		default:
			b.WriteByte(s[i])
		}
	}
	return "", 0, fmt.Errorf("the regexp in %q has no closing %c", s, q)
}

package story

import (
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// builtinRules are the ids of the built-in rules, sorted, as DESIGN.md
// lists them. It is read-only; BuiltinRules hands out copies.
var builtinRules = []string{
	"availability-mismatch", "claim-mismatch", "crawl-limit", "entitlement-conflict",
	"entitlement-mismatch", "fact-conflict", "fact-mismatch", "forbidden-claim",
	"missing-message", "plan-name", "policy-conflict", "policy-mismatch",
	"price-conflict", "price-mismatch", "product-name", "render-incomplete",
	"sale-price-outside-dates", "stale-offer", "stale-value", "term", "unapproved-claim",
	"unreadable-source",
}

// CustomPrefix starts the id of every custom rule: "custom/no-cheap".
const CustomPrefix = "custom/"

// The choices of the rules section.
var (
	severities  = []string{"error", "warning", "info", "off"}
	customKinds = []string{"existence", "substitution", "required"}
	customKeys  = []string{"extends", "message", "severity", "tokens", "patterns", "swap", "sources"}
)

// BuiltinRules returns the ids of the built-in rules that the story's rules
// section may configure, sorted. Any other id, except custom/NAME, is an
// error in the story file.
func BuiltinRules() []string { return slices.Clone(builtinRules) }

// rules decodes the rules section: severity overrides of built-in rules,
// and custom rules (keys "custom/NAME"), whose severities are also put in
// the settings map under their ids.
func (d *decoder) rules(n *yaml.Node) (map[string]RuleSetting, []CustomRule) {
	if isNull(n) {
		return nil, nil
	}
	fs, _ := d.pairs(n, "rules")
	settings := map[string]RuleSetting{}
	var custom []CustomRule
	for _, f := range fs {
		p := join("rules", f.name)
		switch {
		case strings.HasPrefix(f.name, CustomPrefix):
			c, ok := d.custom(f, p)
			if !ok {
				continue
			}
			custom = append(custom, c)
			if c.Severity != "" || c.Off {
				settings[f.name] = RuleSetting{Severity: c.Severity, Off: c.Off}
			}
		case slices.Contains(builtinRules, f.name):
			if m, ok := d.fields(f.val, p, []string{"severity"}); ok {
				sev, off := d.severity(m["severity"], join(p, "severity"))
				settings[f.name] = RuleSetting{Severity: sev, Off: off}
			}
		default:
			d.failf(f.key, p, "unknown rule %q%s; built-in rules: %s; custom rules are named \"custom/NAME\"",
				f.name, didYouMean(f.name, builtinRules), strings.Join(builtinRules, ", "))
		}
	}
	if len(settings) == 0 {
		settings = nil
	}
	return settings, custom
}

// severity reads an optional severity: error, warning, info, or off.
func (d *decoder) severity(n *yaml.Node, path string) (sev string, off bool) {
	s := d.str(n, path)
	switch s {
	case "":
		return "", false
	case "off":
		return "", true
	case "error", "warning", "info":
		return s, false
	}
	d.failf(n, path, "unknown severity %q%s; choose %s", s, didYouMean(s, severities), choices(severities))
	return "", false
}

// custom decodes one custom rule, f being its "custom/NAME" key and body.
func (d *decoder) custom(f field, p string) (CustomRule, bool) {
	name := strings.TrimPrefix(f.name, CustomPrefix)
	if !kebab.MatchString(name) {
		d.failf(f.key, p, "custom rule name %q is not kebab-case (lower-case letters, digits and \"-\", like %q)", name, "custom/no-cheap")
	}
	m, ok := d.fields(f.val, p, customKeys)
	if !ok {
		return CustomRule{}, false
	}
	c := CustomRule{Name: name, Kind: d.required(m, f.val, p, "extends"), Pos: pos(f.key)}
	if c.Kind != "" && !slices.Contains(customKinds, c.Kind) {
		d.failf(m["extends"], join(p, "extends"), "unknown kind %q%s; choose %s", c.Kind, didYouMean(c.Kind, customKinds), choices(customKinds))
	}
	c.Message = d.str(m["message"], join(p, "message"))
	c.Severity, c.Off = d.severity(m["severity"], join(p, "severity"))
	c.Tokens = d.strings(m["tokens"], join(p, "tokens"))
	c.Patterns, c.Regexps = d.patterns(m["patterns"], join(p, "patterns"))
	c.Swap = d.swaps(m["swap"], join(p, "swap"))
	c.Sources = d.globs(m["sources"], join(p, "sources"))
	d.checkKind(c, m, f.val, p)
	return c, true
}

// checkKind reports keys a custom rule's kind does not use, and the ones
// it needs but lacks.
func (d *decoder) checkKind(c CustomRule, m map[string]*yaml.Node, body *yaml.Node, p string) {
	uses := map[string][]string{
		"existence":    {"tokens", "patterns"},
		"substitution": {"swap"},
		"required":     {"tokens", "patterns", "sources"},
	}[c.Kind]
	if uses == nil {
		return
	}
	for _, k := range []string{"tokens", "patterns", "swap", "sources"} {
		if n, ok := m[k]; ok && !slices.Contains(uses, k) {
			d.failf(n, join(p, k), "extends: %s does not use %q; it uses %s", c.Kind, k, choices(uses))
		}
	}
	switch {
	case c.Kind == "substitution" && empty(m["swap"]):
		d.failf(body, p, "extends: substitution needs \"swap\" (a mapping of avoid: use)")
	case c.Kind != "substitution" && empty(m["tokens"]) && empty(m["patterns"]):
		d.failf(body, p, "extends: %s needs \"tokens\" or \"patterns\"", c.Kind)
	}
}

// patterns reads a list of regular expressions and compiles each.
func (d *decoder) patterns(n *yaml.Node, path string) ([]string, []*regexp.Regexp) {
	var src []string
	var res []*regexp.Regexp
	for _, it := range d.items(n, path) {
		re, err := regexp.Compile(it.s)
		if err != nil {
			d.failf(it.n, it.path, "bad regular expression %q: %v", it.s, err)
			continue
		}
		src, res = append(src, it.s), append(res, re)
	}
	return src, res
}

// swaps reads a substitution's mapping of avoid → use, in file order.
func (d *decoder) swaps(n *yaml.Node, path string) []Swap {
	if isNull(n) {
		return nil
	}
	fs, _ := d.pairs(n, path)
	out := make([]Swap, 0, len(fs))
	for _, f := range fs {
		p := join(path, f.name)
		use := d.str(f.val, p)
		if use == "" {
			if deref(f.val).Kind == yaml.ScalarNode {
				d.failf(f.key, p, "say what to write instead of %q", f.name)
			}
			continue
		}
		if strings.TrimSpace(f.name) == "" {
			d.failf(f.key, p, "an empty phrase cannot be swapped")
			continue
		}
		out = append(out, Swap{Avoid: f.name, Use: use})
	}
	return out
}

// ID returns the custom rule's id, "custom/NAME".
func (c CustomRule) ID() string { return CustomPrefix + c.Name }

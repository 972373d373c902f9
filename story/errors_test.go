package story

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// problems returns the messages of every *Error joined in err.
func problems(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("error %v does not unwrap to a list", err)
	}
	var out []string
	for _, e := range joined.Unwrap() {
		var se *Error
		if !errors.As(e, &se) {
			t.Fatalf("%v is a %T, not a *story.Error", e, e)
		}
		out = append(out, se.Error())
	}
	return out
}

// TestParseErrors checks that every problem of a file is reported at once,
// each at its line and column with its key path.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"entries.yaml", []string{
			"entries.yaml:2:10: version: unsupported version \"2\"; this onestory reads version 1",
			"entries.yaml:5:11: channels.sales[0]: bad glob \"collateral/[a\": check its brackets and braces",
			"entries.yaml:6:3: channels.partners: a channel needs at least one glob, like [\"site/**\"]",
			"entries.yaml:8:5: facts[0]: missing required key \"about\" (the phrases that name the fact, like [\"free trial\"])",
			"entries.yaml:9:12: facts[0].value: cannot read \"a couple of weeks\" as a quantity: no number; write it like \"14 days\", \"99.95%\" or \"120+ integrations\"",
			"entries.yaml:10:9: facts[1].id: duplicate id \"trial\" (first at line 8)",
			"entries.yaml:11:12: facts[1].about: must list at least one entry (the phrases that name the fact, like [\"free trial\"])",
			"entries.yaml:12:11: facts[1].value: must not be empty",
			"entries.yaml:15:7: claims.approved[0]: missing required key \"text\"",
			"entries.yaml:16:17: claims.approved[0].evidence: want a string, got a list",
			"entries.yaml:17:32: claims.forbidden[1]: must not be empty",
			"entries.yaml:21:30: messages[0].required_in[1]: no channel \"sale\" (did you mean \"sales\"?); channels: \"marketing\", \"sales\", \"partners\" or \"other\"",
			"entries.yaml:23:5: terminology[0]: missing required key \"avoid\" (the forms to write differently, like [\"signup\"])",
			"entries.yaml:24:5: terminology[1]: missing required key \"use\"",
			"entries.yaml:28:17: offers[0].valid_from: valid_from 2026-12-31 is after valid_until 2026-01-31",
			"entries.yaml:32:18: offers[1].valid_until: cannot read \"31/08/2026\" as a date (want YYYY-MM-DD, like 2026-12-31)",
			"entries.yaml:35:17: offers[2].valid_from: cannot read \"2026-03-01T10:00:00Z\" as a date (want YYYY-MM-DD, like 2026-12-31)",
			"entries.yaml:36:9: ignore: want a list of globs, like [\"site/**\"], got the string \"site/legal/**\"",
		}},
		{"products.yaml", []string{
			"products.yaml:4:1: prodcuts: unknown key (did you mean \"products\"?); allowed keys: \"version\", \"company\", \"channels\", \"sources\", \"products\", \"facts\", \"claims\", \"messages\", \"terminology\", \"offers\", \"changes\", \"policies\", \"features\", \"rules\", \"ignore\", \"competitors\", \"reference\" or \"catalog\"",
			"products.yaml:6:9: products[0].id: id \"RoutePlanner\" is not kebab-case (lower-case letters, digits and \"-\", like \"fleet-plan\")",
			"products.yaml:8:14: products[0].aliases: want a list of strings, like [\"a\", \"b\"], got the string \"Kestrel RoutePlanner\"",
			"products.yaml:12:9: products[0].plans[0].prise: unknown key (did you mean \"price\"?); allowed keys: \"id\", \"name\", \"aliases\", \"retired_names\", \"price\", \"annual_price\", \"allowance\", \"minimum\", \"tiers\" or \"prices\"",
			"products.yaml:13:13: products[0].plans[1].id: duplicate id \"fleet\" (first at line 10)",
			"products.yaml:15:16: products[0].plans[1].price: cannot read \"eighteen-ish\" as a price: no amount; write it like \"$18 per vehicle per month\", \"free\" or \"custom\"",
			"products.yaml:16:23: products[0].plans[1].annual_price: must not be empty; leave the key out when there is no price",
			"products.yaml:17:5: products[1]: missing required key \"name\"",
			"products.yaml:18:9: products[2].id: duplicate id \"routeplanner\" (first at line 17)",
			"products.yaml:20:12: products[2].plans: want a list of plans (id, name, price), got a mapping",
		}},
		{"rules.yaml", []string{
			"rules.yaml:7:20: rules.term.severity: unknown severity \"warn\" (did you mean \"warning\"?); choose \"error\", \"warning\", \"info\" or \"off\"",
			"rules.yaml:8:20: rules.price-mismatch.level: unknown key; allowed keys: \"severity\"",
			"rules.yaml:9:18: rules.fact-mismatch: want a mapping of keys to values, got the string \"warning\"",
			"rules.yaml:11:14: rules.custom/no-cheap.extends: unknown kind \"existance\" (did you mean \"existence\"?); choose \"existence\", \"substitution\" or \"required\"",
			"rules.yaml:15:16: rules.custom/bad-re.patterns[0]: bad regular expression \"(cheap\": error parsing regexp: missing closing ): `(cheap`",
			"rules.yaml:16:11: rules.custom/bad-re.swap: extends: existence does not use \"swap\"; it uses \"tokens\" or \"patterns\"",
			"rules.yaml:17:3: rules.custom/Brand: custom rule name \"Brand\" is not kebab-case (lower-case letters, digits and \"-\", like \"custom/no-cheap\")",
			"rules.yaml:18:5: rules.custom/Brand: extends: substitution needs \"swap\" (a mapping of avoid: use)",
			"rules.yaml:20:5: rules.custom/need: missing required key \"extends\"",
			"rules.yaml:21:15: rules.custom/need.sources[0]: bad glob \"site/[x\": check its brackets and braces",
			"rules.yaml:26:7: rules.custom/swap.swap.Driverlog: say what to write instead of \"Driverlog\"",
			"rules.yaml:27:7: rules.custom/swap.swap.Driverlog: duplicate key (first at line 26)",
		}},
		{"policies.yaml", []string{
			"policies.yaml:15:12: policies[0].about: must list at least one entry (the phrases that name what it is about, like [\"setup fee\"])",
			"policies.yaml:19:13: policies[1].stance: must not be empty; write \"offered\", \"not offered\" or a short status like \"in progress\", or leave the key out",
			"policies.yaml:20:9: policies[2].id: duplicate id \"setup-fee\" (first at line 14)",
			"policies.yaml:22:13: policies[2].stance: a stance is \"offered\", \"not offered\" or a short status (at most 40 characters), got 66 characters",
			"policies.yaml:23:5: policies[2].owner: unknown key; allowed keys: \"id\", \"about\" or \"stance\"",
			"policies.yaml:28:24: features[0].included_in[1]: no plan \"enterprize\" in product \"pulse\"; plans: \"free\" or \"pro\"",
			"policies.yaml:29:5: features[1]: missing required key \"product\": the story has 2 products with plans; name the one whose plans hold the feature",
			"policies.yaml:33:14: features[2].product: no product \"lense\" (did you mean \"lens\"?); products: \"pulse\" or \"lens\"",
		}},
		{"yaml-features.yaml", []string{
			"yaml-features.yaml:9:5: products[1]: merge keys (<<) are not supported; write the keys out",
			"yaml-features.yaml:9:5: products[1]: missing required key \"name\"",
			"yaml-features.yaml:12:5: channels: want a plain key, got a list",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "invalid", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			s, err := Parse(tt.file, data)
			if s != nil {
				t.Errorf("Parse returned a story along with errors")
			}
			if got := problems(t, err); !slices.Equal(got, tt.want) {
				t.Errorf("Parse(%s) errors:\n%s\nwant:\n%s", tt.file, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestParseDocumentErrors checks the errors that keep a file from being
// read at all, and those of the version key.
func TestParseDocumentErrors(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string
	}{
		{"empty", "", []string{`s.yaml: the story file is empty; it must hold at least "version: 1"`}},
		{"comments only", "# Kestrel\n\n", []string{`s.yaml: the story file is empty; it must hold at least "version: 1"`}},
		{"document marker only", "---\n", []string{`s.yaml: the story file is empty; it must hold at least "version: 1"`}},
		{"syntax", "version: 1\ncompany: Kestrel\nchannels: x: y\n",
			[]string{"s.yaml:3: invalid YAML: mapping values are not allowed in this context"}},
		{"tab", "version: 1\n\tcompany: x\n",
			[]string{"s.yaml:2: invalid YAML: found a tab character that violates indentation"}},
		{"unknown anchor", "version: 1\ncompany: *name\n",
			[]string{"s.yaml: invalid YAML: unknown anchor 'name' referenced"}},
		{"list", "- version: 1\n", []string{"s.yaml:1:1: a story file is a mapping of keys (version, company, channels, " +
			"sources, products, facts, claims, messages, terminology, offers, changes, policies, features, rules, ignore, competitors, reference, catalog), got a list"}},
		{"scalar", "Kestrel Fleetworks\n", []string{"s.yaml:1:1: a story file is a mapping of keys (version, company, channels, " +
			"sources, products, facts, claims, messages, terminology, offers, changes, policies, features, rules, ignore, competitors, reference, catalog), got the string \"Kestrel Fleetworks\""}},
		{"two documents", "version: 1\n---\nversion: 1\n",
			[]string{`s.yaml:2:1: a second YAML document; a story file holds one (remove the "---")`}},
		{"no version", "company: Kestrel\n", []string{`s.yaml:1:1: missing required key "version" (add "version: 1")`}},
		{"version 2", "version: 2\n", []string{`s.yaml:1:10: version: unsupported version "2"; this onestory reads version 1`}},
		{"version list", "version: [1]\n", []string{`s.yaml:1:10: version: want 1, got a list`}},
		{"version null", "version:\n", []string{`s.yaml:1:9: version: want 1, got nothing (null)`}},
		{"duplicate key", "version: 1\ncompany: A\ncompany: B\n", []string{`s.yaml:3:1: company: duplicate key (first at line 2)`}},
		{"company list", "version: 1\ncompany: [A]\n", []string{`s.yaml:2:10: company: want a string, got a list`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("s.yaml", []byte(tt.yaml))
			if got := problems(t, err); !slices.Equal(got, tt.want) {
				t.Errorf("Parse(%q) errors:\n%s\nwant:\n%s", tt.yaml, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestErrorFields(t *testing.T) {
	_, err := Parse("messaging.yaml", []byte("version: 1\nproducts:\n  - id: fleet\n    name: Fleet\n    plans:\n      - {id: a, name: A, price: lots}\n"))
	var se *Error
	if !errors.As(err, &se) {
		t.Fatalf("Parse error %v is not a *story.Error", err)
	}
	want := Error{File: "messaging.yaml", Line: 6, Column: 33, Path: "products[0].plans[0].price"}
	if se.File != want.File || se.Line != want.Line || se.Column != want.Column || se.Path != want.Path {
		t.Errorf("Error = %+v, want position %+v", *se, want)
	}
	if se.Unwrap() == nil {
		t.Error("a price error does not unwrap to the price parser's error")
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		e    Error
		want string
	}{
		{Error{File: "m.yaml", Line: 3, Column: 5, Path: "facts[0].value", Msg: "bad"}, "m.yaml:3:5: facts[0].value: bad"},
		{Error{File: "m.yaml", Line: 3, Msg: "invalid YAML: x"}, "m.yaml:3: invalid YAML: x"},
		{Error{File: "m.yaml", Msg: "empty"}, "m.yaml: empty"},
	}
	for _, tt := range tests {
		if got := tt.e.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestNearest(t *testing.T) {
	tests := []struct {
		s    string
		want string
	}{
		{"prodcuts", "products"},
		{"Products", "products"},
		{"anual_price", "annual_price"},
		{"colour", ""},
		{"x", ""},
	}
	keys := append(slices.Clone(topKeys), planKeys...)
	for _, tt := range tests {
		if got := nearest(tt.s, keys); got != tt.want {
			t.Errorf("nearest(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestParseEmptyCustomRules checks that a custom rule with nothing to look
// for is a story error at its place in the file: it used to pass Parse and
// stop the run later, when the rules were compiled.
func TestParseEmptyCustomRules(t *testing.T) {
	tests := []struct {
		name, rule string
		want       []string
	}{
		{"no tokens", "extends: existence\n    tokens: []",
			[]string{`s.yaml:4:5: rules.custom/x: extends: existence needs "tokens" or "patterns"`}},
		{"no patterns", "extends: required\n    patterns: []",
			[]string{`s.yaml:4:5: rules.custom/x: extends: required needs "tokens" or "patterns"`}},
		{"no swaps", "extends: substitution\n    swap: {}",
			[]string{`s.yaml:4:5: rules.custom/x: extends: substitution needs "swap" (a mapping of avoid: use)`}},
		{"blank token", "extends: existence\n    tokens: [\"  \"]",
			[]string{`s.yaml:5:14: rules.custom/x.tokens[0]: must not be empty`}},
		{"blank swap", "extends: substitution\n    swap: {\" \": sign up}",
			[]string{`s.yaml:5:12: rules.custom/x.swap. : an empty phrase cannot be swapped`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			yaml := "version: 1\nrules:\n  custom/x:\n    " + tt.rule + "\n"
			_, err := Parse("s.yaml", []byte(yaml))
			if got := problems(t, err); !slices.Equal(got, tt.want) {
				t.Errorf("Parse(%q) errors:\n%s\nwant:\n%s", yaml, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestFactValueErrorOnce checks that a fact's value of the wrong type is
// one problem, though the value is read both as a quantity and as money.
func TestFactValueErrorOnce(t *testing.T) {
	_, err := Parse("s.yaml", []byte("version: 1\nfacts:\n  - id: trial\n    about: [trial]\n    value: {days: 14}\n"))
	want := []string{"s.yaml:5:12: facts[0].value: want a string, got a mapping"}
	if got := problems(t, err); !slices.Equal(got, want) {
		t.Errorf("errors:\n%q\nwant\n%q", got, want)
	}
}

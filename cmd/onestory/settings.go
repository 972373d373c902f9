package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"gopkg.in/yaml.v3"

	"github.com/onestory/onestory/internal/suggest"
)

// settingsFile is what the settings file says, read with yaml.v3 for its
// line numbers: each key's value node.
type settingsFile struct {
	path   string
	values map[string]*yaml.Node // value nodes by key
	keys   map[string]*yaml.Node // key nodes, for the key's place
	found  bool                  // the file exists
}

// readSettingsFile reads the settings file at path; a missing file that was
// not asked for by name is empty.
func readSettingsFile(path string, explicit bool) (settingsFile, error) {
	sf := settingsFile{path: path, values: map[string]*yaml.Node{}, keys: map[string]*yaml.Node{}}
	b, err := os.ReadFile(path)
	if !explicit && errors.Is(err, fs.ErrNotExist) {
		return sf, nil
	}
	if err != nil {
		return sf, fmt.Errorf("settings file %s: %w", path, err)
	}
	sf.found = true
	switch strings.ToLower(filepath.Ext(path)) {
	case ".toml", ".hcl", ".ini", ".env", ".properties", ".props", ".prop", ".dotenv":
		return sf, nil // viper reads these; only YAML and JSON are checked key by key
	}
	return parseSettings(sf, b)
}

// parseSettings reads the YAML (or JSON) settings b into sf.
func parseSettings(sf settingsFile, b []byte) (settingsFile, error) {
	path := sf.path
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return sf, fmt.Errorf("settings file %s: %w", path, err)
	}
	if len(doc.Content) == 0 {
		return sf, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return sf, fmt.Errorf("%s:%d:%d: a settings file is a mapping of settings to values, like \"fail-on: warning\"",
			path, root.Line, root.Column)
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		sf.keys[root.Content[i].Value] = root.Content[i]
		sf.values[root.Content[i].Value] = root.Content[i+1]
	}
	return sf, nil
}

// validateSettings checks every setting's sources as the command line's
// are checked: each key of the settings file names a flag of some command,
// and each value that this command will use — from ONESTORY_* in the
// environment, else from the file — reads as its flag's type. It returns
// every problem at once, each naming the file and line or the variable.
func validateSettings(cmd *cobra.Command, sf settingsFile) error {
	known := allFlags(cmd.Root())
	var errs []error
	keys := make([]string, 0, len(sf.values))
	for k := range sf.values {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return sf.keys[a].Line - sf.keys[b].Line })
	for _, k := range keys {
		if !slices.Contains(known, k) {
			n := sf.keys[k]
			hint := ""
			if near := suggest.Nearest(k, known); near != "" {
				hint = fmt.Sprintf("; did you mean %q?", near)
			}
			errs = append(errs, fmt.Errorf("%s:%d:%d: unknown setting %q%s (settings are the flags of onestory's commands, without --)",
				sf.path, n.Line, n.Column, k, hint))
		}
	}
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Changed {
			return
		}
		if env := envName(f.Name); os.Getenv(env) != "" {
			if err := checkValue(f.Value.Type(), os.Getenv(env)); err != nil {
				errs = append(errs, fmt.Errorf("%s=%s: %s: %w", env, os.Getenv(env), f.Name, err))
			}
			return
		}
		if n, ok := sf.values[f.Name]; ok {
			if err := checkNode(f.Value.Type(), n); err != nil {
				errs = append(errs, fmt.Errorf("%s:%d:%d: %s: %w", sf.path, n.Line, n.Column, f.Name, err))
			}
		}
	})
	return errors.Join(errs...)
}

// origin names where the setting name of cmd came from, for a message
// about its value: "--fail-on", "ONESTORY_FAIL_ON=warn" or
// "onestory.yaml:3:10: fail-on".
func (a *app) origin(cmd *cobra.Command, name string) string {
	if f := cmd.Flags().Lookup(name); f != nil && f.Changed {
		return "--" + name
	}
	if v := os.Getenv(envName(name)); v != "" {
		return envName(name) + "=" + v
	}
	if n, ok := a.settings.values[name]; ok {
		return fmt.Sprintf("%s:%d:%d: %s", a.settings.path, n.Line, n.Column, name)
	}
	return "--" + name
}

// envName is the environment variable of the flag name: ONESTORY_FAIL_ON.
func envName(flag string) string {
	return "ONESTORY_" + strings.ToUpper(strings.ReplaceAll(flag, "-", "_"))
}

// allFlags lists the flags of root and of every command under it.
func allFlags(root *cobra.Command) []string {
	var names []string
	add := func(f *pflag.Flag) {
		if !slices.Contains(names, f.Name) {
			names = append(names, f.Name)
		}
	}
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		c.Flags().VisitAll(add)
		c.PersistentFlags().VisitAll(add)
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	slices.Sort(names)
	return names
}

// checkNode checks a settings-file value against a flag type: a list only
// where the flag repeats.
func checkNode(typ string, n *yaml.Node) error {
	switch {
	case n.Kind == yaml.SequenceNode && (strings.HasSuffix(typ, "Slice") || strings.HasSuffix(typ, "Array")):
		return nil
	case n.Kind != yaml.ScalarNode:
		return fmt.Errorf("want a single value, not a list or mapping")
	}
	return checkValue(typ, n.Value)
}

// checkValue checks that s reads as a value of the flag type typ, and says
// what a value looks like when it does not.
func checkValue(typ, s string) error {
	var err error
	var want string
	switch typ {
	case "int", "int64":
		_, err = strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		want = "a whole number, like 500"
	case "float64":
		_, err = strconv.ParseFloat(strings.TrimSpace(s), 64)
		want = "a number, like 2 or 0.5"
	case "bool":
		_, err = strconv.ParseBool(strings.TrimSpace(s))
		want = "true or false"
	case "duration":
		_, err = time.ParseDuration(strings.TrimSpace(s))
		want = "a duration, like 30s, 2m or 1h30m"
	}
	if err != nil {
		return fmt.Errorf("cannot read %q as %s", s, want)
	}
	return nil
}

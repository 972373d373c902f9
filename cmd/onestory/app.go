package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/onestory/onestory/internal/printable"
	"github.com/onestory/onestory/internal/suggest"
	"github.com/onestory/onestory/rules"
	"github.com/onestory/onestory/story"
)

// app holds one invocation's settings and streams. Nothing is global.
type app struct {
	v      *viper.Viper
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	code   int // exit code of a command that succeeded in running
	// settings is what the settings file says, for messages that name
	// where a setting came from.
	settings settingsFile
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *app {
	v := viper.New()
	v.SetEnvPrefix("ONESTORY")
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()
	return &app{v: v, stdin: stdin, stdout: stdout, stderr: stderr}
}

func (a *app) root() *cobra.Command {
	root := &cobra.Command{
		Use:   "onestory",
		Short: "Check that every page, document and deck tells the story of messaging.yaml",
		Long: `onestory reads campaign pages, product listings, Markdown content and sales
collateral, and checks every price, number, claim, product name, term and key
message against the canonical story file, messaging.yaml.`,
		Example: `  onestory init                    # a starter messaging.yaml
  onestory check                   # check its sources
  onestory check --output report.html`,
		SilenceUsage:      true,
		SilenceErrors:     true,
		Version:           version(),
		PersistentPreRunE: a.configure,
	}
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(flagError)
	pf := root.PersistentFlags()
	pf.String("story", "messaging.yaml", "the story `FILE`")
	pf.String("config", "", "settings `FILE` (default: onestory.yaml in the working directory, if present)")
	root.AddCommand(a.checkCmd(), a.inspectCmd(), a.rulesCmd(), a.initCmd(), a.crawlCmd(), a.versionCmd(), a.mergeCmd())
	return root
}

// configure binds the command's flags to viper, so that each setting comes
// from the flag, else ONESTORY_* in the environment, else the settings file.
func (a *app) configure(cmd *cobra.Command, _ []string) error {
	if err := a.v.BindPFlags(cmd.Flags()); err != nil {
		return usageErr(err)
	}
	path, explicit := a.v.GetString("config"), true
	if path == "" {
		path, explicit = "onestory.yaml", false
	}
	sf, err := readSettingsFile(path, explicit)
	if err != nil {
		return usageErr(err)
	}
	a.settings = sf
	if err := validateSettings(cmd, sf); err != nil {
		return usageErr(fmt.Errorf("invalid settings; nothing was done:\n%w", err))
	}
	if !sf.found {
		return nil
	}
	a.v.SetConfigFile(path)
	if err := a.v.ReadInConfig(); err != nil {
		return usageErr(fmt.Errorf("settings file %s: %w", path, err))
	}
	return nil
}

// flagError says what is wrong with a flag in the user's terms: the near
// miss of an unknown flag, what a value of the flag looks like.
func flagError(cmd *cobra.Command, err error) error {
	var ne *pflag.NotExistError
	var ve *pflag.InvalidValueError
	switch {
	case errors.As(err, &ne) && ne.GetSpecifiedShortnames() == "":
		var names []string
		cmd.Flags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
		if near := suggest.Nearest(ne.GetSpecifiedName(), names); near != "" {
			err = fmt.Errorf("%w; did you mean --%s?", err, near)
		}
		err = fmt.Errorf("%w (see onestory %s --help)", err, cmd.Name())
	case errors.As(err, &ve):
		if cause := checkValue(ve.GetFlag().Value.Type(), ve.GetValue()); cause != nil {
			err = fmt.Errorf("--%s: %w", ve.GetFlag().Name, cause)
		}
	}
	return usageErr(err)
}

// loadStory loads the story file named by --story, with a hint when it is
// missing.
func (a *app) loadStory() (*story.Story, error) {
	path := a.v.GetString("story")
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, usageErr(fmt.Errorf("no story file at %s: create one with `onestory init`, or name one with --story", path))
	}
	s, err := story.Load(path)
	if err == nil {
		err = rules.Validate(s) // the rule ids of its rules section
	}
	if err != nil {
		return nil, usageErr(fmt.Errorf("invalid story file; nothing was checked:\n%w", err))
	}
	for _, w := range s.Warnings {
		fmt.Fprintf(a.stderr, "onestory: warning: %s\n", printable.String(w.Error()))
	}
	return s, nil
}

// loadStoryIfPresent loads the story file when it exists: commands that
// can work without one (crawl) still use its channels and ignore globs.
func (a *app) loadStoryIfPresent() (*story.Story, error) {
	if _, err := os.Stat(a.v.GetString("story")); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return a.loadStory()
}

// version is onestory's module version, as reports record it: the tag or
// pseudo-version `go install` stamps, else "devel".
func version() string {
	bi, _ := debug.ReadBuildInfo()
	return moduleVersion(bi)
}

// moduleVersion is bi's main module version, or "devel" when there is none.
func moduleVersion(bi *debug.BuildInfo) string {
	if bi != nil && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// longVersion is what `onestory version` prints: the module version, then
// the commit, its time and whether the tree had changes, when the binary was
// built from a git checkout, and the Go version:
// "v0.1.0 (commit 1a2b3c4d5e6f, 2026-12-07T20:00:00Z, modified; go1.26.8)".
func longVersion(bi *debug.BuildInfo) string {
	v := moduleVersion(bi)
	if bi == nil {
		return v
	}
	var stamp []string
	settings := map[string]string{}
	for _, s := range bi.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		stamp = append(stamp, "commit "+rev[:min(len(rev), 12)])
	}
	if t := settings["vcs.time"]; t != "" {
		stamp = append(stamp, t)
	}
	if settings["vcs.modified"] == "true" {
		stamp = append(stamp, "modified")
	}
	details := strings.Join(stamp, ", ")
	if bi.GoVersion != "" {
		details = strings.TrimPrefix(details+"; "+bi.GoVersion, "; ")
	}
	if details == "" {
		return v
	}
	return v + " (" + details + ")"
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Example: "  onestory version",
		Short:   "Print onestory's version",
		Args:    cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			bi, _ := debug.ReadBuildInfo()
			_, err := fmt.Fprintln(a.stdout, "onestory", longVersion(bi))
			return err
		},
	}
}

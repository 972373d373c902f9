package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// action is the part of action.yml the tests read.
type action struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	Name            string            `yaml:"name"`
	ID              string            `yaml:"id"`
	Uses            string            `yaml:"uses"`
	Run             string            `yaml:"run"`
	Env             map[string]string `yaml:"env"`
	ContinueOnError bool              `yaml:"continue-on-error"`
}

func readAction(t *testing.T) action {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a action
	if err := yaml.Unmarshal(b, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return a
}

// TestActionScriptsTakeNoExpressions fails when a run: script pastes an
// input or event text into shell code, where quotes or $(…) in a value
// would run as commands; values must come through env: and be quoted.
func TestActionScriptsTakeNoExpressions(t *testing.T) {
	a := readAction(t)
	for _, s := range a.Runs.Steps {
		for _, bad := range []string{"${{ inputs.", "${{ github.event", "${{inputs.", "${{github.event"} {
			if strings.Contains(s.Run, bad) {
				t.Errorf("step %q: run: script contains %q; pass it through env: instead", s.Name, bad)
			}
		}
		if strings.Contains(s.Uses, "upload-sarif") && !s.ContinueOnError {
			t.Errorf("step %q: the SARIF upload must be soft (continue-on-error: true)", s.Name)
		}
	}
}

// expression matches one ${{ … }} of an env: value.
var expression = regexp.MustCompile(`\$\{\{\s*([\w.-]+)\s*\}\}`)

// TestActionCheckStepQuotesInputs runs the Check step's script with bash,
// a stand-in onestory that records its arguments, and hostile inputs: each
// input must arrive as data, split into arguments as the docs say.
func TestActionCheckStepQuotesInputs(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	a := readAction(t)
	i := slices.IndexFunc(a.Runs.Steps, func(s actionStep) bool { return s.ID == "check" })
	if i < 0 {
		t.Fatal("action.yml has no step with id: check")
	}
	step := a.Runs.Steps[i]
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	os.Mkdir(bin, 0o755)
	fake := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$ARGS_FILE\"\n" +
		"printf '# onestory report\\n' > \"$(dirname \"$ARGS_FILE\")/tmp/onestory-report.md\"\nexit 1\n"
	os.WriteFile(filepath.Join(bin, "onestory"), []byte(fake), 0o755)
	os.Mkdir(filepath.Join(dir, "tmp"), 0o755)
	inputs := map[string]string{}
	for name, in := range a.Inputs {
		inputs["inputs."+name] = in.Default
	}
	inputs["inputs.args"] = `--fail-on warning $(touch pwned) "; touch pwned2 #`
	inputs["inputs.sources"] = "site/my page.html\n  `touch pwned3`  \n\ncollateral/*.pdf\n"
	inputs["inputs.baseline"] = `base'line.json`
	inputs["github.server_url"], inputs["github.repository"], inputs["github.sha"] = "https://github.com", "o/r", "abc"
	env := append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"ARGS_FILE="+filepath.Join(dir, "args"), "RUNNER_TEMP="+filepath.Join(dir, "tmp"),
		"GITHUB_OUTPUT="+filepath.Join(dir, "output"), "GITHUB_STEP_SUMMARY="+filepath.Join(dir, "summary"))
	for k, v := range step.Env {
		env = append(env, k+"="+expression.ReplaceAllStringFunc(v, func(m string) string {
			return inputs[expression.FindStringSubmatch(m)[1]]
		}))
	}
	cmd := exec.Command(bash, "-e", "-c", step.Run)
	cmd.Dir, cmd.Env = dir, env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("check step: %v\n%s", err, out)
	}
	for _, f := range []string{"pwned", "pwned2", "pwned3"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err == nil {
			t.Errorf("an input ran as a command: %s exists", f)
		}
	}
	got, _ := os.ReadFile(filepath.Join(dir, "args"))
	args := strings.Split(strings.TrimSuffix(string(got), "\n"), "\n")
	for _, want := range [][]string{
		{"--baseline", `base'line.json`},
		{"--fail-on", "warning", "$(touch", "pwned)", `";`, "touch", "pwned2", "#", "--", "site/my page.html", "`touch pwned3`", "collateral/*.pdf"},
		{"--output", "markdown=" + filepath.Join(dir, "tmp", "onestory-report.md"), "--link-base", "https://github.com/o/r/blob/abc/"},
	} {
		if !containsRun(args, want) {
			t.Errorf("onestory's arguments lack %q\ngot %q", want, args)
		}
	}
	if out, _ := os.ReadFile(filepath.Join(dir, "output")); string(out) != "exit-code=1\n" {
		t.Errorf("GITHUB_OUTPUT = %q, want exit-code=1", out)
	}
	summary, _ := os.ReadFile(filepath.Join(dir, "summary"))
	for _, want := range []string{"# onestory report", "10 error", "every finding"} {
		if !strings.Contains(string(summary), want) {
			t.Errorf("job summary lacks %q:\n%s", want, summary)
		}
	}
}

// containsRun reports whether want appears in args as consecutive elements.
func containsRun(args, want []string) bool {
	for i := range args {
		if len(args)-i >= len(want) && slices.Equal(args[i:i+len(want)], want) {
			return true
		}
	}
	return false
}

package main

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// The sharded examples of docs/sharding.md run on the bundled example as
// their engines would run them: each shard's commands with the shard's
// variables, then the merge, whose report must be one check's.
const exampleDay = "2026-11-27"

// docExamples returns the YAML blocks of docs/sharding.md.
func docExamples(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "sharding.md")) // before exampleDir
	if err != nil {
		t.Fatal(err)
	}
	var blocks []string
	for _, m := range regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(b), -1) {
		blocks = append(blocks, m[1])
	}
	if len(blocks) != 3 {
		t.Fatalf("docs/sharding.md has %d YAML examples, want 3 (GitHub Actions, GitLab CI, Kubernetes)", len(blocks))
	}
	return blocks
}

// exampleDir makes a folder with the bundled example's story and sources,
// makes it the working directory, and returns it.
func exampleDir(t *testing.T) string {
	t.Helper()
	chdirRoot(t)
	dir := t.TempDir()
	for _, d := range []string{"testdata/site", "testdata/content", "testdata/collateral"} {
		if err := os.CopyFS(filepath.Join(dir, d), os.DirFS(d)); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile("messaging.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "messaging.yaml"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	return dir
}

// shell runs one line of an example as sh would, for the commands the
// examples use: go install (already done), mkdir -p, and onestory, whose
// exit code it returns. vars expand $NAME, ${NAME} and ${NAME%%T*}; words
// with a * are globbed.
func shell(t *testing.T, line string, vars map[string]string) int {
	t.Helper()
	code := 0
	for _, cmd := range strings.Split(line, "&&") {
		words := shellWords(cmd, vars)
		switch {
		case len(words) == 0:
		case words[0] == "go" && len(words) > 1 && words[1] == "install":
		case words[0] == "mkdir" && len(words) == 3 && words[1] == "-p":
			if err := os.MkdirAll(words[2], 0o755); err != nil {
				t.Fatal(err)
			}
		case words[0] == "onestory":
			var out, errs bytes.Buffer
			code = run(t.Context(), words[1:], strings.NewReader(""), &out, &errs)
			if code > exitFindings {
				t.Fatalf("%s: exit %d: %s", strings.Join(words, " "), code, errs.String())
			}
		default:
			t.Fatalf("the example runs %q, which this test does not know", words[0])
		}
	}
	return code
}

var shellVar = regexp.MustCompile(`\$\{(\w+)(%%[^}]*)?\}|\$(\w+)`)

// shellWords splits a command line into words, expanding variables and
// globs; double quotes group.
func shellWords(s string, vars map[string]string) []string {
	s = shellVar.ReplaceAllStringFunc(s, func(m string) string {
		sm := shellVar.FindStringSubmatch(m)
		name, cut := sm[1]+sm[3], strings.TrimPrefix(sm[2], "%%")
		v, ok := vars[name]
		if !ok {
			return m // left for the test to notice
		}
		if cut != "" {
			v, _, _ = strings.Cut(v, strings.TrimSuffix(cut, "*"))
		}
		return v
	})
	var words []string
	for _, w := range regexp.MustCompile(`"[^"]*"|\S+`).FindAllString(s, -1) {
		quoted := strings.HasPrefix(w, `"`)
		w = strings.ReplaceAll(w, `"`, "")
		if m, _ := filepath.Glob(w); !quoted && len(m) > 0 {
			words = append(words, m...)
			continue
		}
		words = append(words, w)
	}
	return words
}

// oneCheck runs one check over everything with args added and returns
// its report in format.
func oneCheck(t *testing.T, format string, args ...string) []byte {
	t.Helper()
	out := filepath.Join(t.TempDir(), "one."+format)
	shell(t, "onestory check --today "+exampleDay+" "+strings.Join(args, " ")+" --output "+format+"="+out, nil)
	return readFile(t, out)
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type ghStep struct {
	Uses string         `yaml:"uses"`
	Run  string         `yaml:"run"`
	With map[string]any `yaml:"with"`
}

type ghJob struct {
	Needs    any    `yaml:"needs"`
	RunsOn   string `yaml:"runs-on"`
	Strategy struct {
		Matrix struct {
			Shard []int `yaml:"shard"`
		} `yaml:"matrix"`
	} `yaml:"strategy"`
	Steps []ghStep `yaml:"steps"`
}

// TestShardingGitHubExample runs the GitHub Actions workflow: the matrix's
// shards, their artifacts downloaded into one folder as the merge job
// asks, and the merge.
func TestShardingGitHubExample(t *testing.T) {
	var wf struct {
		On   any              `yaml:"on"`
		Jobs map[string]ghJob `yaml:"jobs"`
	}
	if err := yaml.Unmarshal([]byte(docExamples(t)[0]), &wf); err != nil {
		t.Fatalf("the GitHub Actions example is not YAML: %v", err)
	}
	exampleDir(t)
	shard, merge := wf.Jobs["shard"], wf.Jobs["merge"]
	n := len(shard.Strategy.Matrix.Shard)
	if n < 2 || merge.Needs != "shard" || shard.RunsOn == "" || merge.RunsOn == "" {
		t.Fatalf("want a shard job with a matrix of shards and a merge job that needs it: %+v", wf.Jobs)
	}
	var uploaded []string // artifact names
	for _, i := range shard.Strategy.Matrix.Shard {
		vars := strings.NewReplacer("${{ matrix.shard }}", strconv.Itoa(i), "${{ needs.day.outputs.today }}", exampleDay)
		for _, st := range shard.Steps {
			switch {
			case strings.Contains(st.Run, "onestory check"):
				if code := shell(t, vars.Replace(st.Run), nil); code != exitOK {
					t.Fatalf("shard %d: exit %d", i, code)
				}
			case strings.HasPrefix(st.Uses, "actions/upload-artifact"):
				name, file := vars.Replace(st.With["name"].(string)), vars.Replace(st.With["path"].(string))
				readFile(t, file)
				uploaded = append(uploaded, name)
				if err := os.Rename(file, "artifact-"+name); err != nil { // the runner's copy
					t.Fatal(err)
				}
			}
		}
	}
	code := -1
	for _, st := range merge.Steps {
		switch {
		case strings.HasPrefix(st.Uses, "actions/download-artifact"):
			into := st.With["path"].(string)
			os.MkdirAll(into, 0o755)
			for i, name := range uploaded {
				if ok, _ := path.Match(st.With["pattern"].(string), name); !ok || st.With["merge-multiple"] != true {
					t.Fatalf("the merge job does not download artifact %s", name)
				}
				if err := os.Rename("artifact-"+name, filepath.Join(into, "shard-"+strconv.Itoa(i+1)+".part")); err != nil {
					t.Fatal(err)
				}
			}
		case strings.Contains(st.Run, "onestory merge"):
			code = shell(t, st.Run, nil)
		}
	}
	if code != exitFindings { // the bundled example has errors
		t.Fatalf("merge: exit %d, want %d", code, exitFindings)
	}
	if !bytes.Equal(readFile(t, "onestory.sarif"), oneCheck(t, "sarif")) {
		t.Error("the merged SARIF report differs from one check's")
	}
}

// TestShardingGitLabExample runs the GitLab CI pipeline: parallel: N jobs
// with CI_NODE_INDEX and CI_NODE_TOTAL set, then the merge job.
func TestShardingGitLabExample(t *testing.T) {
	type job struct {
		Stage     string   `yaml:"stage"`
		Parallel  int      `yaml:"parallel"`
		Needs     []string `yaml:"needs"`
		Script    []string `yaml:"script"`
		Artifacts struct {
			Paths   []string `yaml:"paths"`
			Reports struct {
				JUnit string `yaml:"junit"`
			} `yaml:"reports"`
		} `yaml:"artifacts"`
	}
	var pl struct {
		Shard job `yaml:"onestory-shard"`
		Merge job `yaml:"onestory-merge"`
	}
	if err := yaml.Unmarshal([]byte(docExamples(t)[1]), &pl); err != nil {
		t.Fatalf("the GitLab CI example is not YAML: %v", err)
	}
	shard, merge := pl.Shard, pl.Merge
	if shard.Parallel < 2 || len(merge.Needs) != 1 || merge.Needs[0] != "onestory-shard" {
		t.Fatalf("want a parallel shard job and a merge job that needs it: %+v %+v", shard, merge)
	}
	exampleDir(t)
	for i := 1; i <= shard.Parallel; i++ {
		vars := map[string]string{"CI_NODE_INDEX": strconv.Itoa(i), "CI_NODE_TOTAL": strconv.Itoa(shard.Parallel),
			"CI_PIPELINE_CREATED_AT": exampleDay + "T21:58:07Z"}
		t.Setenv("CI_NODE_INDEX", vars["CI_NODE_INDEX"])
		t.Setenv("CI_NODE_TOTAL", vars["CI_NODE_TOTAL"])
		for _, line := range shard.Script {
			if code := shell(t, line, vars); code != exitOK {
				t.Fatalf("shard %d: %s: exit %d", i, line, code)
			}
		}
	}
	for _, p := range shard.Artifacts.Paths {
		if m, _ := filepath.Glob(p); len(m) != shard.Parallel {
			t.Fatalf("artifacts %s: %d files, want %d", p, len(m), shard.Parallel)
		}
	}
	t.Setenv("CI_NODE_INDEX", "")
	t.Setenv("CI_NODE_TOTAL", "")
	code := -1
	for _, line := range merge.Script {
		code = shell(t, line, nil)
	}
	if code != exitFindings {
		t.Fatalf("merge: exit %d, want %d", code, exitFindings)
	}
	if !bytes.Equal(readFile(t, merge.Artifacts.Reports.JUnit), oneCheck(t, "junit")) {
		t.Error("the merged JUnit report differs from one check's")
	}
}

// TestShardingKubernetesExample runs the Indexed Job on a saved crawl of
// the bundled example's site: each pod with its JOB_COMPLETION_INDEX and
// the Job's env, then the merge Job.
func TestShardingKubernetesExample(t *testing.T) {
	type container struct {
		WorkingDir string              `yaml:"workingDir"`
		Env        []map[string]string `yaml:"env"`
		Command    []string            `yaml:"command"`
		Args       []string            `yaml:"args"`
	}
	type job struct {
		Kind     string `yaml:"kind"`
		Metadata struct {
			Name string `yaml:"name"`
		} `yaml:"metadata"`
		Spec struct {
			CompletionMode string `yaml:"completionMode"`
			Completions    int    `yaml:"completions"`
			Parallelism    int    `yaml:"parallelism"`
			Template       struct {
				Spec struct {
					RestartPolicy string      `yaml:"restartPolicy"`
					Containers    []container `yaml:"containers"`
				} `yaml:"spec"`
			} `yaml:"template"`
		} `yaml:"spec"`
	}
	dec := yaml.NewDecoder(strings.NewReader(docExamples(t)[2]))
	var jobs []job
	for {
		var j job
		err := dec.Decode(&j)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the Kubernetes example is not YAML: %v", err)
		}
		jobs = append(jobs, j)
	}
	if len(jobs) != 2 || jobs[0].Spec.CompletionMode != "Indexed" || jobs[0].Spec.Completions < 2 {
		t.Fatalf("want an Indexed Job of shards and a merge Job: %+v", jobs)
	}
	shards, merge := jobs[0], jobs[1]
	pod := shards.Spec.Template.Spec.Containers[0]
	env := map[string]string{}
	for _, e := range pod.Env {
		env[e["name"]] = e["value"]
	}
	if env["ONESTORY_SHARD_COUNT"] != strconv.Itoa(shards.Spec.Completions) {
		t.Fatalf("ONESTORY_SHARD_COUNT %q, but %d completions", env["ONESTORY_SHARD_COUNT"], shards.Spec.Completions)
	}
	dir := exampleDir(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(filepath.Join(dir, "testdata/site"))))
	code := shell(t, "onestory crawl "+srv.URL+"/index.html --out crawl --quiet", nil)
	srv.Close()
	if code != exitOK {
		t.Fatalf("crawl: exit %d", code)
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
	for i := range shards.Spec.Completions {
		t.Setenv("JOB_COMPLETION_INDEX", strconv.Itoa(i))
		for _, line := range pod.Args {
			if code := shell(t, line, map[string]string{"JOB_COMPLETION_INDEX": strconv.Itoa(i)}); code != exitOK {
				t.Fatalf("pod %d: exit %d", i, code)
			}
		}
	}
	for k := range env {
		t.Setenv(k, "")
	}
	t.Setenv("JOB_COMPLETION_INDEX", "")
	for _, line := range merge.Spec.Template.Spec.Containers[0].Args {
		shell(t, line, nil)
	}
	if !bytes.Equal(readFile(t, "report.json"), oneCheck(t, "json", "--from-crawl", "crawl")) {
		t.Error("the merged JSON report differs from one check's of the saved crawl")
	}
}

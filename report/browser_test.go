package report

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/rules"
)

// chromium finds Debian's Chromium. Without it the browser test is skipped,
// except in CI (CI=true), where .ci/run installs it and a skip would hide a
// broken report.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium on PATH; .ci/run installs Debian's chromium package")
	}
	t.Skip("no Chromium on PATH: apt-get install chromium to run the browser test")
	return ""
}

// TestHTMLInBrowser opens the report in headless Chromium, checks that the
// matrix is there and that choosing a rule filters the findings, takes a
// screenshot, and fails on any console error, script exception or network
// request.
func TestHTMLInBrowser(t *testing.T) {
	exe := chromium(t)
	dir := t.TempDir()
	// The report is written in a folder of its own, away from the working
	// directory its sources are relative to: its links must still reach them.
	page := filepath.Join(dir, "out", "report.html")
	if err := os.Mkdir(filepath.Dir(page), 0o755); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	opt := Options{Company: "Kestrel Fleetworks", Date: day, Dir: filepath.Dir(page), History: []HistoryEntry{
		{Time: day.AddDate(0, 0, -14), Overall: 40, Findings: 9}, {Time: day.AddDate(0, 0, -7), Overall: -1},
		{Time: day.AddDate(0, 0, -1), Overall: 50, Findings: 7}, {Time: day, Overall: 60, Findings: 6}}}
	r := sampleWithView()
	// A message with a long unbroken URL, as real pages have: it must wrap on a phone.
	r.Findings.Add(rules.Finding{Rule: "unreadable-source", Severity: rules.Error, Channel: "marketing",
		Message:  "https://example.com/" + strings.Repeat("verylongpathsegment", 12) + " could not be read: status 404",
		Location: extract.Location{Source: "https://example.com/" + strings.Repeat("x", 150)}})
	if err := WriteFile(page, func(w io.Writer) error { return HTML(w, r, opt) }); err != nil {
		t.Fatal(err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.Flag("user-data-dir", filepath.Join(dir, "profile")),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("window-size", "1280,1600"))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil { // starts the browser, for the life of ctx
		t.Fatalf("start Chromium: %v", err)
	}

	var mu sync.Mutex
	var problems []string
	err = chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
				problems = append(problems, "console "+string(e.Type))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+e.ExceptionDetails.Text)
		case *network.EventRequestWillBeSent:
			if !strings.HasPrefix(e.Request.URL, "file://") {
				problems = append(problems, "network request: "+e.Request.URL)
			}
		}
	})
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	tctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	if _, err := chromedp.Call(tctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatalf("network.enable: %v", err)
	}
	count := func(css string) int {
		n, err := chromedp.Run(tctx, chromedp.Evaluate[int](`document.querySelectorAll(`+strconv.Quote(css)+`).length`))
		if err != nil {
			t.Fatalf("count %s: %v", css, err)
		}
		return n
	}
	err = chromedp.Do(tctx,
		chromedp.Navigate("file://"+page),
		chromedp.WaitVisible("#matrix"),
	)
	if err != nil {
		t.Fatalf("open the report: %v", err)
	}
	matrixRows, all := count("#matrix tbody tr"), count("#findings > li")
	featureRows := count("table.features tbody tr")
	err = chromedp.Do(tctx,
		chromedp.Click("#matrix tbody tr:first-child details summary"),
		chromedp.SetValue("#f-rule", "term"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("f-rule").dispatchEvent(new Event("change"))`),
	)
	if err != nil {
		t.Fatalf("filter: %v", err)
	}
	shown := count("#findings > li:not([hidden])")
	text := func(js string) string {
		s, err := chromedp.Run(tctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return s
	}
	if h := text(`document.querySelector("header.top").textContent`); !strings.Contains(h, "Kestrel Fleetworks") || !strings.Contains(h, "27 November 2026") {
		t.Errorf("the header does not name the company and the date: %q", h)
	}
	// A link resolves, from the report's folder, to the source in the working directory.
	want := "file://" + filepath.ToSlash(filepath.Join(wd, "collateral", "pitch.pptx"))
	if got := text(`document.querySelector('#findings a.loc[href*="pitch.pptx"]').href`); got != want {
		t.Errorf("a link to a source resolves to %s, want %s", got, want)
	}
	if n := count("#findings .badge.part"); n != 1 {
		t.Errorf("%d places labelled speaker notes, want 1", n)
	}
	if n := count("#heatmap g.h1, #heatmap g.h2, #heatmap g.h3, #heatmap g.h4"); n == 0 {
		t.Error("the heat map shows no shaded cell")
	}
	if n := count("#history circle.dot"); n != 3 {
		t.Errorf("the consistency chart has %d runs, want 3 (one had no score)", n)
	}
	opened := count("#matrix tbody tr:first-child details[open]")
	shot, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if matrixRows < 4 {
		t.Errorf("the matrix has %d rows, want one per story item (≥ 4)", matrixRows)
	}
	if featureRows != 1 {
		t.Errorf("the features × plans view has %d rows, want 1 (SSO)", featureRows)
	}
	if opened != 1 {
		t.Errorf("clicking a matrix cell opened %d cells, want 1", opened)
	}
	if all != 7 || shown != 2 {
		t.Errorf("filtering by rule term shows %d of %d findings, want 2 of 7", shown, all)
	}
	if len(shot) == 0 {
		t.Error("no screenshot")
	}

	// At 400 px the matrix stacks and long words wrap: nothing runs off the
	// right of the screen, with every finding shown.
	if err := chromedp.Do(tctx, chromedp.EmulateViewport(400, 900),
		chromedp.SetValue("#f-rule", ""),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("f-rule").dispatchEvent(new Event("change"))`),
	); err != nil {
		t.Fatalf("narrow viewport: %v", err)
	}
	narrow := text(`JSON.stringify([innerWidth, Math.ceil(document.getElementById("matrix").getBoundingClientRect().right), document.documentElement.scrollWidth])`)
	var w, right, scroll int
	if _, err := fmt.Sscanf(narrow, "[%d,%d,%d]", &w, &right, &scroll); err != nil {
		t.Fatalf("narrow layout %s: %v", narrow, err)
	}
	if w != 400 || right > w || scroll > w {
		t.Errorf("at %d px the matrix ends at %d px and the page is %d px wide: it runs off the screen", w, right, scroll)
	}
	if out := os.Getenv("ONESTORY_SCREENSHOT"); out != "" {
		if err := os.WriteFile(out, shot, 0o644); err != nil {
			t.Error(err)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Error(p)
	}
}

package crawl

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// benchPages is the size of the generated benchmark site.
const benchPages = 5000

// benchSite serves benchPages generated pages and counts the requests
// for each. Page i links to its ten children 10i+1..10i+10, to its
// neighbours, to the home page and to two pages elsewhere, so most links
// point to pages already fetched or already queued, as on a real site's
// navigation. GET /stats returns "pages duplicates" since the last
// /stats and resets the counts.
type benchSite struct {
	hits [benchPages]atomic.Int32
}

func (s *benchSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/stats" {
		pages, dups := s.reset()
		fmt.Fprintf(w, "%d %d", pages, dups)
		return
	}
	name, ok := strings.CutPrefix(r.URL.Path, "/p/")
	i, err := strconv.Atoi(strings.TrimSuffix(name, ".html"))
	if !ok || err != nil || i < 0 || i >= benchPages {
		http.NotFound(w, r)
		return
	}
	s.hits[i].Add(1)
	var sb strings.Builder
	fmt.Fprintf(&sb, "<!doctype html><html><head><title>Kestrel page %d</title></head><body><nav>", i)
	for _, j := range []int{0, i - 1, i + 1, (i * 7) % benchPages, (i * 13) % benchPages} {
		if j >= 0 && j < benchPages {
			fmt.Fprintf(&sb, `<a href="/p/%d.html">page %d</a> `, j, j)
		}
	}
	sb.WriteString("</nav><main><p>RoutePlanner Fleet is $18 per vehicle per month; DriverLog Pro is $9 per driver per month.</p><ul>")
	for k := 1; k <= 10; k++ {
		if c := 10*i + k; c < benchPages {
			fmt.Fprintf(&sb, `<li><a href="/p/%d.html#top">child %d</a></li>`, c, c)
		}
	}
	sb.WriteString("</ul></main></body></html>")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(sb.String()))
}

// reset zeroes the counters and returns the pages fetched and the
// duplicate fetches since the last reset.
func (s *benchSite) reset() (pages, dups int) {
	for i := range s.hits {
		n := int(s.hits[i].Swap(0))
		if n > 0 {
			pages++
			dups += n - 1
		}
	}
	return pages, dups
}

// benchServerEnv makes the test binary a bench site server (see
// TestBenchSiteServer).
const benchServerEnv = "ONESTORY_BENCH_SITE"

// TestBenchSiteServer is not a test: run with ONESTORY_BENCH_SITE=1 it
// serves the bench site on 127.0.0.1, prints its URL and serves until
// its standard input closes. BenchmarkCrawl runs it as a separate
// process so that the crawler and wget get the same server, with the
// same share of the machine.
func TestBenchSiteServer(t *testing.T) {
	if os.Getenv(benchServerEnv) != "1" {
		t.Skip("helper process for BenchmarkCrawl")
	}
	srv := httptest.NewServer(&benchSite{})
	defer srv.Close()
	fmt.Println(srv.URL)
	io.Copy(io.Discard, os.Stdin)
}

// startBenchSite starts TestBenchSiteServer in a child process and
// returns its URL.
func startBenchSite(b *testing.B) string {
	cmd := exec.Command(os.Args[0], "-test.run=^TestBenchSiteServer$")
	cmd.Env = append(os.Environ(), benchServerEnv+"=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		stdin.Close()
		cmd.Wait()
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		b.Fatalf("bench site: %v", err)
	}
	return strings.TrimSpace(line)
}

// benchStats returns the pages fetched and duplicate fetches the bench
// site counted since the last call.
func benchStats(b *testing.B, base string) (pages, dups int) {
	resp, err := http.Get(base + "/stats")
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	if _, err := fmt.Fscan(resp.Body, &pages, &dups); err != nil {
		b.Fatal(err)
	}
	return pages, dups
}

// BenchmarkCrawl crawls a generated site of 5,000 pages on 127.0.0.1 and
// reports pages/s and duplicate fetches (must be 0). When wget is on
// PATH it also crawls the same site with
//
//	wget --recursive --level=inf --no-verbose --delete-after -P TMPDIR URL
//
// and reports wget-pages/s as the baseline. Run:
//
//	go test ./crawl -run '^$' -bench BenchmarkCrawl -benchtime 3x
func BenchmarkCrawl(b *testing.B) {
	base := startBenchSite(b)
	start := base + "/p/0.html"
	opt := Options{Web: WebOptions{MaxPages: -1, Concurrency: 16, IgnoreRobots: true}}
	var pages, dups int
	var elapsed time.Duration
	peak := watchHeap(b)
	for b.Loop() {
		t0 := time.Now()
		n := 0
		err := walkWeb(context.Background(), start, opt, func(d Document) error {
			if d.Err != nil {
				b.Fatalf("%s: %v", d.Source, d.Err)
			}
			n++
			return nil
		})
		elapsed += time.Since(t0)
		if err != nil || n != benchPages {
			b.Fatalf("crawled %d pages (%v), want %d", n, err, benchPages)
		}
		p, d := benchStats(b, base)
		pages, dups = pages+p, dups+d
	}
	b.ReportMetric(float64(pages)/elapsed.Seconds(), "pages/s")
	b.ReportMetric(float64(dups), "duplicates")
	b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
	if dups != 0 {
		b.Errorf("%d duplicate fetches", dups)
	}
	benchWget(b, base, start)
}

// benchWget crawls the site once with wget and reports its pages/s.
func benchWget(b *testing.B, base, start string) {
	wget, err := exec.LookPath("wget")
	if err != nil {
		b.Log("wget not on PATH: no baseline")
		return
	}
	dir, err := os.MkdirTemp("", "onestory-wget")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(dir)
	benchStats(b, base)
	t0 := time.Now()
	cmd := exec.Command(wget, "--recursive", "--level=inf", "--no-verbose", "--delete-after", "-P", dir, start)
	if out, err := cmd.CombinedOutput(); err != nil && cmd.ProcessState.ExitCode() != 8 {
		b.Fatalf("wget: %v\n%.2000s", err, out)
	}
	secs := time.Since(t0).Seconds()
	pages, dups := benchStats(b, base)
	b.ReportMetric(float64(pages)/secs, "wget-pages/s")
	b.ReportMetric(float64(dups), "wget-duplicates")
}

// watchHeap samples the heap in use every 10 ms until the benchmark ends;
// the function it returns gives the peak so far.
func watchHeap(b *testing.B) func() uint64 {
	var peak atomic.Uint64
	stop := make(chan struct{})
	b.Cleanup(func() { close(stop) })
	go func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	return peak.Load
}

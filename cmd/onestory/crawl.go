package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/onestory/onestory/crawl"
	"github.com/onestory/onestory/extract/isolate"
	"github.com/onestory/onestory/internal/bytesize"
	"github.com/onestory/onestory/internal/printable"
)

// addCrawlFlags adds the flags that say how URLs are crawled.
func addCrawlFlags(f *pflag.FlagSet) {
	d := crawl.DefaultWebOptions()
	f.Int("max-depth", d.MaxDepth, "links followed away from a start URL (0: no limit)")
	f.Int("max-pages", d.MaxPages, "most URLs fetched per start URL (negative: no limit)")
	f.Int("concurrency", d.Concurrency, "most requests in flight to one host")
	f.Float64("rate", d.Rate, "most requests per second to one host (0: no limit)")
	f.Duration("timeout", d.Timeout, "time limit of one request, body included (0: no limit)")
	f.Int64("max-body", d.MaxBody, "largest response body read, in bytes; a larger one is an unreadable-source finding")
	f.String("user-agent", d.UserAgent, "User-Agent sent, and matched against robots.txt")
	f.Bool("ignore-robots", false, "fetch pages that robots.txt disallows")
	f.Bool("allow-private", false, "allow private, loopback and link-local addresses even when no start URL is on one")
	f.StringSlice("allow-domain", nil, "also follow links to this domain and its subdomains (repeatable)")
	f.StringSlice("deny-domain", nil, "never fetch this domain or its subdomains (repeatable)")
	f.StringSlice("include", nil, "only follow URL paths matching this glob, e.g. /blog/** (repeatable)")
	f.StringSlice("exclude", nil, "never follow URL paths matching this glob (repeatable)")
	f.String("render", string(crawl.RenderAuto), "render pages in headless Chromium: never, auto (pages that look like script shells) or always")
	f.String("browser", "", "Chromium or Chrome executable that renders pages (default: chromium, google-chrome... on PATH)")
	f.StringArray("header", nil, `request header "Name: value" sent to the start URLs' hosts only, or "host=Name: value" for one host (repeatable; ONESTORY_HEADER takes one a line)`)
	f.String("cookie-file", "", "Netscape cookie file (curl -c, a browser's cookies.txt); each cookie goes only to its own domain")
	f.Bool("quiet", false, "no progress on standard error")
}

// addBudgetFlags adds the flags of the budget of one document.
func addBudgetFlags(f *pflag.FlagSet) {
	d := isolate.DefaultBudget()
	f.Duration("doc-timeout", d.Timeout, "time limit to read one document; past it the document is an unreadable-source finding (0: no limit)")
	f.Int64("doc-memory", d.Memory>>20, "memory limit, in MB, to read one document (PDF, PPTX, DOCX, ODF), enforced in a child process (0: no limit); with --doc-timeout 0 too, documents are read in process")
}

// budget reads the flags of the budget of one document.
func (a *app) budget() (isolate.Budget, error) {
	b := isolate.Budget{Timeout: a.v.GetDuration("doc-timeout"), Memory: a.v.GetInt64("doc-memory") << 20}
	if b.Timeout < 0 || b.Memory < 0 {
		return b, usageErr(fmt.Errorf("--doc-timeout and --doc-memory cannot be negative (0: no limit)"))
	}
	return b, nil
}

// crawlOptions reads the crawl flags into crawl options.
func (a *app) crawlOptions() (crawl.Options, error) {
	w := crawl.DefaultWebOptions()
	w.MaxDepth = a.v.GetInt("max-depth")
	w.MaxPages = a.v.GetInt("max-pages")
	w.Concurrency = a.v.GetInt("concurrency")
	w.Rate = a.v.GetFloat64("rate")
	switch w.Timeout = a.v.GetDuration("timeout"); {
	case w.Timeout < 0:
		return crawl.Options{}, usageErr(fmt.Errorf("--timeout %s: want a duration like 30s, or 0 for no limit", w.Timeout))
	case w.Timeout == 0:
		w.Timeout = -1 // crawl's "no limit"; its 0 is the default
	}
	w.MaxBody = a.v.GetInt64("max-body")
	w.UserAgent = a.v.GetString("user-agent")
	w.IgnoreRobots = a.v.GetBool("ignore-robots")
	w.AllowPrivate = a.v.GetBool("allow-private")
	w.AllowedDomains = a.v.GetStringSlice("allow-domain")
	w.DeniedDomains = a.v.GetStringSlice("deny-domain")
	w.IncludePaths = a.v.GetStringSlice("include")
	w.ExcludePaths = a.v.GetStringSlice("exclude")
	if err := a.authOptions(&w); err != nil {
		return crawl.Options{}, err
	}
	w.Quiet = a.v.GetBool("quiet")
	w.Progress = a.stderr
	w.IsTerminal = terminal(a.stderr)
	return crawl.Options{Stdin: a.stdin, Web: w}, nil
}

func (a *app) crawlCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "crawl URL... --out DIR",
		Short: "Save a crawl of a site, sitemap or URL list so later checks run offline",
		Long: `crawl fetches each URL (a page to crawl from, a sitemap, or a local sitemap or
.urls file) and writes every page with its URL, status, headers and fetch time
to DIR, with a manifest. Several URLs are one crawl: a page more than one of
them reaches is fetched and saved once. "onestory check DIR" then checks it
without the network, with locations that still show the original URLs.
Crawling again into the same DIR revalidates pages with conditional requests
(ETag/Last-Modified).`,
		Example: `  onestory crawl https://example.com --out saved-site
  onestory crawl https://example.com/sitemap.xml --out saved-site --max-pages 500
  onestory crawl https://example.com/bikes/ https://example.com/helmets/ --out saved-site
  onestory check saved-site`,
		Args: sourceArgs(1, -1, "URL (a page, a sitemap or a .urls file)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := a.v.GetString("out")
			if dir == "" {
				return usageErr(fmt.Errorf("crawl needs --out DIR"))
			}
			opt, err := a.crawlOptions()
			if err != nil {
				return err
			}
			if s, err := a.loadStoryIfPresent(); err != nil {
				return err
			} else if s != nil {
				opt.Channel, opt.Ignore = s.ChannelOf, s.Ignored
			}
			st, err := crawl.SaveAll(cmd.Context(), args, dir, opt)
			if locked := (*crawl.LockedError)(nil); errors.As(err, &locked) {
				return &exitError{code: exitFailed, err: err} // nothing was saved
			}
			fmt.Fprintf(a.stderr, "saved %d pages (%d failed, %d unchanged, %s) to %s\n", st.Pages, st.Failed, st.Reused, bytesize.Format(st.Bytes), printable.Line(dir))
			if st.NotFollowed > 0 {
				fmt.Fprintf(a.stderr, "warning: the crawl stopped at --max-pages %d; %d links were not followed\n", opt.Web.MaxPages, st.NotFollowed)
			}
			if err != nil {
				return &exitError{code: exitFailed, err: err}
			}
			return nil
		},
	}
	cmd.Flags().String("out", "", "directory to write the crawl to")
	addCrawlFlags(cmd.Flags())
	return cmd
}

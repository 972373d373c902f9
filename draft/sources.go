package draft

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/onestory/onestory/analyze"
	"github.com/onestory/onestory/check"
	"github.com/onestory/onestory/crawl"
	"github.com/onestory/onestory/extract"
	"github.com/onestory/onestory/story"
)

// Config says what to draft a story from.
type Config struct {
	Sources []string      // paths, URLs, saved crawls, "-", as check reads them
	Crawl   crawl.Options // Channel defaults to the channels the draft proposes
	Workers int           // 0: one per core
	Model   *prose.Model  // nil: built here, once
	Company string        // "" reads it from the sources
	Ignore  []string      // globs of sources skipped, written to the draft's ignore
}

// FromSources reads cfg.Sources twice and returns the draft of a story: the
// first pass finds product, plan and company names; the second reads the
// sources with those names as a provisional story, so that the analyser
// attributes each price to its plan and matches the near misses of each
// name. A source that cannot be read is named in the draft's comments.
func FromSources(ctx context.Context, cfg Config) (*Draft, error) {
	if len(cfg.Sources) == 0 {
		return nil, check.ErrNoSources
	}
	channels := ChannelsOf(cfg.Sources)
	if cfg.Crawl.Ignore == nil && len(cfg.Ignore) > 0 {
		cfg.Crawl.Ignore = func(src string) bool { return story.MatchesAny(cfg.Ignore, src) }
	}
	if cfg.Crawl.Channel == nil {
		cfg.Crawl.Channel = func(src string) string { return channelOf(channels, src) }
	}
	if cfg.Model == nil {
		cfg.Model = prose.ModelFromData("onestory")
	}
	opt := Options{Model: cfg.Model, Company: cfg.Company, Channels: channels, Sources: cfg.Sources, Ignore: cfg.Ignore}
	empty, err := story.Parse("draft.yaml", []byte("version: 1\ncompany: draft\n"))
	if err != nil {
		return nil, err
	}
	first := NewCollector()
	if err := collect(ctx, cfg, empty, first); err != nil {
		return nil, err
	}
	names, err := first.Build(ctx, opt)
	if err != nil {
		return nil, err
	}
	prov, err := provisional(names)
	if err != nil {
		return nil, err
	}
	second := NewCollector()
	second.Compounds = first.CompoundForms()
	second.Company = names.Company
	if second.AboutCompetitor, err = aboutCompetitor(names); err != nil {
		return nil, err
	}
	for _, p := range names.Products {
		second.Names = append(second.Names, p.Name)
	}
	if err := collect(ctx, cfg, prov, second); err != nil {
		return nil, err
	}
	opt.Company, opt.Products = names.Company, names.Products
	return second.Build(ctx, opt)
}

// collect streams the sources through an analyser of s into c.
func collect(ctx context.Context, cfg Config, s *story.Story, c *Collector) error {
	az, err := analyze.New(s)
	if err != nil {
		return err
	}
	ck := check.Config{Sources: cfg.Sources, Crawl: cfg.Crawl, Workers: cfg.Workers}
	return check.Stream(ctx, ck, az, func(d *analyze.Doc, src crawl.Document, err error) {
		if err != nil {
			c.AddUnreadable(src.Source, err)
			return
		}
		c.Add(d)
	})
}

// provisional returns the story of a first pass's names alone: company,
// channels and products with their plans, no prices.
func provisional(d *Draft) (*story.Story, error) {
	names := &Draft{Company: d.Company, Channels: d.Channels, Products: d.Products}
	var buf bytes.Buffer
	if err := names.WriteYAML(&buf); err != nil {
		return nil, err
	}
	s, err := story.Parse("draft.yaml", buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("draft: the names found make no valid story: %w", err)
	}
	for _, r := range d.Rivals {
		s.Competitors = append(s.Competitors, story.Competitor{Name: r})
	}
	return s, nil
}

// aboutCompetitor returns the analyser's reading of whether a sentence is
// about a competitor, with the company's name as its own and the names a
// first pass found compared with it as the competitors. The provisional
// story's many candidate products would make every sentence naming a
// common word ("Code", "Search") the company's.
func aboutCompetitor(d *Draft) (func(*extract.Block, string) bool, error) {
	s := &story.Story{Version: 1, Company: d.Company}
	for _, r := range d.Rivals {
		s.Competitors = append(s.Competitors, story.Competitor{Name: r})
	}
	az, err := analyze.New(s)
	if err != nil {
		return nil, err
	}
	return az.AboutCompetitor, nil
}

// salesWords in a source's path mark it as sales material.
var salesWords = []string{"sales", "collateral", "deck", "enablement", "pitch", "proposal"}

// ChannelsOf proposes a channel for each source: sales for paths that say
// so (collateral, decks, sales, …), marketing for the rest; each with the
// glob that matches the source's documents.
func ChannelsOf(sources []string) []Channel {
	var out []Channel
	for _, src := range sources {
		glob := globOf(src)
		if glob == "" {
			continue
		}
		name := "marketing"
		for _, w := range salesWords {
			if strings.Contains(strings.ToLower(src), w) {
				name = "sales"
			}
		}
		i := 0
		for i < len(out) && out[i].Name != name {
			i++
		}
		if i == len(out) {
			out = append(out, Channel{Name: name})
		}
		out[i].Globs = append(out[i].Globs, glob)
	}
	return out
}

// globOf returns the glob matching the documents a source names.
func globOf(src string) string {
	if src == "-" {
		return ""
	}
	if u, err := url.Parse(src); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		return u.Scheme + "://" + u.Host + "/**"
	}
	p := filepath.ToSlash(filepath.Clean(src))
	if fi, err := os.Stat(src); err == nil && fi.IsDir() {
		if p == "." {
			return "**"
		}
		return p + "/**"
	}
	return p
}

func channelOf(channels []Channel, src string) string {
	for _, c := range channels {
		if story.MatchesAny(c.Globs, src) {
			return c.Name
		}
	}
	return story.Other
}

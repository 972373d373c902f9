package rules

import (
	"errors"
	"testing"
	"time"

	"github.com/onestory/onestory/crawl"
	"github.com/onestory/onestory/story"
)

func TestNotice(t *testing.T) {
	c, err := NewChecker(&story.Story{Path: "messaging.yaml"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	blocked := &crawl.RenderError{URL: "https://x.example/", Reason: crawl.RenderBlocked,
		Request: "http://169.254.169.254/", Err: errors.New("refusing to connect")}
	tests := []struct {
		err         error
		rule, found string
	}{
		{&crawl.LimitError{MaxPages: 10, NotFollowed: 7}, "crawl-limit", "7 links not followed"},
		{blocked, "render-incomplete", "http://169.254.169.254/"},
		{&crawl.RenderError{URL: "https://x.example/", Reason: crawl.RenderSkipped, Err: crawl.ErrNoBrowser}, "render-incomplete", crawl.RenderSkipped},
		{errors.New("something else"), "", ""},
	}
	for _, tt := range tests {
		fs := c.Notice("https://x.example/", "marketing", "html", tt.err)
		if tt.rule == "" {
			if len(fs) != 0 {
				t.Errorf("%v gave %+v, want nothing", tt.err, fs)
			}
			continue
		}
		if len(fs) != 1 || fs[0].Rule != tt.rule || fs[0].Severity != Warning || fs[0].Found != tt.found ||
			fs[0].Channel != "marketing" || fs[0].Location.Source != "https://x.example/" {
			t.Errorf("%v gave %+v, want one %s warning finding %q", tt.err, fs, tt.rule, tt.found)
		}
	}
	off := &story.Story{Path: "messaging.yaml", Rules: map[string]story.RuleSetting{"crawl-limit": {Off: true}}}
	c, err = NewChecker(off, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if fs := c.Notice("https://x.example/", "", "", &crawl.LimitError{MaxPages: 1, NotFollowed: 1}); len(fs) != 0 {
		t.Errorf("crawl-limit off still reports %+v", fs)
	}
}

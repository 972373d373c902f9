package crawl

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

func TestWebRobotsTooLarge(t *testing.T) {
	robots := "User-agent: *\nDisallow: /private\n" + strings.Repeat("# padding to pass the limit\n", 200) + "Disallow: /late\n"
	for _, chunked := range []bool{false, true} {
		t.Run(fmt.Sprintf("chunked=%v", chunked), func(t *testing.T) {
			var robotsHits atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				switch r.URL.Path {
				case "/robots.txt":
					robotsHits.Add(1)
					if !chunked {
						w.Header().Set("Content-Length", fmt.Sprint(len(robots)))
					}
					w.Write([]byte(robots))
				case "/":
					fmt.Fprint(w, `<a href="/private">p</a> <a href="/late">l</a> <a href="/ok">o</a>`)
				default:
					fmt.Fprintf(w, "<p>%s</p>", r.URL.Path)
				}
			}))
			t.Cleanup(srv.Close)
			opt := testOptions()
			opt.Web.MaxBody = 4 << 10
			docs := crawlWeb(t, background(t), srv.URL+"/", opt)
			host := strings.TrimPrefix(srv.URL, "http://")
			want := map[string]string{
				"/":           "",
				"/ok":         "",
				"/late":       "", // past the limit: not read, so not obeyed
				"/private":    ErrBlockedByRobots.Error(),
				"/robots.txt": "robots.txt of host " + host + " is larger than the limit of 4 KB: only the rules in its first 4 KB are obeyed",
			}
			if got := sources(docs, srv.URL); len(got) != len(want) {
				t.Errorf("documents %q, want %d", got, len(want))
			}
			for p, err := range want {
				if d, ok := docs[srv.URL+p]; !ok || d.Err != err {
					t.Errorf("%s: %+v, want Err %q", p, d, err)
				}
			}
			if n := robotsHits.Load(); n != 1 {
				t.Errorf("robots.txt fetched %d times, want once", n)
			}
		})
	}
}

func TestWebRobotsRedirectedToTheHomePage(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.Redirect(w, r, "/", http.StatusFound)
		case "/":
			fmt.Fprint(w, `<a href="/a">a</a>`)
		default:
			fmt.Fprintf(w, "<p>%s</p>", r.URL.Path)
		}
	}))
	t.Cleanup(srv.Close)
	docs := crawlWeb(t, background(t), srv.URL+"/", testOptions())
	for _, p := range []string{"/", "/a"} {
		if d, ok := docs[srv.URL+p]; !ok || d.Err != "" {
			t.Errorf("%s: %+v, want the page", p, d)
		}
	}
}

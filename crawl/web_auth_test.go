package crawl

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

const (
	testToken  = "Bearer s3cret-t0ken"
	testCookie = "c00kie-value"
)

// loginSite serves a home page linking /portal (only with the header),
// /partners (only with the cookie), a page on other, and /away, which
// redirects to another page on other; other records what credentials
// reached it.
func loginSite(t *testing.T, other string) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		switch r.URL.Path {
		case "/":
			fmt.Fprintf(w, `<a href="/portal">portal</a> <a href="/partners">partners</a> <a href="/away">x</a> <a href="%s/linked">y</a>`, other)
		case "/away":
			http.Redirect(w, r, other+"/leak", http.StatusFound)
		case "/portal":
			if r.Header.Get("Authorization") != testToken {
				http.Error(w, "no", http.StatusUnauthorized)
				return
			}
			fmt.Fprint(w, `<p>Partner price: $19 per user per month.</p>`)
		case "/partners":
			if c, err := r.Cookie("session"); err != nil || c.Value != testCookie {
				http.Error(w, "no", http.StatusForbidden)
				return
			}
			fmt.Fprint(w, `<p>Reseller discount is 30%.</p>`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// cookieFile writes a Netscape cookie file with the session cookie for host.
func cookieFile(t *testing.T, host string) string {
	name := filepath.Join(t.TempDir(), "cookies.txt")
	body := "# Netscape HTTP Cookie File\n\n" +
		host + "\tFALSE\t/\tFALSE\t0\tsession\t" + testCookie + "\n" +
		"#HttpOnly_" + host + "\tFALSE\t/\tFALSE\t" + fmt.Sprint(time.Now().Add(time.Hour).Unix()) + "\tother\tv\n" +
		host + "\tFALSE\t/\tFALSE\t1\texpired\tgone\n"
	if err := os.WriteFile(name, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestWebHeaderAndCookieFile(t *testing.T) {
	var mu sync.Mutex
	var leaked []string
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if r.Header.Get("Authorization") != "" || r.Header.Get("Cookie") != "" {
			leaked = append(leaked, r.URL.Path)
		}
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprintf(w, "<p>other host, %s</p>", r.URL.Path)
	}))
	defer other.Close()
	otherURL := strings.Replace(other.URL, "127.0.0.1", "localhost", 1)
	srv := loginSite(t, otherURL)

	opt := testOptions()
	opt.Web.IgnoreRobots = true
	opt.Web.AllowedDomains = []string{"localhost"}
	docs, _ := crawlAll(t, srv.URL+"/", opt)
	for _, p := range []string{"/portal", "/partners"} {
		if docs[srv.URL+p].Err == nil {
			t.Errorf("%s read without credentials", p)
		}
	}

	h, err := ParseHeader("authorization: " + testToken)
	if err != nil {
		t.Fatal(err)
	}
	opt.Web.Header = []RequestHeader{h}
	opt.Web.CookieFile = cookieFile(t, "127.0.0.1")
	docs, _ = crawlAll(t, srv.URL+"/", opt)
	if d := docs[srv.URL+"/portal"]; d.Err != nil || !strings.Contains(string(d.Body), "$19") {
		t.Errorf("/portal with the header: %v %q", d.Err, d.Body)
	}
	if d := docs[srv.URL+"/partners"]; d.Err != nil || !strings.Contains(string(d.Body), "30%") {
		t.Errorf("/partners with the cookie: %v %q", d.Err, d.Body)
	}
	if _, ok := docs[otherURL+"/linked"]; !ok {
		t.Fatalf("the other host's linked page was not crawled: %q", sortedKeys(docs))
	}
	if _, ok := docs[otherURL+"/leak"]; !ok {
		t.Fatalf("the other host was not crawled: %q", sortedKeys(docs))
	}
	if len(leaked) > 0 {
		t.Errorf("credentials sent to another host: %q", leaked)
	}
}

func TestSaveKeepsNoCredentials(t *testing.T) {
	srv := loginSite(t, "http://127.0.0.1:1")
	opt := testOptions()
	opt.Web.IgnoreRobots = true
	opt.Web.Header = []RequestHeader{{Name: "Authorization", Value: testToken}}
	opt.Web.CookieFile = cookieFile(t, "127.0.0.1")
	dir := t.TempDir()
	st, err := Save(background(t), srv.URL+"/", dir, opt)
	if err != nil {
		t.Fatal(err)
	}
	if st.Pages < 3 {
		t.Errorf("saved %+v, want the home page, /portal and /partners", st)
	}
	err = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if strings.Contains(string(b), "s3cret") || strings.Contains(string(b), testCookie) {
			t.Errorf("%s holds a credential", p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestParseHeader(t *testing.T) {
	tests := []struct {
		in   string
		want RequestHeader
		err  string
	}{
		{"Authorization: Bearer x", RequestHeader{Name: "Authorization", Value: "Bearer x"}, ""},
		{"x-api-key:abc", RequestHeader{Name: "X-Api-Key", Value: "abc"}, ""},
		{"Portal.Example.com=Authorization: Bearer y", RequestHeader{Host: "portal.example.com", Name: "Authorization", Value: "Bearer y"}, ""},
		{"Accept: text/html, application/xhtml+xml", RequestHeader{Name: "Accept", Value: "text/html, application/xhtml+xml"}, ""},
		{"no colon here", RequestHeader{}, "want"},
		{": s3cret", RequestHeader{}, "want"},
		{"Bad Name: s3cret", RequestHeader{}, "want"},
		{"=Authorization: s3cret", RequestHeader{}, "want"},
		{"https://x.example=Authorization: s3cret", RequestHeader{}, "not a URL"},
		{"portal.example.com:8443=X-Key: k=v", RequestHeader{Host: "portal.example.com", Name: "X-Key", Value: "k=v"}, ""},
		{"X-Token: abc==", RequestHeader{Name: "X-Token", Value: "abc=="}, ""},
		{"intranet=Cookie: a=b", RequestHeader{Host: "intranet", Name: "Cookie", Value: "a=b"}, ""},
	}
	for _, tt := range tests {
		got, err := ParseHeader(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) || strings.Contains(err.Error(), "s3cret") {
				t.Errorf("ParseHeader(%q) error %v, want one saying %q, without the value", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseHeader(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

func TestHeaderTransportHosts(t *testing.T) {
	var got http.Header
	base := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		got = r.Header
		return &http.Response{StatusCode: 200, Body: http.NoBody}, nil
	})
	tr := &headerTransport{base: base, forHost: func(h string) bool { return h == "www.example.com" }, header: []RequestHeader{
		{Name: "Authorization", Value: "start"},
		{Host: "portal.example.com", Name: "Authorization", Value: "portal"},
		{Host: "api.example.com", Name: "X-Key", Value: "k"},
	}}
	tests := map[string]string{
		"https://www.example.com/":     "start",
		"https://portal.example.com/x": "portal",
		"http://api.example.com:8080/": "",
		"https://other.example/":       "",
	}
	for u, want := range tests {
		req, _ := http.NewRequest(http.MethodGet, u, nil)
		req.Header.Set("Authorization", "")
		if _, err := tr.RoundTrip(req); err != nil {
			t.Fatal(err)
		}
		if a := got.Get("Authorization"); a != want {
			t.Errorf("%s: Authorization %q, want %q", u, a, want)
		}
		if k := got.Get("X-Key"); (k == "k") != strings.Contains(u, "api.") {
			t.Errorf("%s: X-Key %q", u, k)
		}
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestReadCookieFile(t *testing.T) {
	in := "# comment\n" +
		".example.com\tTRUE\t/\tTRUE\t0\tsid\tabc\n" +
		"#HttpOnly_shop.example.com\tFALSE\t/cart\tFALSE\t4102444800\tcart\t\n" +
		"old.example.com\tFALSE\t/\tFALSE\t1000\tgone\tx\n"
	cs, err := readCookieFile(bufio.NewScanner(strings.NewReader(in)), time.Unix(2000, 0))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 {
		t.Fatalf("read %d cookies, want 2 (the expired one left out)", len(cs))
	}
	if c := cs[0]; c.cookie.Domain != "example.com" || !c.cookie.Secure || c.url.Scheme != "https" {
		t.Errorf("domain cookie %+v for %v", c.cookie, c.url)
	}
	if c := cs[1]; c.cookie.Domain != "" || !c.cookie.HttpOnly || c.cookie.Path != "/cart" || c.url.Host != "shop.example.com" {
		t.Errorf("host cookie %+v for %v", c.cookie, c.url)
	}
	_, err = readCookieFile(bufio.NewScanner(strings.NewReader("a\tb\tc\n")), time.Now())
	if err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad line: %v", err)
	}
}

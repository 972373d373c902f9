package crawl

import (
	"bufio"
	"strings"
	"testing"
	"time"
)

// FuzzReadCookieFile reads any cookie file without panicking, and every
// cookie it keeps has a host and a name. Run:
//
//	go test ./crawl -run '^$' -fuzz FuzzReadCookieFile -fuzztime 30s
func FuzzReadCookieFile(f *testing.F) {
	f.Add(".example.com\tTRUE\t/\tTRUE\t0\tsid\tabc\n")
	f.Add("#HttpOnly_shop.example.com\tFALSE\t/cart\tFALSE\t4102444800\tcart\t\n# c\n\n")
	f.Add("a\tb\tc\td\te\tf\tg\th\n")
	f.Fuzz(func(t *testing.T, in string) {
		cs, err := readCookieFile(bufio.NewScanner(strings.NewReader(in)), time.Unix(0, 0))
		if err != nil {
			return
		}
		for _, c := range cs {
			if c.url.Host == "" || c.cookie.Name == "" {
				t.Errorf("kept a cookie without host or name: %+v %v", c.cookie, c.url)
			}
		}
	})
}

// FuzzParseHeader never panics, and its error never repeats what it was
// given after the colon (a secret).
func FuzzParseHeader(f *testing.F) {
	f.Add("Authorization: Bearer x")
	f.Add("bad name: s3cret")
	f.Add("no-colon")
	f.Fuzz(func(t *testing.T, in string) {
		h, err := ParseHeader(in)
		if err == nil {
			if h.Name == "" || strings.ContainsAny(h.Name, " \t\r\n") || strings.ContainsAny(h.Value, "\r\n") {
				t.Errorf("ParseHeader(%q) = %+v", in, h)
			}
			return
		}
		if _, secret, ok := strings.Cut(in, ":"); ok && len(strings.TrimSpace(secret)) > 3 && strings.Contains(err.Error(), strings.TrimSpace(secret)) {
			t.Errorf("the error %q repeats the value", err)
		}
	})
}

package crawl

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"testing"
	"time"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		ip   string
		want addrClass
	}{
		{"127.0.0.1", classLoopback},
		{"::1", classLoopback},
		{"::ffff:127.0.0.1", classLoopback},
		{"10.1.2.3", classPrivate},
		{"172.16.0.9", classPrivate},
		{"192.168.1.1", classPrivate},
		{"100.64.1.1", classPrivate},
		{"fd00::1", classPrivate},
		{"169.254.169.254", classLinkLocal},
		{"fe80::1", classLinkLocal},
		{"0.0.0.0", classUnspecified},
		{"::", classUnspecified},
		{"203.0.113.10", classPublic},
		{"2001:db8::1", classPublic},
	}
	for _, tt := range tests {
		if got := classify(netip.MustParseAddr(tt.ip)); got != tt.want {
			t.Errorf("classify(%s) = %s, want %s", tt.ip, got, tt.want)
		}
	}
}

func TestGuardControl(t *testing.T) {
	g := newGuard(false)
	g.allow(netip.MustParseAddr("10.0.0.5")) // a start URL on the intranet
	tests := []struct {
		address string
		refused bool
	}{
		{"203.0.113.10:443", false},
		{"10.9.9.9:80", false}, // same class as the start URL
		{"127.0.0.1:8080", true},
		{"[::1]:80", true},
		{"169.254.169.254:80", true},
		{"0.0.0.0:80", true},
		{"[::ffff:127.0.0.1]:80", true},
	}
	for _, tt := range tests {
		err := g.control("tcp", tt.address, nil)
		var pe *PrivateAddressError
		if refused := errors.As(err, &pe); refused != tt.refused {
			t.Errorf("control(%s) = %v, want refused=%v", tt.address, err, tt.refused)
		}
	}
	if err := newGuard(true).control("tcp", "127.0.0.1:80", nil); err != nil {
		t.Errorf("AllowPrivate guard refused loopback: %v", err)
	}
}

// TestGuardedDialerRefusesBeforeConnect dials a real loopback listener
// through the guarded net.Dialer of a crawl whose start URL is public:
// the Control check must refuse before any connection is made.
func TestGuardedDialerRefusesBeforeConnect(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan struct{}, 1)
	go func() {
		if c, err := ln.Accept(); err == nil {
			c.Close()
			accepted <- struct{}{}
		}
	}()
	g := newGuard(false)
	d := &net.Dialer{Timeout: time.Second, Control: g.control}
	_, err = d.DialContext(context.Background(), "tcp", ln.Addr().String())
	var pe *PrivateAddressError
	if !errors.As(err, &pe) {
		t.Fatalf("dial loopback = %v, want *PrivateAddressError", err)
	}
	ln.Close()
	select {
	case <-accepted:
		t.Errorf("the listener accepted a connection")
	default:
	}
}

// fakeNet is the seam of TestWebRedirectToPrivateName: names resolve to
// made-up public addresses; only the address of www.kestrel.test is
// connected, to the loopback test site. Nothing leaves the machine.
type fakeNet struct {
	t     *testing.T
	site  string // host:port of the test site on 127.0.0.1
	names map[string]string
}

func (f *fakeNet) lookup(_ context.Context, host string) ([]netip.Addr, error) {
	if a, ok := f.names[host]; ok {
		return []netip.Addr{netip.MustParseAddr(a)}, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

func (f *fakeNet) dial(ctx context.Context, network, address string) (net.Conn, error) {
	if strings.HasPrefix(address, "203.0.113.10:") {
		var d net.Dialer
		return d.DialContext(ctx, network, f.site)
	}
	f.t.Errorf("dialed %s; the guard should have refused it", address)
	return nil, errors.New("test network: unreachable")
}

func TestWebRedirectToPrivateName(t *testing.T) {
	target := newTestSite(t, "")
	mux := http.NewServeMux()
	mux.Handle("/", http.RedirectHandler("http://rebind.kestrel.test/admin", http.StatusFound))
	site := newTestSite(t, "")
	site.Config.Handler = mux
	fn := &fakeNet{t: t, site: strings.TrimPrefix(site.URL, "http://"), names: map[string]string{
		"www.kestrel.test":    "203.0.113.10",
		"rebind.kestrel.test": strings.TrimPrefix(strings.Split(target.URL, ":")[1], "//"), // 127.0.0.1
	}}
	opt := testOptions()
	opt.Web.AllowedDomains = []string{"kestrel.test"}
	opt.Web.IgnoreRobots = true
	opt.Web.lookup, opt.Web.dial = fn.lookup, fn.dial
	docs := crawlWeb(t, background(t), "http://www.kestrel.test/", opt)
	d := docs["http://www.kestrel.test/"]
	want := "refusing to connect to loopback address rebind.kestrel.test (127.0.0.1)"
	if !strings.HasPrefix(d.Err, want) {
		t.Errorf("Err %q, want it to start with %q", d.Err, want)
	}
	if n := target.hitCount("/admin"); n != 0 {
		t.Errorf("private target requested %d times", n)
	}
}

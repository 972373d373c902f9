package crawl

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"sync/atomic"
	"syscall"
	"time"
)

// addrClass is the kind of network an IP address belongs to.
type addrClass int

const (
	classPublic addrClass = iota
	classPrivate
	classLoopback
	classLinkLocal
	classUnspecified
)

// String names the class the way an error message does.
func (c addrClass) String() string {
	return [...]string{"public", "private", "loopback", "link-local", "unspecified"}[c]
}

// classify returns the class of ip; IPv4-mapped IPv6 addresses are
// classified as the IPv4 address they carry.
func classify(ip netip.Addr) addrClass {
	ip = ip.Unmap()
	switch {
	case ip.IsUnspecified():
		return classUnspecified
	case ip.IsLoopback():
		return classLoopback
	case ip.IsLinkLocalUnicast(), ip.IsLinkLocalMulticast(), ip.IsInterfaceLocalMulticast():
		return classLinkLocal
	case ip.IsPrivate(), isSharedOrReserved(ip):
		return classPrivate
	}
	return classPublic
}

// reservedPrefixes are ranges that are neither public nor covered by
// netip's predicates: carrier-grade NAT, "this network", benchmarking.
var reservedPrefixes = []netip.Prefix{
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("198.18.0.0/15"),
}

// isSharedOrReserved reports whether ip is in one of reservedPrefixes.
func isSharedOrReserved(ip netip.Addr) bool {
	for _, p := range reservedPrefixes {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// PrivateAddressError is the Err of a request that would have connected to
// a private, loopback, link-local or unspecified address.
type PrivateAddressError struct {
	Host string     // the host name asked for
	IP   netip.Addr // the address it resolved to
}

// Error says what was refused and how to allow it.
func (e *PrivateAddressError) Error() string {
	what := e.IP.String()
	if e.Host != "" && e.Host != what {
		what = fmt.Sprintf("%s (%s)", e.Host, what)
	}
	return fmt.Sprintf("refusing to connect to %s address %s (use --allow-private to allow)", classify(e.IP), what)
}

// guard decides which addresses a crawl may connect to: public ones, plus
// the classes its start URLs are on, or all with AllowPrivate.
type guard struct {
	allowAll bool
	allowed  [classUnspecified + 1]atomic.Bool
}

// newGuard returns a guard that allows public addresses only, or every
// address when allowAll is set.
func newGuard(allowAll bool) *guard {
	g := &guard{allowAll: allowAll}
	g.allowed[classPublic].Store(true)
	return g
}

// allow lets the crawl connect to ip's class (a start URL is on it).
func (g *guard) allow(ip netip.Addr) { g.allowed[classify(ip)].Store(true) }

// check returns a *PrivateAddressError when ip may not be connected to.
func (g *guard) check(host string, ip netip.Addr) error {
	if g.allowAll || g.allowed[classify(ip)].Load() {
		return nil
	}
	return &PrivateAddressError{Host: host, IP: ip.Unmap()}
}

// control is a net.Dialer Control function: it runs after the address is
// resolved and before the socket connects, so a DNS answer that changes
// between check and use (rebinding) is still caught.
func (g *guard) control(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("dial %q: %w", address, err)
	}
	return g.check("", ap.Addr())
}

// dialFunc opens a connection, as net.Dialer.DialContext does.
type dialFunc func(ctx context.Context, network, address string) (net.Conn, error)

// lookupFunc resolves a host name, as net.Resolver.LookupNetIP does.
type lookupFunc func(ctx context.Context, host string) ([]netip.Addr, error)

// safeDialer resolves host names itself, checks every answer with the
// guard and dials the checked IP, never the name; the underlying dialer's
// Control checks again at connect time.
type safeDialer struct {
	guard  *guard
	lookup lookupFunc
	dial   dialFunc
}

// newSafeDialer returns the dialer of a crawl; lookup and dial are test
// seams and default to the system resolver and a guarded net.Dialer.
func newSafeDialer(g *guard, lookup lookupFunc, dial dialFunc, timeout time.Duration) *safeDialer {
	if lookup == nil {
		lookup = func(ctx context.Context, host string) ([]netip.Addr, error) {
			return net.DefaultResolver.LookupNetIP(ctx, "ip", host)
		}
	}
	if dial == nil {
		d := &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second, Control: g.control}
		dial = d.DialContext
	}
	return &safeDialer{guard: g, lookup: lookup, dial: dial}
}

// DialContext connects to the first allowed address of address's host.
func (d *safeDialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(address)
	if err != nil {
		return nil, fmt.Errorf("dial %q: %w", address, err)
	}
	ips, err := d.resolve(ctx, host)
	if err != nil {
		return nil, err
	}
	var firstErr error
	for _, ip := range ips {
		if err := d.guard.check(host, ip); err != nil {
			firstErr = err
			continue
		}
		conn, err := d.dial(ctx, network, net.JoinHostPort(ip.Unmap().String(), port))
		if err == nil {
			return conn, nil
		}
		firstErr = err
	}
	return nil, firstErr
}

// resolve returns host's addresses; an IP literal is its own answer.
func (d *safeDialer) resolve(ctx context.Context, host string) ([]netip.Addr, error) {
	if ip, err := netip.ParseAddr(host); err == nil {
		return []netip.Addr{ip}, nil
	}
	ips, err := d.lookup(ctx, host)
	if err != nil {
		return nil, fmt.Errorf("resolve %q: %w", host, err)
	}
	if len(ips) == 0 {
		return nil, fmt.Errorf("resolve %q: no addresses", host)
	}
	return ips, nil
}

// allowStart lets the crawl reach the address classes of a start URL's
// host, so that crawling an intranet or a local test server works.
func (d *safeDialer) allowStart(ctx context.Context, host string) error {
	ips, err := d.resolve(ctx, host)
	if err != nil {
		return err
	}
	for _, ip := range ips {
		d.guard.allow(ip)
	}
	return nil
}

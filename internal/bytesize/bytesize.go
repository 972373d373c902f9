// Package bytesize writes sizes in bytes the way a person reads them. Every
// message that names a size or a size limit — a file over the limit, a
// response body, a zip entry, a story file — asks it, so that they all
// read alike and a limit under a megabyte never prints as "0 MB".
package bytesize

import "fmt"

// Format writes n bytes as "209 bytes", "64 KB", "1.5 KB", "10 MB" or
// "33.5 MB": a KB is 1,024 bytes and an MB 1,024 KB; the unit is the
// largest that n holds at least once, with one decimal when n is not a
// whole number of it. A negative n is written in bytes.
func Format(n int64) string {
	switch {
	case n == 1:
		return "1 byte"
	case n < 1<<10:
		return fmt.Sprintf("%d bytes", n)
	case float64(n) < 1023.95*(1<<10): // what would round to "1024.0 KB" is "1.0 MB"
		return inUnit(n, 1<<10, "KB")
	}
	return inUnit(n, 1<<20, "MB")
}

// inUnit writes n in the unit, with one decimal unless it is whole.
func inUnit(n, unit int64, name string) string {
	if n%unit == 0 {
		return fmt.Sprintf("%d %s", n/unit, name)
	}
	return fmt.Sprintf("%.1f %s", float64(n)/float64(unit), name)
}

//go:build !unix

package analyze

import "testing"

// reportCPU reports nothing where the process's CPU time is not known.
func reportCPU(*testing.B, int64) {}

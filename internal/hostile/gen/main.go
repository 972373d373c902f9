// Command gen writes the small hostile documents of package hostile into
// the folder named by its argument: go run ./internal/hostile/gen testdata/hostile
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/onestory/onestory/internal/hostile"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gen DIR")
		os.Exit(2)
	}
	for _, c := range hostile.Cases() {
		if !c.Small {
			continue
		}
		if err := os.WriteFile(filepath.Join(os.Args[1], c.Name), c.Data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}

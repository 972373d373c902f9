package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/onestory/onestory/internal/printable"
)

// starter is the commented story file that `onestory init` writes.
//
//go:embed starter.yaml
var starter []byte

func (a *app) initCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "init",
		Short: "Write a commented starter messaging.yaml (never overwrites)",
		Example: `  onestory init                      # writes messaging.yaml here
  onestory init --story brand.yaml`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			path := a.v.GetString("story")
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if errors.Is(err, fs.ErrExist) {
				return usageErr(fmt.Errorf("%s exists already; init never overwrites a story file", path))
			}
			if err != nil {
				return &exitError{code: exitFailed, err: err}
			}
			if _, err := f.Write(starter); err != nil {
				f.Close()
				return &exitError{code: exitFailed, err: err}
			}
			if err := f.Close(); err != nil {
				return &exitError{code: exitFailed, err: err}
			}
			fmt.Fprintf(a.stdout, "wrote %s: fill in your products, prices, facts and messages, then run `onestory check`\n", printable.Line(path))
			return nil
		},
	}
}

package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/onestory/onestory/crawl"
)

// sourceArgs accepts between least and most SOURCE arguments (most < 0: no
// limit), each a file, folder, "-" or an http(s) URL, and says in the
// user's terms what is missing or wrong.
func sourceArgs(least, most int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) < least && least == 1:
			return usageErr(fmt.Errorf("%s needs a %s; see the examples in onestory %s --help", cmd.Name(), what, cmd.Name()))
		case len(args) < least:
			return usageErr(fmt.Errorf("%s needs %d of %s; see onestory %s --help", cmd.Name(), least, what, cmd.Name()))
		case most >= 0 && len(args) > most:
			return usageErr(fmt.Errorf("%s takes one %s, not %d (%q …)", cmd.Name(), what, len(args), args[most]))
		}
		return checkArgs(args)
	}
}

// checkArgs returns every source argument written as a URL of a scheme
// onestory cannot fetch.
func checkArgs(args []string) error {
	var errs []error
	for _, arg := range args {
		errs = append(errs, crawl.CheckArg(arg))
	}
	if err := errors.Join(errs...); err != nil {
		return usageErr(err)
	}
	return nil
}

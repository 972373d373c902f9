package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/onestory/onestory/rules"
)

func (a *app) rulesCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the built-in rules with their severities and docs",
		Example: `  onestory rules
  onestory rules --long`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if a.v.GetBool("long") {
				return a.rulesLong()
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			for _, r := range rules.All() {
				title, _, _ := strings.Cut(r.Doc, "\n")
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, scopeName(r.Scope), title)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().Bool("long", false, "print each rule's full documentation")
	return cmd
}

func (a *app) rulesLong() error {
	for i, r := range rules.All() {
		if i > 0 {
			fmt.Fprintln(a.stdout)
		}
		fmt.Fprintf(a.stdout, "%s (%s, %s)\n%s\n", r.ID, r.Severity, scopeName(r.Scope), strings.TrimSpace(r.Doc))
	}
	return nil
}

func scopeName(s rules.Scope) string {
	if s == rules.Corpus {
		return "corpus"
	}
	return "document"
}

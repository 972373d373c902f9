// Package check is the driver: it streams the documents of the sources
// through a bounded pool of workers — extract, analyze, per-document rules —
// then runs the corpus rules once and returns a report.Report. It is what a
// program embedding onestory calls; the command line is a thin layer over it.
package check

// Package report writes a checked corpus in each output format — text, json,
// sarif, junit, github, markdown, html — one file per format, each writing to
// an io.Writer. It formats findings; it does not decide severities.
package report

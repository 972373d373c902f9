// Package plain reads plain text into extract.Text: Extract.
package plain

// Package office reads decks and documents into extract.Text: PPTX, DOCX,
// ODT and ODP.
//
// pptx.go and pptx_shapes.go read slides, their shapes in reading order,
// tables, speaker notes and hidden slides; docx.go, docx_runs.go and
// docx_styles.go read Word paragraphs, headings, tables, headers and
// footers; odf.go, odf_text.go and odf_slides.go read OpenDocument text
// and presentations. ooxml_zip.go and ooxml_xml.go are the bounded zip and
// XML reading they share (zip bombs, encryption, entity expansion and deep
// nesting are refused).
package office

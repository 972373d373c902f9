// Package analyze reads extracted text with NLP and finds mentions: prices,
// quantities, claims, product names, terms and key messages, each with its
// location and, where it can tell, the canonical subject it is about. It
// finds what sources say; the rules package decides what is wrong.
package analyze

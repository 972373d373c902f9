package analyze

// The words after which a superlative or an ordinal is no claim, read by
// the detectors of claim_detectors.go. Read-only.

// notSuperlativeNext are words that, after a superlative word, make it no
// claim: "best practices", "leading to", "leading up to", the category
// "Best Case", advice ("best if", "best not"); isSuperlative also rules
// out "the best way to do a demo".
var notSuperlativeNext = map[string]bool{
	"practice": true, "practices": true, "regards": true, "wishes": true,
	"effort": true, "to": true, "up": true, "of": true, "case": true,
	"bet": true, "fit": true, "friend": true, "part": true,
	"if": true, "not": true, "when": true, "next": true, "path": true,
	"starting": true, "served": true, "serve": true, "support": true,
	"example": true, "guess": true, "work": true, "done": true,
	"customer": true, "customers": true, "user": true, "users": true,
	"people": true, "power": true, "estimate": true,
}

// notSuperlativeEst are words ending in "-est" that are not superlatives.
var notSuperlativeEst = map[string]bool{
	"interest": true, "request": true, "latest": true, "earliest": true,
	"forest": true, "harvest": true, "honest": true, "modest": true,
	"suggest": true, "digest": true, "manifest": true, "protest": true,
	"contest": true, "invest": true, "ingest": true, "arrest": true, "attest": true,
	"priest": true, "conquest": true, "inquest": true, "behest": true,
	"northwest": true, "southwest": true, "midwest": true, "request's": true,
	"interest's": true, "dearest": true, "wildest": true, "backtest": true,
	"pretest": true, "retest": true, "unrest": true, "bequest": true,
}

// firstNotClaim are nouns after "the first" that make it an ordinal, not a
// claim: "the first step", "the first month".
var firstNotClaim = map[string]bool{
	"step": true, "steps": true, "time": true, "month": true, "months": true,
	"day": true, "days": true, "week": true, "weeks": true, "year": true,
	"years": true, "name": true, "thing": true, "things": true, "page": true,
	"release": true, "version": true, "invoice": true, "login": true,
	"few": true, "half": true, "quarter": true, "line": true, "stop": true,
	"route": true, "slide": true, "section": true, "chapter": true, "of": true,
	"and": true, "download": true, "call": true, "demo": true, "person": true,
	"objective": true, "dashboard": true, "dashboards": true, "interaction": true,
	"people": true,
}

// onlyNotClaim are nouns after "the only" that make it no claim: "the only
// thing you need to do is sign up".
var onlyNotClaim = map[string]bool{
	"thing": true, "things": true, "step": true, "steps": true, "requirement": true,
	"catch": true, "time": true, "way": true, "difference": true, "limit": true,
	"cost": true, "exception": true, "change": true, "question": true,
	"option": true, "case": true, "emails": true,
}

package value

// rareMarkers are ways of writing a currency that price-parser lists as
// still to be added (PRICE_PARSING_EXAMPLES_XFAIL_CURRENCIES_TO_BE_ADDED in
// its tests; BSD-3-Clause, Copyright (c) Scrapinghub). Many are single
// letters or common words, so they count only when the whole string is a
// price (ParsePrice), never in running text.
var rareMarkers = map[string]string{
	"US $": "USD", "AU $": "AUD", "CAD$": "CAD", "CAN$": "CAD", "G$": "GYD", "GY$": "GYD",
	"$b": "BOB", "E£": "EGP", "ج.م": "EGP", "yen": "JPY", "บาท": "THB", "ر.س": "SAR",
	"Kr": "", "zl": "PLN", "R": "ZAR", "L": "", "P": "BWP", "E": "", "D": "", "K": "",
	"G": "", "q": "GTQ", "Q": "GTQ", "دج": "DZD", "franc": "", "francs": "", "ናቕፋ": "ERN",
	"نافكا": "ERN", "ብር": "ETB", "ლ": "GEL", "¢": "", "₵": "GHS", "GFr": "GNF",
	"ع.د": "IQD", "د.": "", "KSh": "KES", "د.ك": "KWD", "ل.د": "LYD", "ден": "MKD",
	"ДЕН": "MKD", "Ar": "MGA", "د.إ": "AED", "MT": "MZN", "FRw": "RWF", "RF": "RWF",
	"R₣": "RWF", "Дин": "RSD", "SPL": "SPL", "ج.س.": "SDG", "ج.س": "SDG", "د.ت": "TND",
	"BTC": "BTC", "CHf": "CHF", "Dh": "AED", "Dhs": "AED", "Esc": "CVE", "Fbu": "BIF",
	"ID": "", "Ks": "MMK", "NT": "TWD", "Nu": "BTN", "Rbl": "RUB", "Re": "INR", "S/": "PEN",
	"SFr": "CHF", "Sl": "", "VNĐ": "VND", "Vt": "VUV", "din": "RSD", "hrn": "UAH",
	"kwz": "AOA", "lari": "GEL", "nis": "ILS", "pound": "GBP", "Sʻ": "UZS", "S'": "UZS",
	"so'm": "UZS", "som": "", "stg": "GBP", "yuan": "CNY", "Ƀ": "BTC", "дин": "RSD",
	"км": "", "с": "", "ש״ח": "ILS", "د.أ": "JOD", "د.ا": "", "د.ج": "DZD", "د.م": "MAD",
	"دينار": "", "دينار أردني": "JOD", "دينار كويتي": "KWD", "ر.ع": "OMR", "ر.ق": "QAR",
	"ش.ج": "ILS", "ل.س": "SYP", "ل.ل": "LBP", "ரூ": "LKR", "රු": "LKR", "ლარი": "GEL",
	"人民币": "CNY", "圆": "CNY", "圓": "TWD", "GBp": "GBP", "nzd": "NZD", "mkd": "MKD",
	"тг": "KZT", "د.ع": "IQD", "د.ل": "LYD", "ر.ي": "YER", "KShs": "KES", "chf": "CHF",
}

// maxRareRunes is the length in runes of the longest key of rareMarkers.
const maxRareRunes = 11

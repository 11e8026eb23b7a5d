"""Currency tables: signs, ISO codes, names and minor units, each mapped to an ISO 4217 code."""

from __future__ import annotations

SIGNS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "aud$": "AUD",
    "nz$": "NZD",
    "nzd$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "mex$": "MXN",
    "mxn$": "MXN",
    "r$": "BRL",
    "nt$": "TWD",
    "t$": "TOP",
    "j$": "JMD",
    "tt$": "TTD",
    "fj$": "FJD",
    "ec$": "XCD",
    "bz$": "BZD",
    "ws$": "WST",
    "si$": "SBD",
    "z$": "ZWL",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₿": "BTC",
    "rs": "INR",
    "rm": "MYR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₮": "MNT",
    "ரூ": "LKR",
    "元": "CNY",
}
# Codes that are also English words ("try", "cop") count only in capitals.
CODES = (
    "USD|EUR|GBP|JPY|CNY|RMB|CAD|AUD|CHF|INR|HKD|SGD|MXN|BRL|ZAR|RUB|KRW|SEK|NOK|DKK|PLN|(?-i:TRY)|NZD"
    "|ILS|UAH|MYR|BTC|EGP|SAR|QAR|KWD|AED|NGN|KES|ARS|(?-i:COP)|CLP|PHP|IDR|THB|VND|PKR|BGN|CZK|HUF"
    "|LBP|MNT|GEL|CRC|LAK|LKR|OMR|BHD|JOD|IQD|IRR|TWD|RON|ISK|MAD|TND|DZD|GHS|ETB|TZS|UGX|BDT"
)
WORDS: dict[str, str] = {
    "dollar": "USD",
    "us dollar": "USD",
    "u.s. dollar": "USD",
    "american dollar": "USD",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "hong kong dollar": "HKD",
    "singapore dollar": "SGD",
    "new zealand dollar": "NZD",
    "euro": "EUR",
    "pound": "GBP",
    "british pound": "GBP",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rupee": "INR",
    "peso": "MXN",
    "mexican peso": "MXN",
    "swiss franc": "CHF",
    "real": "BRL",
    "reais": "BRL",
    "ruble": "RUB",
    "rouble": "RUB",
    "shekel": "ILS",
    "bitcoin": "BTC",
    "rand": "ZAR",
    "lira": "TRY",
    "turkish lira": "TRY",
    "ringgit": "MYR",
    "australian dollars": "AUD",
    "franc": "FRF",
    "french franc": "FRF",
    "peseta": "ESP",
    "guilder": "NLG",
    "dutch guilder": "NLG",
    "markka": "FIM",
    "finnish markka": "FIM",
    "deutsche mark": "DEM",
    "malaysian ringgit": "MYR",
    "malaysia ringgit": "MYR",
    "kuwaiti dinar": "KWD",
    "iraqi dinar": "IQD",
    "jordanian dinar": "JOD",
    "qatari riyal": "QAR",
    "saudi riyal": "SAR",
    "saudiriyal": "SAR",
    "omani rial": "OMR",
    "iranian rial": "IRR",
    "lebanese pound": "LBP",
    "egyptian pound": "EGP",
    "egyptianpound": "EGP",
    "geneh": "EGP",
    "genihat masriya": "EGP",
    "tugrik": "MNT",
    "tugrug": "MNT",
    "hryvnia": "UAH",
    "lari": "GEL",
    "indian rupee": "INR",
    "pakistani rupee": "PKR",
    "sri lankan rupee": "LKR",
    "naira": "NGN",
    "baht": "THB",
    "dirham": "AED",
    "zloty": "PLN",
    "forint": "HUF",
    "koruna": "CZK",
    "kuai": "CNY",
}
# Minor units: the currency they belong to and their worth in it ("50 cents" is 0.5 USD).
MINOR: dict[str, tuple[str, float]] = {
    "cent": ("USD", 0.01),
    "c": ("USD", 0.01),
    "¢": ("USD", 0.01),
    "dime": ("USD", 0.1),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01),
    "pennies": ("GBP", 0.01),
    "sen": ("MYR", 0.01),
    "satoshi": ("BTC", 1e-8),
    "kopiyka": ("UAH", 0.01),
    "kopiykas": ("UAH", 0.01),
    "kopeck": ("RUB", 0.01),
    "kopek": ("RUB", 0.01),
    "paisa": ("INR", 0.01),
    "paise": ("INR", 0.01),
    "fen": ("CNY", 0.01),
    "mao": ("CNY", 0.1),
    "jiao": ("CNY", 0.1),
}


def add_minor_units(words: dict[str, str], minor: dict[str, tuple[str, float]]) -> None:
    """Let each minor unit written as a word ("cent", "centavos") name its currency in `words` too,
    unless `words` names another by it."""
    for unit, (code, _) in minor.items():
        if unit.isalpha() and len(unit) > 1:  # not "c" nor "¢"
            words.setdefault(unit, code)


add_minor_units(WORDS, MINOR)
# Names a reader may put before the amount ("ringgit 42", "dollar 22.5 million").
PREFIX_WORDS = ("dollars", "dollar", "ringgits", "ringgit", "rupees", "rupee", "yuan")


def code_of(code: str) -> str:
    """The ISO code for a written code ("RMB" is CNY)."""
    code = code.upper()
    return "CNY" if code == "RMB" else code


def named(term: str) -> str | None:
    """The currency a term names on its own ("yuan", "pesos", "RMB"; a name in capitals, "Rand",
    names none), if any."""
    text = " ".join(term.split())
    if text.isupper() and text in CODES.replace("(?-i:", "").replace(")", "").split("|"):
        return code_of(text)
    if not text.islower():
        return None  # "Rand" is a name
    lower = text.lower()
    return WORDS.get(lower) or (WORDS.get(lower[:-1]) if lower.endswith("s") else None)


# The signs and names of the dollars other than the U.S. one ("nz$", "new zealand dollar").
OTHER_DOLLARS = {
    key: code
    for table in (WORDS, SIGNS)
    for key, code in table.items()
    if code != "USD" and ("$" in key or "dollar" in key)
}


def other_dollar(text: str) -> str | None:
    """The dollar other than the U.S. one that `text` names ("in New Zealand dollars", "NZ$",
    "AUD"), if any: where a bare "$" may be that dollar."""
    lower = " ".join(text.lower().split())
    named = next((code for key, code in OTHER_DOLLARS.items() if key in lower), None)
    if named is not None:
        return named
    words = set(text.replace(",", " ").split())
    return next((code for code in sorted(set(OTHER_DOLLARS.values())) if code in words), None)

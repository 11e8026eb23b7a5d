"""The Spanish words the value readers know, each defined once, as `vocab` holds the English ones:
number words, scales, vague amounts, months, weekdays, hedges, percent and currency words. The Spanish
readers (`numbers_es`, `dates_es` and the language tables of the shared readers) build their
patterns from these tables; `tests/test_vocab_es.py` reads every word through the paths that use it.

Written accents are optional where news copy often drops them ("millon", "miercoles", "veintidos")."""

from __future__ import annotations

from checker.models import Qualifier
from checker.patterns import alternation
from checker.values.currencies import add_minor_units

UNITS: dict[str, int] = {
    **{"cero": 0, "uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5},
    **{"seis": 6, "siete": 7, "ocho": 8, "nueve": 9},
}
TEENS: dict[str, int] = {
    **{"diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15},
    **{"dieciséis": 16, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19},
}
# 20-29 are one word each.
VEINTI: dict[str, int] = {
    **{"veinte": 20, "veintiuno": 21, "veintiún": 21, "veintiun": 21, "veintiuna": 21},
    **{"veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23, "veinticuatro": 24},
    **{"veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28},
    "veintinueve": 29,
}
TENS: dict[str, int] = {
    **{"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60},
    **{"setenta": 70, "ochenta": 80, "noventa": 90},
}
HUNDREDS: dict[str, int] = {"cien": 100, "ciento": 100}
for _word, _n in (
    ("doscient", 2),
    ("trescient", 3),
    ("cuatrocient", 4),
    ("quinient", 5),
    ("seiscient", 6),
    ("setecient", 7),
    ("ochocient", 8),
    ("novecient", 9),
):
    HUNDREDS[_word + "os"] = HUNDREDS[_word + "as"] = 100 * _n
# Every number word below a thousand that stands alone.
SMALL: dict[str, int] = {**UNITS, **TEENS, **VEINTI, **TENS, **HUNDREDS}
# Words that multiply what comes before them ("6,4 millones", "85 mil", "dos mil millones").
SCALES: dict[str, int] = {
    "mil": 10**3,
    "millón": 10**6,
    "millon": 10**6,
    "millones": 10**6,
    "millardo": 10**9,
    "millardos": 10**9,
    "billón": 10**12,
    "billon": 10**12,
    "billones": 10**12,
    "docena": 12,
    "docenas": 12,
}
# One scale written in two words: "mil millones" is a thousand million (the English billion).
SCALE_PHRASES: dict[str, int] = {"mil millones": 10**9, "mil millón": 10**9, "mil millon": 10**9}
# Abbreviations after digits: "10k", "US$ 6M", "2,33 k".
SUFFIXES: dict[str, int] = {"k": 10**3, "K": 10**3, "M": 10**6, "G": 10**9}

# Vague amounts: the range each allows ("miles" are thousands, "millones" millions).
VAGUE: dict[str, tuple[int, int]] = {
    "decenas": (20, 99),
    "docenas": (24, 99),
    "cientos": (200, 999),
    "centenares": (200, 999),
    "miles": (2000, 9999),
    "millares": (2000, 9999),
    "millones": (2 * 10**6, 10**9 - 1),
    "miles de millones": (2 * 10**9, 10**12 - 1),
    "billones": (2 * 10**12, 10**15 - 1),
}
# The unit each word of a compound vague amount stands for: "decenas de miles", "varios miles".
VAGUE_UNITS: dict[str, int] = {
    "decenas": 10,
    "cientos": 100,
    "centenares": 100,
    "miles": 1000,
    "millares": 1000,
    "millones": 10**6,
    "miles de millones": 10**9,
}
SEVERAL = ("varios", "varias", "algunos", "algunas", "unos cuantos", "unas cuantas")

# Small counts in relative dates: "hace tres semanas", "hace un año".
COUNT_WORDS: dict[str, int] = {
    **{w: UNITS[w] for w in ("un", "una", "uno", "dos", "tres", "cuatro", "cinco", "seis")},
    **{w: UNITS[w] for w in ("siete", "ocho", "nueve")},
    **{"diez": 10, "once": 11, "doce": 12},
}

MONTHS = (
    *("enero", "febrero", "marzo", "abril", "mayo", "junio"),
    *("julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
)
MONTH_NUMBERS: dict[str, int] = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_NUMBERS["setiembre"] = 9
# Short forms, read only next to digits ("31-dic-1994", "1 Ene 2012", "dic. 2018"): "mar" is the sea.
MONTH_ABBREVIATIONS: dict[str, int] = {
    **{"ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8},
    **{"sep": 9, "sept": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12},
}
WEEKDAYS: dict[str, int] = {
    **{"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3},
    **{"viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6},
}
# Short forms, read only with their full stop ("miérc.", "vier."): "dom", "sal" and "mar" are words.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    **{"lun": 0, "mié": 2, "mie": 2, "miérc": 2, "mierc": 2, "jue": 3, "juev": 3},
    **{"vie": 4, "vier": 4, "sáb": 5, "sab": 5, "dom": 6},
}
# Days of the month in words: "el diez de octubre", "primero de enero".
DAY_WORDS: dict[str, int] = {
    **{w: n for w, n in SMALL.items() if 1 <= n <= 31 and w not in ("un", "una")},
    **{"primero": 1, "primer": 1, "segundo": 2},
    **{"treinta y uno": 31, "treinta y un": 31, "treinta": 30},
}

# Hedges written before a number, and the interval each gives (see qualifiers.interval). A phrase
# ending in "de" also reads "del" ("más del 90 %"); an article may follow ("casi el 2 %", "hasta un
# 30 %").
QUALIFIERS: dict[Qualifier, tuple[str, ...]] = {
    Qualifier.MORE_THAN: (
        *("más de", "mas de", "poco más de", "algo más de", "mucho más de", "bastante más de"),
        *("por encima de", "superior a", "superiores a", "arriba de", "sobrepasa", "supera"),
    ),
    Qualifier.AT_LEAST: (
        "al menos",
        "por lo menos",
        "como mínimo",
        "como minimo",
        "un mínimo de",
        "no menos de",
    ),
    Qualifier.NEARLY: ("casi", "cerca de", "poco menos de", "rozando", "prácticamente", "practicamente"),
    Qualifier.ABOUT: (
        *("unos", "unas", "alrededor de", "aproximadamente", "aprox.", "aprox", "en torno a", "en torno de"),
        *("del orden de", "un estimado de", "unos aproximadamente", "~", "cifra cercana a"),
    ),
    Qualifier.UP_TO: ("hasta", "no más de", "no mas de", "como máximo", "como maximo", "un máximo de"),
    Qualifier.LESS_THAN: ("menos de", "por debajo de", "inferior a", "inferiores a"),
}
# Words that may stand between a hedge and its number: "casi el 2 %", "hasta un 30 %".
QUALIFIER_ARTICLES = ("el", "la", "los", "las", "un", "una")

# The sign or words after a percentage: "91 %", "91 por ciento", "2 puntos porcentuales".
PERCENT_WORDS = ("%", "por ciento", "por cien", "puntos porcentuales", "punto porcentual")

# Currency names, singular and plural, mapped to an ISO 4217 code; "de" may come before them after a
# scale ("6 millones de dólares"). A bare "libras" is weight more often than sterling (read only
# after a scale, as in English).
CURRENCY_WORDS: dict[str, str] = {
    "dólar": "USD",
    "dólares": "USD",
    "dolar": "USD",
    "dolares": "USD",
    "dólares estadounidenses": "USD",
    "dólares americanos": "USD",
    "dólar estadounidense": "USD",
    "dólares canadienses": "CAD",
    "dólares australianos": "AUD",
    "dólares neozelandeses": "NZD",
    "dólares de hong kong": "HKD",
    "euro": "EUR",
    "euros": "EUR",
    "libra": "GBP",
    "libras": "GBP",
    "libras esterlinas": "GBP",
    "yen": "JPY",
    "yenes": "JPY",
    "yuan": "CNY",
    "yuanes": "CNY",
    "peso": "MXN",
    "pesos": "MXN",
    "pesos mexicanos": "MXN",
    "pesos argentinos": "ARS",
    "pesos chilenos": "CLP",
    "pesos colombianos": "COP",
    "colones costarricenses": "CRC",
    "francos": "FRF",
    "francos franceses": "FRF",
    "francos suizos": "CHF",
    "marcos finlandeses": "FIM",
    "marcos alemanes": "DEM",
    "pesetas": "ESP",
    "florines neerlandeses": "NLG",
    "rupias": "INR",
    "rublos": "RUB",
    "reales": "BRL",
    "bitcoins": "BTC",
    "quetzales": "GTQ",
    "lempiras": "HNL",
    "soles": "PEN",
}
# Minor units: the currency they belong to and their worth in it ("50 centavos" is 0.5 USD).
MINOR: dict[str, tuple[str, float]] = {
    "centavo": ("USD", 0.01),
    "centavos": ("USD", 0.01),
    "céntimo": ("EUR", 0.01),
    "céntimos": ("EUR", 0.01),
    "centimo": ("EUR", 0.01),
    "centimos": ("EUR", 0.01),
    "penique": ("GBP", 0.01),
    "peniques": ("GBP", 0.01),
}
add_minor_units(CURRENCY_WORDS, MINOR)
# Names a writer may put before the amount: "dólar 22,5 millones".
PREFIX_WORDS = ("dólares", "dólar", "dolares", "dolar", "euros", "euro")
# "un dólar", "un centavo": one of the unit.
SINGLE_UNITS = ("dólar", "dolar", "euro", "yen", "peso", "centavo", "céntimo", "centimo", "penique")


def month_number(name: str) -> int:
    """1..12 for a Spanish month name or short form ("Dic." -> 12)."""
    word = name.strip(".").lower()
    return MONTH_NUMBERS.get(word) or MONTH_ABBREVIATIONS[word[:4] if word[:4] == "sept" else word[:3]]


def weekday_number(name: str) -> int:
    """0 (lunes) .. 6 for a Spanish weekday name or short form."""
    word = name.strip(".").lower()
    return WEEKDAYS.get(word, WEEKDAY_ABBREVIATIONS.get(word, -1))


# Pattern pieces shared by the Spanish readers.
MONTH_ALT = alternation(MONTH_NUMBERS)
MONTH_ABBR_ALT = alternation(MONTH_ABBREVIATIONS)
WEEKDAY_ALT = alternation(WEEKDAYS)
WEEKDAY_ABBR_ALT = alternation(WEEKDAY_ABBREVIATIONS)
SCALE_ALT = alternation([*SCALE_PHRASES, *SCALES])
BIG_ALT = alternation([*SCALE_PHRASES, *(w for w, n in SCALES.items() if n >= 1000)])
SMALL_ALT = alternation(SMALL)
COUNT_ALT = alternation(COUNT_WORDS)
CURRENCY_ALT = alternation(CURRENCY_WORDS)
PERCENT_ALT = alternation(PERCENT_WORDS)

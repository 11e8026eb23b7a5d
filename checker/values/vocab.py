"""The words the value readers know, each defined once: number words, scales, vague amounts, months,
weekdays, hedges. Every reader builds its patterns from these tables (currencies live beside them in
`currencies`); `tests/test_vocab.py` reads every word through every path that uses it.

To teach the readers a word, add it here: "lakh" in SCALES is read in "3 lakh", "half a lakh",
"two thirds of a lakh", "Rs 3 lakh" and kept out of years ("2023 lakh")."""

from __future__ import annotations

from checker.models import Qualifier
from checker.patterns import alternation, trie_pattern

UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = (
    *("ten", "eleven", "twelve", "thirteen", "fourteen"),
    *("fifteen", "sixteen", "seventeen", "eighteen", "nineteen"),
)
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# Every number word below a hundred that stands alone: "zero" .. "ninety".
SMALL: dict[str, int] = {w: i for i, w in enumerate(UNITS)}
SMALL.update({"nought": 0, "naught": 0})
SMALL.update({w: 10 + i for i, w in enumerate(TEENS)})
SMALL.update({w: 20 + 10 * i for i, w in enumerate(TENS)})

# Words that multiply the number before them ("6.4 million", "3 lakh", "two dozen").
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "lac": 10**5,
    "lkh": 10**5,
    "crore": 10**7,
    "krore": 10**7,
    "koti": 10**7,
    "cr": 10**7,
    "dozen": 12,
    "doz": 12,
    "dz": 12,
}
# Abbreviations read only after digits, never as words ("cr" is also an abbreviation of "credit").
DIGIT_ONLY_SCALES = frozenset({"lkh", "cr", "dz"})
# The scales of a whole amount: "half a crore", "two thirds of a million", "$3 billion".
BIG: dict[str, int] = {w: n for w, n in SCALES.items() if n >= 1000}
# Letters glued to digits: "$5bn", "10k", "3.2m".
SUFFIXES: dict[str, int] = {
    "k": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "mm": 10**6,
    "mil": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "g": 10**9,
    "t": 10**12,
    "tn": 10**12,
    "tln": 10**12,
}

# Vague amounts: the range each allows. "scores" needs "of" after it ("scores of people"), because
# alone it is far more often a noun ("test scores").
VAGUE: dict[str, tuple[int, int]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "millions": (2 * 10**6, 10**9 - 1),
    "billions": (2 * 10**9, 10**12 - 1),
    "trillions": (2 * 10**12, 10**15 - 1),
}
VAGUE_NEEDS_OF = frozenset({"scores"})
# The unit each word of a compound vague amount stands for: "tens of thousands", "several hundred".
VAGUE_UNITS: dict[str, int] = {"tens": 10, "hundreds": 100, **{w: n for w, n in SCALES.items() if n >= 100}}

# Small counts in relative dates: "three weeks ago", "two years ago".
COUNT_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    **{w: SMALL[w] for w in (*UNITS[1:], "ten", "eleven", "twelve")},
}

MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
# Short forms as written in news copy; a trailing dot is allowed by the patterns.
MONTH_ABBREVIATIONS: dict[str, int] = {
    **{m[:3]: i + 1 for i, m in enumerate(MONTHS)},
    "Sept": 9,
}
# Lower-case "may" and "march" are verbs, not months.
MONTH_VERBS = frozenset({"may", "mar"})
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_ABBREVIATIONS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")

ORDINALS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
    *("eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth"),
    *("eighteenth", "nineteenth", "twentieth"),
)

# Hedges written before a number, and the interval each gives (see qualifiers.interval).
QUALIFIERS: dict[Qualifier, tuple[str, ...]] = {
    Qualifier.MORE_THAN: (
        *("more than", "over", "upwards of", "in excess of", "exceeding", "above", "just over"),
        *("well over", "well above", "just above", "greater than", "higher than", "north of"),
    ),
    Qualifier.AT_LEAST: ("at least", "a minimum of", "no fewer than", "no less than", "not less than"),
    Qualifier.NEARLY: (
        *("nearly", "almost", "close to", "just under", "just below", "approaching", "just shy of"),
    ),
    Qualifier.ABOUT: (
        *("about", "around", "roughly", "some", "approximately", "an estimated", "estimated", "circa"),
        *("~", "nearly about", "an approximate", "approx.", "approx", "about some"),
    ),
    Qualifier.UP_TO: ("up to", "as many as", "as much as", "as high as"),
    Qualifier.LESS_THAN: ("fewer than", "less than", "under", "below", "lower than"),
}


def month_number(name: str) -> int:
    """1..12 for a month name or short form ("Sept." -> 9)."""
    return MONTH_ABBREVIATIONS[name.strip(".")[:3].title()]


def weekday_number(name: str) -> int:
    """0 (Monday) .. 6 for a weekday name or short form."""
    return [w[:3] for w in WEEKDAYS].index(name[:3].title())


# Units of measure, every form (English and Spanish, words and abbreviations) under one name: a
# figure followed by one measures in it ("34 km west of", "9,300 feet long").
MEASURES: dict[str, tuple[str, ...]] = {
    "kilometre": (
        "km",
        "kms",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
        "kilómetro",
        "kilómetros",
    ),
    "mile": ("mi", "mile", "miles", "milla", "millas"),
    "nautical mile": ("nautical mile", "nautical miles", "nmi", "n mi", "milla náutica", "millas náuticas"),
    "metre": ("m", "metre", "metres", "meter", "meters", "metro", "metros"),
    "foot": ("ft", "foot", "feet", "pie", "pies"),
    "inch": ("inch", "inches", "pulgada", "pulgadas"),  # "in" is inches only beside feet or millimetres
    "centimetre": (
        "cm",
        "centimetre",
        "centimetres",
        "centimeter",
        "centimeters",
        "centímetro",
        "centímetros",
    ),
    "millimetre": ("mm", "millimetre", "millimetres", "millimeter", "millimeters", "milímetro", "milímetros"),
    "kilogram": ("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramo", "kilogramos"),
    "gram": ("g", "gram", "grams", "gramme", "grammes", "gramo", "gramos"),
    "pound": ("lb", "lbs", "pound", "pounds", "libra", "libras"),
    "ounce": ("oz", "ounce", "ounces", "onza", "onzas"),
    "hectare": ("ha", "hectare", "hectares", "hectárea", "hectáreas"),
    "acre": ("acre", "acres"),
    "square kilometre": ("km2", "km²", "sq km"),
    "square mile": ("sq mi", "square miles", "square mile"),
    "square metre": ("m2", "m²", "sq m", "square metres", "square meters", "square metre", "square meter"),
    "square foot": ("sq ft", "ft2", "ft²", "square feet", "square foot"),
    "cubic metre": ("m3", "m³", "cubic metres", "cubic meters", "cubic metre", "cubic meter"),
    "tonne": ("t", "ton", "tons", "tonne", "tonnes", "tonelada", "toneladas"),
    "knot": ("knot", "knots", "kn", "nudo", "nudos"),
    "mile per hour": ("mph", "mile per hour", "miles per hour", "millas por hora"),
    "hour": ("hr", "hrs", "hour", "hours", "hora", "horas"),
    "minute": ("min", "mins", "minute", "minutes", "minuto", "minutos"),
    "second": ("s", "sec", "secs", "second", "seconds", "segundo", "segundos"),
    "kilometre per hour": (
        "km/h",
        "kmh",
        "kph",
        "kilometre per hour",
        "kilometres per hour",
        "kilometer per hour",
        "kilometers per hour",
        "kilómetros por hora",
    ),
    "degree": ("°", "°C", "°F", "degrees", "degree", "grados"),
    # A hectopascal is a millibar: a pressure is told in either.
    "hectopascal": (
        *("hPa", "hectopascal", "hectopascals", "hectopascales"),
        *("mb", "mbar", "millibar", "millibars"),
    ),
    "inch of mercury": ("inHg", "inches of mercury"),
    "barrel": ("bbl", "barrel", "barrels", "barril", "barriles"),
    "gallon": ("gal", "gallon", "gallons", "galón", "galones"),
    "litre": ("litre", "litres", "liter", "liters", "litro", "litros"),
    "watt": ("watt", "watts", "vatio", "vatios"),
    "kilowatt": ("kilowatt", "kilowatts", "kilovatio", "kilovatios"),
    # a distance in space: "55 million light-years", "16.4 million parsecs", "150 kiloparsecs"
    "light-year": ("light-year", "light-years", "light year", "light years", "ly", "año luz", "años luz"),
    "parsec": ("parsec", "parsecs", "pársec", "pársecs"),
    "kiloparsec": ("kiloparsec", "kiloparsecs", "kpc"),
    "megaparsec": ("megaparsec", "megaparsecs", "Mpc"),
    # a mass in space: "6.5 billion solar masses", "36 M☉"
    "solar mass": ("solar mass", "solar masses", "M☉", "M⊙", "Msun", "masa solar", "masas solares"),
    "megawatt": ("megawatt", "megawatts", "megavatio", "megavatios"),
    "gigawatt": ("gigawatt", "gigawatts", "gigavatio", "gigavatios"),
    "megabyte": ("megabyte", "megabytes"),
    "gigabyte": ("gigabyte", "gigabytes"),
    "kilobyte": ("kilobyte", "kilobytes"),
}
UNIT_OF = {form.lower(): unit for unit, forms in MEASURES.items() for form in forms}
# Forms whose case tells their unit: "MB" is megabytes ("3 MB - JPEG"), "mb" millibars;
# "W" is watts ("738 W"), "w" nothing; "MW" megawatts, "Mw" a magnitude's scale.
CASED_UNITS = {
    **{"MB": "megabyte", "GB": "gigabyte", "KB": "kilobyte", "kB": "kilobyte"},
    **{"W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt"},
}


# Pattern pieces shared by the readers.
MONTH_ALT = trie_pattern([*MONTHS, *MONTH_ABBREVIATIONS])  # "Jan", "January", "Sept", ...
# Where a capitalised word begins right after an infobox label run into it ("FormedSeptember"): a
# lower-case letter before, an upper-case one after, whatever the pattern's case flag.
LABEL_GLUED = r"(?-i:(?<=[a-z])(?=[A-Z]))"
FULL_MONTH_ALT = alternation(MONTHS)
WEEKDAY_ALT = alternation(WEEKDAYS)
SMALL_ALT = alternation(SMALL)
SCALE_WORD_ALT = alternation(w for w in SCALES if w not in DIGIT_ONLY_SCALES)
BIG_WORD_ALT = alternation(w for w in BIG if w not in DIGIT_ONLY_SCALES)
# After digits every scale is read; "cr" only in lower case ("6 cr", not "6 CR").
SCALE_AFTER_DIGITS_ALT = alternation(w for w in SCALES if w != "cr") + "|(?-i:cr)"
VAGUE_ALT = alternation(VAGUE)

"""Atomic numbers in running text: digits, scale words, spelled-out numbers and vague amounts."""

from __future__ import annotations

import functools
import math
import re
from decimal import Decimal

from text_to_num import text2num

from checker.values import vocab
from checker.values.currencies import CODES
from checker.values.mixed import join_mixed
from checker.values.num import (
    MAX_DIGITS,
    MAX_EXPONENT,
    MAX_NUMBER_WORDS,
    MAX_SPACE_GROUPS,
    Num,
    Number,
    as_number,
    scaled_figure,
    within_caps,
)
from checker.values.words import parse_words, segment_words

__all__ = ["Num", "Number", "as_number", "negative", "scan_numbers", "vague_range"]

_SCALE_ALT = vocab.SCALE_AFTER_DIGITS_ALT
_SUFFIX_ALT = "bn|mn|mln|bln|tn|tln"  # after digits, spaced or not: "5 bn", "5bn"
_GLUED_SUFFIX_ALT = "mm|mil|[kKmMbB]|(?-i:[GT])"  # glued to digits only: "10k", "3.2m"
# "the 100m final", "200m freestyle": metres of a race, not millions
_NOT_A_RACE = (
    r"(?<![mM](?=\s+(?:final|race|sprint|hurdles|freestyle|butterfly|breaststroke|backstroke|medley|relay"
    r"|dash|run|world\s+record|record|title|event|heats?|semi-finals?|semifinals?|steeplechase|individual"
    r"|gold|silver|bronze|champion)\b))"
)
assert {*_SUFFIX_ALT.split("|"), "mm", "mil", "k", "m", "b", "g", "t"} == set(vocab.SUFFIXES)
# Indian grouping (12,34,567) before Western (1,234,567); space grouping never right after a letter
# ("i7 860" is no 7,860) nor inside a row of figures ("Seats won 411 121 72" is three numbers, and so
# is a run of more than MAX_SPACE_GROUPS groups); one group after a plain space only when it is
# "000" ("40 000"; "Seats won 365 202" is two figures, "85\u202f000" one). Indian grouping is
# not tried right after a comma: in "12,34,56,…" it would scan the rest of the run again from
# every group.
_SPACE = r"[ \u00a0\u202f]"


def _digits(groups: str) -> str:
    """Figures in digits, their groups of three after a space taken from `groups` (one of the
    characters a space may be, as a class)."""
    return (
        # a row's figures run together ("6,438,55250.22%", "18,768,63913,288,686"): the first ends
        # where its last group of three does, when a whole figure follows
        r"(?:\d{1,3}(?:,\d{3})+(?=\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}\.\d+\s?%)"
        r"|(?<!,)\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:,\d{3})+(?!\d|,\d)"
        rf"|(?<![A-Za-z])(?<!\d{_SPACE})\d{{1,3}}"
        rf"(?:(?:{groups}\d{{3}}){{2,{MAX_SPACE_GROUPS}}}|[\u00a0\u202f]\d{{3}}|[ ]000)(?!\d|{_SPACE}\d)|\d+)"
        r"(?:\.\d+)?|\.\d+"
    )


_DIGITS = _digits(_SPACE)
# In a text that groups its thousands with commas, plain spaces between groups of three part
# columns ("Seats won 206 197 118" is three figures, not 206,197,118); the other spaces still join.
_DIGITS_NO_PLAIN_SPACE = _digits(r"[\u00a0\u202f]")
_WORD = vocab.alternation([*vocab.SMALL, *(w for w in vocab.SCALES if w not in vocab.DIGIT_ONLY_SCALES)])
_PLURAL_SCALES = vocab.alternation(
    w + "s" for w in vocab.VAGUE_UNITS if w not in ("tens", "hundreds", *vocab.DIGIT_ONLY_SCALES)
)
_VAGUE_PLAIN = vocab.alternation(w for w in vocab.VAGUE if w not in vocab.VAGUE_NEEDS_OF)
_VAGUE_OF = vocab.alternation(vocab.VAGUE_NEEDS_OF)
_UNIT_WORDS = vocab.alternation(vocab.UNITS[1:])
_VAGUE_BIG = vocab.alternation(w for w in vocab.VAGUE if vocab.VAGUE[w][0] >= 200)  # hundreds and up
_VAGUE_HUGE = vocab.alternation(w for w in vocab.VAGUE if vocab.VAGUE[w][0] >= 2000)  # thousands and up
_SCI = r"(?:\d+(?:\.\d+)?|\.\d+)(?:[eE](?P<e>[+-]?\d+)|\s?[x×]\s?10\^?(?P<x>[-+−]?\d+)|\^(?P<p>[-+−]*\d+))"
# A latitude or longitude in degrees, minutes and perhaps seconds, with its hemisphere.
_DMS = r"(?P<deg>\d{1,3})°\s?(?P<min>\d{1,2})[′']\s?(?:(?P<sec>\d{1,2}(?:\.\d+)?)[″\"]\s?)?[NSEW]\b"
# Order matters: at one start position the first alternative wins, so junk and vague
# phrases are tried before plain digits and word runs.


def _master(digits: str) -> re.Pattern[str]:
    return re.compile(
        rf"""
        (?=[\d.]|(?<![^\W\d_])[^\W\d_]|(?-i:None))   # a figure or a word's first letter: skips the rest fast
        (?:
        (?P<junk>                                   # not amounts: versions, IP-like runs, clock times
            (?<!\d)\d+(?:[.:/]\d+){{2,}} | (?<!\d)\d+(?:-\d+){{2,}} | \d{{1,2}}:\d{{2}}(?::\d{{2}})?
        )
      | (?<![\w.,])(?P<vague>
            (?:tens|hundreds)\s+of\s+(?:{_VAGUE_HUGE})                      # tens of thousands
          | (?:{_VAGUE_BIG})\s+(?:upon|and|on)\s+(?:{_VAGUE_BIG})          # thousands upon thousands
          | (?:many|several|a\s+few)\s+(?:hundreds?|{_PLURAL_SCALES}|{vocab.BIG_WORD_ALT})\b
            (?!\s+(?:and\s+)?[a-z]*-?(?:{_UNIT_WORDS})\b)            # not "several hundred and two"
          | (?:{_VAGUE_OF})(?=\s+of\b)                                    # scores of people
          | {_VAGUE_PLAIN}                                                  # hundreds, thousands
        )\b
      | (?<![\d.])(?P<dms>{_DMS})                                             # 28°11′38″N
      | (?<![\w.])(?P<tmpl>\d+(?:\.\d+)?)\se(?P<te>[369])(?=[^\W\d_]{{1,5}}[23]?\b)  # 18.496 e6ha
      | (?<![\w.])(?P<sci>{_SCI})(?![\w.])                                  # 1e10, 1.3x10^6
      | (?P<pt>(?<![\w.])(?:\d++\s++)?point\s+\d+)\b                         # 1 point 5
      | (?:(?<![0-9.])|(?<=\d,\d{{3}}))(?P<num>{digits})                      # digits, then a scale
        (?:
            (?P<sep>\s*+(?:-\s*+)?)(?P<scale>{_SCALE_ALT})s?\b            # 6.4 million, 3-lakh
          | \s?(?P<suf>{_SUFFIX_ALT})\b                                     # 5bn, 5 bn
          | (?P<suf1>{_GLUED_SUFFIX_ALT})(?![\w]){_NOT_A_RACE}             # 10k, 3.2m
          | \s{{1,2}}(?P<suf2>(?-i:[kKGM]))(?![\w&.])                       # 10 K
          | \s?[x×]\s?10\^(?P<pow>\d{{1,2}})(?![\d.])                       # 18,180×10^6
        )?
      | (?P<pair>\ba\s+(?:couple|pair)(?:\s+of)?\b|\bnil\b                 # a couple: 2; nil: 0
          | (?-i:(?:(?<=[a-z])|(?<=[a-z][ \t]))None|(?:(?<=[:|])|(?<=[:|][ \t]))[Nn]one)  # a row's "None": 0
            (?=[ \t]*(?:\||\(|\n|$)))
      | (?P<words>\b
            (?:(?:a\s+)?(?:half|quarter)\s+(?:an?\s+)?(?=(?:{vocab.BIG_WORD_ALT}|dozen)\b)  # half a million
              | an?\s+(?=(?:hundred|{vocab.BIG_WORD_ALT}|dozen)\b)                         # a thousand
            )?
            (?:{_WORD})s?
            (?:(?:\s*-\s*|\s+|\s+and\s+)(?:{_WORD}|point|(?-i:[cC]r))s?\b  # twenty-one, one hundred and five
              | \s+and\s+an?\s+half\b                                        # three and a half
            )*\b
        )
        )
        """,
        re.IGNORECASE | re.VERBOSE,
    )


_MASTER = _master(_DIGITS)


@functools.cache
def _master_no_plain_space() -> re.Pattern[str]:
    """The pattern for texts that group thousands with commas, compiled when one is first read."""
    return _master(_DIGITS_NO_PLAIN_SPACE)


_SEPARATORS = re.compile(r"[,\s\u00a0\u202f]")
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_TIME_ZONE_AFTER = re.compile(r"\s?(?-i:UTC|GMT|Z)\b")
# A unit's abbreviation run into the figure, as infoboxes write it ("100kg", "56.7km", "908mbar").
_UNIT_GLUED = re.compile(
    r"(?-i:km/h|km²|km2|km|kg|kph|mph|mbar|hPa|mi|ft|ha|lbs?|cm|nmi|kn|miles?|feet|(?:kilo)?met(?:re|er)s?)(?![A-Za-z])"
    r"|(?-i:m)(?![A-Za-z])" + _NOT_A_RACE.replace("(?<![mM]", "(?<=[mM]")
)
_SECONDS_GLUED = re.compile(r"(?-i:s)(?![A-Za-z])")


def _seconds_glued(text: str, start: int, end: int) -> bool:
    return "." in text[start:end] and _SECONDS_GLUED.match(text, end) is not None


_AFTER_BAD = re.compile(r"-[A-Za-z]|\s*[ap]\.?m\b\.?|[A-Za-z]", re.IGNORECASE)
# A currency glued on ("43c", "20Rs", "3.14US$", "12-cent") keeps the digits an amount.
_MONEY_AFTER = r"-(?:cents?|yen|dollars?|euros?|pence)\b|(?-i:c|Rs|RM)\b|(?-i:US)\$"
# ... and so does "pp" run into it, percentage points ("Decrease 2.3pp").
_AFTER_OK = re.compile(
    r"-(?:" + _SCALE_ALT + r")|(?-i:[A-Z]{3})\b|(?-i:pp)\b|s?\$|€|" + _MONEY_AFTER, re.IGNORECASE
)
# A capitalised word run into a figure inside a line, where a page lost its spaces around a link
# ("11,000 athletes from 206National Olympic Committees"); at a line's start the figure is the
# line's number ("17The mayor spoke.").
_CAPITAL_AFTER = re.compile(r"(?-i:[A-Z][a-z]{2,})")
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*$")
# A row label: the whole text before the figure is one to four words, the first capitalised, the
# others perhaps too (and short: a label is looked for only in the first LABEL_SPAN characters, so
# the look stays bounded).
_LABEL = re.compile(
    r"[^\w]*(?:[A-Z][a-z]{2,}(?:-[a-z]+)*(?:\s+[A-Za-z][a-z]{1,}(?:-[a-z]+)*){0,3}"
    r"|[A-Z]{2,5}(?:\s+[a-z]{2,}(?:-[a-z]+)*){1,3}"
    r"|No\.\s+(?:of\s+)?[a-z]{2,}(?:\s+[a-z]{2,}){0,2})"
)  # "Non-fatal injuries", "Total Dead", "EVA duration" (an acronym then words, never "MH370"), "No. boosters"
LABEL_SPAN = 120
_LETTER_AFTER = re.compile(r"[A-Za-z]|:")  # "Team1Score", "Team1: France": a field's name, not its value
# A currency's code or sign run into the figure ("USD5", "NZ$3", "Rs.40"); other capitals run into
# it make a name ("EF3", "F5", "MK2").
# A currency's code or sign run into the figure ("USD100", "NZ$5", "Rs.500"), not a flight's or a
# model's letters ("MAS370", "A320").
_BEFORE_CODE = re.compile(rf"(?:\b(?:{CODES})|[A-Z]{{1,3}}\$|Rs\.?|RM|MAUD)\s*$")
_LABEL_DASH = re.compile(
    r"(?:^|\n)[^\S\n]*[•*]?[^\S\n]*[A-Z][^\W\d_]*(?:[^\S\n]+[^\W\d_]+){0,4}[^\S\n]+[-−][^\S\n]$"
)
_SIGN = re.compile(r"(?:(?<![\w.,%-])[-−]\s?|\b(?:minus|negative)\s+)$")
# "three-hour": a modifier, not an amount ("ten-billion-dollar" is an amount)
_COMPOUND = re.compile(r"(?!" + _MONEY_AFTER + r")-[A-Za-z]")
_WORD_TOKEN = re.compile(r"[A-Za-z]+")
ONE_LOOKBACK = 40  # characters searched back for the word that makes "one" a pronoun ("no one")
_BAD_ONE_BEFORE = re.compile(r"\b(?:no|the|this|that|any|every|each|which|some|last)\s+$", re.IGNORECASE)
# "one another", "one day", "one of the most intense", "one with a magnitude of 6.4": a pronoun, a
# time, a member of a class.
_BAD_ONE_AFTER = re.compile(
    r"\s+(?:another|day|way|or\s+another|and\s+only|with\s+an?"
    r"|of\s+(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?(?:most|least|[a-z]{3,}est)\b)\b",
    re.IGNORECASE,
)


def _digits_value(m: re.Match[str]) -> Decimal | None:
    """The value of a figure in digits, or None for one beyond the caps (see `checker.values.num`)."""
    if m.end("num") - m.start("num") > 2 * MAX_DIGITS:  # a separator at most every other character
        return None
    return scaled_figure(_SEPARATORS.sub("", m.group("num")), _scale(m))


_MONEY_SIGN_BEFORE = re.compile(rf"(?:[$€£¥₹]|\b(?:{CODES}))\s?$")
_SOLAR_MASS = re.compile(r"\s?M\s?[⊙☉]")  # the sun's mass: "36 M⊙" is 36 solar masses


def _unit_suffix(text: str, m: re.Match[str]) -> bool:
    """The letters after a figure that look like a scale are a unit: "mm" run into it is millimetres
    unless a currency stands before it ("$5mm" is $5 million in a trader's shorthand), and "M⊙" is
    the sun's mass."""
    glued, spaced = m.group("suf1"), m.group("suf2")
    if glued is not None and glued.lower() == "mm":
        return not _MONEY_SIGN_BEFORE.search(text, max(0, m.start() - 4), m.start())
    return (glued == "M" or spaced == "M") and _SOLAR_MASS.match(text, m.end("num")) is not None


def _scale(m: re.Match[str]) -> int:
    if m.group("pow"):
        return 10 ** int(m.group("pow"))
    if m.group("scale"):
        return vocab.SCALES[m.group("scale").lower()]
    suffix = m.group("suf") or m.group("suf1") or m.group("suf2")
    return vocab.SUFFIXES[suffix.lower()] if suffix else 1


_MEASURE_BEFORE = re.compile(r"(?<![\w-])[a-z]{6,}$")
_CODE_BEFORE_DASH = re.compile(r"(?<![\w-])[A-Z]{1,4}\d{1,4}$")  # "A320", "MD11", "A1"


def _after_dash_code(text: str, start: int) -> bool:
    """The digits at `start` follow a dash that ends a year ("the 25 of "2024-25", a season or
    fiscal year) or a model code ("Airbus A320-214", "Route A1-5"): no figure of their own."""
    if start >= 5 and text[start - 1] in "-–" and text[start - 5 : start - 1].isdigit():
        return True
    return (
        start >= 3
        and text[start - 1] == "-"
        and bool(_CODE_BEFORE_DASH.search(text, max(0, start - 12), start - 1))
    )


def _glued(text: str, m: re.Match[str]) -> bool | str:
    """True when the digits belong to a code, ordinal or clock time; "compound" when they are a
    compound modifier ("a 7.8-magnitude quake", "a 40,000-seat arena"); else False."""
    start, end = m.start(), m.end()
    if start and (text[start - 1].isalpha() or text[start - 1] == "_"):
        if start <= LABEL_SPAN and _LABEL.fullmatch(text, 0, start) and not _LETTER_AFTER.match(text, end):
            return False  # an infobox row run into its label: "Deaths412", "Buildings destroyed18,189+"
        return not _BEFORE_CODE.search(text[max(0, start - 5) : start])
    if start >= 2 and text[start - 1] in "-/" and (text[start - 2].isalpha() or text[start - 1] == "/"):
        # "COVID-19", "F-16" are names; a measure word in lower case is not: "magnitude-7.8"
        return not (text[start - 1] == "-" and _MEASURE_BEFORE.search(text, max(0, start - 20), start - 1))
    if _after_dash_code(text, start):
        return True
    if m.group("scale") or m.group("suf") or m.group("suf1") or m.group("suf2") or m.group("pow"):
        return False
    if _HHMM.fullmatch(text, start, end) and _TIME_ZONE_AFTER.match(text, end):
        return True  # a clock time: "at 0353 UTC", "1500 GMT"
    # "in 9.58s": seconds run into a decimal, where "1990s" is a decade
    if _AFTER_OK.match(text, end) or _UNIT_GLUED.match(text, end) or _seconds_glued(text, start, end):
        return False
    if _CAPITAL_AFTER.match(text, end):
        return bool(_LINE_START.search(text, max(0, start - 40), start))
    if _COMPOUND.match(text, end):
        return "compound"
    return bool(_AFTER_BAD.match(text, end))


def _vague(m: re.Match[str]) -> Num:
    phrase = " ".join(m.group("vague").lower().split())
    low, high = vague_range(phrase)
    return Num(m.start(), m.end(), None, low, high, vague=True)


def vague_range(phrase: str) -> tuple[int, int]:
    """The interval a vague amount allows ("tens of thousands" -> 20,000..99,999)."""
    words = phrase.split()
    joined = words[1:2] in (["upon"], ["and"], ["on"])
    if words[0] in ("many", "several", "few", "a") or joined:
        base = vocab.VAGUE_UNITS[words[-1] if words[-1] in vocab.VAGUE_UNITS else words[-1].rstrip("s")]
        if joined or words[0] == "many":
            return 2 * base, 1000 * base - 1
        return (3 if words[0] == "several" else 2) * base, 10 * base - 1
    if len(words) == 3:
        mult, unit = vocab.VAGUE_UNITS[words[0]], vocab.VAGUE_UNITS[words[2].rstrip("s")]
        return 2 * mult * unit, 10 * mult * unit - 1
    return vocab.VAGUE[words[0]]


def _words(text: str, m: re.Match[str]) -> list[Num]:
    found = []
    for start, end in segment_words(text, m.start("words"), m.end("words")):
        if len(_WORD_TOKEN.findall(text, start, end)) > MAX_NUMBER_WORDS:
            continue  # beyond the cap: not read
        val = _words_value(text[start:end])
        if val is None or not within_caps(val) or _lonely_one(text, start, end):
            continue
        last = text[start:end].lower().split()[-1].rstrip("s")
        num = as_number(val)
        # "an eight-degree drop", "a three-hour meeting": a compound modifier, read as a number (of
        # degrees, of hours) but never as a count, as "an 8-degree drop" is
        compound = bool(_COMPOUND.match(text, end))
        scale = vocab.SCALES.get(last, 1)
        found.append(Num(start, end, num, num, num, scale=scale, words=True, compound=compound))
    return found


def _words_value(span: str) -> Decimal | None:
    clean = " ".join(span.lower().replace("-", " ").split())
    if "half" not in clean and "point" not in clean and not clean.startswith("a"):
        try:
            return Decimal(text2num(clean, "en"))
        except ValueError:
            pass
    return parse_words(clean)


def _lonely_one(text: str, start: int, end: int) -> bool:
    """A bare "one" used as a pronoun ("no one", "the one who") is not an amount."""
    if text[start:end].lower() != "one":
        return False
    before = _BAD_ONE_BEFORE.search(text, max(0, start - ONE_LOOKBACK), start)
    return bool(before or _BAD_ONE_AFTER.match(text, end))


def _sci_value(m: re.Match[str]) -> Decimal | None:
    """1e10, 1.3x10^6, 2.48×10−5 (mantissa times a power of ten) and 1.1^23 (a power); None beyond
    the caps ("1e400", "2^99999999"), checked before the power is computed."""
    body = m.group("sci")
    written = re.split(r"[eE^x×\s]", body, maxsplit=1)[0]
    power = m.group("p") if m.group("p") is not None else (m.group("e") or m.group("x"))
    digits = power.lstrip("+-−")
    if len(written) - written.count(".") > MAX_DIGITS or len(digits.lstrip("0")) > len(str(MAX_EXPONENT)):
        return None
    mant = Decimal(written)
    sign = -1 if (power.count("-") + power.count("−")) % 2 else 1
    exp = sign * int(digits.lstrip("0") or "0")
    if m.group("p") is None:
        val = mant.scaleb(exp)
        return val if within_caps(val) else None
    if mant.is_zero():
        return mant if exp > 0 else None  # 0^0 and 0^-1 are no figures
    if abs(exp * math.log10(mant)) > MAX_EXPONENT:
        return None
    val = Decimal(float(mant) ** exp) if exp < 0 else mant**exp
    return val if within_caps(val) else None


def _point_value(m: re.Match[str]) -> Decimal | None:
    whole, _, frac = m.group("pt").partition("point")
    written = (whole.strip() or "0") + "." + frac.strip()
    return Decimal(written) if len(written) - 1 <= MAX_DIGITS else None


def _other(text: str, m: re.Match[str]) -> Num | None:
    """Scientific notation, "1 point 1", a bearing in degrees and minutes ("28°11′38″N": 28.19389), a
    scale left by an unrendered template ("18.496 e6ha": 18,496,000 ha), and the words "a couple", "a
    pair" (2), "nil" and a row's "None" ("FatalitiesNone", "Deaths: None") (0)."""
    val: Decimal | None
    if m.group("sci"):
        val = _sci_value(m)
    elif m.group("pt"):
        val = _point_value(m)
    elif m.group("dms"):
        seconds = Decimal(m.group("sec") or 0)
        val = round(Decimal(m.group("deg")) + Decimal(m.group("min")) / 60 + seconds / 3600, 5)
    elif m.group("tmpl"):
        val = Decimal(m.group("tmpl")).scaleb(int(m.group("te")))
    else:
        val = Decimal(0 if m.group("pair").lower() in ("nil", "none") else 2)
    if val is None:
        return None
    num = as_number(val)
    return Num(m.start(), m.end(), num, num, num, words=bool(m.group("pair")))


def scan_numbers(text: str, spaced_groups: bool = True) -> tuple[Num, ...]:
    """Every atomic number in `text`, in order; junk such as clock times and IP-like runs is skipped.
    Without `spaced_groups` (a text that groups thousands with commas) plain spaces part figures."""
    found: list[Num] = []
    for m in (_MASTER if spaced_groups else _master_no_plain_space()).finditer(text):
        if m.group("vague"):
            found.append(_vague(m))
        elif m.group("num"):
            plain = scaled_figure(_SEPARATORS.sub("", m.group("num")), 1) if _unit_suffix(text, m) else None
            if plain is not None:  # "254.8mm" of rain, "36 M⊙": a unit after the figure, not a scale
                unscaled = as_number(plain)
                found.append(Num(m.start(), m.end("num"), unscaled, unscaled, unscaled))
                continue
            val = _digits_value(m)
            glued = _glued(text, m)
            if val is not None and glued in (False, "compound"):
                num = as_number(val)
                found.append(Num(m.start(), m.end(), num, num, num, scale=_scale(m), compound=bool(glued)))
        elif m.group("words"):
            found.extend(_words(text, m))
        elif m.group("sci") or m.group("pt") or m.group("pair") or m.group("dms") or m.group("tmpl"):
            other = _other(text, m)
            if other is not None:
                found.append(other)
    return tuple(
        sorted(
            join_mixed(text, [n for n in found if not n.compound]) + [n for n in found if n.compound],
            key=lambda n: n.start,
        )
    )


def negative(text: str, num: Num) -> Num:
    """The same number with a leading minus sign ("-4", "minus five") folded in, if there is one."""
    m = _SIGN.search(text[max(0, num.start - 10) : num.start])
    if not m or num.value is None:
        return num
    if m.group(0)[-1:].isspace() and _LABEL_DASH.search(text, max(0, num.start - 60), num.start):
        return num  # "• Turnout - 84.6 per cent": a label's dash, no sign
    start = num.start - (len(m.group(0)))
    val = -num.value
    return Num(start, num.end, val, val, val, num.vague, num.scale, num.words)

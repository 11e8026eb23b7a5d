"""Spanish fractions and decimals in words: "dos tercios", "un quinto", "cinco medios", "dos terceras
partes", "veinte con tres quintos", "tres veintiunavos", "tres dosmilésimos", "la mitad", "uno sobre
tres", "1 de cada 5", "3/4"; "siete con cincuenta" (7,50) and "dos coma cinco" (2,5).

A singular denominator takes only a numerator of one ("un quinto"): "el quinto piso" is an ordinal
and "dos millonésimo" no fraction."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from checker.values.fracdigits import digit_fractions, longest
from checker.values.num import Num, as_number, rounded
from checker.values.words_es import glued_value

# Denominators by stem; each takes -o/-a/-os/-as.
DENOMINATORS: dict[str, int] = {
    **{"medi": 2, "terci": 3, "tercer": 3, "cuart": 4, "quint": 5, "sext": 6, "séptim": 7, "septim": 7},
    **{"octav": 8, "noven": 9, "décim": 10, "decim": 10, "centésim": 100, "centesim": 100},
    **{"milésim": 1000, "milesim": 1000, "millonésim": 10**6, "millonesim": 10**6},
    **{"billonésim": 10**12, "billonesim": 10**12},
}
_BIG_ORDINALS = {k: n for k, n in DENOMINATORS.items() if n >= 100}  # "dos" + "milésimos"
_DEN_WORD = re.compile(
    r"(?<![\w-])(?P<w>[^\W\d_]+?)(?P<end>[oa]s?)(?:\s+(?P<parte>partes?))?\b", re.IGNORECASE
)
_ONE = {"un": 1, "una": 1, "uno": 1}
_MITAD = re.compile(r"\bmitad\b", re.IGNORECASE)
_CON = re.compile(r"\s+(?:con|y)\s+$", re.IGNORECASE)
_ONE_BEFORE = re.compile(r"(?<![\w-])(?P<w>un|una|uno)\s+$", re.IGNORECASE)
_DECIMAL_GAP = re.compile(r"\s+(?P<w>coma|con)\s+", re.IGNORECASE)
_RATIO_GAP = re.compile(r"\s+(?:sobre|de\s+cada)\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_END_AFTER = re.compile(r"\s*(?:[.,;:?!)]|$)")
_OF_AFTER = re.compile(r"\s+(?:del?|por\s+cien(?:to)?)\b", re.IGNORECASE)  # "un quinto de", "por ciento"


def denominator(stem: str, ending: str) -> int | None:
    """The denominator a word names ("quint" + "os" -> 5, "veintiun" + "avos" -> 21), or None."""
    w = stem.lower()
    if w in DENOMINATORS:
        return DENOMINATORS[w]
    if w.endswith("av") and len(w) > 3:  # veintiunavo, treintavos, cientocincoavos
        return glued_value(w[:-2])
    for suffix, base in _BIG_ORDINALS.items():
        if w.endswith(suffix) and len(w) > len(suffix):  # dosmilésimos
            lead = glued_value(w[: -len(suffix)])
            return lead * base if lead else None
    return None


def _numerator(text: str, start: int, by_end: dict[int, Num]) -> Num | None:
    """The number written just before `start` ("dos" of "dos tercios"; "un" of "un quinto")."""
    end = start
    while end > 0 and text[end - 1].isspace() and start - end < 3:
        end -= 1
    if end == start:
        return None
    num = by_end.get(end)
    if (
        num is not None
        and num.words
        and num.value is not None
        and not num.vague
        and num.value == int(num.value)
    ):
        return num
    one = _ONE_BEFORE.search(text, max(0, start - 8), start)
    return Num(one.start(), one.end(), 1, 1, 1, words=True) if one else None


def _word_fractions(text: str, atoms: list[Num]) -> list[Num]:
    by_end = {n.end: n for n in atoms}
    found = []
    for m in _DEN_WORD.finditer(text):
        den = denominator(m.group("w"), m.group("end"))
        plural = m.group("end").lower().endswith("s")
        if not den:
            continue
        if m.group("w").lower() == "tercer" and not m.group("parte"):
            continue  # "un tercer mandato" is a third term
        top = _numerator(text, m.start(), by_end)
        if top is None or top.value is None or (not plural and top.value != 1) or (plural and top.value == 1):
            continue
        value = Decimal(str(top.value)) / den
        start = top.start
        whole_m = _CON.search(text, max(0, start - 6), start)
        whole = by_end.get(whole_m.start()) if whole_m else None
        if whole is not None and whole.value is not None and whole.words and not whole.vague:
            part = value * whole.scale if whole.scale >= 1000 else value  # "seis millones con dos tercios"
            value = Decimal(str(whole.value)) + part
            start = whole.start
        elif not plural and not _noun_fraction(text, m):
            continue
        num = as_number(rounded(value))
        found.append(Num(start, m.end(), num, num, num, words=True, fraction=True))
    return found


def _noun_fraction(text: str, m: re.Match[str]) -> bool:
    """A singular fraction stands alone or names a share ("un quinto de la población"), where "un
    cuarto mandato" is an ordinal and "un medio de comunicación" a noun."""
    if _END_AFTER.match(text, m.end()):
        return True
    return m.group("w").lower() != "medi" and bool(_OF_AFTER.match(text, m.end()))


def _ratios(text: str, atoms: list[Num]) -> list[Num]:
    """ "uno sobre tres", "1 sobre 21", "uno de cada cinco"."""
    found = []
    for a, b in itertools.pairwise(atoms):
        if a.value is None or not b.value or a.vague or b.vague or a.value > b.value:
            continue
        if _RATIO_GAP.fullmatch(text, a.end, b.start):
            num = as_number(rounded(Decimal(str(a.value)) / Decimal(str(b.value))))
            found.append(Num(a.start, b.end, num, num, num, words=a.words, fraction=True))
    return found


def find_fractions_es(text: str, atoms: list[Num]) -> list[Num]:
    """Every fraction in Spanish `text` given its atomic numbers; the longest where they overlap."""
    digits = [Num(n.start, n.end, n.value, n.low, n.high, fraction=True) for n in digit_fractions(text)]
    halves = [
        Num(m.start(), m.end(), 0.5, 0.5, 0.5, words=True, fraction=True) for m in _MITAD.finditer(text)
    ]
    return longest([*_word_fractions(text, atoms), *digits, *halves, *_ratios(text, atoms)])


def with_decimals(text: str, atoms: list[Num]) -> list[Num]:
    """Merge decimals spelled in words: "siete con cincuenta" (7,50), "dos coma cero tres" (2,03),
    "once con uno y medio" (12,5). A number followed by a denominator is left to the fractions."""
    out: list[Num] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        gap = _DECIMAL_GAP.match(text, a.end) if a.words and a.value is not None and not a.vague else None
        run = _decimal_run(text, atoms, i + 1, gap.end()) if gap else []
        if not run or gap is None:
            out.append(a)
            i += 1
            continue
        digits = "".join(str(n.value) for n in run)
        tail = run[-1]
        assert a.value is not None and tail.value is not None
        if len(run) == 1 and tail.value != int(tail.value):
            value = Decimal(str(a.value)) + Decimal(str(tail.value))  # once con uno y medio
        else:
            value = Decimal(f"{int(a.value)}.{digits}")
        num = as_number(value)
        out.append(Num(a.start, tail.end, num, num, num, words=True))
        i += 1 + len(run)
    return out


def _decimal_run(text: str, atoms: list[Num], i: int, start: int) -> list[Num]:
    """The word numbers that spell the decimals after "coma"/"con", starting at `start`."""
    run: list[Num] = []
    pos = start
    while i < len(atoms) and atoms[i].start == pos and atoms[i].words and atoms[i].value is not None:
        run.append(atoms[i])
        after = _SPACES.match(text, atoms[i].end)
        pos = after.end() if after else atoms[i].end
        i += 1
    if run and _DEN_WORD.match(text, pos) and denominator(*_stem(text, pos)):
        return []  # "veinte con tres quintos" is a fraction
    return run


def _stem(text: str, pos: int) -> tuple[str, str]:
    m = _DEN_WORD.match(text, pos)
    return (m.group("w"), m.group("end")) if m else ("", "")

"""The default pack's facts as planted in benchmark articles: true values, the ways each value is
written (forms) and the sentences that state it (wordings), with the distractors a real story puts
next to them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from checker.values.qualifiers import interval

Scalar = int | float | str | None

MEETING = dt.date(2025, 2, 3)  # a Monday
TRUE: dict[str, int | float | str] = {
    "meeting_date": MEETING.isoformat(),
    "cecot_opening_year": 2023,
    "cecot_capacity": 40000,
    "emergency_arrests": 80000,
    "approval_rating": 90,
    "prison_deaths": 261,
    "jailed_population_share": 2,
    "safe_third_country_year": 2019,
    "bukele_power_year": 2019,
    "emergency_declared_year": 2022,
}
KIND = {
    "meeting_date": "date",
    "cecot_opening_year": "year",
    "cecot_capacity": "count",
    "emergency_arrests": "count",
    "approval_rating": "percent",
    "prison_deaths": "count",
    "jailed_population_share": "percent",
    "safe_third_country_year": "year",
    "bukele_power_year": "year",
    "emergency_declared_year": "year",
}
# The value the minority states when a fact is planted as a conflict.
CONFLICT: dict[str, int | float | str] = {
    "meeting_date": "2025-02-04",
    "cecot_opening_year": 2024,
    "cecot_capacity": 20000,
    "emergency_arrests": 70000,
    "approval_rating": 91,
    "prison_deaths": 150,
    "jailed_population_share": 3,
    "safe_third_country_year": 2018,
    "bukele_power_year": 2020,
    "emergency_declared_year": 2021,
}
DEFAULT_CONFLICTS = ("approval_rating", "cecot_opening_year", "emergency_arrests")
# Month of the event, for "in March 2022"-style years.
EVENT_MONTH = {
    "cecot_opening_year": "February",
    "safe_third_country_year": "September",
    "bukele_power_year": "June",
    "emergency_declared_year": "March",
}


@dataclass(frozen=True)
class Form:
    """One way of writing a value: the words as planted and what the extractor must read from them."""

    text: str
    value: Scalar
    low: Scalar
    high: Scalar
    hedged: bool = False  # a hedge or vague amount: an interval rather than a point


# ---------------------------------------------------------------- number words

_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def words(n: int) -> str:
    """English words for 0 <= n < 1,000,000 ("two hundred sixty-one", "eighty thousand")."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return _UNITS[n // 100] + " hundred" + ("" if rest == 0 else " " + words(rest))
    rest = n % 1000
    return words(n // 1000) + " thousand" + ("" if rest == 0 else " " + words(rest))


HEDGES: dict[str, tuple[str, ...]] = {
    "more_than": ("more than", "over", "upwards of", "well over"),
    "at_least": ("at least", "no fewer than"),
    "nearly": ("nearly", "almost", "close to"),
    "about": ("about", "around", "roughly", "some", "an estimated"),
    "up_to": ("up to", "as many as"),
}
PERCENT_HEDGES = ("more_than", "at_least", "nearly", "about")


def hedge_interval(value: int | float, qualifier: str) -> tuple[Scalar, Scalar]:
    """The interval the checker itself gives a hedged value ("up to" bounded below by 0)."""
    return interval(value, qualifier, floor=0)


def _count_bases(v: int) -> list[str]:
    bases = [f"{v:,}", f"{v:,}", words(v)]
    if v >= 1000:
        bases.append(f"{v:,}".replace(",", " "))
    if v >= 1000 and v % 1000 == 0:
        bases += [f"{v // 1000} thousand", f"{v // 1000}k"]
    return bases


VAGUE_COUNTS: tuple[tuple[str, int, int], ...] = (
    ("hundreds of", 200, 999),
    ("thousands of", 2000, 9999),
    ("tens of thousands of", 20000, 99999),
    ("thousands upon thousands of", 2000, 999999),
)


def count_forms(v: int, exact: bool = False) -> list[Form]:
    """Noun-phrase prefixes for a count: "80,000", "more than eighty thousand", "tens of thousands of"."""
    bases = _count_bases(v)
    forms = [Form(b, v, v, v) for b in bases]
    if exact:
        return forms
    for qualifier, phrases in HEDGES.items():
        low, high = hedge_interval(v, qualifier)
        forms += [Form(f"{p} {b}", v, low, high, True) for p in phrases for b in bases[:3]]
    forms += [Form(text, None, lo, hi, True) for text, lo, hi in VAGUE_COUNTS if lo <= v <= hi]
    return forms


def percent_forms(v: int | float, exact: bool = False) -> list[Form]:
    """Percent forms: "90%", "91 percent", "91 per cent", "ninety percent", with hedges unless `exact`."""
    bases = [f"{v}%", f"{v}%", f"{v} percent", f"{v} per cent"]
    if isinstance(v, int):
        bases.append(f"{words(v)} percent")
    forms = [Form(b, v, v, v) for b in bases]
    if exact:
        return forms
    for qualifier in PERCENT_HEDGES:
        low, high = hedge_interval(v, qualifier)
        forms += [Form(f"{p} {b}", v, low, high, True) for p in HEDGES[qualifier] for b in bases[:3]]
    return forms


def year_forms(fact: str, y: int, pub: dt.date, exact: bool = False) -> list[Form]:
    """Adverbials: "in 2023", "in February 2023", "two years ago", "last year" (against `pub`)."""
    forms = [Form(f"in {y}", y, y, y), Form(f"in {y}", y, y, y), Form(f"back in {y}", y, y, y)]
    forms.append(Form(f"in {EVENT_MONTH.get(fact, 'January')} {y}", y, y, y))
    n = pub.year - y
    if n == 1:
        forms += [Form("last year", y, y, y), Form("a year ago", y, y, y)]
    elif 2 <= n <= 12:
        forms += [Form(f"{words(n)} years ago", y, y, y), Form(f"{n} years ago", y, y, y)]
    return forms


def _weekday_name(day: dt.date) -> str:
    return day.strftime("%A")


def date_forms(day: dt.date, pub: dt.date, exact: bool = False) -> list[Form]:
    """Adverbials for a day: "on Feb. 3, 2025", "on 3 February 2025", "on Monday", "yesterday"..."""
    iso = day.isoformat()
    month, abbr, wd = day.strftime("%B"), day.strftime("%b") + ".", _weekday_name(day)
    abbr = "Sept." if day.month == 9 else ("May" if day.month == 5 else abbr)
    texts = [
        f"on {abbr} {day.day}, {day.year}",
        f"on {month} {day.day}, {day.year}",
        f"on {day.day} {month} {day.year}",
        f"on {iso}",
        f"on {wd}, {abbr} {day.day}, {day.year}",
    ]
    if day <= pub < day.replace(year=day.year + 1):
        texts += [f"on {month} {day.day}", f"on {wd}, {month} {day.day}"]
    delta = (pub - day).days
    if 0 <= delta <= 6:
        texts += [f"on {wd}", f"on {wd}"]
    if delta == 1:
        texts.append("yesterday")
    if 2 <= delta <= 7:  # "last Saturday" written on a Sunday is the Saturday of the week before
        texts.append(f"last {wd}")
    if 2 <= delta <= 12:
        texts += [f"{words(delta)} days ago", f"{delta} days ago"]
    forms = [Form(t, iso, iso, iso) for t in texts]
    monday = pub - dt.timedelta(days=pub.weekday() + 7)
    if not exact and monday <= day <= monday + dt.timedelta(days=6):
        forms.append(
            Form("last week", None, monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), True)
        )
    return forms


def _overlaps(a: Form, b: Form) -> bool:
    def num(x: Scalar, inf: float) -> float:
        if x is None:
            return inf
        if isinstance(x, str):
            return float(dt.date.fromisoformat(x).toordinal())
        return float(x)

    return num(a.low, -1e18) <= num(b.high, 1e18) and num(b.low, -1e18) <= num(a.high, 1e18)


def _raw_forms(fact: str, value: int | float | str, pub: dt.date, exact: bool) -> list[Form]:
    kind = KIND[fact]
    if kind == "count":
        return count_forms(int(value), exact)
    if kind == "percent":
        return percent_forms(value if isinstance(value, int | float) else float(value), exact)
    if kind == "year":
        return year_forms(fact, int(value), pub, exact)
    return date_forms(dt.date.fromisoformat(str(value)), pub, exact)


@lru_cache(maxsize=16384)
def forms_for(
    fact: str, pub: dt.date, minority: bool, conflicted: bool, initial: bool = False
) -> tuple[Form, ...]:
    """The forms an article published on `pub` may use for `fact`.

    The minority states CONFLICT[fact] in unhedged forms. When the fact is planted as a conflict, the
    majority's precise forms are limited to those whose interval excludes the minority's value, so
    the disagreement is a conflict (error), not a hedged difference; vague amounts stay (a vague
    amount never makes a finding). `initial`: the form opens a sentence, so no digits (news style,
    and the sentence splitter does not split before a bare number such as "261 inmates...")."""
    if minority:
        forms = _raw_forms(fact, CONFLICT[fact], pub, exact=True)
    else:
        forms = _raw_forms(fact, TRUE[fact], pub, exact=False)
    if conflicted and not minority:
        other = _raw_forms(fact, CONFLICT[fact], pub, exact=True)[0]
        forms = [f for f in forms if f.value is None or not _overlaps(f, other)]
    if initial:
        forms = [f for f in forms if not f.text[0].isdigit()]
    return tuple(forms)


# ---------------------------------------------------------------- wordings
# Each wording states one fact; "{v}" is the form (a noun-phrase prefix for counts and percents,
# an adverbial for years and dates). Other slots are filled from prose.SLOTS. A wording that
# starts with "{v}" is capitalised after filling.

WORDINGS: dict[str, tuple[str, ...]] = {
    "meeting_date": (
        "Bukele made the offer {v} while hosting Rubio at his lake house on the shores of Lake Coatepeque.",
        "Secretary of State Marco Rubio met Bukele {v} at the president's residence outside the capital.",
        "{v}, Bukele offered to take in deportees of any nationality during talks with Rubio.",
        "Bukele hosted Rubio {v} and proposed to jail convicted criminals from the United States for a fee.",
        "Rubio, on the second stop of a tour of Central America, visited Bukele {v}.",
        "The proposal was put to Rubio by Bukele {v}, in a meeting that lasted about three hours.",
    ),
    "cecot_opening_year": (
        "CECOT, the mega-prison Bukele opened {v}, is the largest in the Americas.",
        "The Terrorism Confinement Center was inaugurated {v} in Tecoluca, some {km} east of the capital.",
        "{v}, the government unveiled the penitentiary to the press with a video of shaven-headed inmates.",
        "The complex began operating {v}, less than a year after the crackdown started.",
        "Bukele's sprawling jail, which opened {v}, has become the emblem of his security policy.",
        "The mega-prison was completed in a matter of months and opened {v} in a rural valley.",
    ),
    "cecot_capacity": (
        "CECOT was designed to hold {v} inmates and held about {occ} at the end of {occ_year}.",
        "The prison has room for {v} prisoners, although officials put its population at {occ} last year.",
        "With a capacity of {v} inmates, the Terrorism Confinement Center is the largest jail in the region.",
        "The facility, built to house {v} prisoners, sits behind {walls} concrete walls in Tecoluca.",
        "Officials say the mega-prison can hold {v} people in its {blocks} cell blocks.",
        "CECOT is big enough for {v} inmates, the government says.",
    ),
    "emergency_arrests": (
        "Under the emergency, the government has arrested {v} people accused of gang ties.",
        "Police and soldiers have detained {v} suspected gang members since the crackdown began.",
        "Security forces have rounded up {v} Salvadorans, many without charge or access to a lawyer.",
        "{v} people have been taken into custody in the crackdown, official figures show.",
        "The crackdown has seen {v} suspects apprehended, a figure the government updates every week.",
        "Authorities have captured {v} alleged gangsters since emergency powers took effect.",
    ),
    "approval_rating": (
        "Bukele enjoys an approval rating of {v}, according to a CID Gallup survey of {poll_n} adults.",
        "Polls put his approval at {v}, the highest of any leader in the hemisphere.",
        "{v} of Salvadorans approve of the president's performance, a recent survey found.",
        "His popularity stands at {v}, a poll published in {month} showed.",
        "A survey by La Prensa Gráfica found that {v} of respondents support him.",
        "The president's job approval is {v} in the latest survey.",
    ),
    "prison_deaths": (
        "Rights groups have documented {v} deaths in custody since the emergency began.",
        "{v} inmates have died in prisons, according to the group Socorro Jurídico Humanitario.",
        "Cristosal says {v} detainees have died behind bars, some with signs of torture.",
        "The toll of prison deaths has reached {v}, rights monitors say.",
        "{v} prisoners have died in custody under the crackdown, lawyers for their families say.",
    ),
    "jailed_population_share": (
        "The crackdown has put {v} of the population behind bars.",
        "El Salvador now jails {v} of its population, the highest incarceration rate in the world.",
        "With {v} of its people locked up, the country has the world's highest incarceration rate.",
        "{v} of the country's population is now in prison, human rights groups estimate.",
        "Bukele's government has imprisoned {v} of the population, by the estimates of rights groups.",
    ),
    "safe_third_country_year": (
        "El Salvador signed a safe third country agreement with Washington {v}.",
        "{v}, during Trump's first term, the two countries struck an asylum deal that never took effect.",
        "The safe third country pact was signed {v} under the first Trump administration.",
        "Bukele's government agreed to an asylum accord with the first Trump administration {v}.",
    ),
    "bukele_power_year": (
        "Bukele came to power {v} promising to crush the gangs.",
        "Since he took office {v}, Bukele has made security his signature issue.",
        "Bukele, who was first elected {v}, has made the gangs his main target.",
        "Bukele, a former mayor of San Salvador, rose to power {v} as an outsider.",
        "Bukele took power {v}, ending decades of two-party rule.",
    ),
    "emergency_declared_year": (
        "Bukele declared a state of emergency {v} after a weekend in which gangs killed {killed} people.",
        "The state of exception, imposed {v}, suspends several constitutional rights.",
        "Congress granted the president emergency powers {v}, and lawmakers have renewed them ever since.",
        "{v}, the government invoked a state of emergency that is still in force.",
    ),
}

# Sentences a real story puts right after the fact: another figure of the same kind that the
# extractor must not take for the fact (excluded by the rule, or without the fact's cue).
DISTRACTORS: dict[str, tuple[str, ...]] = {
    "meeting_date": (
        "Bukele is due to address the Conservative Political Action Conference on Feb. 22.",
        "Rubio said on {weekday} that Washington would study the offer.",
    ),
    "cecot_opening_year": (
        "A second wing was added in 2024.",
        "Its first inmates arrived in {early_year}, shackled and barefoot.",
    ),
    "cecot_capacity": (
        "The government says it held about {occ} inmates in {occ_year}.",
        "The administration wants room for 30,000 migrants at Guantanamo.",
    ),
    "emergency_arrests": (
        "Some {first_weeks} people were detained in the first weeks of the crackdown.",
        "About {released} of them have since been released for lack of evidence.",
    ),
    "approval_rating": (
        "Only {low_pct}% of those polled said the economy had improved.",
        "The survey has a margin of error of {margin} percentage points.",
    ),
    "prison_deaths": (
        "Homicides fell to {homicides} last year, a record low.",
        "Rights groups have collected {complaints} complaints of abuse from former prisoners.",
    ),
    "jailed_population_share": (
        "Some {poverty}% of households live in poverty, figures from the statistics office show.",
        "The country has about {citizens} million inhabitants.",
    ),
    "safe_third_country_year": (
        "The Biden administration suspended it in 2021.",
        "It was one of {n_pacts} similar arrangements with Central American governments.",
    ),
    "bukele_power_year": (
        "He won re-election in 2024 despite a constitutional ban on consecutive terms.",
        "He was mayor of San Salvador from 2015 to 2018.",
    ),
    "emergency_declared_year": (
        "Lawmakers have extended it more than {extensions} times.",
        "Gangs had killed {killed} people on a single weekend that {month}.",
    ),
}

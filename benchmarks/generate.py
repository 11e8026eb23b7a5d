"""Generate a benchmark corpus for `checker`: many outlets' reports of one story, with planted facts
in varied wordings and forms, filler prose full of distractor figures, and planted disagreements.

    python benchmarks/generate.py OUT_DIR -n N [--seed S] [--conflict-rate 0.1]
        [--conflict-facts approval_rating,cecot_opening_year,emergency_arrests] [--no-verify]

Writes OUT_DIR/articles/<group>/<id>.md (front matter: id, source, title, published) and
OUT_DIR/truth.json (see benchmarks/truth.py for how a report is scored against it). Each group is
a story of 5-20 articles, meant to be checked as one batch; all groups share the true values, so
the whole corpus can also be checked in one run. Every wording and form is first run through the
real extractor (verify()); generation stops if the extractor misreads one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.facts import (  # noqa: E402
    DEFAULT_CONFLICTS,
    DISTRACTORS,
    KIND,
    MEETING,
    TRUE,
    WORDINGS,
    Form,
    forms_for,
)
from benchmarks.prose import FILLER, TOPICS, make_slots, slots_of  # noqa: E402

FACTS = tuple(TRUE)
T = TypeVar("T")
Slots = dict[str, tuple[str, ...]]
OUTLETS = (
    "Reuters", "Associated Press", "Agence France-Presse", "Bloomberg", "The New York Times",
    "The Washington Post", "Al Jazeera", "BBC News", "The Guardian", "El País", "WLRN", "NPR",
    "Financial Times", "The Wall Street Journal", "CNN", "Univision", "Telemundo", "El Faro",
    "La Prensa Gráfica", "El Diario de Hoy", "Deutsche Welle", "France 24", "The Economist",
    "Los Angeles Times", "Miami Herald", "Infobae", "EFE", "Americas Quarterly", "Axios", "Politico",
)  # fmt: skip
TITLES = (
    "Bukele offers to jail US deportees in El Salvador's mega-prison",
    "El Salvador proposes renting prison space to the United States",
    "Rubio hails Bukele's offer to take in deported criminals",
    "Inside Bukele's offer to house American convicts",
    "What El Salvador's prison offer means for Trump's deportation plans",
    "Bukele's mega-prison diplomacy: a fee for Washington's convicts",
    "El Salvador's president pitches CECOT to Washington",
    "Rubio's Central America tour: El Salvador makes an unprecedented offer",
)
MIN_WORDS, MAX_WORDS = 600, 1200


# ---------------------------------------------------------------- planning


@dataclass
class Plan:
    """One article before it is written."""

    id: str
    group: str
    published: dt.date
    facts: list[str]
    minority: set[str] = field(default_factory=set)


def publication_date(rng: random.Random) -> dt.date:
    """Mostly within days of the meeting (so relative dates occur), some weeks or a year later."""
    r = rng.random()
    if r < 0.45:
        return MEETING + dt.timedelta(days=rng.randint(0, 7))
    if r < 0.75:
        return MEETING + dt.timedelta(days=rng.randint(8, 86))
    return MEETING + dt.timedelta(days=rng.randint(87, 420))


def group_sizes(rng: random.Random, n: int) -> list[int]:
    sizes: list[int] = []
    while sum(sizes) < n:
        sizes.append(min(rng.randint(5, 20), n - sum(sizes)))
    if len(sizes) > 1 and sizes[-1] < 5:
        last = sizes.pop()
        sizes[-1] += last
    return sizes


def plan_corpus(rng: random.Random, n: int, conflicts: tuple[str, ...], rate: float) -> list[Plan]:
    plans: list[Plan] = []
    for gi, size in enumerate(group_sizes(rng, n)):
        for _ in range(size):
            facts = sorted(rng.sample(FACTS, rng.randint(3, 8)), key=FACTS.index)
            plans.append(Plan(f"a{len(plans):06d}", f"g{gi:05d}", publication_date(rng), facts))
    for fact in conflicts:
        stating = [p for p in plans if fact in p.facts]
        if len(stating) < 2:
            continue
        k = min(max(1, round(rate * len(stating))), (len(stating) - 1) // 2 or 1)
        for p in rng.sample(stating, k):
            p.minority.add(fact)
    return plans


# ---------------------------------------------------------------- rendering


def pick(rng: random.Random, seq: Sequence[T]) -> T:
    """rng.choice, faster (one C call); deterministic for a seed like everything else here."""
    return seq[int(rng.random() * len(seq))]


def fill(rng: random.Random, template: str, slots: Slots, v: str | None = None) -> str:
    rnd = rng.random
    values = {}
    for name in slots_of(template):
        if name == "v":
            values[name] = v
        else:
            seq = slots[name]
            values[name] = seq[int(rnd() * len(seq))]
    text = template.format(**values)
    return text[0].upper() + text[1:]


def planted(
    rng: random.Random, plan: Plan, fact: str, conflicted: bool, slots: Slots
) -> tuple[Form, list[str]]:
    """The form, the sentence stating the fact, and sometimes the distractor a real story puts next to it."""
    wording = pick(rng, WORDINGS[fact])
    initial = wording.startswith("{v}")
    form = pick(rng, forms_for(fact, plan.published, fact in plan.minority, conflicted, initial))
    out = [fill(rng, wording, slots, form.text)]
    if rng.random() < 0.5:
        out.append(fill(rng, pick(rng, DISTRACTORS[fact]), slots))
    return form, out


def filler_paragraph(rng: random.Random, slots: Slots) -> list[str]:
    topic = FILLER[pick(rng, TOPICS)]
    return [fill(rng, t, slots) for t in rng.sample(topic, rng.randint(2, 5))]


def words_in(sentences: list[str]) -> int:
    return sum(s.count(" ") + 1 for s in sentences)


def body_of(rng: random.Random, blocks: list[list[str]], slots: Slots) -> str:
    """Planted blocks (each its own paragraph, with a filler sentence or two) among filler paragraphs,
    up to a random target length within MIN_WORDS..MAX_WORDS."""
    paragraphs = []
    for block in blocks:
        extra = filler_paragraph(rng, slots)[: rng.randint(0, 2)]
        paragraphs.append(extra[:1] + block + extra[1:] if rng.random() < 0.3 else block + extra)
    target = rng.randint(MIN_WORDS + 30, MAX_WORDS - 150)
    total = sum(words_in(p) for p in paragraphs)
    while total < target:
        p = filler_paragraph(rng, slots)
        paragraphs.insert(rng.randint(0, len(paragraphs)), p)
        total += words_in(p)
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def render(rng: random.Random, plan: Plan, slots: Slots, conflicts: tuple[str, ...]) -> tuple[str, dict]:
    """The article file's text and its truth record's facts."""
    blocks, truth = [], {}
    for fact in plan.facts:
        form, block = planted(rng, plan, fact, fact in conflicts, slots)
        blocks.append(block)
        truth[fact] = {"value": form.value, "low": form.low, "high": form.high, "text": form.text}
    rng.shuffle(blocks)
    head = (
        f"---\nid: {plan.id}\nsource: {json.dumps(pick(rng, OUTLETS), ensure_ascii=False)}\n"
        f"title: {json.dumps(pick(rng, TITLES))}\npublished: {plan.published.isoformat()}\n---\n\n"
    )
    return head + body_of(rng, blocks, slots), truth


# ---------------------------------------------------------------- truth


def truth_of(
    plans: list[Plan], records: dict[str, dict], n: int, seed: int, conflicts: tuple[str, ...]
) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    for fact in FACTS:
        stating = [p.id for p in plans if fact in p.facts]
        minority = [p.id for p in plans if fact in p.minority]
        facts[fact] = {
            "value": TRUE[fact],
            "type": KIND[fact],
            "flagged": bool(minority) and len(minority) < len(stating),
            "minority": minority,
            "articles": stating,
        }
    groups: dict[str, list[str]] = {}
    for p in plans:
        groups.setdefault(p.group, []).append(p.id)
    return {
        "n": n,
        "seed": seed,
        "conflict_facts": list(conflicts),
        "facts": facts,
        "groups": groups,
        "articles": records,
    }


def generate(out: Path, n: int, seed: int, rate: float, conflicts: tuple[str, ...]) -> dict[str, Any]:
    """Write the corpus under `out` and return its truth (also written to out/truth.json)."""
    rng = random.Random(seed)
    slots = make_slots()
    plans = plan_corpus(rng, n, conflicts, rate)
    records: dict[str, dict] = {}
    made: set[str] = set()
    for plan in plans:
        text, facts = render(rng, plan, slots, conflicts)
        rel = f"articles/{plan.group}/{plan.id}.md"
        if plan.group not in made:
            (out / "articles" / plan.group).mkdir(parents=True, exist_ok=True)
            made.add(plan.group)
        with open(out / rel, "w", encoding="utf-8") as fh:
            fh.write(text)
        records[plan.id] = {
            "path": rel,
            "group": plan.group,
            "published": plan.published.isoformat(),
            "facts": facts,
        }
    truth = truth_of(plans, records, n, seed, conflicts)
    with open(out / "truth.json", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(truth, ensure_ascii=False))
        fh.write("\n")
    return truth


# ---------------------------------------------------------------- verification through the extractor

VERIFY_PUBS = tuple(MEETING + dt.timedelta(days=d) for d in (0, 1, 2, 4, 6, 7, 9, 12, 40, 330, 400))


def _extractor() -> tuple[Any, list[Any]]:
    """The checker's own per-article extraction (checker.extract in newer versions, else pipeline)."""
    import importlib

    from checker.rulebook import load_rules
    from checker.select import FactMatcher

    for module in ("checker.extract", "checker.pipeline"):
        try:
            extract = importlib.import_module(module).extract
            break
        except (ImportError, AttributeError):
            continue
    rules = load_rules([ROOT / "rules" / "el-salvador.yaml"])
    return extract, [FactMatcher(r) for r in rules.rules]


def _read(text: str, pub: dt.date) -> dict[str, list[tuple[Any, Any, Any, str]]]:
    from checker.models import Article

    extract, matchers = _EXTRACTOR or _init_extractor()
    found = extract(Article(id="v", path="v", text=text, published=pub), matchers)
    return {
        f: [(m.value.value, m.value.low, m.value.high, m.value.text) for m in ms] for f, ms in found.items()
    }


_EXTRACTOR: tuple[Any, list[Any]] | None = None


def _init_extractor() -> tuple[Any, list[Any]]:
    global _EXTRACTOR
    _EXTRACTOR = _extractor()
    return _EXTRACTOR


def _expect(fact: str, form: Form, text: str, pub: dt.date) -> str | None:
    """None when the extractor reads exactly the planted value for `fact` and nothing else."""
    got = _read(text, pub)
    want = [(form.value, form.low, form.high)]
    problems = []
    if [g[:3] for g in got[fact]] != want:
        problems.append(f"{fact} read {got[fact] or 'nothing'}, planted {want[0]}")
    problems += [f"{other} also read {ms}" for other, ms in got.items() if other != fact and ms]
    return f"{pub} {text!r}: " + "; ".join(problems) if problems else None


def _cases(fact: str, initial: bool) -> Iterator[tuple[dt.date, Form]]:
    """Each distinct (publication date, form) the generator can plant for `fact`."""
    seen: set[tuple[str, Any]] = set()
    for pub in VERIFY_PUBS:
        for minority in (False, True):
            for form in forms_for(fact, pub, minority, False, initial):
                key = (form.text, form.value if KIND[fact] in ("year", "date") else None)
                if key not in seen:
                    seen.add(key)
                    yield pub, form


def verify(slots: Slots | None = None, seed: int = 0) -> list[str]:
    """Run every wording x form, every wording + distractor, and every filler template through the
    real extractor; return the misreads (empty: all planted sentences read as planted)."""
    slots = slots or make_slots()
    rng = random.Random(seed)
    problems: list[str] = []
    for fact, wordings in WORDINGS.items():
        for wording in wordings:
            cases = list(_cases(fact, wording.startswith("{v}")))
            for pub, form in cases:
                problems.append(_expect(fact, form, fill(rng, wording, slots, form.text), pub) or "")
            for distractor in DISTRACTORS[fact]:
                pub, form = cases[0]
                for order in (0, 1):
                    pair = [fill(rng, wording, slots, form.text), fill(rng, distractor, slots)]
                    text = " ".join(pair if order == 0 else pair[::-1])
                    problems.append(_expect(fact, form, text, pub) or "")
    problems += _verify_filler(rng, slots)
    return [p for p in problems if p]


def _verify_filler(rng: random.Random, slots: Slots, tries: int = 12) -> list[str]:
    problems = []
    for topic in FILLER.values():
        for template in topic:
            for i in range(tries):
                text = fill(rng, template, slots)
                got = {f: ms for f, ms in _read(text, VERIFY_PUBS[i % len(VERIFY_PUBS)]).items() if ms}
                if got:
                    problems.append(f"filler {text!r} read as {got}")
                    break
    return problems


# ---------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="output folder (articles/ and truth.json go here)")
    ap.add_argument("-n", type=int, required=True, help="number of articles")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--conflict-rate", type=float, default=0.1, help="share of a conflict fact's articles")
    ap.add_argument("--conflict-facts", default=",".join(DEFAULT_CONFLICTS), help="comma-separated fact ids")
    ap.add_argument("--no-verify", action="store_true", help="skip checking the wordings with the extractor")
    args = ap.parse_args(argv)
    conflicts = tuple(f for f in args.conflict_facts.split(",") if f)
    unknown = [f for f in conflicts if f not in TRUE]
    if unknown or not 0 <= args.conflict_rate < 0.5 or args.n < 1:
        ap.error(f"bad arguments: unknown facts {unknown}, rate must be in [0, 0.5), n >= 1")
    started = time.perf_counter()
    if not args.no_verify:
        problems = verify()
        if problems:
            print("the extractor misreads planted wordings:", *problems[:50], sep="\n  ", file=sys.stderr)
            return 1
    verified = time.perf_counter()
    truth = generate(args.out, args.n, args.seed, args.conflict_rate, conflicts)
    done = time.perf_counter()
    flagged = [f for f, t in truth["facts"].items() if t["flagged"]]
    print(
        f"{args.n} articles in {len(truth['groups'])} groups -> {args.out} "
        f"(verify {verified - started:.1f}s, generate {done - verified:.1f}s); conflicts planted: {flagged}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

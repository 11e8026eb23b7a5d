"""Build a benchmark corpus of real text: copies of the evaluation excerpts (eval/*/articles) and of
the seed reports (../shared/seeds, when present), each copy perturbed so that no cache or memo can
serve one copy from another, laid out twice: with front matter and with a sources.yaml.

    python benchmarks/realtext.py OUT_DIR -n N [--seed S] [--seeds ../shared/seeds]

Each copy has its own id (and file name), its own publication date (shifted by whole days; an
excerpt published null stays null), its paragraphs in another order, and one to three words
inserted into each sentence ("also", "reportedly", ...), never beside a figure. Writes

    OUT_DIR/rules/<story>.yaml              every story's rule pack: each article meets all of them
    OUT_DIR/front/articles/<id>.txt         metadata in front matter
    OUT_DIR/sidecar/articles/<id>.txt       the same texts, metadata in one sources.yaml beside them
    OUT_DIR/manifest.json                   what was built from what

One folder a layout, as a batch of wire copy arrives: its sources.yaml is as large as a corpus's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from checker.articles import load_articles  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
SEED_RULES = ROOT / "rules" / "el-salvador.yaml"
FILLERS = (
    "also", "reportedly", "indeed", "notably", "largely", "meanwhile", "apparently", "certainly",
    "clearly", "formally", "broadly", "really", "quite", "simply", "just", "still", "now", "then",
    "again", "already", "perhaps", "generally", "originally", "essentially", "partly",
)  # fmt: skip
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
DIGIT = re.compile(r"\d")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
FORMAT = 3  # bump when the corpus changes, so cached corpora are built again


@dataclass(frozen=True)
class Original:
    """One real article to copy: its story, file stem, body and metadata."""

    story: str
    stem: str
    text: str
    meta: dict[str, Any]


def fact_ids(rule_file: Path) -> set[str]:
    data = yaml.safe_load(rule_file.read_text(encoding="utf-8")) or {}
    return set(data.get("facts") or {})


def packs(stories: list[tuple[str, Path]]) -> dict[str, Path]:
    """The rule files given together, in story order: a pack that defines all the facts of one
    already taken replaces it (the same story's pack in more languages: its articles meet the pack
    kept); any other pack is taken too, the fact ids it shares with another renamed (see
    `write_packs`)."""
    chosen: dict[str, Path] = {}
    ids = {story: fact_ids(rule_file) for story, rule_file in stories}  # each file parsed once
    for story, rule_file in stories:
        for other in [o for o in chosen if ids[o] & ids[story] and ids[o] <= ids[story]]:
            del chosen[other]
        chosen[story] = rule_file
    return chosen


def write_packs(rules: dict[str, Path], out: Path) -> None:
    """Each pack as out/<story>.yaml; a fact id an earlier pack already uses (two space missions'
    `launch_date`) takes the story's name as a suffix, since ids are unique across a run's files."""
    taken: set[str] = set()
    for story, rule_file in rules.items():
        data = yaml.safe_load(rule_file.read_text(encoding="utf-8")) or {}
        facts: dict[str, Any] = {}
        for fact, spec in (data.get("facts") or {}).items():
            name = fact if fact not in taken else f"{fact}_{re.sub(r'[^a-z0-9]+', '_', story.lower())}"
            taken.add(name)
            facts[name] = spec
        data["facts"] = facts
        (out / f"{story}.yaml").write_text(
            yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )


def originals(seeds: Path | None) -> tuple[list[Original], dict[str, Path]]:
    """Every evaluation excerpt (and seed report), and the rule files to check them with."""
    found: list[Original] = []
    folders = [(d.name, d / "articles", d / "rules.yaml") for d in sorted((ROOT / "eval").iterdir())]
    if seeds is not None and seeds.is_dir():
        folders.append(("el-salvador-seeds", seeds, SEED_RULES))
    folders = [f for f in folders if f[1].is_dir() and f[2].is_file()]
    for story, articles, _ in folders:
        for a in load_articles([articles]).articles:
            meta = {"source": a.source, "title": a.title, "published": a.published, "url": a.url, **a.meta}
            if getattr(a, "lang", None):
                meta["lang"] = a.lang
            found.append(Original(story, Path(a.path).stem, a.text, meta))
    return found, packs([(story, rule_file) for story, _, rule_file in folders])


def digest(found: list[Original]) -> str:
    """A hash of the originals, so that a corpus built from other excerpts is built again."""
    h = hashlib.sha256()
    for o in found:
        h.update(json.dumps([o.story, o.stem, o.text, o.meta], default=str).encode())
    return h.hexdigest()[:16]


def pad_sentence(rng: random.Random, sentence: str) -> str:
    """One to three filler words inserted between words, never beside a figure."""
    words = sentence.split(" ")
    gaps = [
        i
        for i in range(1, len(words))
        if words[i - 1] and words[i] and not DIGIT.search(words[i - 1]) and not DIGIT.search(words[i])
    ]
    if len(words) < 4 or not gaps:
        return sentence
    for i in sorted(rng.sample(gaps, min(len(gaps), rng.randint(1, 3))), reverse=True):
        words.insert(i, FILLERS[int(rng.random() * len(FILLERS))])
    return " ".join(words)


def perturb_text(rng: random.Random, text: str) -> str:
    """The paragraphs in another order, words inserted in every sentence."""
    paragraphs = [p for p in PARAGRAPH_BREAK.split(text.strip()) if p.strip()]
    rng.shuffle(paragraphs)
    padded = []
    for paragraph in paragraphs:
        lines = [
            " ".join(pad_sentence(rng, s) for s in SENTENCE_END.split(line)) for line in paragraph.split("\n")
        ]
        padded.append("\n".join(lines))
    return "\n\n".join(padded) + "\n"


def perturb_meta(rng: random.Random, original: Original, new_id: str) -> dict[str, Any]:
    meta = {k: v for k, v in original.meta.items() if v is not None or k == "published"}
    published = original.meta.get("published")
    if isinstance(published, dt.date):
        meta["published"] = published + dt.timedelta(days=rng.randint(1, 120))
    meta["id"] = new_id
    if meta.get("url"):
        meta["url"] = f"{meta['url'].rstrip('/')}/{new_id}"
    return meta


def dump(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1_000)


def build(out: Path, n: int, seed: int, seeds: Path | None = SEEDS) -> dict[str, Any]:
    """Write the corpus (both layouts) of `n` copies and return its manifest."""
    found, rules = originals(seeds)
    if not found:
        raise SystemExit("no evaluation excerpts found under eval/*/articles")
    rng = random.Random(seed)
    shutil.rmtree(out, ignore_errors=True)
    (out / "rules").mkdir(parents=True)
    write_packs(rules, out / "rules")
    folders = {layout: out / layout / "articles" for layout in ("front", "sidecar")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    sidecar: dict[str, dict[str, Any]] = {}
    size = 0
    for k in range(n):
        original = found[k % len(found)]
        new_id = f"{original.stem}-{k:06d}"  # k tells which original it copies
        text = perturb_text(rng, original.text)
        meta = perturb_meta(rng, original, new_id)
        name = f"{new_id}.txt"
        (folders["sidecar"] / name).write_text(text, encoding="utf-8")
        (folders["front"] / name).write_text(f"---\n{dump(meta)}---\n{text}", encoding="utf-8")
        sidecar[name] = meta
        size += len(text.encode())
    (folders["sidecar"] / "sources.yaml").write_text(dump(sidecar), encoding="utf-8")
    manifest = {
        "format": FORMAT,
        "n": n,
        "seed": seed,
        "originals": len(found),
        "originals_digest": digest(found),
        "stories": sorted(rules),
        "seeds": seeds is not None and any(o.story == "el-salvador-seeds" for o in found),
        "text_bytes": size,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def cached(out: Path, n: int, seed: int, seeds: Path | None = SEEDS) -> dict[str, Any]:
    """The corpus at `out`, built unless one of the same size, seed, format and originals is there."""
    try:
        manifest: dict[str, Any] = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        wanted = (n, seed, FORMAT, digest(originals(seeds)[0]))
        if (manifest["n"], manifest["seed"], manifest["format"], manifest["originals_digest"]) == wanted:
            return manifest
    except (OSError, ValueError, KeyError):
        pass
    return build(out, n, seed, seeds)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=2_000, help="articles (copies) in each layout")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--seeds", type=Path, default=SEEDS, help="seed reports with their sources.yaml")
    args = ap.parse_args(argv)
    print(json.dumps(build(args.out, args.n, args.seed, args.seeds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

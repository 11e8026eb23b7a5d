"""Why a fact took the value it took: every candidate mention per article, with its rank and the verdict."""

from __future__ import annotations

from typing import Any

from checker import language
from checker.compare import in_others_year
from checker.cues_es import localize, words_in
from checker.extract import gather
from checker.models import Article, Mention, Value
from checker.reporters.values import format_value
from checker.rulebook import Rule
from checker.select import MIN_RANK, Candidate, FactMatcher, Rejected, choose, scaled


def _best_cue(matcher: FactMatcher, sentence: str, lang: str = "en") -> str:
    """The closest cue below the threshold, so an author sees how near the sentence came."""
    words = words_in(sentence, lang)
    scored = [(p.best(words, 0.0), p.text) for p in matcher.cues.phrases]
    hits = [(h.score, text) for h, text in scored if h is not None]
    if not hits:
        return "no cue word occurs"
    score, text = max(hits)
    return f"closest cue {text!r} scored {score:.0f}"


def _candidate(c: Candidate, verdict: str, scale: int = 1, later: Value | None = None) -> dict[str, Any]:
    """One candidate; `later`, its value as the comparison reads it once all the articles are in."""
    v = scaled(later or c.value, scale)  # in the fact's scale, as reports give it
    return {
        "line": c.sentence.line_of(v.start),
        "sentence": c.sentence.text,
        "verdict": verdict,
        "cue": c.cue.phrase,
        "cue_score": round(c.cue.score, 1),
        "near": c.near.phrase if c.near else None,
        "written": v.text,
        "value": v.value,
        "low": v.low,
        "high": v.high,
        "qualifier": v.qualifier,
        "rank": round(c.rank, 1),
        "penalties": {
            "words_between": c.words_between,
            "clauses_between": c.clauses_between,
            "values_between": c.values_between,
            "vague": v.vague or v.value is None,
            "after_said": c.speech,
            "conversion": c.converted,
            "counts_other": c.other,
        },
        "bound_to": c.bound,
        "resolved": later is not None,
    }


def _rejected(r: Rejected, matcher: FactMatcher, lang: str = "en") -> dict[str, Any]:
    reason = r.reason
    if reason.startswith("no cue"):
        reason += f" ({_best_cue(matcher, r.sentence.text, lang)})"
    return {
        "line": r.sentence.line,
        "sentence": r.sentence.text,
        "verdict": "rejected: " + reason,
        "values": [v.text for v in r.values],
    }


def _across_reports(
    rule: Rule, read: list[tuple[Article, list[Mention]]]
) -> dict[tuple[str, int, str], Value]:
    """The chosen dates the comparison reads otherwise once all the articles are in (a day without
    its year, a weekday alone: see `in_others_year`), by article, line and words."""
    if rule.type != "date":
        return {}
    mentions = [m for _, found in read for m in found]
    years = {article.id: article.without_text().years for article, _ in read}
    resolved = in_others_year(mentions, years)
    pairs = zip(mentions, resolved, strict=True)
    return {(m.article, m.line, m.value.text): r.value for m, r in pairs if r.value != m.value}


def explain(rule: Rule, articles: list[Article]) -> list[dict[str, Any]]:
    """Per article: the chosen mentions, the candidates passed over and the sentences rejected.
    A chosen date that the comparison reads in the year or on the day the other articles give is
    shown so ("resolved")."""
    matcher = FactMatcher(rule)
    gathered = [(article, gather(article, [matcher], exhaustive=True)[rule.id]) for article in articles]
    read = [(a, choose(rule, a.id, evidence.found, a.published)) for a, evidence in gathered]
    resolved = _across_reports(rule, read)
    result = []
    for (article, evidence), (_, mentions) in zip(gathered, read, strict=True):
        # a figure written twice on one line (a page's long line) is chosen only where it was read
        chosen = {(m.line, m.value.start, m.value.text) for m in mentions}
        best = max((c.rank for c in evidence.found if not c.other), default=None)
        entries = []
        for c in sorted(evidence.found, key=lambda c: -c.rank):
            key = (c.sentence.line_of(c.value.start), c.value.text)
            picked = (key[0], c.value.start, c.value.text) in chosen
            later = resolved.get((article.id, *key)) if picked else None
            if picked:
                verdict = "chosen"
            elif c.other:
                verdict = f"rejected: it seems to be {c.other}"
            elif c.rank < MIN_RANK:
                verdict = f"rejected: rank {c.rank:.0f} is below the minimum {MIN_RANK:.0f}"
            else:
                verdict = f"passed over: rank {c.rank:.0f} < best {best:.0f}"
            entries.append(_candidate(c, verdict, rule.scale, later))
        lang = language.of(article.lang, article.text)  # hints from the terms of the article's language
        local = localize([matcher], None, lang)[0][0]
        entries += [_rejected(r, local, lang) for r in evidence.rejected]
        result.append(
            {
                "article": article.id,
                "published": article.published.isoformat() if article.published else None,
                "candidates": entries,
            }
        )
    return result


def render(rule: Rule, explained: list[dict[str, Any]]) -> str:
    """The explanation as text for a rule author."""
    cues = "; ".join(f"{code}: {', '.join(c)}" for code, c, _, _ in rule.by_lang) or ", ".join(rule.cues)
    lines = [f"{rule.id} ({rule.type}): cues {cues}; match ≥ {rule.match}", ""]
    for item in explained:
        lines.append(f"== {item['article']} (published {item['published'] or 'unknown'})")
        if not item["candidates"]:
            lines.append("   no sentence holds a value of this type")
        for c in item["candidates"]:
            lines.append(f"   line {c['line']}: {c['verdict']}")
            lines.append(f"     sentence: {c['sentence']}")
            if "written" in c:
                normalized = (
                    format_value(c["value"], rule.type)
                    if c["value"] is not None
                    else (f"{c['low']} – {c['high']}")
                )
                p = c["penalties"]
                lines.append(
                    f"     value: {c['written']!r} → {normalized}"
                    + (f" ({c['qualifier']})" if c["qualifier"] else "")
                    + (" (in the year or on the day the other reports give)" if c.get("resolved") else "")
                )
                lines.append(
                    f"     cue {c['cue']!r} scored {c['cue_score']}; near: {c['near'] or '-'}; "
                    f"rank {c['rank']} (words between {p['words_between']}, clause breaks "
                    f"{p['clauses_between']}, values between {p['values_between']}"
                    + (", vague" if p["vague"] else "")
                    + (", right after 'said'" if p["after_said"] else "")
                    + (", a bracketed conversion" if p["conversion"] else "")
                    + (f", {p['counts_other']}" if p.get("counts_other") else "")
                    + (f", bound to {c['bound_to']!r}" if c.get("bound_to") else "")
                    + ")"
                )
            else:
                lines.append(f"     values: {', '.join(c['values'])}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"

"""Spanish articles beside English ones: the language given or told from the text, rules with cues per
language, Spanish words matched by their lemma, and one fact compared across both languages."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import article, make_rule, run_cli

from checker.articles import load_articles
from checker.cues_es import spanish_matcher, stem_es, words_es
from checker.errors import Problem, RuleError
from checker.extract import extract
from checker.language import code, detect, from_meta
from checker.rulebook import load_rules
from checker.select import FactMatcher

ROOT = Path(__file__).resolve().parents[1]
TUE = dt.date(2025, 2, 4)
ES = "Las autoridades han detenido a más de 80.000 personas desde que se decretó el régimen de excepción."
EN = "The government has arrested more than 80,000 people under the state of emergency."

RULES = """\
facts:
  arrests:
    type: count
    cues:
      en: [arrested, detained]
      es: [detenidos, capturados]
    near: {en: [people], es: [personas]}
  deaths:
    type: count
    cues: {es: [murieron]}
    near: [presos, inmates]
"""


def test_language_is_told_from_function_words() -> None:
    assert detect(ES) == "es"
    assert detect(EN) == "en"
    assert detect("El CECOT tiene capacidad para 40.000 presos.") == "es"
    assert detect("CECOT 40.000") == "en"  # too little to tell: the default
    assert detect("El Salvador signed a deal with Los Angeles") == "en"  # names, not Spanish words


DECLARED_LANG = re.compile(r"\A---\n(?:.*\n)*?lang: (\S+)\n(?:.*\n)*?---\n")


def _declared(path: Path) -> str | None:
    found = DECLARED_LANG.search(path.read_text(encoding="utf-8"))
    return found.group(1) if found else None


def test_every_english_article_shipped_or_scored_reads_as_english() -> None:
    paths = [
        *ROOT.glob("articles/*.md"),
        *ROOT.glob("eval/*/articles/*"),
        *ROOT.glob("examples/*/articles/*"),
    ]
    # the Spanish excerpts of the mixed eval stories: named so, or declared in their front matter
    spanish = [p for p in paths if p.name.startswith("es-") or _declared(p) == "es"]
    # excerpts declared in a language the checker does not read (Italian, Scots pages of a story):
    # it warns and tells English from Spanish in them, as it does for any article
    other = [p for p in paths if _declared(p) not in (None, "en", "es")]
    english = [p for p in paths if p not in spanish and p not in other]
    assert english and [p.name for p in english if detect(p.read_text(encoding="utf-8")) != "en"] == []
    assert {detect(p.read_text(encoding="utf-8")) for p in [*spanish, *ROOT.glob("articles-es/*.md")]} == {
        "es"
    }


def test_a_rule_test_names_its_language(tmp_path: Path) -> None:
    rules = tmp_path / "r.yaml"
    rules.write_text(RULES, encoding="utf-8")
    (tmp_path / "r.test.yaml").write_text(
        "tests:\n  - text: 'CECOT: 80.000 detenidos'\n    lang: es\n    expect: {arrests: 80000}\n"
        "  - text: x\n    lang: fr\n    expect: {arrests: null}\n",
        encoding="utf-8",
    )
    result = run_cli("test", rules)
    assert result.returncode == 2
    assert "r.test.yaml:6: tests[1].lang: expected a language, one of en, es, got 'fr'" in result.stderr


@pytest.mark.parametrize(
    ("tag", "found"),
    [("es", "es"), ("es-SV", "es"), ("ES_sv", "es"), ("Spanish", "es"), ("en-GB", "en"), ("fr", None)],
)
def test_language_tags(tag: str, found: str | None) -> None:
    assert code(tag) == found


def test_an_unsupported_lang_is_a_warning_and_the_text_decides() -> None:
    warnings: list[Problem] = []
    assert from_meta("fr", "a.md", warnings) is None
    assert "lang: 'fr' is not a supported language (en, es)" in warnings[0].message


def test_lang_in_front_matter_jsonl_and_sources_yaml(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"---\nlang: es-SV\n---\n{EN}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(ES + "\n", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("b.md: {lang: es}\n", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": ES, "lang": "es"}) + "\n", encoding="utf-8")
    loaded = load_articles([tmp_path])
    assert {a.id: a.lang for a in loaded.articles} == {"a": "es", "b": "es", "c-1": "es"}
    assert all("lang" not in a.meta for a in loaded.articles)


def test_rules_give_cues_per_language(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(RULES, encoding="utf-8")
    arrests, deaths = load_rules([path]).rules
    assert (arrests.cues, arrests.near) == (("arrested", "detained"), ("people",))
    spanish = arrests.for_lang("es")
    assert (spanish.cues, spanish.near) == (("detenidos", "capturados"), ("personas",))
    assert deaths.cues == () and deaths.for_lang("es").cues == ("murieron",)
    assert deaths.for_lang("es").near == deaths.near == ("presos", "inmates")  # a list serves every language


@pytest.mark.parametrize(
    ("cues", "message"),
    [
        ("cues:\n      fr: [arrêtés]", "r.yaml:5: facts.f.cues.fr: unknown language 'fr'; known: en, es"),
        ("cues:\n      es: []", "r.yaml:5: facts.f.cues.es: the cue list is empty"),
        (
            "cues: {}",
            "r.yaml:4: facts.f.cues: expected phrases or a mapping of languages (en, es) to phrases",
        ),
        ("cues:\n      es: [detenidos, '...']", "r.yaml:5: facts.f.cues.es: '...' has no letter or digit"),
    ],
)
def test_per_language_errors_keep_their_line(tmp_path: Path, cues: str, message: str) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(f"facts:\n  f:\n    type: count\n    {cues}\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_rules([path])
    assert message in str(info.value)


def test_spanish_words_meet_by_lemma() -> None:
    assert stem_es("detenidas") == stem_es("detenidos")
    assert stem_es("murieron") == stem_es("muere") == "morir"
    assert stem_es("cárceles") == stem_es("carcel")
    assert words_es("Murieron 261 reos").stems[0] == words_es("muere").stems[0]


def test_spanish_cues_match_irregular_forms_and_keep_their_written_name() -> None:
    rule = make_rule("deaths", "count", (), by_lang=(("es", ("murieron",), ("presos",), ()),))
    text = "Al menos 261 presos han muerto o mueren bajo custodia, según las organizaciones."
    [mention] = extract(article(text, lang="es", published=TUE), [FactMatcher(rule)])["deaths"]
    assert (mention.value.value, mention.cue) == (261, "murieron")
    assert spanish_matcher(rule).cues.phrases[0].text == "murieron"


def test_a_spanish_article_meets_an_amount_rule_that_excludes_a_currency() -> None:
    # the currency sets amounts aside, and the other Spanish terms keep their written names
    rule = make_rule("damage", "money", ("daños",), exclude=("yuanes", "asegurados"), by_lang=())
    text = "Los daños llegaron a 82.000 millones de yuanes (12.700 millones de dólares)."
    [mention] = extract(article(text, lang="es", published=TUE), [FactMatcher(rule)])["damage"]
    assert (mention.value.value, mention.value.unit) == (12_700_000_000, "USD")
    assert [p.text for p in spanish_matcher(rule).exclude.phrases] == ["asegurados"]


def test_an_article_is_read_in_its_language() -> None:
    rule = make_rule("arrests", "count", ("arrested",), by_lang=(("es", ("detenidos",), (), ()),))
    es = extract(article(ES, published=TUE), [FactMatcher(rule)])["arrests"]
    assert [m.value.value for m in es] == [80000]  # "80.000": eighty thousand, told Spanish by its words
    en = extract(article(EN, published=TUE), [FactMatcher(rule)])["arrests"]
    assert [m.value.value for m in en] == [80000]


def _check(*paths: Path | str) -> dict[str, dict[str, object]]:
    result = run_cli("check", *paths, "--rules", ROOT / "rules", "--format", "json", "--no-cache")
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    findings = {f["fact"]: f for f in report["findings"]}
    facts = {f["id"]: f for f in report["facts"]}
    return {"findings": findings, "facts": facts}


def test_a_disagreement_across_languages_is_flagged() -> None:
    report = _check(ROOT / "articles", ROOT / "articles-es")
    capacity = report["findings"]["cecot_capacity"]
    sides = {tuple(sorted(s["articles"])): s["value"] for s in capacity["sides"]}  # type: ignore[index]
    assert sides[("diario-ca",)] == 20000  # "capacidad para 20.000 internos"
    assert any("prensa-istmo" in a and "nyt" in a for a in sides)  # "40.000" beside "as many as 40,000"


def test_agreement_across_languages_is_not_flagged() -> None:
    report = _check(ROOT / "articles" / "nyt-salvador-prisons-deportees.md", ROOT / "articles-es")
    for fact in ("meeting_date", "bukele_power_year", "jailed_population_share", "prison_deaths"):
        assert fact not in report["findings"], fact
    meeting = report["facts"]["meeting_date"]
    values = {m["article"]: m["value"] for m in meeting["mentions"]}  # type: ignore[index]
    assert values == {"nyt": "2025-02-03", "prensa-istmo": "2025-02-03", "diario-ca": "2025-02-03"}
    opening = {m["article"]: m["value"] for m in report["facts"]["cecot_opening_year"]["mentions"]}  # type: ignore[index]
    assert opening == {"nyt": 2023, "prensa-istmo": 2023, "diario-ca": 2023}  # "hace dos años" in 2025


def test_a_spanish_figure_is_bound_to_its_noun_before_y() -> None:
    rule = make_rule("deaths", "count", (), by_lang=(("es", ("Ruritania",), ("muertos",), ()),))
    text = "Balance en la región: 310 muertos y 1 200 heridos en Ruritania, según el ministerio."
    found = extract(article(text, lang="es", published=TUE), [FactMatcher(rule)])["deaths"]
    assert [m.value.value for m in found] == [310]


def test_a_spanish_figure_of_what_followed_is_not_the_facts() -> None:
    rule = make_rule("quake", "number", (), by_lang=(("es", ("magnitud",), (), ()),))
    text = (
        "Un sismo de magnitud 6,4 sacudió el valle al alba. "
        "Le siguió un terremoto de magnitud 5,9 al mediodía."
    )
    found = extract(article(text, lang="es", published=TUE), [FactMatcher(rule)])["quake"]
    assert [m.value.value for m in found] == [6.4]

"""Command-line interface: typer wiring, defaults and exit codes only.

Each command imports what it uses when it runs, so `checker --help` and a command load only their
own modules (`python -X importtime -m checker --help` shows what start-up costs)."""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import sys
import time
import traceback
from collections.abc import Callable
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from checker import __version__
from checker.errors import CheckerError

if TYPE_CHECKING:
    from checker.models import Report, Severity
    from checker.reporters.targets import Target
    from checker.rulebook import RuleSet
    from checker.ruletests import RuleTest
    from checker.scoring import Score

PACKAGE = Path(__file__).resolve().parent
# Named here rather than imported, so that --help loads neither the cache nor every reporter;
# tests/test_startup.py keeps them equal to checker.cache.DEFAULT_DIR and checker.reporters.REPORTERS.
DEFAULT_CACHE = ".checker-cache"
FORMATS = ("text", "json", "jsonl", "markdown", "sarif", "github", "junit", "html")


class Exit(IntEnum):
    OK = 0  # no finding at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    USAGE = 2  # the run could not start as asked: usage, rules, paths, output
    INCOMPLETE = 3  # some input was skipped and --strict was given, or no article could be checked
    INTERNAL = 4  # a bug in checker: one line, the traceback with --debug


DEBUG = {"on": False}  # set by --debug: show tracebacks of internal errors


app = typer.Typer(
    add_completion=False,
    no_args_is_help=False,
    # Plain help and errors: rich's help panels cost about 0.2 s per `--help` and break long examples.
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Extract the facts your rules name from every article, compare the sources, flag disagreements.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def default_dir(name: str) -> Path:
    """rules/ or articles/: in the current folder if present, else the pack shipped with checker."""
    for candidate in (Path(name), PACKAGE / "_default" / name, PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise CheckerError(f"no {name}/ folder here and none shipped with checker; pass the paths explicitly")


def _fail(exc: CheckerError) -> typer.Exit:
    typer.echo(str(exc), err=True)
    return typer.Exit(Exit.USAGE)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"checker {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")] = False,
) -> None:
    """checker: a cross-source consistency checker for news.

    Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 the run could not start as asked
    (usage, rules, paths, output); 3 incomplete (input skipped with --strict, or no article checked);
    4 internal error.
    """
    DEBUG["on"] = debug


RulesOption = Annotated[
    list[Path] | None,
    typer.Option("--rules", "-r", help="Rule files or folders. Repeatable. Default: rules/."),
]


def _paths(given: list[Path] | None, default: str) -> list[str]:
    return [str(p) for p in given or [default_dir(default)]]


ARTICLES_HELP = (
    "Article files or folders (searched recursively): text files .txt and .md (YAML front matter "
    "optional), web pages .html and .htm (with the optional html extra), JSON Lines batches .jsonl "
    "(an article a line), and - for a JSON Lines batch on standard input. Default: articles/. "
    "See README.md, section Articles."
)
ArticlesArgument = Annotated[list[Path] | None, typer.Argument(help=ARTICLES_HELP, show_default=False)]
FormatOption = Annotated[str, typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATS)}.")]
FailOnOption = Annotated[
    str, typer.Option(help="Lowest severity that makes the run fail (exit 1): error, warning, info or never.")
]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file.")]
JobsOption = Annotated[
    int,
    typer.Option("--jobs", "-j", min=0, help="Worker processes; 0: all cores (more than the cores: capped)."),
]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Extract every article again.")]
CacheDirOption = Annotated[str, typer.Option(help="Where extractions are cached.")]
EngineOption = Annotated[str, typer.Option(help="local (this machine) or dask (a Dask cluster).")]
TimeBudgetOption = Annotated[
    float | None,
    typer.Option(
        "--time-budget",
        min=0,
        show_default=False,
        help="Seconds one article may take before it is skipped (default: 10); 0: no limit.",
    ),
]
StrictOption = Annotated[
    bool,
    typer.Option("--strict", help="Exit 3 when any input was skipped (unreadable, bad metadata, timeout)."),
]
SchedulerOption = Annotated[
    str | None, typer.Option(help="Dask scheduler address (tcp://host:8786); default: a local cluster.")
]
ReviewsOption = Annotated[
    Path | None,
    typer.Option("--reviews", help="Review decisions file. Default: reviews.yaml beside the rules."),
]
ReportOption = Annotated[
    list[str] | None,
    typer.Option(
        "--report",
        "-O",
        metavar="FORMAT=FILE",
        help="Also write the report in FORMAT to FILE; repeatable: -O sarif=checker.sarif -O junit=junit.xml",
    ),
]
MinSeverityOption = Annotated[
    str,
    typer.Option(
        help="Lowest severity shown in text, markdown and github output: error, warning or info (all). "
        "The other formats keep every finding; only --fail-on decides the exit code."
    ),
]
ExitZeroOption = Annotated[
    bool,
    typer.Option("--exit-zero", help="Exit 0 even with findings; exit codes 2, 3 and 4 keep their meaning."),
]
AgainstOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--against",
        "-a",
        metavar="CORPUS",
        help="Articles (files or folders) the new ones are checked against; repeatable. Only findings "
        "in which a new article states a disputed value are reported; a file given both ways is new.",
    ),
]
QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="No progress bar and no summary line on stderr (warnings and errors stay)."
    ),
]


@app.command()
def check(
    paths: ArticlesArgument = None,
    rules: RulesOption = None,
    fmt: FormatOption = "text",
    fail_on: FailOnOption = "error",
    output: OutputOption = None,
    jobs: JobsOption = 0,
    no_cache: NoCacheOption = False,
    cache_dir: CacheDirOption = DEFAULT_CACHE,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
    strict: StrictOption = False,
    reviews_file: ReviewsOption = None,
    report_specs: ReportOption = None,
    min_severity: MinSeverityOption = "info",
    exit_zero: ExitZeroOption = False,
    time_budget: TimeBudgetOption = None,
    against: AgainstOption = None,
    quiet: QuietOption = False,
) -> None:
    """Check articles against the rules and report where the sources disagree.

    On stderr: a progress bar for runs over a second (in a terminal), a summary line at the end.

    Examples:

    \b
      checker check                                   # rules/ over articles/
      checker check batch/ --rules rules/ --format json -o report.json
      checker check batch/ --fail-on warning --jobs 4
      checker check batch/ --format github -O sarif=checker.sarif -O junit=junit.xml
      checker check batch/ --against articles/        # only findings about the new articles in batch/
      checker check articles/new.md --against articles/ -q    # a file in the corpus counts as new
    """
    from checker.engines import Options
    from checker.pipeline import check as run_check
    from checker.progress import ProgressBar
    from checker.reporters.targets import plan as plan_targets
    from checker.reviews import load as load_reviews
    from checker.reviews import locate

    started = time.monotonic()
    try:
        if fail_on not in (levels := _fail_levels()):
            raise CheckerError(f"--fail-on: {fail_on!r} is not one of {', '.join(levels)}")
        shown_at = _min_severity(min_severity)
        targets = plan_targets(fmt, output, report_specs)
        options = Options(_jobs(jobs), _cache(cache_dir, no_cache), engine, scheduler, _budget(time_budget))
        exclude = [t.path for t in targets if t.path]
        reviews = load_reviews(locate(reviews_file, rules), required=reviews_file is not None)
        corpus = [str(p) for p in against or []]
        with ProgressBar(sys.stderr, enabled=not quiet and sys.stderr.isatty()) as bar:
            report = run_check(
                _paths(rules, "rules"), _paths(paths, "articles"), options, exclude, reviews, corpus, bar
            )
    except CheckerError as exc:
        raise _fail(exc) from None
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    code = _exit_code(report, fail_on, strict)
    code = Exit.OK if exit_zero and code == Exit.FINDINGS else code
    try:
        _write_reports(report, targets, shown_at, code, quiet)
    except typer.Exit:  # a closed pipe ended the output early: the run is still summed up
        _summary(report, started, quiet)
        raise
    _summary(report, started, quiet)
    raise typer.Exit(code)


def _summary(report: Report, started: float, quiet: bool) -> None:
    from checker.progress import summary_line

    if not quiet:
        typer.echo(summary_line(report, time.monotonic() - started), err=True)


def _fail_levels() -> tuple[str, ...]:
    from checker.models import Severity

    return (*(s.value for s in Severity), "never")


def _min_severity(value: str) -> Severity:
    from checker.models import Severity

    try:
        return Severity(value)
    except ValueError:
        levels = ", ".join(s.value for s in Severity)
        raise CheckerError(f"--min-severity: {value!r} is not one of {levels}") from None


def _write_reports(
    report: Report, targets: list[Target], level: Severity, code: Exit, quiet: bool = False
) -> None:
    """Every report of the run: files first (each written atomically), then stdout, which a closed
    pipe may end. Findings below --min-severity are left out of the formats people read (said on
    stderr unless `quiet`)."""
    from checker.outputs import write_atomically
    from checker.reporters import FOR_PEOPLE, at_least
    from checker.reporters import get as get_reporter
    from checker.reporters import shown as shown_report

    hidden = len(report.findings) - len(at_least(report, level).findings)
    trimmed = sorted({t.format for t in targets if t.format in FOR_PEOPLE})
    if hidden and trimmed and not quiet:
        where = ", ".join(trimmed)
        noun = "finding" if hidden == 1 else "findings"
        typer.echo(f"checker: {hidden} {noun} below --min-severity {level} not shown in {where}", err=True)
    for target in sorted(targets, key=lambda t: t.path is None):
        write = partial(get_reporter(target.format), shown_report(target.format, report, level))
        if target.path:
            write_atomically(target.path, write)
        else:
            _write_stdout(partial(write, sys.stdout), code)


def _jobs(asked: int) -> int:
    """Worker processes: all cores by default, never more than the cores (more only adds overhead)."""
    from checker.engines import default_jobs

    cores = default_jobs()
    if asked > cores:
        typer.echo(f"warning: --jobs {asked} is more than the {cores} cores here; using {cores}", err=True)
    return min(asked or cores, cores)


def _budget(seconds: float | None) -> float:
    from checker.models import ARTICLE_TIME_BUDGET

    return ARTICLE_TIME_BUDGET if seconds is None else math.inf if seconds == 0 else seconds


def _cache(folder: str, disabled: bool) -> str | None:
    if disabled:
        return None
    if not folder.strip():
        raise CheckerError('--cache-dir: give a folder (default .checker-cache), or --no-cache; got ""')
    if Path(folder).exists() and not Path(folder).is_dir():
        raise CheckerError(f"--cache-dir: {folder} is a file, not a folder")
    return folder


def _exit_code(report: Report, fail_on: str, strict: bool) -> Exit:
    from checker.models import Severity
    from checker.reporters.text import skipped_count

    if not report.new_articles or (strict and report.skipped):
        why = (
            skipped_count(report)
            if report.new_articles
            else "no new article could be checked"
            if report.corpus
            else "no article could be checked"
        )
        typer.echo(f"checker: incomplete run: {why}", err=True)
        return Exit.INCOMPLETE
    failing = fail_on != "never" and any(
        f.review is None and f.severity.rank <= Severity(fail_on).rank for f in report.findings
    )
    return Exit.FINDINGS if failing else Exit.OK


def _write_stdout(write: Callable[[], None], code: Exit) -> None:
    """Write to stdout; a reader that stops early (`| head`) ends the run quietly with its status."""
    try:
        write()
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(code) from None


@app.command()
def review(
    fingerprint: Annotated[str, typer.Argument(help="The finding's fingerprint, as in the JSON report.")],
    status: Annotated[str, typer.Option(help="accepted, disputed or wrong-extraction.")],
    note: Annotated[str, typer.Option(help="Why: what was checked, and with whom.")],
    by: Annotated[str | None, typer.Option(help="Who decided.")] = None,
    rules: RulesOption = None,
    reviews_file: ReviewsOption = None,
) -> None:
    """Record a decision on a finding; `check` still reports it, with the decision, but never fails on it.

    Example:

    \b
      checker review approval_rating:b2fe7d695f77d238 --status disputed --note "NYT rounds up" --by ana
    """
    from checker.reviews import decision, locate, record

    try:
        path = locate(reviews_file, rules)
        new = record(path, [decision(fingerprint, status, note, by)], overwrite=True)
    except CheckerError as exc:
        raise _fail(exc) from None
    typer.echo(f"{'recorded' if new else 'updated'}: {fingerprint} {status} in {path}")


@app.command()
def baseline(
    paths: ArticlesArgument = None,
    rules: RulesOption = None,
    jobs: JobsOption = 0,
    no_cache: NoCacheOption = False,
    cache_dir: CacheDirOption = DEFAULT_CACHE,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
    reviews_file: ReviewsOption = None,
    by: Annotated[str | None, typer.Option(help="Who adopted the baseline.")] = None,
) -> None:
    """Record every current finding as accepted (note "baseline"), to adopt checker on an existing
    corpus; decisions already in the reviews file are kept as they are."""
    from checker.engines import Options
    from checker.pipeline import check as run_check
    from checker.reviews import decision, locate, record
    from checker.reviews import load as load_reviews

    try:
        path = locate(reviews_file, rules)
        load_reviews(path, required=False)  # a broken file stops the run before the extraction
        options = Options(_jobs(jobs), _cache(cache_dir, no_cache), engine, scheduler)
        report = run_check(_paths(rules, "rules"), _paths(paths, "articles"), options)
    except CheckerError as exc:
        raise _fail(exc) from None
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if not report.articles:
        raise typer.Exit(_exit_code(report, "never", strict=False))
    found = [decision(f.fingerprint, "accepted", "baseline", by) for f in report.findings]
    try:
        new = record(path, found, overwrite=False)
    except CheckerError as exc:
        raise _fail(exc) from None
    typer.echo(f"baseline: {new} findings recorded as accepted in {path} ({len(found) - new} were reviewed)")


def _load_pack(paths: list[Path] | None) -> tuple[RuleSet, list[RuleTest]]:
    """A rule pack and its rule tests, validated; a problem exits 2 with its location."""
    from checker.rulebook import load_rules
    from checker.ruletests import load_tests

    try:
        where = _paths(paths, "rules")
        rules = load_rules(where)
        return rules, load_tests(where, rules)
    except CheckerError as exc:
        raise _fail(exc) from None


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Rule files or folders. Default: rules/.")
    ] = None,
) -> None:
    """Validate rule files and their rule tests: each problem with file, line and key path (exit 2)."""
    rules, tests = _load_pack(paths)
    for warning in rules.warnings:
        typer.echo(f"warning: {warning.render()}", err=True)
    typer.echo(f"ok: {len(rules.rules)} facts in {len(rules.files)} files, {len(tests)} rule tests")


@app.command()
def explain(
    fact: Annotated[str, typer.Argument(help="The fact id to explain.")],
    articles: ArticlesArgument = None,
    rules: RulesOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Show every candidate mention of FACT in each article: cue, score, value, rank, and why it was
    chosen or rejected."""
    from checker import explain as explainer
    from checker.articles import load_articles
    from checker.rulebook import load_rules

    try:
        if fmt not in ("text", "json"):
            raise CheckerError(f"unknown format {fmt!r}; choose one of: text, json")
        rule = load_rules(_paths(rules, "rules")).get(fact)
        loaded = load_articles(_paths(articles, "articles"))
    except CheckerError as exc:
        raise _fail(exc) from None
    for warning in loaded.warnings:
        typer.echo(f"warning: {warning.render()}", err=True)
    explained = explainer.explain(rule, loaded.articles)
    typer.echo(
        json.dumps(explained, indent=2, ensure_ascii=False)
        if fmt == "json"
        else explainer.render(rule, explained),
        nl=fmt == "json",
    )


@app.command("test")
def test_rules(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Rule files or folders. Default: rules/.")
    ] = None,
) -> None:
    """Run the rule tests (`tests:` in a rule file or a sibling NAME.test.yaml). Exit 1 if one fails."""
    from checker.ruletests import run_tests

    ruleset, tests = _load_pack(paths)
    failures = run_tests(tests, ruleset)
    for failure in failures:
        typer.echo(failure.render())
    checks = sum(len(t.expect) for t in tests)
    typer.echo(f"{checks - len(failures)}/{checks} expectations passed in {len(tests)} rule tests")
    if not tests:
        typer.echo("warning: no rule tests found (add `tests:` to a rule file or a NAME.test.yaml)", err=True)
    raise typer.Exit(Exit.FINDINGS if failures else Exit.OK)


def _score_one(gold: Path, articles: list[str], rules: list[str]) -> Score:
    from checker.pipeline import check as run_check
    from checker.scoring import load_gold, score_report

    return score_report(load_gold(str(gold)), run_check(rules, articles).to_dict())


def _story_dirs(root: Path) -> list[Path]:
    """The story folders of an evaluation set: each with articles/, gold.yaml and rules.yaml or rules/."""
    stories = [d for d in sorted(root.iterdir()) if (d / "articles").is_dir() and (d / "gold.yaml").is_file()]
    if not stories:
        raise CheckerError(f"{root}: no story folders (each needs articles/ and gold.yaml)")
    return stories


def _score_set(root: Path) -> Score:
    """Score every story of a set, print a line each, and return the pooled score."""
    from checker.scoring import Score

    total = Score()
    for story in _story_dirs(root):
        rules = story / "rules.yaml" if (story / "rules.yaml").is_file() else story / "rules"
        result = _score_one(story / "gold.yaml", [str(story / "articles")], [str(rules)])
        typer.echo(f"{story.name:<32} {result.summary()}")
        total = total + result
    return total


@app.command()
def score(
    gold: Annotated[Path | None, typer.Option("--gold", "-g", help="Gold annotation file (YAML).")] = None,
    articles: ArticlesArgument = None,
    rules: RulesOption = None,
    story_set: Annotated[
        Path | None,
        typer.Option(
            "--set", help="Score every story folder (articles/, rules.yaml, gold.yaml) under this one."
        ),
    ] = None,
    min_precision: Annotated[float, typer.Option(help="Exit 1 below this value precision.")] = 0.0,
    min_recall: Annotated[float, typer.Option(help="Exit 1 below this value recall.")] = 0.0,
    min_discrepancies: Annotated[
        float, typer.Option(help="Exit 1 below this share of the gold disagreements found.")
    ] = 0.0,
    max_false_alarms: Annotated[int | None, typer.Option(help="Exit 1 above this many false alarms.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Precision and recall of extracted values, and discrepancies found, against a gold file
    (or, with --set, over every story of an evaluation set, pooled)."""
    try:
        if story_set is not None:
            result = _score_set(story_set)
        elif gold is None:
            raise CheckerError("give --gold FILE (with articles and --rules), or --set DIR")
        else:
            result = _score_one(gold, _paths(articles, "articles"), _paths(rules, "rules"))
    except CheckerError as exc:
        raise _fail(exc) from None
    if json_out:
        typer.echo(json.dumps(result.to_dict(), indent=2))
    else:
        for line in [] if story_set else result.lines:
            typer.echo(line)
        typer.echo(("total " if story_set else "") + result.summary())
    found = result.discrepancies_found / result.discrepancies if result.discrepancies else 1.0
    ok = (
        result.precision >= min_precision
        and result.recall >= min_recall
        and found >= min_discrepancies
        and (max_false_alarms is None or result.false_alarms <= max_false_alarms)
    )
    raise typer.Exit(Exit.OK if ok else Exit.FINDINGS)


@app.command()
def schema() -> None:
    """Print the JSON Schema of rule files (for editors: see the README's yaml-language-server line)."""
    from checker.schema import render as render_schema

    sys.stdout.write(render_schema())


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Folder for the new story (created if missing).")],
    force: Annotated[bool, typer.Option(help="Overwrite files that already exist.")] = False,
) -> None:
    """Scaffold a new story: rules/story.yaml (one fact of each type), its rule tests, and articles/."""
    from checker.init import scaffold

    try:
        written = scaffold(directory, force)
    except CheckerError as exc:
        raise _fail(exc) from None
    for path in written:
        typer.echo(f"created {path}")
    typer.echo(f"next: cd {directory} && checker test rules/ && checker check")


@app.command()
def parse(
    text: Annotated[str | None, typer.Argument(help="Text to read. Omit it with --jsonl.")] = None,
    kind: Annotated[str | None, typer.Option("--type", "-t", help="Only this type of value.")] = None,
    published: Annotated[str | None, typer.Option(help="Date that relative dates resolve against.")] = None,
    lang: Annotated[str, typer.Option(help="Language of the text: en or es.")] = "en",
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl", help='Read {"text", "type", "published", "lang"} lines from stdin; answer a line each.'
        ),
    ] = False,
) -> None:
    """Show the values the normalizer reads in a text: value, low/high, qualifier, unit, grain, span.

    Examples:

    \b
      checker parse "more than 80,000 people on Monday" --published 2025-02-04
      echo '{"text": "nearly 2%", "type": "percent"}' | checker parse --jsonl
    """
    from checker.parsing import parse_jsonl, parse_text

    if jsonl:
        for line in parse_jsonl(sys.stdin):
            typer.echo(line)
        return
    try:
        if text is None:
            raise CheckerError("give a TEXT to parse, or --jsonl to read lines from stdin")
        try:
            day = dt.date.fromisoformat(published) if published else None
        except ValueError:
            raise CheckerError(f"--published: expected a date YYYY-MM-DD, got {published!r}") from None
        values = parse_text(text, kind, day, lang)
    except ValueError as exc:
        raise _fail(CheckerError(f"parse: {exc}")) from None
    except CheckerError as exc:
        raise _fail(exc) from None
    typer.echo(json.dumps(values, indent=2, ensure_ascii=False))


def main() -> None:
    """Console-script entry point: a bug is one line and exit 4 (the traceback with --debug)."""
    try:
        app(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as exc:  # the last resort: every user error is a CheckerError, handled above
        if DEBUG["on"] or "--debug" in sys.argv:
            traceback.print_exc()
        else:
            print(
                f"checker: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
                file=sys.stderr,
            )
        raise SystemExit(Exit.INTERNAL) from None

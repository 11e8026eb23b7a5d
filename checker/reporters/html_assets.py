"""The review page's inline style sheet and script: constants, ASCII only, so the page's
Content-Security-Policy can allow exactly them by hash and nothing else."""

from __future__ import annotations

import base64
import hashlib

CSS = """
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #59636e; --bg: #f6f8fa; --card: #fff;
  --line: #d1d9e0; --error: #cf222e; --warning: #9a6700; --info: #0969da; --mark: #fff3b0; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #161b22; --line: #3d444d;
    --error: #ff7b72; --warning: #d29922; --info: #58a6ff; --mark: #5c4a00; }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--fg); background: var(--bg); }
h1 { font-size: 1.5rem; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin: 0; }
h3 { font-size: 1rem; margin: 0 0 .25rem; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; }
a { color: var(--info); }
.muted { color: var(--muted); }
.panel, .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px;
  padding: 1rem 1.25rem; margin: 0 0 1rem; }
#summary dl { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 0; }
#summary dl div { min-width: 7rem; }
#summary dt { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
#summary dd { margin: 0; font-size: 1.25rem; font-weight: 600; }
#summary ul { margin: .5rem 0 0; padding-left: 1.25rem; }
#filters { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: center; position: sticky;
  top: 0; z-index: 1; }
#filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; flex-wrap: wrap; }
#filters legend { float: left; font-weight: 600; margin-right: .5rem; }
#filters label { white-space: nowrap; }
#shown { margin: 0 0 0 auto; }
.card { border-left: 6px solid var(--line); }
.card.sev-error { border-left-color: var(--error); }
.card.sev-warning { border-left-color: var(--warning); }
.card.sev-info { border-left-color: var(--info); }
.card > header { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
.card > header p { flex-basis: 100%; margin: .25rem 0 0; }
.finding { border-top: 1px solid var(--line); margin-top: .75rem; padding-top: .75rem; }
.finding-head { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.finding p { margin: .35rem 0; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 999px; border: 1px solid currentColor;
  font-size: .8rem; font-weight: 600; }
.sev-error .badge.severity, .badge.sev-error { color: var(--error); }
.badge.sev-warning { color: var(--warning); }
.badge.sev-info { color: var(--info); }
.badge.review-unreviewed { color: var(--muted); }
.badge.review-accepted { color: #1a7f37; }
.badge.review-disputed { color: var(--warning); }
.badge.review-wrong-extraction { color: var(--error); }
.badge.new { color: var(--info); margin-left: .35rem; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: .75rem;
  margin-top: .5rem; }
.side { border: 1px solid var(--line); border-radius: 6px; padding: .75rem; }
.side-value { font-size: 1.2rem; }
.mention { margin: .75rem 0 0; }
.mention blockquote { margin: .35rem 0; padding: .25rem .75rem; border-left: 3px solid var(--line); }
mark { background: var(--mark); color: inherit; padding: 0 .15em; border-radius: 3px; font-weight: 600; }
.facts { display: grid; grid-template-columns: max-content max-content; gap: 0 .75rem; margin: .35rem 0 0;
  font-size: .9rem; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
td ul { margin: 0; padding-left: 1rem; }
@media print { #filters { display: none; } .card { break-inside: avoid; } }
"""

JS = """
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  var factFilter = document.getElementById("fact-filter");
  var shown = document.getElementById("shown");
  var cards = Array.prototype.slice.call(document.querySelectorAll("#cards .card"));
  var quiet = Array.prototype.slice.call(document.querySelectorAll("#quiet tr[data-fact]"));

  function checked(name) {
    var boxes = filters.querySelectorAll('input[name="' + name + '"]:checked');
    return Array.prototype.map.call(boxes, function (box) { return box.value; });
  }

  function apply() {
    var severities = checked("severity");
    var reviews = checked("review");
    var fact = factFilter.value;
    var visible = 0;
    cards.forEach(function (card) {
      var any = false;
      card.querySelectorAll(".finding").forEach(function (finding) {
        var keep = severities.indexOf(finding.dataset.severity) >= 0 &&
          reviews.indexOf(finding.dataset.review) >= 0;
        finding.hidden = !keep;
        any = any || keep;
      });
      card.hidden = !any || (fact !== "" && card.dataset.fact !== fact);
      if (!card.hidden) { visible += 1; }
    });
    quiet.forEach(function (row) { row.hidden = fact !== "" && row.dataset.fact !== fact; });
    shown.textContent = visible + " of " + cards.length + " facts with findings shown";
  }

  filters.addEventListener("change", apply);
  document.getElementById("show-all").addEventListener("click", function () {
    filters.querySelectorAll("input[type=checkbox]").forEach(function (box) { box.checked = true; });
    factFilter.value = "";
    apply();
  });
  filters.hidden = false;
  apply();
})();
"""


def digest(source: str) -> str:
    """A CSP source expression allowing exactly this inline element content."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


# Nothing may be loaded from anywhere: only the page's own style and script, by hash (so an injected
# inline script, event handler or javascript: link would be refused even if escaping ever failed).
CSP = (
    f"default-src 'none'; style-src {digest(CSS)}; script-src {digest(JS)}; img-src 'none'; "
    "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'"
)

"""How a normalized value is shown to people, per the style its type declares (checker.values.kinds)."""

from __future__ import annotations

from checker.models import Scalar
from checker.values.kinds import get


def format_value(value: Scalar, kind: str, unit: str | None = None) -> str:
    """80,000 / 90% / USD 80,000,000,000 / 2023 / 2025-02-03; "?" for no value."""
    if value is None:
        return "?"
    style = get(kind).style
    if style == "literal" or isinstance(value, str):
        return str(value)
    number = float(value)
    text = f"{int(number):,}" if number.is_integer() else f"{number:,.4f}".rstrip("0").rstrip(".")
    if style == "percent":
        return text + "%"
    if style == "money":
        return f"{unit or ''} {text}".strip()
    return text

"""The performance budget's lines: each benchmark reports its figures against the budget here, and
run_all.py gathers them into one table. A line is printed as `@budget {json}`."""

from __future__ import annotations

import json

PREFIX = "@budget "


def report(what: str, value: float, unit: str, limit: float, *, higher_is_better: bool = False) -> None:
    """One budget figure, e.g. report("search, per keystroke (p95)", 23.4, "ms", 50)."""
    met = value >= limit if higher_is_better else value < limit
    print(PREFIX + json.dumps(
        {"what": what, "value": value, "unit": unit, "limit": limit, "higher": higher_is_better, "met": met},
        ensure_ascii=False,
    ), flush=True)  # fmt: skip


def parse(line: str) -> dict | None:
    return json.loads(line[len(PREFIX) :]) if line.startswith(PREFIX) else None

"""Analyses over plain data (no database, no Qt): the 80:20 rule, buying cycles. The queries that
feed them live in kamdesk/services/sales.py."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

MIN_ORDERS_FOR_CYCLE = 4  # fewer orders say nothing about a buying rhythm
SLIPPING_FACTOR = 1.5  # seed 002: when a customer starts to slip away, visit them


@dataclass(frozen=True)
class ParetoRow:
    account_id: int
    revenue_cents: int
    cumulative_share: float  # of total revenue, this account included


@dataclass(frozen=True)
class Pareto:
    rows: list[ParetoRow]  # biggest first
    top: list[int]  # the fewest accounts that make `threshold` of revenue
    threshold: float

    @property
    def share_of_accounts(self) -> float:
        """What share of the accounts makes `threshold` of the revenue (the "20" of 80:20)."""
        return len(self.top) / len(self.rows) if self.rows else 0.0


def pareto(revenue_cents: dict[int, int], threshold: float = 0.8) -> Pareto:
    """Accounts ordered by revenue with their cumulative share; `top` is the smallest set reaching
    `threshold` of the total. Ties keep the lower account id first."""
    ordered = sorted(
        ((a, r) for a, r in revenue_cents.items() if r > 0), key=lambda item: (-item[1], item[0])
    )
    total = sum(r for _, r in ordered)
    rows, top, running = [], [], 0
    for account_id, revenue in ordered:
        before = running
        running += revenue
        rows.append(ParetoRow(account_id, revenue, running / total))
        if before / total < threshold:
            top.append(account_id)
    return Pareto(rows, top, threshold)


def gaps(order_days: list[dt.date]) -> Counter[int]:
    """The days between consecutive distinct ordering days, counted."""
    return Counter((b - a).days for a, b in pairwise(sorted(set(order_days))))


def median_gap(counted: Counter[int]) -> float | None:
    """typical_interval from the gaps counted (None with too little history)."""
    total = sum(counted.values())
    if total + 1 < MIN_ORDERS_FOR_CYCLE:
        return None
    middle = ((total - 1) // 2, total // 2)  # the one or two in the middle, counted from 0
    found, seen = [], 0
    for gap in sorted(counted):
        found += [gap] * sum(1 for m in middle if seen <= m < seen + counted[gap])
        seen += counted[gap]
    return sum(found) / 2


def typical_interval(order_days: list[dt.date]) -> float | None:
    """The median number of days between an account's ordering days; None with too little history."""
    days = sorted(set(order_days))
    if len(days) < MIN_ORDERS_FOR_CYCLE:
        return None
    return float(statistics.median((b - a).days for a, b in pairwise(days)))


@dataclass(frozen=True)
class Slipping:
    account_id: int
    last_order: dt.date
    typical_days: float
    days_since: int

    @property
    def overdue_factor(self) -> float:
        return self.days_since / self.typical_days


def slipping(order_days: dict[int, list[dt.date]], today: dt.date) -> list[Slipping]:
    """Accounts past 1.5x their typical interval since their last order, most overdue first."""
    return slipping_cycles(((a, max(days), typical_interval(days)) for a, days in order_days.items()), today)


def slipping_cycles(cycles: Iterable[tuple[int, dt.date, float | None]], today: dt.date) -> list[Slipping]:
    """slipping, from each account's (id, last ordering day, typical interval) worked out already."""
    found = []
    for account_id, last, interval in cycles:
        if not interval:
            continue
        since = (today - last).days
        if since > SLIPPING_FACTOR * interval:
            found.append(Slipping(account_id, last, interval, since))
    found.sort(key=lambda s: (-s.overdue_factor, s.account_id))
    return found

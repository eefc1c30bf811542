"""Delivery performance: guarantee 3 of seed 000, 保证物流顺畅 — 交货及时、足量(包括紧急需要时)
(delivered on time and in full, urgent needs included).

A line is judged by the date promised to the customer (要求交期), as of the end of the period it
falls in: on time when delivered on or before that date, in full when the quantity delivered is the
quantity ordered (an ERP that gives a delivery date but no delivered quantity is taken at its word
that the line went whole). A line not delivered by the period's end is late, so a figure printed for
a period is the same whenever it is printed. Lines are the ERP's order lines, so this is the line
fill view of OTIF; a return (quantity below zero) is no delivery."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class DeliveryLine:
    requested: dt.date
    delivered: dt.date | None
    quantity: float
    delivered_quantity: float | None
    urgent: bool


@dataclass(frozen=True)
class DeliveryFigures:
    """What the lines promised for a period came to, as of its end."""

    lines: int = 0
    on_time: int = 0
    on_time_in_full: int = 0
    urgent: int = 0
    urgent_met: int = 0  # urgent lines on time and in full
    late: int = 0
    days_late: int = 0  # summed over the late lines
    issues: int = 0  # delivery issues recorded by hand in the period

    @property
    def otif(self) -> float | None:
        """On time in full, as a share of the lines promised; None when nothing was promised."""
        return self.on_time_in_full / self.lines if self.lines else None

    @property
    def urgent_met_share(self) -> float | None:
        return self.urgent_met / self.urgent if self.urgent else None

    @property
    def average_days_late(self) -> float | None:
        """Over the late lines only: how late a late delivery is."""
        return self.days_late / self.late if self.late else None

    def below(self, target_percent: int) -> bool:
        otif = self.otif
        return otif is not None and otif * 100 < target_percent


def measure(lines: Iterable[DeliveryLine], until: dt.date, issues: int = 0) -> DeliveryFigures:
    """The figures of these lines (those promised in the period) as of the end of `until`."""
    counted = on_time = full_and_on_time = urgent = urgent_met = late = days_late = 0
    for line in lines:
        if line.quantity <= 0:
            continue
        counted += 1
        delivered = line.delivered if line.delivered is not None and line.delivered <= until else None
        timely = delivered is not None and delivered <= line.requested
        delivered_quantity = line.quantity if line.delivered_quantity is None else line.delivered_quantity
        whole = delivered is not None and delivered_quantity >= line.quantity - 1e-9
        on_time += timely
        full_and_on_time += timely and whole
        if line.urgent:
            urgent += 1
            urgent_met += timely and whole
        if not timely:
            late += 1
            days_late += max(1, ((delivered or until) - line.requested).days)
    return DeliveryFigures(counted, on_time, full_and_on_time, urgent, urgent_met, late, days_late, issues)


def parse_months(text: str) -> tuple[int, ...] | None:
    """The months of "11,12,1", "11-1" (a range over the new year), "3 4 5" or "3月-5月"; None if
    the text is not months."""
    text = text.replace("月", "").replace("，", ",").replace("、", ",").replace("～", "-").replace("~", "-")
    months: list[int] = []
    for part in text.replace(" ", ",").split(","):
        part = part.strip()
        if not part:
            continue
        ends = part.split("-")
        if len(ends) > 2 or not all(e.strip().isdigit() and 1 <= int(e) <= 12 for e in ends):
            return None
        first, last = int(ends[0]), int(ends[-1])
        months.extend((first - 1 + k) % 12 + 1 for k in range((last - first) % 12 + 1))
    return tuple(dict.fromkeys(months))


def months_text(months: tuple[int, ...]) -> str:
    """The months as people write them: "11-1" for a run (over the new year too), else "3,5,9"."""
    if not months:
        return ""
    if len(months) > 1 and all((b - a) % 12 == 1 for a, b in itertools.pairwise(months)):
        return f"{months[0]}-{months[-1]}"
    return ",".join(map(str, months))

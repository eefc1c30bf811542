"""Quarters, as managers name them: "2026Q3"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kamdesk import clock, errors

QUARTER = re.compile(r"^(\d{4})\s*[Qq]([1-4])$")


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive
    label: str  # "2026Q3"

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def quarter(year: int, number: int) -> Period:
    start = dt.date(year, 3 * (number - 1) + 1, 1)
    following = dt.date(year + (number == 4), (3 * number) % 12 + 1, 1)
    return Period(start, following - dt.timedelta(days=1), f"{year}Q{number}")


def quarter_of(day: dt.date) -> Period:
    return quarter(day.year, (day.month - 1) // 3 + 1)


def last_full_quarter(today: dt.date | None = None) -> Period:
    current = quarter_of(today or clock.today())
    return quarter_of(current.start - dt.timedelta(days=1))


def parse_quarter(text: str, today: dt.date | None = None) -> Period:
    """ "2026Q3" → that quarter. A quarter that has not started yet is refused; the running one is fine."""
    match = QUARTER.match(text.strip())
    if not match:
        raise errors.BadPeriodError(period=text, reason="write it as YYYYQn, e.g. 2026Q3")
    period = quarter(int(match.group(1)), int(match.group(2)))
    if period.start > (today or clock.today()):
        raise errors.BadPeriodError(period=text, reason="it lies in the future")
    return period

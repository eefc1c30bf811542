"""The one place the domain asks for today's date, so tests (and demos) can set the clock."""

from __future__ import annotations

import datetime as dt

_fixed: dt.datetime | None = None


def now() -> dt.datetime:
    return _fixed or dt.datetime.now().replace(microsecond=0)


def today() -> dt.date:
    return now().date()


def set_fixed(moment: dt.datetime | None) -> None:
    """Freeze the clock at `moment` (None lets it run again)."""
    global _fixed
    _fixed = moment


def fixed() -> dt.datetime | None:
    """The moment the clock is frozen at, or None while it runs."""
    return _fixed

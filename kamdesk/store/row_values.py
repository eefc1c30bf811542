"""Dates from raw cursor rows (`database.execute(query)`).

Peewee converts values only for model instances; on raw rows SQLite hands dates and datetimes back
as ISO text while PostgreSQL hands back objects. These accept either.
"""

from __future__ import annotations

import datetime as dt


def as_datetime(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value))


def as_iso_date(value: object) -> str | None:
    """The date as ISO text, as SQLite already hands it back (no parsing then: it is on a hot path)."""
    if value is None or isinstance(value, str):
        return value
    return as_date(value).isoformat()


def as_date(value: object) -> dt.date | None:
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])

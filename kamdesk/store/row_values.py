"""Rows as tuples, and dates from raw cursor rows (`database.execute(query)`).

Peewee converts values only for model instances; on raw rows SQLite hands dates and datetimes back
as ISO text while PostgreSQL hands back objects. These accept either.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from peewee import BaseQuery


def tuples(query: BaseQuery) -> Iterator[tuple[Any, ...]]:
    """The rows of `query.tuples()`, values converted as for model instances. Only for the type
    checker's sake: peewee's stubs type `.tuples()` as the query itself, whose rows are models."""
    return iter(query.tuples())


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
    date = as_date(value)
    return None if date is None else date.isoformat()


def as_date(value: object) -> dt.date | None:
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])

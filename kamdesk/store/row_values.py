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


def dicts(query: BaseQuery) -> Iterator[dict[str, Any]]:
    """The rows of `query.dicts()`, by column name; typed here for the same reason as `tuples`."""
    return iter(query.dicts())


def as_datetime(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value))


def as_datetime_not_null(value: object) -> dt.datetime:
    """as_datetime for a NOT NULL column (or the MAX of one over a group, never empty)."""
    found = as_datetime(value)
    assert found is not None, "NULL from a NOT NULL column"
    return found


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


def as_date_not_null(value: object) -> dt.date:
    """as_date for a NOT NULL column."""
    found = as_date(value)
    assert found is not None, "NULL from a NOT NULL column"
    return found

"""Many rows in one statement, fast on both servers: multi-row VALUES, on PostgreSQL because its
executemany costs a round trip per row, on SQLite because each statement's own work (a step and a
reset) then falls on fifty rows rather than one: two and a half times as fast as an executemany of
one row a statement, which is already in C. kamdesk.store.db.insert_rows wraps it with the
storage faults translated; the sales facts use it as it is (db imports them)."""

from __future__ import annotations

import itertools

from peewee import SqliteDatabase
from peewee import __exception_wrapper__ as driver_errors  # type: ignore[attr-defined]  # what peewee wraps its own calls in

from kamdesk.store.models import database

ROWS_PER_STATEMENT = 50
MAX_PARAMETERS = 999


def insert_rows(
    table: str, columns: list[str], rows, fixed: dict[str, int] | None = None, on_conflict: str = ""
) -> None:
    """`fixed` holds whole numbers every row shares, e.g. {"batch_id": 7}, written into the statement
    itself; `on_conflict` is an ON CONFLICT clause, for rows that may be there already."""
    fixed = fixed or {}
    names, literals = _names(columns, fixed)
    cursor = database.cursor()
    with driver_errors:  # as peewee's own: IntegrityError and the like, whichever the server
        if isinstance(database.obj, SqliteDatabase):
            insert = f"INSERT INTO {table} ({names}) VALUES"
            rows = rows if isinstance(rows, list) else list(rows)
            values = list(itertools.chain.from_iterable(rows))
            if len(values) != len(columns) * len(rows):  # laid out flat, a short row would shift the rest
                raise ValueError(f"rows for {table} are not all {len(columns)} values long")
            _insert_sqlite(cursor, insert, len(columns), literals, on_conflict, values)
            return
        from psycopg2.extras import execute_values

        template = "(" + ", ".join(["%s"] * len(columns)) + literals + ")"
        execute_values(cursor, f"INSERT INTO {table} ({names}) VALUES %s {on_conflict}", rows,
                       template=template, page_size=1000)  # fmt: skip


def insert_columns(
    table: str, columns: list[str], values: list[list], fixed: dict[str, int] | None = None
) -> None:
    """insert_rows for rows held a list per column (the order import's): on SQLite laid straight out
    into the statements' parameters, never a tuple a row."""
    if not isinstance(database.obj, SqliteDatabase):
        insert_rows(table, columns, list(zip(*values, strict=True)), fixed)
        return
    width, count = len(values), len(values[0]) if values else 0
    flat: list = [None] * (width * count)
    for i, column in enumerate(values):
        flat[i::width] = column
    names, literals = _names(columns, fixed or {})
    with driver_errors:
        _insert_sqlite(database.cursor(), f"INSERT INTO {table} ({names}) VALUES", width, literals, "", flat)


def _names(columns: list[str], fixed: dict[str, int]) -> tuple[str, str]:
    names = ", ".join(f'"{name}"' for name in [*columns, *fixed])  # quoted: a column may be named "column"
    return names, "".join(f", {int(value)}" for value in fixed.values())


def _insert_sqlite(cursor, insert: str, width: int, literals: str, on_conflict: str, values: list) -> None:
    """The rows whose `width` values follow each other in `values`: ROWS_PER_STATEMENT a statement
    (fewer for wide rows: SQLite's oldest limit is 999 parameters a statement), the rest one a
    statement. Rows that may be there already go one a statement: SQLite adds up a multi-row
    upsert nearly twice as slowly (460,000 sums: 1.7 s against 1.0 s)."""
    per = 1 if on_conflict else max(1, min(ROWS_PER_STATEMENT, MAX_PARAMETERS // max(width, 1)))
    row = f"({', '.join(['?'] * width)}{literals})"
    step = width * per
    whole = len(values) - len(values) % step if width else 0
    if whole:
        cursor.executemany(f"{insert} {', '.join([row] * per)} {on_conflict}",
                           (values[i : i + step] for i in range(0, whole, step)))  # fmt: skip
    if whole < len(values):
        cursor.executemany(f"{insert} {row} {on_conflict}",
                           (values[i : i + width] for i in range(whole, len(values), width)))  # fmt: skip

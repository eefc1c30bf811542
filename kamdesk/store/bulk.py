"""Many rows in one statement, fast on both servers: SQLite's executemany, and on PostgreSQL
multi-row VALUES (its executemany costs a round trip per row). kamdesk.store.db.insert_rows wraps it
with the storage faults translated; the sales facts use it as it is (db imports them)."""

from __future__ import annotations

from peewee import SqliteDatabase
from peewee import __exception_wrapper__ as driver_errors  # type: ignore[attr-defined]  # what peewee wraps its own calls in

from kamdesk.store.models import database


def insert_rows(
    table: str, columns: list[str], rows, fixed: dict[str, int] | None = None, on_conflict: str = ""
) -> None:
    """`fixed` holds whole numbers every row shares, e.g. {"batch_id": 7}, written into the statement
    itself; `on_conflict` is an ON CONFLICT clause, for rows that may be there already."""
    fixed = fixed or {}
    names = ", ".join(f'"{name}"' for name in [*columns, *fixed])  # quoted: a column may be named "column"
    literals = "".join(f", {int(value)}" for value in fixed.values())
    cursor = database.cursor()
    with driver_errors:  # as peewee's own: IntegrityError and the like, whichever the server
        if isinstance(database.obj, SqliteDatabase):
            marks = ", ".join(["?"] * len(columns))
            cursor.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({marks}{literals}) {on_conflict}", rows
            )
            return
        from psycopg2.extras import execute_values

        template = "(" + ", ".join(["%s"] * len(columns)) + literals + ")"
        execute_values(cursor, f"INSERT INTO {table} ({names}) VALUES %s {on_conflict}", rows,
                       template=template, page_size=1000)  # fmt: skip

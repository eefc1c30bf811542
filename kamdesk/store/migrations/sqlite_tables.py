"""Changing a table SQLite's ALTER TABLE cannot change (a constraint, a column's type): build the new
table beside it, copy the rows, drop the old one, rename, recreate its indexes. This is SQLite's own
documented procedure (https://sqlite.org/lang_altertable.html#otheralter) and, like it, must run
with foreign keys off (kamdesk.store.migrations.upgrade does): with them on, dropping the old table would
delete by cascade every row that references it."""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database


def rebuild(db: Database, name: str, change: Callable[[str], str]) -> None:
    """Recreate table `name` from `change(its CREATE TABLE statement)`, keeping every row."""
    (create_sql,) = db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    indexes = [
        sql
        for (sql,) in db.execute_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (name,)
        ).fetchall()
    ]
    new_sql = change(create_sql)
    if new_sql == create_sql:
        return  # already as wanted
    temporary = f"{name}__rebuilt"
    prefix = create_sql[: create_sql.index("(")]
    db.execute_sql(new_sql.replace(prefix, f'CREATE TABLE "{temporary}" ', 1))
    db.execute_sql(f'INSERT INTO "{temporary}" SELECT * FROM "{name}"')
    db.execute_sql(f'DROP TABLE "{name}"')
    db.execute_sql(f'ALTER TABLE "{temporary}" RENAME TO "{name}"')
    for sql in indexes:
        db.execute_sql(sql)

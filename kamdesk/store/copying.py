"""Moving an office from one database to another, e.g. from a PC's SQLite file to the shared
PostgreSQL server: every table copied in one transaction, checked by counts before it commits.

Rows are read through the models, so each value is converted by its field (SQLite's 0/1 and date
text become booleans and dates), then written in bulk (db.insert_rows: multi-row VALUES on PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from peewee import AutoField, BigAutoField, Database, PostgresqlDatabase

from kamdesk import errors
from kamdesk.store import db, migrations
from kamdesk.store.models import ALL_MODELS, Account, Rep, database

CHUNK = 10_000
Progress = Callable[[str, int], None]  # (table, rows copied so far)


@dataclass(frozen=True)
class CopyResult:
    counts: dict[str, int]  # table -> rows, equal in source and target

    def summary(self) -> str:
        return ", ".join(f"{table} {n}" for table, n in self.counts.items() if n)


def copy_office(source: str, target: str, progress: Progress | None = None) -> CopyResult:
    """Copy everything in `source` into the empty database `target`. Refuses a target that already
    holds an office (or tables of another program); on any failure the target is left as it was."""
    db.open_database(source)  # brings an older source up to date first (after backing it up)
    source_db = database.obj
    try:
        target_db = _empty_target(target)
        try:
            return _copy(source_db, target_db, progress)
        finally:
            target_db.close()
    finally:
        database.initialize(source_db)
        db.close_database()


def _empty_target(target: str) -> Database:
    """The target, connected, with the current schema and nothing else in it."""
    shown = db.display_target(target)
    path = db.sqlite_path(target)
    if path is None:
        target_db = db.connect_server(target)
    else:
        from peewee import SqliteDatabase

        db.preflight_sqlite(path)  # refuses, untouched, a file that is not a KAMDesk database
        target_db = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
        target_db.connect()
    tables = set(target_db.get_tables())
    ours = {model._meta.table_name for model in ALL_MODELS}
    foreign = sorted(tables - ours)
    if foreign:
        target_db.close()
        raise errors.CopyTargetNotEmptyError(target=shown, detail="tables " + ", ".join(foreign[:5]))
    database.initialize(target_db)
    if tables:
        found = migrations.read_version(target_db) if "kamdesk_meta" in tables else 0
        people = Rep.select().count() if "rep" in tables else 0
        accounts = Account.select().count() if "account" in tables else 0
        if people or accounts or found != migrations.SCHEMA_VERSION:
            target_db.close()
            raise errors.CopyTargetNotEmptyError(
                target=shown, detail=f"{people} people, {accounts} accounts, schema version {found}"
            )
    else:
        migrations.create_schema(target_db)
    return target_db


def _copy(source_db: Database, target_db: Database, progress: Progress | None) -> CopyResult:
    counts: dict[str, int] = {}
    with target_db.atomic():
        if isinstance(target_db, PostgresqlDatabase):  # the copied trail is the trail; the copy adds none
            target_db.execute_sql("SELECT set_config('kamdesk.auditing', 'off', true)")
        for model in reversed(ALL_MODELS):  # clear the seeded rows (cadence, version) children first
            database.initialize(target_db)
            model.delete().execute()
        for model in ALL_MODELS:  # parents before children
            table = model._meta.table_name
            counts[table] = _copy_table(model, source_db, target_db, progress)
        database.initialize(target_db)
        copied = {model._meta.table_name: model.select().count() for model in ALL_MODELS}
        if copied != counts:
            wrong = [t for t in counts if copied[t] != counts[t]]
            raise errors.CopyCountMismatchError(tables=", ".join(wrong))
        if isinstance(target_db, PostgresqlDatabase):
            _restart_sequences(target_db)
    return CopyResult(counts)


def _copy_table(model, source_db: Database, target_db: Database, progress: Progress | None) -> int:
    """Copy one table in chunks ordered by primary key, so memory stays small on big tables."""
    key = model._meta.primary_key
    fields = list(model._meta.sorted_fields)
    done, last = 0, None
    while True:
        database.initialize(source_db)
        query = model.select(*fields).order_by(key).limit(CHUNK)
        if last is not None:
            query = query.where(key > last)
        rows = list(query.tuples())
        if not rows:
            return done
        database.initialize(target_db)
        db.insert_rows(model._meta.table_name, [f.column_name for f in fields], rows)
        done += len(rows)
        last = rows[-1][fields.index(key)]
        if progress:
            progress(model._meta.table_name, done)


def _restart_sequences(target_db: Database) -> None:
    """Ids were copied as they were, so each id sequence must continue after the largest."""
    for model in ALL_MODELS:
        key = model._meta.primary_key
        if not isinstance(key, AutoField | BigAutoField):
            continue
        table = model._meta.table_name
        target_db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', '{key.column_name}'), "
            f"COALESCE(MAX({key.column_name}), 1), MAX({key.column_name}) IS NOT NULL) FROM {table}"
        )

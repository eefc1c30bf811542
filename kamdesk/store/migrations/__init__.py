"""Schema versions and the ordered steps between them.

A new database gets every table as the models define them today, at SCHEMA_VERSION. An older
database is brought forward one step at a time; each step runs in its own transaction together with
the version bump, so a failed step leaves the database at the last good version.

Foreign keys are off while steps run and checked before each step commits (SQLite's documented way
to alter tables: with them on, a table rebuilt by DROP and copy deletes by cascade every row that
references it). A step may therefore rebuild tables freely (sqlite_tables.rebuild), but must leave
every reference pointing at a row.

To change the schema: change the models, bump SCHEMA_VERSION, and add a module vN_*.py whose
upgrade(db) makes the same change to a version N-1 database, written against version N-1's own
schema (tables it creates are declared in it as they are at version N; see frozen.py), and list it
in STEPS. tests/data/schema_vN.sql holds an empty database of every released version as its own
code made it; the tests fill every table of each, upgrade it and compare every row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from peewee import Database, SqliteDatabase

from kamdesk import errors
from kamdesk.store.migrations import (
    v2_visits,
    v3_board,
    v4_sales,
    v5_prospects,
    v6_office,
    v7_history_and_identity,
    v8_erp_files,
    v9_value,
    v10_guarantees,
    v11_sales_facts,
)
from kamdesk.store.models import ALL_MODELS, Meta

SCHEMA_VERSION = 11

STEPS: dict[int, Callable[[Database], None]] = {
    2: v2_visits.upgrade, 3: v3_board.upgrade, 4: v4_sales.upgrade, 5: v5_prospects.upgrade,
    6: v6_office.upgrade, 7: v7_history_and_identity.upgrade, 8: v8_erp_files.upgrade,
    9: v9_value.upgrade, 10: v10_guarantees.upgrade, 11: v11_sales_facts.upgrade,
}  # fmt: skip


def read_version(db: Database) -> int:
    row = Meta.select(Meta.value).where(Meta.key == "schema_version").first()
    return parse_version(row.value if row else None)


def parse_version(text: str | None) -> int:
    """The schema version written in kamdesk_meta (0 when there is none); UnreadableSchemaVersion for
    anything but a whole number, which no KAMDesk wrote."""
    if text is None:
        return 0
    try:
        version = int(str(text).strip())
    except ValueError:
        raise errors.UnreadableSchemaVersionError(value=str(text)[:40]) from None
    if version < 0:
        raise errors.UnreadableSchemaVersionError(value=str(text)[:40])
    return version


def write_version(version: int) -> None:
    Meta.upsert(key="schema_version", value=str(version))


def create_schema(db: Database) -> None:
    with db.atomic():
        db.create_tables(ALL_MODELS)
        v7_history_and_identity.give_identity(db)
        _seed_cadence()
        _server_triggers(db)
        write_version(SCHEMA_VERSION)


def upgrade(db: Database, found: int) -> None:
    """Bring a database at version `found` to SCHEMA_VERSION, one committed step at a time."""
    with _foreign_keys_off(db):
        for version in range(found + 1, SCHEMA_VERSION + 1):
            with db.atomic():
                STEPS[version](db)
                _check_references(db, version)
                write_version(version)
    with db.atomic():
        _server_triggers(db)
    build_facts_if_asked()


def build_facts_if_asked() -> None:
    """Build the sales facts from the lines when a step asked for it (v11_sales_facts), in one
    transaction with taking the request away: a crash leaves the request for the next opening."""
    from kamdesk.store import sales_facts

    if Meta.get_or_none(Meta.key == v11_sales_facts.FACTS_TO_BUILD) is None:
        return
    with Meta._meta.database.atomic():
        sales_facts.rebuild()
        Meta.delete().where(Meta.key == v11_sales_facts.FACTS_TO_BUILD).execute()


@contextmanager
def _foreign_keys_off(db: Database) -> Iterator[None]:
    """SQLite only honours this pragma outside a transaction; checked, so that a step can never run
    with cascades armed. PostgreSQL alters tables in place and needs nothing."""
    if not isinstance(db, SqliteDatabase):
        yield
        return
    db.execute_sql("PRAGMA foreign_keys = OFF")
    if db.execute_sql("PRAGMA foreign_keys").fetchone()[0] != 0:
        raise RuntimeError("foreign keys could not be turned off for the upgrade (inside a transaction?)")
    try:
        yield
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")


def _check_references(db: Database, version: int) -> None:
    if not isinstance(db, SqliteDatabase):
        return  # PostgreSQL checks each constraint as the step alters it
    broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise RuntimeError(
            f"step {version} left {len(broken)} rows pointing at missing rows, "
            f"e.g. {table} row {rowid} -> {parent}"
        )


def _server_triggers(db: Database) -> None:
    """The audit triggers live in a PostgreSQL schema; SQLite connections make their own (store.audit)."""
    if not isinstance(db, SqliteDatabase):
        from kamdesk.store import audit

        audit.install_server_triggers(db)


def _seed_cadence() -> None:
    from kamdesk.rules.vocab import DEFAULT_CADENCE_DAYS
    from kamdesk.store.models import Cadence

    rows = [{"tier": tier, "days": days} for tier, days in DEFAULT_CADENCE_DAYS.items()]
    Cadence.insert_many(rows).on_conflict_ignore().execute()

"""Schema versions and the ordered steps between them.

A new database gets every table as the models define them today, at SCHEMA_VERSION. An older
database is brought forward one step at a time; each step runs in its own transaction together with
the version bump, so a failed step leaves the database at the last good version.

To change the schema: change the models, bump SCHEMA_VERSION, and add STEPS[new_version] doing the
same change to an existing database (playhouse.migrate works on SQLite and PostgreSQL alike).
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import Database

from kamdesk.models import ALL_MODELS, Meta

SCHEMA_VERSION = 1

STEPS: dict[int, Callable[[Database], None]] = {}


def read_version(db: Database) -> int:
    row = Meta.select(Meta.value).where(Meta.key == "schema_version").first()
    return int(row.value) if row else 0


def write_version(version: int) -> None:
    Meta.insert(key="schema_version", value=str(version)).on_conflict_replace().execute()


def create_schema(db: Database) -> None:
    with db.atomic():
        db.create_tables(ALL_MODELS)
        write_version(SCHEMA_VERSION)


def upgrade(db: Database, found: int) -> None:
    for version in range(found + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            STEPS[version](db)
            write_version(version)

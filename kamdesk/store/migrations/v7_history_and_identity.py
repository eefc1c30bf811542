"""Schema version 7: an account's history can no longer be deleted with it, and each office has an
identity of its own.

Until version 6 every table that records something about an account referenced it with ON DELETE
CASCADE, so deleting an account deleted its visits, orders, complaints... The database itself now
refuses (ON DELETE RESTRICT); the accounts service archives an account with any history instead.

The identity (kamdesk_meta's office_id) tells one office's backups from another's (kamdesk.store.backups);
a copy of the file keeps it.

Written against version 7's own schema; never change it once released."""

from __future__ import annotations

import uuid

from peewee import Database, SqliteDatabase

from kamdesk.store.migrations import sqlite_tables

HISTORY_TABLES = (
    "contact", "visit", "follow_up", "ledger_entry", "loyalty_assessment", "board_card", "board_move",
    "order_line", "tier_decision", "prospect_card", "trigger_event", "prospect_call", "hand_over",
)  # fmt: skip
CASCADE = 'REFERENCES "account" ("id") ON DELETE CASCADE'
RESTRICT = 'REFERENCES "account" ("id") ON DELETE RESTRICT'


def upgrade(db: Database) -> None:
    give_identity(db)
    if isinstance(db, SqliteDatabase):
        for name in HISTORY_TABLES:
            sqlite_tables.rebuild(db, name, lambda sql: sql.replace(CASCADE, RESTRICT))
        return
    for name in HISTORY_TABLES:
        for constraint, column in _cascading_references(db, name):
            db.execute_sql(
                f'ALTER TABLE "{name}" DROP CONSTRAINT "{constraint}", ADD CONSTRAINT "{constraint}" '
                f'FOREIGN KEY ("{column}") {RESTRICT}'
            )


def give_identity(db: Database) -> None:
    db.execute_sql(
        f"INSERT INTO kamdesk_meta (key, value) VALUES ('office_id', {db.param}) ON CONFLICT DO NOTHING",
        (uuid.uuid4().hex,),
    )


def _cascading_references(db: Database, name: str) -> list[tuple[str, str]]:
    """The foreign keys of table `name` to account that delete with it: (constraint, column)."""
    return db.execute_sql(
        "SELECT con.conname, att.attname FROM pg_constraint con "
        "JOIN pg_class rel ON rel.oid = con.conrelid "
        "JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1] "
        "WHERE con.contype = 'f' AND con.confdeltype = 'c' AND rel.relname = %s "
        "AND con.confrelid = 'account'::regclass AND pg_table_is_visible(rel.oid)",
        (name,),
    ).fetchall()
